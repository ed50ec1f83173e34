#include "PortalKeyReader.h"

#include "DotNetRsaKeyXml.h"
#include "ImportLimits.h"
#include "PortalConfigurationFields.h"
#include "PortalConfigurationParser.h"
#include "SecureBytes.h"
#include "crypto/Base64Url.h"

#include <QJsonDocument>
#include <QJsonParseError>

// The messages keep PortalConfigurationParser's translation context: they are what its users read.
namespace sfm::helseid {

namespace {

using Fields = PortalConfigurationFields;

const QString KeyMissingFields = QStringLiteral("privateJwk|rsaPrivateKey");

Error badPrivateJwk(const QString &detail)
{
    return Error(
        QStringLiteral("import.bad_private_jwk"),
        [] {
            return PortalConfigurationParser::tr(
                "The private key in the configuration file (privateJwk) could not be read. Download the "
                "configuration file from the portal again.");
        },
        QStringLiteral("privateJwk: %1").arg(detail));
}

Error unsupportedKey(const QString &detail)
{
    return Error(
        QStringLiteral("import.unsupported_key"),
        [] {
            return PortalConfigurationParser::tr(
                "The key in the configuration file is of a kind HelseID does not accept (it must be RSA of "
                "at least 2048 bits, or EC P-256, P-384 or P-521). Create the client again in the portal and "
                "use the new configuration file.");
        },
        detail);
}

// privateJwk is a JSON-encoded string (reference §4); one consumer URL-decodes it first, and a JSON object
// is tolerated too.
Result<QJsonObject> privateJwkObject(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject();
    if (!value.isString())
        return badPrivateJwk(QStringLiteral("neither a string nor an object"));

    QByteArray text = value.toString().trimmed().toUtf8();
    if (text.startsWith('%')) {
        QByteArray decoded = QByteArray::fromPercentEncoding(text);
        secureWipe(text);
        text = std::move(decoded);
    }
    if (!text.startsWith('{')) {
        secureWipe(text);
        return badPrivateJwk(QStringLiteral("not JSON (nor URL-encoded JSON)"));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    secureWipe(text);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return badPrivateJwk(
            QStringLiteral("JSON error at offset %1: %2").arg(error.offset).arg(error.errorString()));
    }
    return document.object();
}

// Refuses keys HelseID does not accept before OpenSSL sees them, so the user gets "unsupported" rather
// than "invalid" for an RSA 1024 or a P-192 key.
Result<void> checkKeyPolicy(const QJsonObject &jwk, const QString &where)
{
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    if (kty == QLatin1String("RSA")) {
        const auto n = crypto::base64UrlDecode(jwk.value(QStringLiteral("n")).toString().toLatin1());
        if (n) {
            qsizetype first = 0;
            while (first < n->size() && n->at(first) == '\0')
                ++first;
            qsizetype bits = (n->size() - first) * 8;
            if (first < n->size()) {
                for (unsigned char top = static_cast<unsigned char>(n->at(first)); !(top & 0x80); top <<= 1)
                    --bits;
            }
            if (bits < crypto::MinimumRsaBits)
                return unsupportedKey(QStringLiteral("%1: RSA key of %2 bits").arg(where).arg(bits));
        }
        return {};
    }
    if (kty == QLatin1String("EC")) {
        const QString crv = jwk.value(QStringLiteral("crv")).toString();
        if (!crypto::curveFromName(crv))
            return unsupportedKey(QStringLiteral("%1: EC curve %2").arg(where, crv.left(20)));
        return {};
    }
    return unsupportedKey(QStringLiteral("%1: key type %2")
                              .arg(where, kty.isEmpty() ? QStringLiteral("(none)") : kty.left(20)));
}

// The JWK's "alg": what HelseID registered the key for, so the client must sign with it. Checked here,
// before Key::fromJwk, so the user reads which algorithm is wrong rather than "the key is not valid".
Result<std::optional<crypto::Algorithm>> algorithmOf(const QJsonObject &jwk)
{
    const auto it = jwk.constFind(QStringLiteral("alg"));
    if (it == jwk.constEnd() || it->isNull())
        return std::optional<crypto::Algorithm>();
    const QString name = it->isString() ? it->toString() : QString();
    const auto alg = crypto::algorithmFromName(name);
    if (!alg) {
        return Error(
            QStringLiteral("import.unsupported_alg"),
            [name] {
                return PortalConfigurationParser::tr(
                           "The key in the configuration file is meant for the signing algorithm «%1», which "
                           "HelseID does not accept (it accepts RS256/384/512, PS256/384/512 and "
                           "ES256/384/512). Download the configuration file from the portal again, or ask "
                           "HelseID support about the client.")
                    .arg(name.left(32));
            },
            QStringLiteral("privateJwk.alg: %1")
                .arg(it->isString() ? name.left(32) : QStringLiteral("not a string")));
    }
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    const bool fits = crypto::keyTypeFor(*alg) == crypto::KeyType::Rsa
                          ? kty == QLatin1String("RSA")
                          : kty == QLatin1String("EC") &&
                                crypto::curveFromName(jwk.value(QStringLiteral("crv")).toString()) ==
                                    crypto::curveFor(*alg);
    if (!fits) {
        return Error(
            QStringLiteral("import.alg_mismatch"),
            [alg] {
                return PortalConfigurationParser::tr(
                           "The configuration file says the key is for the algorithm %1, which does not fit "
                           "the key itself, so HelseID would refuse every sign-in. Download the "
                           "configuration file from the portal again.")
                    .arg(crypto::algorithmName(*alg));
            },
            QStringLiteral("privateJwk.alg %1 on a %2 key")
                .arg(crypto::algorithmName(*alg), kty.isEmpty() ? QStringLiteral("(none)") : kty.left(20)));
    }
    return std::optional<crypto::Algorithm>(*alg);
}

// The JWK's "kid": HelseID matches the client assertion's kid against the key's registered one, so a kid
// the file names is used verbatim; absent (or empty) means the RFC 7638 thumbprint. A kid that cannot be
// sent as it is (not a string, control characters, absurdly long) is refused rather than replaced, since a
// replaced kid would only fail later at HelseID.
Result<QString> kidOf(const QJsonObject &jwk)
{
    const auto it = jwk.constFind(QStringLiteral("kid"));
    if (it == jwk.constEnd() || it->isNull() || (it->isString() && it->toString().isEmpty()))
        return QString();
    bool ok = it->isString() && it->toString().size() <= limits::MaxKidLength;
    if (ok) {
        for (const QChar c : it->toString()) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                c.isSurrogate())
                ok = false;
        }
    }
    if (!ok) {
        return Error(
            QStringLiteral("import.bad_kid"),
            [] {
                return PortalConfigurationParser::tr(
                    "The key ID (kid) in the configuration file is malformed, so HelseID would not recognize "
                    "the key. Download the configuration file from the portal again.");
            },
            QStringLiteral("privateJwk.kid: not a string, or with control characters, or over %1 "
                           "characters")
                .arg(limits::MaxKidLength));
    }
    return it->toString();
}

