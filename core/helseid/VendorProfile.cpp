#include "VendorProfile.h"

#include "Logging.h"
#include "net/UrlPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <optional>

namespace sfm::helseid {

namespace {

constexpr qint64 MaxProfileBytes = 256 * 1024;

Error invalid(const QString &field, Error::Translator why)
{
    return {
        QStringLiteral("profile.invalid"),
        [field, why] {
            return VendorProfile::tr(
                       "The vendor profile is not valid: %1 %2. Ask the EPJ vendor for a corrected profile.")
                .arg(field, why());
        },
        field};
}

bool isStringList(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return false;
    }
    return true;
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

// An address from the profile, through the program's one URL policy (net::checkUrlAllowed: https, or http
// on this computer only). A profile is a file someone else wrote: a javascript: or file: address, or plain
// http to another computer, is refused with the field named rather than sent to HelseID or opened.
std::optional<Error> refusedAddress(const QString &field, const QString &text)
{
    if (net::checkUrlAllowed(QUrl(text, QUrl::StrictMode)))
        return std::nullopt;
    return invalid(field, [shown = text.left(200)] {
        return VendorProfile::tr("holds «%1», which is neither an https address nor an http address on this "
                                 "computer")
            .arg(shown);
    });
}

// The package link template: "{portal}" then a path, query or fragment (never more of the host, as in
// "{portal}.example" or "{portal}@example"), or an address the URL policy allows once its placeholders are
// filled.
std::optional<Error> refusedTemplate(const QString &text)
{
    static const QString portal = QStringLiteral("{portal}");
    if (text.startsWith(portal)) {
        const QStringView rest = QStringView(text).mid(portal.size());
        if (rest.isEmpty() || rest.startsWith(u'/') || rest.startsWith(u'?') || rest.startsWith(u'#'))
            return std::nullopt;
        return invalid(QStringLiteral("packageLink.template"),
                       [] { return VendorProfile::tr("must go on after {portal} with /, ? or #"); });
    }
    QString filled = text;
    for (const char *placeholder : {"{systemId}", "{packageId}", "{organizationNumber}"})
        filled.replace(QLatin1String(placeholder), QStringLiteral("x"));
    return refusedAddress(QStringLiteral("packageLink.template"), filled);
}

} // namespace

Result<VendorProfile> VendorProfile::fromJson(QByteArrayView json)
{
    if (json.size() > MaxProfileBytes)
        return invalid(QStringLiteral("(file)"), [] { return tr("is larger than any vendor profile"); });
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(
            QStringLiteral("profile.not_json"),
            [] {
                return tr(
                    "The vendor profile is not a JSON object. Ask the EPJ vendor for a corrected profile.");
            },
            parseError.errorString() + QStringLiteral(" at offset ") + QString::number(parseError.offset));
    const QJsonObject o = doc.object();
    VendorProfile p;

    const QJsonValue version = o.value(QLatin1String("schemaVersion"));
    if (!version.isDouble() || version.toInt() != 1)
        return Error(
            QStringLiteral("profile.unsupported_version"),
            [] {
                return tr("The vendor profile has a schema version this program does not support. Update the "
                          "program or ask the EPJ vendor for a profile of version 1.");
            },
            QStringLiteral("schemaVersion"));
    p.schemaVersion = 1;

    p.vendorName = o.value(QLatin1String("vendorName")).toString().trimmed();
    if (p.vendorName.isEmpty() || p.vendorName.size() > 200)
        return invalid(QStringLiteral("vendorName"), [] { return tr("is missing or too long"); });
    p.systemName = o.value(QLatin1String("systemName")).toString().trimmed().left(200);

    // API keys: secrets. Errors name the environment, never the value.
    const QJsonValue keys = o.value(QLatin1String("apiKeys"));
    if (!keys.isUndefined() && !keys.isObject())
        return invalid(QStringLiteral("apiKeys"),
                       [] { return tr("must be an object of environment names and keys"); });
    const QJsonObject keyObject = keys.toObject();
    for (auto it = keyObject.begin(); it != keyObject.end(); ++it) {
        // "custom": a staging HelseID given by URLs (sfmctl --environment custom) has its own key too.
        static const QStringList environments{QStringLiteral("demo"), QStringLiteral("test"),
                                              QStringLiteral("prod"), QStringLiteral("custom")};
        if (!environments.contains(it.key()))
            return invalid(QStringLiteral("apiKeys.") + it.key().left(40),
                           [] { return tr("is not an environment (use demo, test, prod or custom)"); });
        if (!it.value().isString() || it.value().toString().isEmpty() || it.value().toString().size() > 1000)
            return invalid(QStringLiteral("apiKeys.") + it.key(),
                           [] { return tr("must be a non-empty text"); });
        p.apiKeys.insert(it.key(), SecureBytes(it.value().toString().toUtf8()));
    }

    const QJsonValue scopes = o.value(QLatin1String("scopes"));
    if (!scopes.isArray() || scopes.toArray().isEmpty())
        return invalid(QStringLiteral("scopes"), [] { return tr("must list at least one scope"); });
    static const QRegularExpression scopeName(QStringLiteral("^[\\x21-\\x7E]{1,200}$"));
    for (const QJsonValue &v : scopes.toArray()) {
        const QJsonObject s = v.toObject();
        Scope scope;
        scope.name = s.value(QLatin1String("name")).toString();
        if (!v.isObject() || !scopeName.match(scope.name).hasMatch())
            return invalid(QStringLiteral("scopes"),
                           [] { return tr("holds an entry without a valid name"); });
        if (p.scope(scope.name))
            return invalid(QStringLiteral("scopes.") + scope.name, [] { return tr("is listed twice"); });
        const QString def = s.value(QLatin1String("default")).toString();
        if (def == QLatin1String("preselected"))
            scope.defaultState = ScopeDefault::Preselected;
        else if (def == QLatin1String("available") || def.isEmpty())
            scope.defaultState = ScopeDefault::Available;
        else
            return invalid(QStringLiteral("scopes.") + scope.name + QStringLiteral(".default"),
                           [] { return tr("must be \"preselected\" or \"available\""); });
        scope.required = s.value(QLatin1String("required")).toBool(false);
        const QJsonObject names = s.value(QLatin1String("displayName")).toObject();
        for (auto it = names.begin(); it != names.end(); ++it) {
            if (it.value().isString())
                scope.displayName.insert(it.key(), it.value().toString().left(200));
        }
        p.scopes.append(scope);
    }

    const QJsonObject sfmId = o.value(QLatin1String("sfmId")).toObject();
    const QString mode =
        sfmId.value(QLatin1String("mode")).toString(QStringLiteral("audienceClaimWhenExisting"));
    if (mode == QLatin1String("none"))
        p.sfmIdMode = SfmIdMode::None;
    else if (mode == QLatin1String("audienceClaimWhenExisting"))
        p.sfmIdMode = SfmIdMode::AudienceSpecificClaimWhenExisting;
    else
        return invalid(QStringLiteral("sfmId.mode"),
                       [] { return tr("must be \"none\" or \"audienceClaimWhenExisting\""); });
    p.sfmIdClaimType = sfmId.value(QLatin1String("claimType")).toString(p.sfmIdClaimType);
    if (p.sfmIdClaimType.isEmpty() || p.sfmIdClaimType.size() > 200)
        return invalid(QStringLiteral("sfmId.claimType"), [] { return tr("is empty or too long"); });

    const QJsonObject package = o.value(QLatin1String("packageLink")).toObject();
    p.packageLinkTemplate = package.value(QLatin1String("template")).toString();
    p.systemId = package.value(QLatin1String("systemId")).toString();
    if (!p.packageLinkTemplate.isEmpty()) {
        if (auto refused = refusedTemplate(p.packageLinkTemplate))
            return *refused;
    }
    const QJsonObject packages = package.value(QLatin1String("packages")).toObject();
    for (auto it = packages.begin(); it != packages.end(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty())
            return invalid(QStringLiteral("packageLink.packages.") + it.key(),
                           [] { return tr("must be a non-empty text"); });
        p.packageIds.insert(it.key(), it.value().toString());
    }

    for (const char *name : {"redirectUris", "postLogoutRedirectUris"}) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!isStringList(v))
            return invalid(QLatin1String(name), [] { return tr("must be a list of addresses"); });
        for (const QString &uri : toStringList(v)) {
            if (auto refused = refusedAddress(QLatin1String(name), uri))
                return *refused;
        }
    }
    p.redirectUris = toStringList(o.value(QLatin1String("redirectUris")));
    p.postLogoutRedirectUris = toStringList(o.value(QLatin1String("postLogoutRedirectUris")));

    const QJsonObject confirmation = o.value(QLatin1String("confirmationRedirect")).toObject();
    const QString policy = confirmation.value(QLatin1String("policy")).toString(QStringLiteral("loopback"));
    if (policy == QLatin1String("loopback")) {
        p.confirmationRedirectPolicy = ConfirmationRedirectPolicy::Loopback;
        p.loopbackCallbackPath = confirmation.value(QLatin1String("path")).toString(p.loopbackCallbackPath);
        if (!p.loopbackCallbackPath.startsWith(QLatin1Char('/')))
            return invalid(QStringLiteral("confirmationRedirect.path"),
                           [] { return tr("must start with /"); });
    } else if (policy == QLatin1String("fixed")) {
        p.confirmationRedirectPolicy = ConfirmationRedirectPolicy::Fixed;
        const QString uri = confirmation.value(QLatin1String("uri")).toString();
        if (uri.isEmpty())
            return invalid(QStringLiteral("confirmationRedirect.uri"),
                           [] { return tr("must be an absolute address"); });
        if (auto refused = refusedAddress(QStringLiteral("confirmationRedirect.uri"), uri))
            return *refused;
        p.fixedConfirmationRedirectUri = QUrl(uri, QUrl::StrictMode);
    } else {
        return invalid(QStringLiteral("confirmationRedirect.policy"),
                       [] { return tr("must be \"loopback\" or \"fixed\""); });
    }

    const QJsonValue login = o.value(QLatin1String("loginRedirect"));
    if (!login.isUndefined() && !login.isObject())
        return invalid(QStringLiteral("loginRedirect"), [] { return tr("must be an object"); });
    const QJsonObject logins = login.toObject();
    for (auto it = logins.begin(); it != logins.end(); ++it) {
        const QString field = QStringLiteral("loginRedirect.") + it.key();
        const QUrl uri(it.value().toString(), QUrl::StrictMode);
        const bool loopback =
            uri.isValid() && uri.scheme() == QLatin1String("http") &&
            (uri.host() == QLatin1String("localhost") || uri.host() == QLatin1String("127.0.0.1")) &&
            uri.path().startsWith(QLatin1Char('/')) && !uri.hasQuery() && !uri.hasFragment() &&
            uri.userInfo().isEmpty();
        if (!loopback)
            return invalid(field, [] {
                return tr("must be a loopback address such as http://localhost/callback or "
                          "http://127.0.0.1:47813/callback");
            });
        if (it.key() == QLatin1String("prod") && uri.port() <= 0)
            return invalid(field, [] { return tr("must name one fixed port for production"); });
        p.loginRedirectUris.insert(it.key(), uri);
    }

    const QJsonValue destinations = o.value(QLatin1String("keyDestinations"));
    if (!destinations.isUndefined() && !destinations.isObject())
        return invalid(QStringLiteral("keyDestinations"), [] { return tr("must be an object"); });
    if (destinations.isObject()) {
        const QJsonObject d = destinations.toObject();
        const QStringList known{QStringLiteral("keychain"), QStringLiteral("file"),
                                QStringLiteral("transfer")};
        if (d.contains(QLatin1String("supported"))) {
            p.keyDestinations.supported.clear();
            for (const QJsonValue &v : d.value(QLatin1String("supported")).toArray()) {
                if (!known.contains(v.toString()) || p.keyDestinations.supported.contains(v.toString()))
                    return invalid(QStringLiteral("keyDestinations.supported"), [] {
                        return tr("must list some of \"keychain\", \"file\" and \"transfer\", each once");
                    });
                p.keyDestinations.supported.append(v.toString());
            }
            if (p.keyDestinations.supported.isEmpty())
                return invalid(QStringLiteral("keyDestinations.supported"),
                               [] { return tr("must list at least one destination"); });
        }
        p.keyDestinations.defaultKind =
            d.value(QLatin1String("default")).toString(p.keyDestinations.supported.constFirst());
        if (!p.keyDestinations.supported.contains(p.keyDestinations.defaultKind))
            return invalid(QStringLiteral("keyDestinations.default"),
                           [] { return tr("must be one of the supported destinations"); });
        p.keyDestinations.jwk = d.value(QLatin1String("jwk")).toBool(false);
    }

    const QString shape = o.value(QLatin1String("clientSecretBody")).toString(QStringLiteral("jsonString"));
    if (shape == QLatin1String("jsonString"))
        p.secretBodyShape = SecretBodyShape::JsonString;
    else if (shape == QLatin1String("jsonObject"))
        p.secretBodyShape = SecretBodyShape::JsonObject;
    else
        return invalid(QStringLiteral("clientSecretBody"),
                       [] { return tr("must be \"jsonString\" or \"jsonObject\""); });

    return p;
}

