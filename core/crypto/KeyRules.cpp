#include "KeyRules.h"

#include "CryptoText.h"
#include "OpenSslSupport.h"

#include <openssl/evp.h>

namespace sfm::crypto::rules {

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
        return ossl::error("crypto.key.invalid", CryptoText::tr("The key could not be read."));
    if (EVP_PKEY_is_a(key, "RSA")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits < MinimumRsaBits) {
            return ossl::error(
                "crypto.key.rsa_too_small",
                CryptoText::tr("The RSA key has %1 bits; HelseID needs at least %2. Make a new "
                               "key of 2048 bits or more (4096 is recommended).")
                    .arg(bits)
                    .arg(MinimumRsaBits));
        }
        if (bits > MaximumRsaBits) {
            return ossl::error("crypto.key.rsa_too_large",
                               CryptoText::tr("The RSA key has %1 bits, more than this program accepts (%2). "
                                              "Use a key of 2048 to 4096 bits.")
                                   .arg(bits)
                                   .arg(MaximumRsaBits));
        }
    } else if (EVP_PKEY_is_a(key, "EC")) {
        if (!curveOf(key)) {
            return ossl::error("crypto.key.unsupported_curve",
                               CryptoText::tr("The key uses an elliptic curve HelseID does not accept. Use "
                                              "P-256, P-384 or P-521, or an RSA key."));
        }
    } else {
        return ossl::error("crypto.key.unsupported_type",
                           CryptoText::tr("This kind of key is not supported. Use an RSA key (2048 bits or "
                                          "more) or an EC key on P-256, P-384 or P-521."),
                           QString::fromLatin1(EVP_PKEY_get0_type_name(key)));
    }

    ossl::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!ctx)
        return ossl::error("crypto.key.invalid", CryptoText::tr("The key could not be checked."));
    if (EVP_PKEY_public_check(ctx.get()) != 1) {
        return ossl::error("crypto.key.invalid_public",
                           CryptoText::tr("The public key is not valid (for an EC key: the point is not on "
                                          "the curve). Check that the file was copied completely."));
    }
    if (hasPrivate && EVP_PKEY_pairwise_check(ctx.get()) != 1) {
        return ossl::error("crypto.key.private_mismatch",
                           CryptoText::tr("The private part of the key does not belong to its public part. "
                                          "The key file is damaged; use the original or make a new key."));
    }
    ossl::clearErrors();
    return {};
}

} // namespace sfm::crypto::rules
