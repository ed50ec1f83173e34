#include "JwkCodec.h"

#include "Base64Url.h"
#include "CryptoText.h"
#include "KeyRules.h"
#include "OpenSslSupport.h"

#include <QJsonValue>

#include <openssl/core_names.h>
#include <openssl/param_build.h>

#include <array>
#include <map>

namespace sfm::crypto {

namespace {

struct ParamBldDeleter
{
    void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamDeleter
{
    // Secret BIGNUMs went into the builder's secure block, which OSSL_PARAM_free wipes.
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
};

// Wipes a decoded private member however the function returns.
struct WipeOnExit
{
    QByteArray &bytes;
    ~WipeOnExit() { secureWipe(bytes); }
};

QString jsonText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

Error missingMember(const char *name)
{
    return ossl::error("crypto.jwk.missing_member", [member = QString::fromLatin1(name)] {
        return CryptoText::tr("The key (JWK) lacks the member \"%1\". Check that the whole key was copied.")
            .arg(member);
    });
}

Error badMember(const char *name)
{
    return ossl::error("crypto.jwk.bad_encoding", [member = QString::fromLatin1(name)] {
        return CryptoText::tr("The member \"%1\" of the key (JWK) is not valid base64url. Check that the "
                              "whole key was copied unchanged.")
            .arg(member);
    });
}

// A base64url member as unsigned big-endian bytes.
Result<QByteArray> member(const QJsonObject &jwk, const char *name)
{
    const QJsonValue value = jwk.value(QLatin1String(name));
    if (value.isUndefined())
        return missingMember(name);
    if (!value.isString())
        return badMember(name);
    auto bytes = base64UrlDecode(value.toString().toLatin1());
    if (!bytes || bytes->isEmpty())
        return badMember(name);
    return std::move(*bytes);
}

QByteArray stripLeadingZeros(QByteArray bytes)
{
    qsizetype zeros = 0;
    while (zeros + 1 < bytes.size() && bytes.at(zeros) == '\0')
        ++zeros;
    if (zeros > 0) {
        QByteArray stripped = bytes.mid(zeros);
        secureWipe(bytes);
        return stripped;
    }
    return bytes;
}

// Fixed-width coordinate: tolerates a shorter value (missing leading zeros) and extra leading zero bytes,
// refuses anything that does not fit.
std::optional<QByteArray> toWidth(QByteArray bytes, int width)
{
    bytes = stripLeadingZeros(std::move(bytes));
    if (bytes.size() > width)
        return std::nullopt;
    QByteArray padded(width - bytes.size(), '\0');
    padded.append(bytes);
    secureWipe(bytes);
    return padded;
}

Result<Key> buildKey(const char *type, OSSL_PARAM_BLD *bld, bool hasPrivate)
{
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(bld));
    ossl::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, hasPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                          params.get()) != 1) {
        return ossl::error("crypto.jwk.invalid_key", [] {
            return CryptoText::tr("The key (JWK) is not a valid key (for an EC key: the point is not on the "
                                  "curve). Check that the whole key was copied unchanged.");
        });
    }
    ossl::PkeyPtr pkey(raw);
    if (auto checked = rules::checkKey(pkey.get(), hasPrivate); !checked)
        return checked.error();
    return Key::adopt(pkey.release());
}

