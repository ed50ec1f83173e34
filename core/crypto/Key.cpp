#include "Key.h"

#include "Base64Url.h"
#include "CryptoText.h"
#include "JwkCodec.h"
#include "KeyRules.h"
#include "Logging.h"
#include "OpenSslSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <openssl/core_names.h>
#include <openssl/encoder.h>
#include <openssl/x509.h>

namespace sfm::crypto {

Key Key::adopt(evp_pkey_st *key)
{
    Key result;
    if (key)
        result.m_key.reset(key, EVP_PKEY_free);
    return result;
}

Result<Key> Key::generateRsa(int bits)
{
    if (bits < MinimumRsaBits || bits > 8192 || bits % 8 != 0) {
        return ossl::error("crypto.key.bad_size", [bits] {
            return CryptoText::tr(
                       "An RSA key of %1 bits cannot be made here. Choose 2048, 3072 or 4096 bits.")
                .arg(bits);
        });
    }
    EVP_PKEY *raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    if (!raw) {
        return ossl::error("crypto.key.generate_failed", [] {
            return CryptoText::tr("The RSA key could not be made. Try again; if it keeps failing, report the "
                                  "details to support.");
        });
    }
    Key key = adopt(raw);
    qCDebug(lcCrypto) << "Generated an RSA" << bits << "key, kid" << key.thumbprint();
    return key;
}

Result<Key> Key::generateEc(Curve curve)
{
    EVP_PKEY *raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", rules::groupName(curve));
    if (!raw) {
        return ossl::error("crypto.key.generate_failed", [] {
            return CryptoText::tr("The EC key could not be made. Try again; if it keeps failing, report the "
                                  "details to support.");
        });
    }
    Key key = adopt(raw);
    qCDebug(lcCrypto) << "Generated an EC" << curveName(curve) << "key, kid" << key.thumbprint();
    return key;
}

Result<Key> Key::generateFor(Algorithm alg, int rsaBits)
{
    if (const auto curve = curveFor(alg))
        return generateEc(*curve);
    return generateRsa(rsaBits);
}

Result<Key> Key::fromJwk(const QJsonObject &jwk)
{
    return JwkCodec::parse(jwk);
}

Result<Key> Key::fromJwkJson(QByteArrayView json)
{
    if (json.size() > rules::MaximumKeyInputBytes) {
        return ossl::error(
            "crypto.jwk.too_large",
            [] {
                return CryptoText::tr(
                    "The key file is too large to be a key (JWK). Check that you chose the right file.");
            },
            QStringLiteral("%1 bytes").arg(json.size()));
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // The parser's message and offset only: the text itself may hold a private key.
        return ossl::error(
            "crypto.jwk.bad_json",
            [] {
                return CryptoText::tr("The key is not a JSON object (JWK). Check that you chose the right "
                                      "file and that it was copied completely.");
            },
            parseError.error != QJsonParseError::NoError
                ? parseError.errorString() + QStringLiteral(" at offset %1").arg(parseError.offset)
                : QStringLiteral("not an object"));
    }
    return JwkCodec::parse(document.object());
}

Result<Key> Key::fromPkcs8Der(const SecureBytes &der)
{
    const Error unreadable = Error(QStringLiteral("crypto.key.bad_pkcs8"), [] {
        return CryptoText::tr("The stored private key could not be read. It may be damaged; import the key "
                              "again or make a new one.");
    });
    if (der.isEmpty() || der.size() > rules::MaximumKeyInputBytes)
        return unreadable;
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.bytes().constData());
    PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, long(der.size()));
    if (!info) {
        ossl::clearErrors();
        return unreadable;
    }
    const bool complete =
        cursor == reinterpret_cast<const unsigned char *>(der.bytes().constData()) + der.size();
    ossl::PkeyPtr pkey(complete ? EVP_PKCS82PKEY(info) : nullptr);
    PKCS8_PRIV_KEY_INFO_free(info);
    if (!pkey) {
        ossl::clearErrors();
        return unreadable;
    }
    if (auto checked = rules::checkKey(pkey.get(), true); !checked)
        return checked.error();
    return adopt(pkey.release());
}

