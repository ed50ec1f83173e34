#include "Jws.h"

#include "Base64Url.h"
#include "CryptoText.h"
#include "EcdsaSignature.h"
#include "KeyRules.h"
#include "OpenSslSupport.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <openssl/rsa.h>

namespace sfm::crypto {

namespace {

// Far above any assertion, proof or token we handle; caps the work a hostile input can cause.
constexpr qsizetype MaximumTokenBytes = 256 * 1024;

bool isPss(Algorithm alg)
{
    return alg == Algorithm::PS256 || alg == Algorithm::PS384 || alg == Algorithm::PS512;
}

// The signature's exact length for this key and a fitting alg: RSA the modulus size, ECDSA twice the field
// size.
int signatureSize(const Key &key, Algorithm alg)
{
    if (const auto curve = curveFor(alg))
        return 2 * rules::coordinateSize(*curve);
    return EVP_PKEY_get_size(key.handle());
}

// RSA-PSS as RFC 7518 3.5 wants it: MGF1 with the same hash, salt as long as the hash.
bool configurePss(EVP_PKEY_CTX *ctx, Algorithm alg)
{
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) == 1 &&
           EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, RSA_PSS_SALTLEN_DIGEST) == 1 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md_name(ctx, rules::digestName(alg), nullptr) == 1;
}