Result<crypto::Key> keyFromJwk(const QJsonObject &jwk, const QString &where)
{
    if (auto policy = checkKeyPolicy(jwk, where); !policy)
        return policy.error();
    auto key = crypto::Key::fromJwk(jwk);
    if (!key) {
        return Error(
            QStringLiteral("import.bad_key"),
            [inner = key.error()] {
                return PortalConfigurationParser::tr(
                           "The private key in the configuration file is not valid: %1 Download the "
                           "configuration file from the portal again.")
                    .arg(inner.retranslated().message);
            },
            QStringLiteral("%1: %2 %3").arg(where, key.error().code, key.error().detail));
    }
    if (!key->hasPrivate()) {
        return Error(
            QStringLiteral("import.no_private_key"),
            [] {
                return PortalConfigurationParser::tr(
                    "The configuration file holds only a public key, so it cannot be used to log in to "
                    "HelseID. Download the configuration file from the portal again.");
            },
            QStringLiteral("%1: public key only").arg(where));
    }
    if (key->type() == crypto::KeyType::Rsa && key->bits() < crypto::MinimumRsaBits)
        return unsupportedKey(QStringLiteral("%1: RSA key of %2 bits").arg(where).arg(key->bits()));
    return key;
}

} // namespace

bool PortalKeyReader::hasKey(const QJsonObject &object)
{
    return Fields::isPresent(object, QStringLiteral("privateJwk")) ||
           Fields::isPresent(object, QStringLiteral("rsaPrivateKey"));
}

