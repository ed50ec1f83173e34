#include "EcdsaSignature.h"

#include "OpenSslSupport.h"

#include <openssl/ec.h>

namespace sfm::crypto::ecdsa {

namespace {

struct SigDeleter
{
    void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); }
};
using SigPtr = std::unique_ptr<ECDSA_SIG, SigDeleter>;

} // namespace

QByteArray derToRaw(QByteArrayView der, int width)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.data());
    SigPtr sig(d2i_ECDSA_SIG(nullptr, &cursor, long(der.size())));
    if (!sig || cursor != reinterpret_cast<const unsigned char *>(der.data()) + der.size()) {
        ossl::clearErrors();
        return {};
    }
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    if (BN_num_bytes(r) > width || BN_num_bytes(s) > width)
        return {};
    return ossl::bnToBytes(r, width) + ossl::bnToBytes(s, width);
}

QByteArray rawToDer(QByteArrayView raw, int width)
{
    if (width <= 0 || raw.size() != 2 * qsizetype(width))
        return {};
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.data());
    SigPtr sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytes, width, nullptr);
    BIGNUM *s = BN_bin2bn(bytes + width, width, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ossl::clearErrors();
        return {};
    }
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0) {
        ossl::clearErrors();
        return {};
    }
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
}

} // namespace sfm::crypto::ecdsa