Result<Key> parseRsa(const QJsonObject &jwk)
{
    if (jwk.contains(QLatin1String("oth"))) {
        return ossl::error("crypto.jwk.unsupported_multiprime", [] {
            return CryptoText::tr(
                "The RSA key has more than two primes, which HelseID does not accept. Make a new key.");
        });
    }
    auto n = member(jwk, "n");
    if (!n)
        return n.error();
    auto e = member(jwk, "e");
    if (!e)
        return e.error();
    const QByteArray modulus = stripLeadingZeros(std::move(*n));
    const ossl::BnPtr nBn = ossl::bnFromBytes(modulus, false);
    const ossl::BnPtr eBn = ossl::bnFromBytes(stripLeadingZeros(std::move(*e)), false);
    if (!nBn || !eBn)
        return ossl::error("crypto.jwk.invalid_key",
                           [] { return CryptoText::tr("The key (JWK) could not be read."); });
    // Size first: cheap, and it keeps an oversized untrusted key from costing seconds of checks.
    const int bits = BN_num_bits(nBn.get());
    if (bits < MinimumRsaBits) {
        return ossl::error("crypto.jwk.rsa_too_small", [bits] {
            return CryptoText::tr("The RSA key has %1 bits; HelseID needs at least %2. Make a new key of "
                                  "2048 bits or more (4096 is recommended).")
                .arg(bits)
                .arg(MinimumRsaBits);
        });
    }
    if (bits > rules::MaximumRsaBits) {
        return ossl::error("crypto.jwk.rsa_too_large", [bits] {
            return CryptoText::tr("The RSA key has %1 bits, more than this program accepts (%2). Use a key "
                                  "of 2048 to 4096 bits.")
                .arg(bits)
                .arg(rules::MaximumRsaBits);
        });
    }

    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, nBn.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, eBn.get())) {
        return ossl::error("crypto.jwk.invalid_key",
                           [] { return CryptoText::tr("The key (JWK) could not be read."); });
    }

    static constexpr std::array<std::pair<const char *, const char *>, 6> PrivateMembers = {{
        {"d", OSSL_PKEY_PARAM_RSA_D},
        {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
        {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},
        {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
        {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2},
        {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1},
    }};
    int present = 0;
    for (const auto &[name, param] : PrivateMembers)
        present += jwk.contains(QLatin1String(name)) ? 1 : 0;
    const bool hasPrivate = present > 0;
    if (hasPrivate && present != int(PrivateMembers.size())) {
        return ossl::error("crypto.jwk.incomplete_private", [] {
            return CryptoText::tr("The private RSA key (JWK) is incomplete: it needs d, p, q, dp, dq and qi. "
                                  "Export the key again with all its members.");
        });
    }
    // The builder refers to the BIGNUMs until to_param(), so they live until buildKey() returns.
    std::array<ossl::BnPtr, 6> secrets;
    if (hasPrivate) {
        for (size_t i = 0; i < PrivateMembers.size(); ++i) {
            auto bytes = member(jwk, PrivateMembers[i].first);
            if (!bytes)
                return bytes.error();
            WipeOnExit wipe{*bytes};
            secrets[i] = ossl::bnFromBytes(*bytes, true);
            if (!secrets[i] || !OSSL_PARAM_BLD_push_BN(bld.get(), PrivateMembers[i].second, secrets[i].get()))
                return ossl::error("crypto.jwk.invalid_key",
                                   [] { return CryptoText::tr("The key (JWK) could not be read."); });
        }
    }
    return buildKey("RSA", bld.get(), hasPrivate);
}

Result<Key> parseEc(const QJsonObject &jwk)
{
    const QJsonValue crvValue = jwk.value(QLatin1String("crv"));
    if (crvValue.isUndefined())
        return missingMember("crv");
    const QString crvName = crvValue.toString();
    const auto curve = curveFromName(crvName);
    if (!curve) {
        return ossl::error(
            "crypto.jwk.unsupported_curve",
            [crvName] {
                return CryptoText::tr("The key uses the curve \"%1\", which HelseID does not accept. Use "
                                      "P-256, P-384 or P-521, or an RSA key.")
                    .arg(crvName.left(32));
            },
            QStringLiteral("crv=") + crvName.left(32));
    }
    const int width = rules::coordinateSize(*curve);
    auto x = member(jwk, "x");
    if (!x)
        return x.error();
    auto y = member(jwk, "y");
    if (!y)
        return y.error();
    const auto xFixed = toWidth(std::move(*x), width);
    const auto yFixed = toWidth(std::move(*y), width);
    if (!xFixed || !yFixed) {
        return ossl::error("crypto.jwk.bad_coordinate", [crvName] {
            return CryptoText::tr("A coordinate of the EC key (JWK) is too long for curve %1. Check that the "
                                  "key was copied unchanged.")
                .arg(crvName);
        });
    }
    // Uncompressed point encoding (SEC 1 2.3.3): 0x04 || x || y.
    QByteArray point;
    point.reserve(1 + 2 * width);
    point.append('\x04').append(*xFixed).append(*yFixed);

    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> bld(OSSL_PARAM_BLD_new());
    if (!bld ||
        !OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, rules::groupName(*curve),
                                         0) ||
        !OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                          size_t(point.size()))) {
        return ossl::error("crypto.jwk.invalid_key",
                           [] { return CryptoText::tr("The key (JWK) could not be read."); });
    }
    const bool hasPrivate = jwk.contains(QLatin1String("d"));
    ossl::BnPtr secret;
    if (hasPrivate) {
        auto d = member(jwk, "d");
        if (!d)
            return d.error();
        auto dFixed = toWidth(std::move(*d), width);
        if (!dFixed) {
            return ossl::error("crypto.jwk.bad_coordinate", [crvName] {
                return CryptoText::tr("The private part of the EC key (JWK) is too long for curve %1. Check "
                                      "that the key was copied unchanged.")
                    .arg(crvName);
            });
        }
        WipeOnExit wipe{*dFixed};
        secret = ossl::bnFromBytes(*dFixed, true);
        if (!secret || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, secret.get()))
            return ossl::error("crypto.jwk.invalid_key",
                               [] { return CryptoText::tr("The key (JWK) could not be read."); });
    }
    return buildKey("EC", bld.get(), hasPrivate);
}