Result<PortalKeyReader::Key> PortalKeyReader::read(const QJsonObject &object)
{
    // The key: privateJwk, or rsaPrivateKey when privateJwk is absent; both must agree when both are there.
    const bool hasJwk = Fields::isPresent(object, QStringLiteral("privateJwk"));
    const bool hasXml = Fields::isPresent(object, QStringLiteral("rsaPrivateKey"));
    if (!hasJwk && !hasXml) {
        return Error(
            QStringLiteral("import.missing_field"),
            [] {
                return PortalConfigurationParser::tr(
                    "The configuration file holds no private key (neither «privateJwk» nor "
                    "«rsaPrivateKey»). Download the configuration file from the portal again.");
            },
            QStringLiteral("missing field: %1").arg(KeyMissingFields));
    }

    Key read;
    std::optional<crypto::Key> jwkKey;
    std::optional<crypto::Key> xmlKey;
    if (hasJwk) {
        auto jwk = privateJwkObject(object.value(QStringLiteral("privateJwk")));
        if (!jwk)
            return jwk.error();
        if (auto policy = checkKeyPolicy(*jwk, QStringLiteral("privateJwk")); !policy)
            return policy.error();
        auto alg = algorithmOf(*jwk);
        if (!alg)
            return alg.error();
        if (!*alg)
            jwk->remove(QStringLiteral("alg")); // "alg": null means none; Key::fromJwk would refuse it
        auto kid = kidOf(*jwk);
        if (!kid)
            return kid.error();
        auto key = keyFromJwk(*jwk, QStringLiteral("privateJwk"));
        if (!key)
            return key.error();
        jwkKey = *key;
        read.kid = *kid;
        read.algorithm = *alg;
    }
    if (hasXml) {
        const QJsonValue xmlValue = object.value(QStringLiteral("rsaPrivateKey"));
        if (!xmlValue.isString())
            return Fields::badField(QStringLiteral("rsaPrivateKey"), QStringLiteral("not a string"));
        QByteArray xml = xmlValue.toString().toUtf8();
        auto jwk = DotNetRsaKeyXml::toPrivateJwk(xml);
        secureWipe(xml);
        if (!jwk)
            return jwk.error();
        auto key = keyFromJwk(*jwk, QStringLiteral("rsaPrivateKey"));
        if (!key)
            return key.error();
        xmlKey = *key;
    }
    if (jwkKey && xmlKey && !jwkKey->samePublicKey(*xmlKey)) {
        return Error(
            QStringLiteral("import.key_mismatch"),
            [] {
                return PortalConfigurationParser::tr(
                    "The configuration file holds two different keys (privateJwk and rsaPrivateKey), "
                    "so it cannot be trusted. Download the configuration file from the portal again.");
            },
            QStringLiteral("privateJwk thumbprint %1, rsaPrivateKey thumbprint %2")
                .arg(jwkKey->thumbprint(), xmlKey->thumbprint()));
    }
    read.key = jwkKey ? *jwkKey : *xmlKey;
    read.source = (jwkKey && xmlKey) ? PortalConfiguration::KeySource::Both
                  : jwkKey           ? PortalConfiguration::KeySource::PrivateJwk
                                     : PortalConfiguration::KeySource::RsaKeyXml;
    return read;
}

} // namespace sfm::helseid
