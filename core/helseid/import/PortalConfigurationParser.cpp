#include "PortalConfigurationParser.h"

#include "ImportLimits.h"
#include "Logging.h"
#include "PortalConfigurationFields.h"
#include "PortalKeyReader.h"
#include "net/UrlPolicy.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace sfm::helseid {

namespace {

using Fields = PortalConfigurationFields;

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

} // namespace

bool PortalConfigurationParser::looksLikeConfiguration(const QJsonObject &object)
{
    return Fields::isPresent(object, QStringLiteral("clientId")) && PortalKeyReader::hasKey(object);
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

    auto clientId = Fields::stringField(object, QStringLiteral("clientId"), true);
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

    auto authority = Fields::stringField(object, QStringLiteral("authority"), true);
    if (!authority)
        return authority.error();
    auto authorityUrl = parseAuthority(*authority);
    if (!authorityUrl)
        return authorityUrl.error();
    config.authority = *authorityUrl;

    auto clientName = Fields::stringField(object, QStringLiteral("clientName"), false);
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
        auto list = Fields::stringListField(object, QString::fromLatin1(field.name), field.required);
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

    auto secretType = Fields::stringField(object, QStringLiteral("secretType"), false);
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

    if (Fields::isPresent(object, QStringLiteral("rsaKeySizeBits"))) {
        const QJsonValue bits = object.value(QStringLiteral("rsaKeySizeBits"));
        const double number = bits.toDouble(-1);
        if (!bits.isDouble() || number < 1 || number > 65536 || number != double(int(number)))
            return Fields::badField(QStringLiteral("rsaKeySizeBits"), QStringLiteral("not a key size"));
        config.rsaKeySizeBits = int(number);
    }
    if (Fields::isPresent(object, QStringLiteral("pkceRequired"))) {
        const QJsonValue pkce = object.value(QStringLiteral("pkceRequired"));
        if (!pkce.isBool())
            return Fields::badField(QStringLiteral("pkceRequired"), QStringLiteral("not true or false"));
        config.pkceRequired = pkce.toBool();
    }

    auto key = PortalKeyReader::read(object);
    if (!key)
        return key.error();
    config.key = key->key;
    config.kid = key->kid;
    config.algorithm = key->algorithm;
    config.keySource = key->source;
    if (config.kid.isEmpty())
        config.kid = config.key.thumbprint();

    qCInfo(lcHelseId) << "Read portal configuration for client" << config.clientId << "key"
                      << config.key.thumbprint();
    return config;
}

} // namespace sfm::helseid