Error malformed(const QString &detail)
{
    return ossl::error(
        "crypto.jws.malformed",
        [] {
            return CryptoText::tr("The signed token is damaged or incomplete. Get a new one and check that "
                                  "it was copied completely.");
        },
        detail);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject VerifiedJws::payloadObject() const
{
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    return document.isObject() ? document.object() : QJsonObject();
}

Result<JwsParts> parseCompact(QByteArrayView token)
{
    if (token.size() > MaximumTokenBytes) {
        return ossl::error(
            "crypto.jws.too_large",
            [] {
                return CryptoText::tr(
                    "The signed token is far larger than any HelseID token; it was not read.");
            },
            QStringLiteral("%1 bytes").arg(token.size()));
    }
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (firstDot < 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0)
        return malformed(QStringLiteral("a compact JWS has exactly three parts"));

    const auto header = base64UrlDecode(token.first(firstDot));
    const auto payload = base64UrlDecode(token.sliced(firstDot + 1, secondDot - firstDot - 1));
    const auto signature = base64UrlDecode(token.sliced(secondDot + 1));
    if (!header || !payload || !signature)
        return malformed(QStringLiteral("a part is not strict base64url"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*header, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(QStringLiteral("the header is not a JSON object"));
    JwsParts parts;
    parts.header = document.object();
    if (!parts.header.value(QLatin1String("alg")).isString())
        return malformed(QStringLiteral("the header has no \"alg\""));
    parts.payload = *payload;
    parts.signingInput = token.first(secondDot).toByteArray();
    parts.signature = *signature;
    return parts;
}

Error noPrivateKey()
{
    return ossl::error("crypto.jws.no_private_key", [] {
        return CryptoText::tr("Signing needs the private key, and it is not available. Choose the private "
                              "key file or import the key again.");
    });
}

Result<QByteArray> signBytes(QByteArrayView data, const Key &key, Algorithm alg)
{
    if (key.isNull())
        return noPrivateKey();
    if (!key.supports(alg)) {
        return ossl::error("crypto.jws.alg_key_mismatch", [alg] {
            return CryptoText::tr("The algorithm %1 does not fit this key. Choose an algorithm for the key's "
                                  "type (RSA: RS*/PS*, EC: the ES* of its curve).")
                .arg(algorithmName(alg));
        });
    }
    const auto *input = reinterpret_cast<const unsigned char *>(data.data());
    ossl::MdCtxPtr md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by md
    size_t length = 0;
    QByteArray signature;
    bool signedOk = md &&
                    EVP_DigestSignInit_ex(md.get(), &pctx, rules::digestName(alg), nullptr, nullptr,
                                          key.handle(), nullptr) == 1 &&
                    (!isPss(alg) || configurePss(pctx, alg)) &&
                    EVP_DigestSign(md.get(), nullptr, &length, input, size_t(data.size())) == 1;
    if (signedOk) {
        signature.resize(qsizetype(length));
        signedOk = EVP_DigestSign(md.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                                  input, size_t(data.size())) == 1;
    }
    if (!signedOk) {
        // Asked only now: hasPrivate() exports the private part, too costly for every signature.
        if (!key.hasPrivate())
            return noPrivateKey();
        return ossl::error("crypto.jws.sign_failed", [] {
            return CryptoText::tr(
                "Signing failed. Try again; if it keeps failing, report the details to support.");
        });
    }
    signature.resize(qsizetype(length));
    if (const auto curve = curveFor(alg)) { // supports(alg) held, so this is the key's curve
        signature = ecdsa::derToRaw(signature, rules::coordinateSize(*curve));
        if (signature.isEmpty())
            return ossl::error("crypto.jws.sign_failed",
                               [] { return CryptoText::tr("Signing failed. Try again."); });
    }
    return signature;
}

bool verifyBytes(QByteArrayView data, QByteArrayView signature, const Key &key, Algorithm alg)
{
    if (key.isNull() || !key.supports(alg) || signature.size() != signatureSize(key, alg))
        return false;
    QByteArray der;
    if (key.type() == KeyType::Ec) {
        der = ecdsa::rawToDer(signature, rules::coordinateSize(*curveFor(alg)));
        if (der.isEmpty())
            return false;
        signature = der;
    }
    ossl::MdCtxPtr md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by md
    const bool valid =
        md &&
        EVP_DigestVerifyInit_ex(md.get(), &pctx, rules::digestName(alg), nullptr, nullptr, key.handle(),
                                nullptr) == 1 &&
        (!isPss(alg) || configurePss(pctx, alg)) &&
        EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                         size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.data()),
                         size_t(data.size())) == 1;
    ossl::clearErrors();
    return valid;
}

Result<QByteArray> signCompact(QJsonObject header, QByteArrayView payload, const Key &key, Algorithm alg)
{
    header.insert(QStringLiteral("alg"), algorithmName(alg));
    const QByteArray signingInput = base64UrlEncode(compactJson(header)) + '.' + base64UrlEncode(payload);
    auto signature = signBytes(signingInput, key, alg);
    if (!signature)
        return signature.error();
    return QByteArray(signingInput + '.' + base64UrlEncode(*signature));
}

Result<QByteArray> signCompact(QJsonObject header, const QJsonObject &payload, const Key &key, Algorithm alg)
{
    return signCompact(std::move(header), QByteArrayView(compactJson(payload)), key, alg);
}

Result<VerifiedJws> verifyCompact(QByteArrayView token, const Key &key, const QList<Algorithm> &allowed)
{
    auto parts = parseCompact(token);
    if (!parts)
        return parts.error();
    const QString algName = parts->header.value(QLatin1String("alg")).toString();
    const QString shownAlg = algName.left(32);
    if (algName == QLatin1String("none")) {
        return ossl::error(
            "crypto.jws.alg_none",
            [] { return CryptoText::tr("The token is not signed (algorithm \"none\") and was refused."); },
            QStringLiteral("alg=none"));
    }
    if (algName.startsWith(QLatin1String("HS"))) {
        return ossl::error(
            "crypto.jws.alg_hmac",
            [shownAlg] {
                return CryptoText::tr("The token is signed with a shared secret (%1); only public-key "
                                      "signatures are accepted.")
                    .arg(shownAlg);
            },
            QStringLiteral("alg=") + shownAlg);
    }
    const auto alg = algorithmFromName(algName);
    if (!alg) {
        return ossl::error(
            "crypto.jws.unsupported_alg",
            [shownAlg] {
                return CryptoText::tr("The token is signed with the algorithm \"%1\", which is not accepted.")
                    .arg(shownAlg);
            },
            QStringLiteral("alg=") + shownAlg);
    }
    if (!allowed.isEmpty() && !allowed.contains(*alg)) {
        return ossl::error(
            "crypto.jws.alg_not_allowed",
            [shownAlg] {
                return CryptoText::tr("The token is signed with %1, which is not allowed here.")
                    .arg(shownAlg);
            },
            QStringLiteral("alg=") + shownAlg);
    }
    // RFC 7515 4.1.11: a critical extension we do not understand makes the token unusable.
    if (parts->header.contains(QLatin1String("crit"))) {
        return ossl::error("crypto.jws.unsupported_crit", [] {
            return CryptoText::tr("The token requires an extension (\"crit\") that is not supported.");
        });
    }
    if (key.isNull() || !key.supports(*alg)) {
        return ossl::error(
            "crypto.jws.alg_key_mismatch",
            [shownAlg] {
                return CryptoText::tr("The token's algorithm %1 does not fit the key it is checked with. "
                                      "Check that the right key is used.")
                    .arg(shownAlg);
            },
            QStringLiteral("alg=") + shownAlg);
    }
    if (!verifyBytes(parts->signingInput, parts->signature, key, *alg)) {
        return ossl::error(
            "crypto.jws.bad_signature",
            [] {
                return CryptoText::tr("The token's signature is not valid for this key: it was changed, or "
                                      "signed with another key.");
            },
            parts->signature.size() != signatureSize(key, *alg)
                ? QStringLiteral("signature is %1 bytes, expected %2")
                      .arg(parts->signature.size())
                      .arg(signatureSize(key, *alg))
                : QStringLiteral("alg=") + shownAlg);
    }
    VerifiedJws verified;
    verified.header = parts->header;
    verified.payload = parts->payload;
    verified.algorithm = *alg;
    return verified;
}

} // namespace sfm::crypto