QUrl VendorProfile::loginRedirectUri(const QString &environmentName) const
{
    if (const auto it = loginRedirectUris.constFind(environmentName); it != loginRedirectUris.constEnd())
        return *it;
    QUrl uri(QStringLiteral("http://localhost/callback"));
    if (environmentName == QLatin1String("prod"))
        uri.setPort(DefaultProdLoginPort);
    return uri;
}

QStringList VendorProfile::redirectUrisFor(const QString &environmentName) const
{
    QStringList uris = redirectUris;
    const QString login = loginRedirectUri(environmentName).toString();
    if (!uris.contains(login))
        uris.append(login);
    return uris;
}

Result<VendorProfile> VendorProfile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            QStringLiteral("profile.unreadable"),
            [path] {
                return tr("The vendor profile %1 could not be opened. Check the path and that you may read "
                          "it.")
                    .arg(path);
            },
            file.errorString());
    if (file.size() > MaxProfileBytes)
        return invalid(path, [] { return tr("is larger than any vendor profile"); });
    const QByteArray bytes = file.read(MaxProfileBytes + 1);
    auto profile = fromJson(bytes);
    if (profile)
        qCInfo(lcHelseId) << "vendor profile loaded:" << profile->vendorName << "environments with a key"
                          << profile->apiKeys.keys();
    return profile;
}