// Appends "name":"value" to a JSON object under construction; values here never need escaping (base64url,
// algorithm and curve names).
void appendMember(QByteArray &json, const char *name, const QByteArray &value)
{
    json.append(json.size() > 1 ? ",\"" : "\"").append(name).append("\":\"").append(value).append('"');
}

} // namespace

Result<Key> JwkCodec::parse(const QJsonObject &jwk)
{
    const QJsonValue kty = jwk.value(QLatin1String("kty"));
    if (kty.isUndefined())
        return missingMember("kty");
    const QJsonValue use = jwk.value(QLatin1String("use"));
    if (!use.isUndefined() && use.toString() != QLatin1String("sig")) {
        return ossl::error(
            "crypto.jwk.bad_use",
            [] {
                return CryptoText::tr("The key (JWK) is marked for a use other than signing (\"use\" must be "
                                      "\"sig\"). Use a signing key.");
            },
            QStringLiteral("use=") + use.toString().left(32));
    }
    std::optional<Algorithm> alg;
    const QJsonValue algValue = jwk.value(QLatin1String("alg"));
    if (!algValue.isUndefined()) {
        alg = algorithmFromName(algValue.toString());
        if (!alg) {
            return ossl::error(
                "crypto.jwk.unsupported_alg",
                [name = algValue.toString().left(32)] {
                    return CryptoText::tr(
                               "The key (JWK) is meant for the algorithm \"%1\", which HelseID does not "
                               "accept. Use RS256/384/512, PS256/384/512 or ES256/384/512.")
                        .arg(name);
                },
                QStringLiteral("alg=") + algValue.toString().left(32));
        }
    }

    Result<Key> key = Error();
    if (kty.toString() == QLatin1String("RSA")) {
        key = parseRsa(jwk);
    } else if (kty.toString() == QLatin1String("EC")) {
        key = parseEc(jwk);
    } else {
        return ossl::error(
            "crypto.jwk.unsupported_kty",
            [type = kty.toString().left(32)] {
                return CryptoText::tr("The key type \"%1\" is not supported. Use an RSA or EC key.")
                    .arg(type);
            },
            QStringLiteral("kty=") + kty.toString().left(32));
    }
    if (!key)
        return key;
    if (alg && !key->supports(*alg)) {
        return ossl::error(
            "crypto.jwk.alg_mismatch",
            [algorithm = *alg] {
                return CryptoText::tr("The key (JWK) names the algorithm %1, which does not fit the key "
                                      "itself. Fix \"alg\" or use a matching key.")
                    .arg(algorithmName(algorithm));
            },
            QStringLiteral("alg=") + algorithmName(*alg));
    }
    return key;
}

