#include "EpjConfiguration.h"
#include "JsonValues.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sfm::onboarding {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDateTime parseTime(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate).toUTC() : QDateTime();
}

} // namespace

EpjConfiguration EpjConfiguration::fromOnboarding(const OnboardingData &data)
{
    EpjConfiguration c;
    c.clientId = data.clientId;
    c.authority = data.setup.environment.issuer;
    c.selfServiceApi = data.setup.environment.apiBase;
    c.environment = data.setup.environment.name();
    c.kid = data.kid;
    c.keyThumbprint = data.keyThumbprint.isEmpty() ? data.kid : data.keyThumbprint;
    c.algorithm = crypto::algorithmName(data.setup.algorithm);
    c.keyStorage = KeyReference::kindName(data.keyReference.kind);
    c.keyService = data.keyReference.service;
    c.keyEntry = data.keyReference.entry;
    c.scopes = data.setup.scopes;
    c.sfmId = data.sfmId;
    c.organizationNumber = data.setup.organizationNumber;
    c.childOrganizationNumbers = data.setup.childOrganizationNumbers;
    c.onboardingId = data.id;
    c.createdAt = data.readyAt.isValid() ? data.readyAt : QDateTime::currentDateTimeUtc();
    c.keyCreatedAt = data.keyCreatedAt;
    c.keyExpiresAt = data.keyExpiresAt;
    return c;
}

Result<OnboardingData> EpjConfiguration::toOnboardingData() const
{
    // The configuration has no portal address, and a token needs none: the API's stands in for it.
    auto savedEnvironment = helseid::Environment::fromSaved(
        this->environment, authority, selfServiceApi,
        this->environment == QLatin1String("test")   ? helseid::Environment::test().portalBase
        : this->environment == QLatin1String("prod") ? helseid::Environment::prod().portalBase
                                                     : selfServiceApi);
    if (!savedEnvironment)
        return savedEnvironment.error();
    const auto alg = crypto::algorithmFromName(algorithm);
    if (!alg)
        return Error(
            QStringLiteral("onboarding.config.invalid"),
            [] { return tr("The configuration names an unknown algorithm."); }, algorithm);
    OnboardingData d = OnboardingData::create({});
    d.id = onboardingId.isEmpty() ? d.id : onboardingId;
    d.state = State::Ready;
    d.setup.environment = savedEnvironment.value();
    d.setup.algorithm = *alg;
    d.setup.scopes = scopes;
    d.setup.organizationNumber = organizationNumber;
    d.setup.childOrganizationNumbers = childOrganizationNumbers;
    d.clientId = clientId;
    d.kid = kid;
    d.keyThumbprint = keyThumbprint;
    d.keyReference.kind = keyStorage == QLatin1String("encrypted-file") ? KeyReference::Kind::EncryptedFile
                                                                        : KeyReference::Kind::Keychain;
    d.keyReference.service = keyService;
    d.keyReference.entry = keyEntry;
    d.sfmId = sfmId;
    return d;
}