Result<Key> Key::fromPublicDer(const QByteArray &der)
{
    const Error unreadable = Error(QStringLiteral("crypto.key.bad_spki"), [] {
        return CryptoText::tr("The public key could not be read. Check that it was copied completely.");
    });
    if (der.isEmpty() || der.size() > rules::MaximumKeyInputBytes)
        return unreadable;
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::PkeyPtr pkey(d2i_PUBKEY(nullptr, &cursor, long(der.size())));
    if (!pkey || cursor != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        ossl::clearErrors();
        return unreadable;
    }
    if (auto checked = rules::checkKey(pkey.get(), false); !checked)
        return checked.error();
    return adopt(pkey.release());
}

bool Key::hasPrivate() const
{
    if (!m_key)
        return false;
    const char *param = type() == KeyType::Rsa ? OSSL_PKEY_PARAM_RSA_D : OSSL_PKEY_PARAM_PRIV_KEY;
    return ossl::bnParam(m_key.get(), param) != nullptr;
}

KeyType Key::type() const
{
    return m_key && EVP_PKEY_is_a(m_key.get(), "EC") ? KeyType::Ec : KeyType::Rsa;
}

int Key::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

std::optional<Curve> Key::curve() const
{
    return rules::curveOf(m_key.get());
}

bool Key::supports(Algorithm alg) const
{
    if (!m_key || keyTypeFor(alg) != type())
        return false;
    return type() == KeyType::Rsa || curveFor(alg) == curve();
}

Algorithm Key::defaultAlgorithm() const
{
    switch (curve().value_or(Curve::P256)) {
    case Curve::P384:
        return type() == KeyType::Ec ? Algorithm::ES384 : DefaultAlgorithm;
    case Curve::P521:
        return type() == KeyType::Ec ? Algorithm::ES512 : DefaultAlgorithm;
    case Curve::P256:
        break;
    }
    return type() == KeyType::Ec ? Algorithm::ES256 : DefaultAlgorithm;
}

QString Key::thumbprint() const
{
    const QByteArray input = JwkCodec::thumbprintInput(*this);
    if (input.isEmpty())
        return {};
    return QString::fromLatin1(base64UrlEncode(QCryptographicHash::hash(input, QCryptographicHash::Sha256)));
}

QJsonObject Key::publicJwk(std::optional<Algorithm> alg) const
{
    QJsonObject jwk = JwkCodec::requiredPublicMembers(*this);
    if (jwk.isEmpty())
        return jwk;
    jwk.insert(QStringLiteral("kid"), thumbprint());
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    if (alg)
        jwk.insert(QStringLiteral("alg"), algorithmName(*alg));
    return jwk;
}

QJsonObject Key::minimalPublicJwk() const
{
    return JwkCodec::requiredPublicMembers(*this);
}

SecureBytes Key::privateJwkJson(std::optional<Algorithm> alg) const
{
    return JwkCodec::privateJson(*this, alg);
}

SecureBytes Key::toPkcs8Der() const
{
    if (!m_key || !hasPrivate())
        return {};
    OSSL_ENCODER_CTX *ctx =
        OSSL_ENCODER_CTX_new_for_pkey(m_key.get(), EVP_PKEY_KEYPAIR, "DER", "PrivateKeyInfo", nullptr);
    unsigned char *data = nullptr;
    size_t length = 0;
    const bool encoded = ctx && OSSL_ENCODER_to_data(ctx, &data, &length) == 1;
    OSSL_ENCODER_CTX_free(ctx);
    if (!encoded) {
        qCWarning(lcCrypto) << "Could not encode the key" << thumbprint()
                            << "as PKCS#8:" << ossl::takeErrors();
        return {};
    }
    SecureBytes der(QByteArray(reinterpret_cast<const char *>(data), qsizetype(length)));
    OPENSSL_clear_free(data, length);
    return der;
}

QByteArray Key::toPublicDer() const
{
    if (!m_key)
        return {};
    unsigned char *data = nullptr;
    const int length = i2d_PUBKEY(m_key.get(), &data);
    if (length <= 0) {
        ossl::clearErrors();
        return {};
    }
    QByteArray der(reinterpret_cast<const char *>(data), length);
    OPENSSL_free(data);
    return der;
}

Key Key::publicOnly() const
{
    const QByteArray der = toPublicDer();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    // Our own encoding of a key that passed the checks: no need to check it again.
    return adopt(der.isEmpty() ? nullptr : d2i_PUBKEY(nullptr, &cursor, long(der.size())));
}

bool Key::samePublicKey(const Key &other) const
{
    if (!m_key || !other.m_key)
        return false;
    const bool same = EVP_PKEY_eq(m_key.get(), other.m_key.get()) == 1;
    ossl::clearErrors();
    return same;
}

} // namespace sfm::crypto
