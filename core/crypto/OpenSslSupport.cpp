#include "OpenSslSupport.h"

#include <openssl/err.h>

namespace sfm::crypto::ossl {

QString takeErrors()
{
    QString text;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buffer[256] = {};
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromLatin1(buffer);
    }
    return text;
}

void clearErrors()
{
    ERR_clear_error();
}

QByteArray bnToBytes(const BIGNUM *bn, int width)
{
    if (!bn)
        return {};
    const int size = width > 0 ? width : BN_num_bytes(bn);
    QByteArray bytes(size, '\0');
    const int written = width > 0 ? BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(bytes.data()), width)
                                  : BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    if (written < 0)
        return {};
    return bytes;
}

BnPtr bnFromBytes(const QByteArray &bytes, bool secret)
{
    BnPtr bn(secret ? BN_secure_new() : BN_new());
    if (!bn)
        return {};
    if (!BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), bn.get()))
        return {};
    return bn;
}

BnPtr bnParam(const EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1) {
        clearErrors();
        return {};
    }
    return BnPtr(bn);
}

Error error(const char *code, Error::Translator message, const QString &detail)
{
    QString technical = detail;
    const QString reasons = takeErrors();
    if (!reasons.isEmpty())
        technical = technical.isEmpty() ? reasons : technical + QStringLiteral(": ") + reasons;
    return Error(QString::fromLatin1(code), std::move(message), technical);
}

} // namespace sfm::crypto::ossl