QByteArray EpjConfiguration::toJson() const
{
    QJsonObject key{{QStringLiteral("kid"), kid},
                    {QStringLiteral("thumbprint"), keyThumbprint},
                    {QStringLiteral("algorithm"), algorithm},
                    {QStringLiteral("storage"), keyStorage},
                    {QStringLiteral("service"), keyService},
                    {QStringLiteral("entry"), keyEntry},
                    {QStringLiteral("format"), QStringLiteral("pkcs8-der")},
                    {QStringLiteral("createdAt"), timeValue(keyCreatedAt)},
                    {QStringLiteral("expiresAt"), timeValue(keyExpiresAt)}};
    QJsonObject o{
        {QStringLiteral("format"), Format},
        {QStringLiteral("version"), Version},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("authority"), authority.toString(QUrl::FullyEncoded)},
        {QStringLiteral("selfServiceApi"), selfServiceApi.toString(QUrl::FullyEncoded)},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("clientAuthentication"), QStringLiteral("private_key_jwt")},
        {QStringLiteral("dpop"), true},
        {QStringLiteral("key"), key},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("sfmId"), sfmId},
        {QStringLiteral("organizationNumber"), organizationNumber},
        {QStringLiteral("childOrganizationNumbers"), QJsonArray::fromStringList(childOrganizationNumbers)},
        {QStringLiteral("onboardingId"), onboardingId},
        {QStringLiteral("createdAt"), timeValue(createdAt)}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<EpjConfiguration> EpjConfiguration::parse(QByteArrayView json)
{
    auto invalid = [](const QString &what) {
        return Error(QStringLiteral("onboarding.config.invalid"), [what] {
            return tr("This is not a valid EPJ configuration file (%1). Export it again from the onboarding.")
                .arg(what);
        });
    };
    if (json.size() > MaxFileBytes)
        return invalid(QStringLiteral("too large"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("not JSON"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != Format)
        return invalid(QStringLiteral("format"));
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > Version)
        return Error(QStringLiteral("onboarding.config.version"), [version] {
            return tr("The EPJ configuration file has version %1, which this program does not know. Use a "
                      "newer version of the program.")
                .arg(version);
        });
    EpjConfiguration c;
    c.environment = o.value(QStringLiteral("environment")).toString();
    c.authority = QUrl(o.value(QStringLiteral("authority")).toString(), QUrl::StrictMode);
    c.selfServiceApi = QUrl(o.value(QStringLiteral("selfServiceApi")).toString(), QUrl::StrictMode);
    c.clientId = o.value(QStringLiteral("clientId")).toString();
    const QJsonObject key = o.value(QStringLiteral("key")).toObject();
    c.kid = key.value(QStringLiteral("kid")).toString();
    // Files written before "thumbprint" existed always had kid == thumbprint.
    c.keyThumbprint = key.value(QStringLiteral("thumbprint")).toString();
    if (c.keyThumbprint.isEmpty())
        c.keyThumbprint = c.kid;
    c.algorithm = key.value(QStringLiteral("algorithm")).toString();
    c.keyStorage = key.value(QStringLiteral("storage")).toString();
    c.keyService = key.value(QStringLiteral("service")).toString();
    c.keyEntry = key.value(QStringLiteral("entry")).toString();
    c.keyCreatedAt = parseTime(key.value(QStringLiteral("createdAt")));
    c.keyExpiresAt = parseTime(key.value(QStringLiteral("expiresAt")));
    c.scopes = jsonStringList(o.value(QStringLiteral("scopes")));
    c.sfmId = o.value(QStringLiteral("sfmId")).toString();
    c.organizationNumber = o.value(QStringLiteral("organizationNumber")).toString();
    c.childOrganizationNumbers = jsonStringList(o.value(QStringLiteral("childOrganizationNumbers")));
    c.onboardingId = o.value(QStringLiteral("onboardingId")).toString();
    c.createdAt = parseTime(o.value(QStringLiteral("createdAt")));
    if (c.clientId.isEmpty())
        return invalid(QStringLiteral("clientId"));
    if (!c.authority.isValid() || c.authority.host().isEmpty())
        return invalid(QStringLiteral("authority"));
    if (c.kid.isEmpty() || c.keyEntry.isEmpty())
        return invalid(QStringLiteral("key"));
    if (!crypto::algorithmFromName(c.algorithm))
        return invalid(QStringLiteral("key.algorithm"));
    return c;
}

Result<EpjConfiguration> EpjConfiguration::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            QStringLiteral("onboarding.config.read"),
            [path] {
                return tr("Could not read the EPJ configuration file %1. Check the path and its permissions.")
                    .arg(QDir::toNativeSeparators(path));
            },
            file.errorString());
    if (file.size() > MaxFileBytes)
        return Error(QStringLiteral("onboarding.config.invalid"), [path] {
            return tr("The file %1 is too large to be an EPJ configuration file.")
                .arg(QDir::toNativeSeparators(path));
        });
    return parse(file.read(MaxFileBytes + 1));
}

} // namespace sfm::onboarding