Result<VendorProfile> VendorProfile::demo()
{
    return load(QStringLiteral(":/profiles/demo.json"));
}

bool VendorProfile::hasApiKey(const QString &environmentName) const
{
    return !apiKeys.value(environmentName).isEmpty();
}

SecureBytes VendorProfile::apiKey(const QString &environmentName) const
{
    return apiKeys.value(environmentName);
}

QStringList VendorProfile::preselectedScopes() const
{
    QStringList out;
    for (const Scope &s : scopes) {
        if (s.defaultState == ScopeDefault::Preselected || s.required)
            out.append(s.name);
    }
    return out;
}

QStringList VendorProfile::allScopeNames() const
{
    QStringList out;
    for (const Scope &s : scopes)
        out.append(s.name);
    return out;
}

const VendorProfile::Scope *VendorProfile::scope(const QString &name) const
{
    for (const Scope &s : scopes) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QString VendorProfile::Scope::displayNameFor(const QString &language) const
{
    for (const QString &lang : {language, QStringLiteral("en"), QStringLiteral("nb")}) {
        const QString text = displayName.value(lang);
        if (!text.isEmpty())
            return text;
    }
    return name;
}

QUrl VendorProfile::packageLink(const QUrl &portalBase, const QString &packageId,
                                const QString &organizationNumber) const
{
    if (packageLinkTemplate.isEmpty())
        return {};
    // UNCONFIRMED (reference section 4): the real link format is not public, so it is the vendor's template.
    auto enc = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    QString link = packageLinkTemplate;
    link.replace(QLatin1String("{portal}"),
                 portalBase.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash));
    link.replace(QLatin1String("{systemId}"), enc(systemId));
    link.replace(QLatin1String("{packageId}"), enc(packageId));
    link.replace(QLatin1String("{organizationNumber}"), enc(organizationNumber));
    return QUrl(link, QUrl::StrictMode);
}

} // namespace sfm::helseid
