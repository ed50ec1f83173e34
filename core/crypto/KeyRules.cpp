#include "KeyRules.h"

#include "CryptoText.h"
#include "OpenSslSupport.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>

namespace sfm::crypto::rules {

namespace {

bool opensslCheck(EVP_PKEY *key, int (*check)(EVP_PKEY_CTX *))
{
    ossl::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    return ctx && check(ctx.get()) == 1;
}

// n odd, e odd and 1 < e < n: what an RSA verifier relies on.
bool rsaPublicIsSane(const EVP_PKEY *key)
{
    const ossl::BnPtr n = ossl::bnParam(key, OSSL_PKEY_PARAM_RSA_N);
    const ossl::BnPtr e = ossl::bnParam(key, OSSL_PKEY_PARAM_RSA_E);
    return n && e && BN_is_odd(n.get()) && BN_is_odd(e.get()) && !BN_is_one(e.get()) &&
           BN_cmp(e.get(), n.get()) < 0;
}

// Signs a fixed message with the private part and verifies it with the public part. OpenSSL checks its
// CRT result against the public exponent, so inconsistent CRT members cannot slip through either.
bool signatureRoundTrips(EVP_PKEY *key)
{
    static const unsigned char message[] = "sfm-onboarding key consistency check";
    unsigned char signature[16384 / 8];
    size_t length = sizeof signature;
    ossl::MdCtxPtr sign(EVP_MD_CTX_new());
    ossl::MdCtxPtr verify(EVP_MD_CTX_new());
    return sign && verify && EVP_PKEY_get_size(key) <= int(sizeof signature) &&
           EVP_DigestSignInit_ex(sign.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr) == 1 &&
           EVP_DigestSign(sign.get(), signature, &length, message, sizeof message) == 1 &&
           EVP_DigestVerifyInit_ex(verify.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr) == 1 &&
           EVP_DigestVerify(verify.get(), signature, length, message, sizeof message) == 1;
}

} // namespace

std::optional<Curve> curveOf(const EVP_PKEY *key)
{
    if (!key || !EVP_PKEY_is_a(key, "EC"))
        return std::nullopt;
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof name, &length) != 1) {
        ossl::clearErrors();
        return std::nullopt;
    }
    const QLatin1String group(name, qsizetype(length));
    if (group == QLatin1String("prime256v1") || group == QLatin1String("P-256"))
        return Curve::P256;
    if (group == QLatin1String("secp384r1") || group == QLatin1String("P-384"))
        return Curve::P384;
    if (group == QLatin1String("secp521r1") || group == QLatin1String("P-521"))
        return Curve::P521;
    return std::nullopt;
}

int coordinateSize(Curve curve)
{
    switch (curve) {
    case Curve::P256:
        return 32;
    case Curve::P384:
        return 48;
    case Curve::P521:
        return 66;
    }
    return 0;
}

const char *groupName(Curve curve)
{
    switch (curve) {
    case Curve::P256:
        return "P-256";
    case Curve::P384:
        return "P-384";
    case Curve::P521:
        return "P-521";
    }
    return "";
}

const char *digestName(Algorithm alg)
{
    switch (alg) {
    case Algorithm::RS256:
    case Algorithm::PS256:
    case Algorithm::ES256:
        return "SHA256";
    case Algorithm::RS384:
    case Algorithm::PS384:
    case Algorithm::ES384:
        return "SHA384";
    case Algorithm::RS512:
    case Algorithm::PS512:
    case Algorithm::ES512:
        return "SHA512";
    }
    return "";
}

Result<void> checkKey(EVP_PKEY *key, bool hasPrivate)
{
    if (!key)
        return ossl::error("crypto.key.invalid", [] { return CryptoText::tr("The key could not be read."); });
    if (EVP_PKEY_is_a(key, "RSA")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits < MinimumRsaBits) {
            return ossl::error("crypto.key.rsa_too_small", [bits] {
                return CryptoText::tr("The RSA key has %1 bits; HelseID needs at least %2. Make a new key of "
                                      "2048 bits or more (4096 is recommended).")
                    .arg(bits)
                    .arg(MinimumRsaBits);
            });
        }
        if (bits > MaximumRsaBits) {
            return ossl::error("crypto.key.rsa_too_large", [bits] {
                return CryptoText::tr("The RSA key has %1 bits, more than this program accepts (%2). Use a "
                                      "key of 2048 to 4096 bits.")
                    .arg(bits)
                    .arg(MaximumRsaBits);
            });
        }
    } else if (EVP_PKEY_is_a(key, "EC")) {
        if (!curveOf(key)) {
            return ossl::error("crypto.key.unsupported_curve", [] {
                return CryptoText::tr("The key uses an elliptic curve HelseID does not accept. Use P-256, "
                                      "P-384 or P-521, or an RSA key.");
            });
        }
    } else {
        return ossl::error(
            "crypto.key.unsupported_type",
            [] {
                return CryptoText::tr("This kind of key is not supported. Use an RSA key (2048 bits or more) "
                                      "or an EC key on P-256, P-384 or P-521.");
            },
            QString::fromLatin1(EVP_PKEY_get0_type_name(key)));
    }

    const bool rsa = EVP_PKEY_is_a(key, "RSA");
    // RSA: OpenSSL's own checks test p and q for primality (64 Miller-Rabin rounds) and n for being a prime
    // power, about 0.8 s for a 4096-bit key — on every load from the keychain. What we need is cheaper:
    // a sane public part, and proof that the private part inverts it (a signature it makes verifies).
    if (rsa ? !rsaPublicIsSane(key) : !opensslCheck(key, EVP_PKEY_public_check)) {
        return ossl::error("crypto.key.invalid_public", [] {
            return CryptoText::tr("The public key is not valid (for an EC key: the point is not on the "
                                  "curve). Check that the file was copied completely.");
        });
    }
    if (hasPrivate && (rsa ? !signatureRoundTrips(key) : !opensslCheck(key, EVP_PKEY_pairwise_check))) {
        return ossl::error("crypto.key.private_mismatch", [] {
            return CryptoText::tr("The private part of the key does not belong to its public part. The key "
                                  "file is damaged; use the original or make a new key.");
        });
    }
    ossl::clearErrors();
    return {};
}

} // namespace sfm::crypto::rules