QJsonObject JwkCodec::requiredPublicMembers(const Key &key)
{
    QJsonObject jwk;
    if (key.isNull())
        return jwk;
    if (key.type() == KeyType::Rsa) {
        const ossl::BnPtr n = ossl::bnParam(key.handle(), OSSL_PKEY_PARAM_RSA_N);
        const ossl::BnPtr e = ossl::bnParam(key.handle(), OSSL_PKEY_PARAM_RSA_E);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"), jsonText(base64UrlEncode(ossl::bnToBytes(n.get()))));
        jwk.insert(QStringLiteral("e"), jsonText(base64UrlEncode(ossl::bnToBytes(e.get()))));
    } else {
        const Curve curve = key.curve().value_or(Curve::P256);
        const int width = rules::coordinateSize(curve);
        const ossl::BnPtr x = ossl::bnParam(key.handle(), OSSL_PKEY_PARAM_EC_PUB_X);
        const ossl::BnPtr y = ossl::bnParam(key.handle(), OSSL_PKEY_PARAM_EC_PUB_Y);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), curveName(curve));
        jwk.insert(QStringLiteral("x"), jsonText(base64UrlEncode(ossl::bnToBytes(x.get(), width))));
        jwk.insert(QStringLiteral("y"), jsonText(base64UrlEncode(ossl::bnToBytes(y.get(), width))));
    }
    return jwk;
}

QByteArray JwkCodec::thumbprintInput(const Key &key)
{
    const QJsonObject members = requiredPublicMembers(key);
    if (members.isEmpty())
        return {};
    QByteArray json("{");
    // QJsonObject iterates in sorted key order, which is exactly RFC 7638's lexicographic order here.
    for (auto it = members.begin(); it != members.end(); ++it)
        appendMember(json, it.key().toLatin1().constData(), it.value().toString().toLatin1());
    json.append('}');
    return json;
}

SecureBytes JwkCodec::privateJson(const Key &key, std::optional<Algorithm> alg)
{
    if (key.isNull() || !key.hasPrivate())
        return {};
    QJsonObject members = requiredPublicMembers(key);
    if (alg)
        members.insert(QStringLiteral("alg"), algorithmName(*alg));
    members.insert(QStringLiteral("kid"), key.thumbprint());
    members.insert(QStringLiteral("use"), QStringLiteral("sig"));

    // Secret members never pass through QJsonObject/QString (which cannot be wiped): they go straight from
    // BIGNUM to this buffer, and every temporary is wiped.
    std::map<QByteArray, QByteArray> secrets;
    const auto addSecret = [&](const char *name, const char *param, int width) {
        const ossl::BnPtr bn = ossl::bnParam(key.handle(), param);
        QByteArray raw = ossl::bnToBytes(bn.get(), width);
        secrets[QByteArray(name)] = base64UrlEncode(raw);
        secureWipe(raw);
    };
    if (key.type() == KeyType::Rsa) {
        addSecret("d", OSSL_PKEY_PARAM_RSA_D, 0);
        addSecret("p", OSSL_PKEY_PARAM_RSA_FACTOR1, 0);
        addSecret("q", OSSL_PKEY_PARAM_RSA_FACTOR2, 0);
        addSecret("dp", OSSL_PKEY_PARAM_RSA_EXPONENT1, 0);
        addSecret("dq", OSSL_PKEY_PARAM_RSA_EXPONENT2, 0);
        addSecret("qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1, 0);
    } else {
        addSecret("d", OSSL_PKEY_PARAM_PRIV_KEY, rules::coordinateSize(key.curve().value_or(Curve::P256)));
    }

    // Merge public and secret members in sorted order, for a stable, readable file.
    std::map<QByteArray, QByteArray> all;
    for (auto it = members.begin(); it != members.end(); ++it)
        all[it.key().toLatin1()] = it.value().toString().toLatin1();
    QByteArray json;
    qsizetype size = 2;
    for (const auto &[name, value] : all)
        size += name.size() + value.size() + 6;
    for (const auto &[name, value] : secrets)
        size += name.size() + value.size() + 6;
    json.reserve(size); // no reallocation, so no unwiped copy is left behind
    json.append('{');
    for (auto &[name, value] : secrets)
        all.emplace(name, QByteArray()); // placeholder keeps the order; value comes from secrets
    for (auto &[name, value] : all) {
        auto secret = secrets.find(name);
        appendMember(json, name.constData(), secret != secrets.end() ? secret->second : value);
    }
    json.append('}');
    for (auto &[name, value] : secrets)
        secureWipe(value);
    return SecureBytes(std::move(json));
}

} // namespace sfm::crypto
