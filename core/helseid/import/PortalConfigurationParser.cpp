#include "PortalConfigurationParser.h"

#include "DotNetRsaKeyXml.h"
#include "ImportLimits.h"
#include "Logging.h"
#include "SecureBytes.h"
#include "crypto/Base64Url.h"
#include "net/UrlPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace sfm::helseid {

namespace {

using Parser = PortalConfigurationParser;

const QString KeyMissingFields = QStringLiteral("privateJwk|rsaPrivateKey");

Error missingField(const QString &field)
{
    return Error(
        QStringLiteral("import.missing_field"),
        [field] {
            return PortalConfigurationParser::tr(
                       "The configuration file lacks the field «%1», so it is not a complete HelseID "
                       "configuration. Download the configuration file from the portal again.")
                .arg(field);
        },
        QStringLiteral("missing field: %1").arg(field));
}

Error badField(const QString &field, const QString &detail)
{
    return Error(
        QStringLiteral("import.bad_field"),
        [field] {
            return PortalConfigurationParser::tr(
                       "The field «%1» in the configuration file has a value this program cannot use. "
                       "Download the configuration file from the portal again.")
                .arg(field);
        },
        QStringLiteral("%1: %2").arg(field, detail));
}

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

bool isPresent(const QJsonObject &object, const QString &field)
{
    const auto it = object.constFind(field);
    return it != object.constEnd() && !it->isNull() && !it->isUndefined();
}

// A required or optional string; "required" turns a missing one into import.missing_field.
Result<QString> stringField(const QJsonObject &object, const QString &field, bool required)
{
    if (!isPresent(object, field)) {
        if (required)
            return missingField(field);
        return QString();
    }
    const QJsonValue value = object.value(field);
    if (!value.isString())
        return badField(field, QStringLiteral("not a string"));
    return value.toString();
}

Result<QStringList> stringListField(const QJsonObject &object, const QString &field, bool required)
{
    if (!isPresent(object, field)) {
        if (required)
            return missingField(field);
        return QStringList();
    }
    const QJsonValue value = object.value(field);
    if (!value.isArray())
        return badField(field, QStringLiteral("not a list"));
    const QJsonArray array = value.toArray();
    if (array.size() > limits::MaxListEntries)
        return badField(field, QStringLiteral("%1 entries").arg(array.size()));
    QStringList list;
    for (const QJsonValue &entry : array) {
        if (!entry.isString())
            return badField(field, QStringLiteral("an entry is not a string"));
        const QString text = entry.toString();
        if (text.isEmpty() || text.size() > 2048)
            return badField(field, QStringLiteral("an entry is empty or too long"));
        if (!list.contains(text))
            list << text;
    }
    return list;
}

bool isSaneIdentifier(const QString &text, qsizetype maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c.isSurrogate())
            return false;
    }
    return true;
}

Result<QUrl> parseAuthority(const QString &text)
{
    // The program's one URL policy (https, or http on loopback only: "127.evil.example" is a name, not a
    // loopback address), and no user info, query or fragment in an issuer.
    const QUrl url(text, QUrl::StrictMode);
    if (!net::checkUrlAllowed(url) || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return Error(
            QStringLiteral("import.bad_authority"),
            [] {
                return PortalConfigurationParser::tr(
                    "The HelseID address (authority) in the configuration file is not a valid https address. "
                    "Download the configuration file from the portal again.");
            },
            QStringLiteral("authority: not an https URL without query"));
    }
    return url;
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

bool PortalConfigurationParser::looksLikeConfiguration(const QJsonObject &object)
{
    return isPresent(object, QStringLiteral("clientId")) &&
           (isPresent(object, QStringLiteral("privateJwk")) ||
            isPresent(object, QStringLiteral("rsaPrivateKey")));
}

Result<PortalConfiguration> PortalConfigurationParser::parse(QByteArrayView json)
{
    if (json.size() > limits::MaxJsonBytes) {
        return Error(
            QStringLiteral("import.too_large"),
            [] {
                return tr("The configuration file is far larger than any HelseID configuration. Check that "
                          "you chose the file from the HelseID portal.");
            },
            QStringLiteral("JSON of %1 bytes").arg(json.size()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error(
            QStringLiteral("import.bad_json"),
            [] {
                return tr(
                    "The configuration file is not a valid JSON file. Download it from the portal again.");
            },
            error.error != QJsonParseError::NoError
                ? QStringLiteral("JSON error at offset %1: %2").arg(error.offset).arg(error.errorString())
                : QStringLiteral("JSON is not an object"));
    }
    return parse(document.object());
}

Result<PortalConfiguration> PortalConfigurationParser::parse(const QJsonObject &object)
{
    PortalConfiguration config;

    auto clientId = stringField(object, QStringLiteral("clientId"), true);
    if (!clientId)
        return clientId.error();
    if (!isSaneIdentifier(*clientId, limits::MaxClientIdLength)) {
        return Error(
            QStringLiteral("import.bad_client_id"),
            [] {
                return tr("The client ID in the configuration file is empty or malformed. Download the "
                          "configuration file from the portal again.");
            },
            QStringLiteral("clientId: %1 characters, empty, too long or with spaces or control "
                           "characters")
                .arg(clientId->size()));
    }
    config.clientId = *clientId;

    auto authority = stringField(object, QStringLiteral("authority"), true);
    if (!authority)
        return authority.error();
    auto authorityUrl = parseAuthority(*authority);
    if (!authorityUrl)
        return authorityUrl.error();
    config.authority = *authorityUrl;

    auto clientName = stringField(object, QStringLiteral("clientName"), false);
    if (!clientName)
        return clientName.error();
    config.clientName = clientName->left(500);

    struct ListField
    {
        const char *name;
        QStringList *target;
        bool required;
    };
    const ListField lists[] = {{"scopes", &config.scopes, true},
                               {"grantTypes", &config.grantTypes, false},
                               {"redirectUris", &config.redirectUris, false},
                               {"postLogoutRedirectUris", &config.postLogoutRedirectUris, false}};
    for (const ListField &field : lists) {
        auto list = stringListField(object, QString::fromLatin1(field.name), field.required);
        if (!list)
            return list.error();
        *field.target = *list;
    }
    // The redirect URIs are shown and reported, never opened: one the URL policy refuses (a javascript: or
    // file: address, plain http to another computer) is left out with a warning naming the field, rather
    // than refusing a file the portal wrote.
    for (const auto &[name, target] : {std::pair{"redirectUris", &config.redirectUris},
                                       std::pair{"postLogoutRedirectUris", &config.postLogoutRedirectUris}}) {
        const qsizetype before = target->size();
        target->removeIf(
            [](const QString &uri) { return !net::checkUrlAllowed(QUrl(uri, QUrl::StrictMode)); });
        if (target->size() != before)
            config.warnings << ImportWarning(
                QStringLiteral("import.warning.redirect_uri_refused"), [field = QString::fromLatin1(name)] {
                    return tr("The field «%1» in the configuration file holds an "
                              "address that is neither https nor on this "
                              "computer; it is left out.")
                        .arg(field);
                });
    }

    auto secretType = stringField(object, QStringLiteral("secretType"), false);
    if (!secretType)
        return secretType.error();
    // HelseID authenticates clients only with private_key_jwt (reference §6); the portal writes
    // "private_key_jwt:RsaPrivateKeyJwtSecret".
    if (!secretType->isEmpty() && !secretType->startsWith(QLatin1String("private_key_jwt"))) {
        return Error(
            QStringLiteral("import.unsupported_secret_type"),
            [] {
                return tr("The client in the configuration file does not use a private key "
                          "(private_key_jwt), which is the only kind this program supports. Create the "
                          "client with a key pair in the portal.");
            },
            QStringLiteral("secretType: %1").arg(secretType->left(80)));
    }
    config.secretType = *secretType;

    if (isPresent(object, QStringLiteral("rsaKeySizeBits"))) {
        const QJsonValue bits = object.value(QStringLiteral("rsaKeySizeBits"));
        const double number = bits.toDouble(-1);
        if (!bits.isDouble() || number < 1 || number > 65536 || number != double(int(number)))
            return badField(QStringLiteral("rsaKeySizeBits"), QStringLiteral("not a key size"));
        config.rsaKeySizeBits = int(number);
    }
    if (isPresent(object, QStringLiteral("pkceRequired"))) {
        const QJsonValue pkce = object.value(QStringLiteral("pkceRequired"));
        if (!pkce.isBool())
            return badField(QStringLiteral("pkceRequired"), QStringLiteral("not true or false"));
        config.pkceRequired = pkce.toBool();
    }

    // The key: privateJwk, or rsaPrivateKey when privateJwk is absent; both must agree when both are there.
    const bool hasJwk = isPresent(object, QStringLiteral("privateJwk"));
    const bool hasXml = isPresent(object, QStringLiteral("rsaPrivateKey"));
    if (!hasJwk && !hasXml) {
        return Error(
            QStringLiteral("import.missing_field"),
            [] {
                return tr("The configuration file holds no private key (neither «privateJwk» nor "
                          "«rsaPrivateKey»). Download the configuration file from the portal again.");
            },
            QStringLiteral("missing field: %1").arg(KeyMissingFields));
    }

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
        config.kid = *kid;
        config.algorithm = *alg;
    }
    if (hasXml) {
        const QJsonValue xmlValue = object.value(QStringLiteral("rsaPrivateKey"));
        if (!xmlValue.isString())
            return badField(QStringLiteral("rsaPrivateKey"), QStringLiteral("not a string"));
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
                return tr("The configuration file holds two different keys (privateJwk and rsaPrivateKey), "
                          "so it cannot be trusted. Download the configuration file from the portal again.");
            },
            QStringLiteral("privateJwk thumbprint %1, rsaPrivateKey thumbprint %2")
                .arg(jwkKey->thumbprint(), xmlKey->thumbprint()));
    }
    config.key = jwkKey ? *jwkKey : *xmlKey;
    config.keySource = (jwkKey && xmlKey) ? PortalConfiguration::KeySource::Both
                       : jwkKey           ? PortalConfiguration::KeySource::PrivateJwk
                                          : PortalConfiguration::KeySource::RsaKeyXml;
    if (config.kid.isEmpty())
        config.kid = config.key.thumbprint();

    qCInfo(lcHelseId) << "Read portal configuration for client" << config.clientId << "key"
                      << config.key.thumbprint();
    return config;
}

} // namespace sfm::helseid
