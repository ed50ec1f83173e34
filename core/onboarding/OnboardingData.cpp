#include "OnboardingData.h"
#include "JsonValues.h"

#include "ContactDetails.h"
#include "OrganizationNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace sfm::onboarding {

namespace {

// tr() of this file, in a named context: lupdate files unqualified tr() calls in free functions
// under the enclosing namespace, which would not match the context used at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfm::onboarding::OnboardingData)
};

QString toText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromText(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString urlText(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

QUrl textUrl(const QJsonValue &value)
{
    return QUrl(value.toString(), QUrl::StrictMode);
}

Error badFile(const QString &detail)
{
    return Error(
        QStringLiteral("onboarding.file.invalid"),
        [] {
            return Text::tr("The onboarding file is damaged or from an unknown version. Start a new "
                            "onboarding, or ask support to look at the file.");
        },
        detail);
}

// The vendor profile an onboarding was made with, as its file names it: "builtin:…" or ":/…" for the
// built-in one, else a local file (a path, a drive path or a UNC path), which resume loads as the profile.
// Profiles are read from files only, so anything with a URL scheme (https:, file:, javascript:) or control
// characters is refused: the file was changed outside this program.
Result<void> checkProfilePath(const QString &path)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:"));
    const bool builtIn = path.startsWith(QLatin1String("builtin:")) || path.startsWith(QLatin1String(":/"));
    bool control = false;
    for (const QChar c : path)
        control = control || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    if (path.size() <= 1024 && !control && (builtIn || !scheme.match(path).hasMatch()))
        return {};
    QString shown = path.left(200);
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = u'?';
    }
    return Error(
        QStringLiteral("onboarding.file.profile_path"),
        [] {
            return Text::tr(
                "The onboarding file names its vendor profile by something other than a file on "
                "this computer (field vendorProfile). The file was changed outside this program; it "
                "is not used.");
        },
        QStringLiteral("setup.vendorProfile: ") + shown);
}

// Ids become file names: keep them to what a UUID can contain.
bool isSafeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

Result<void> checkSfmId(QStringView sfmId)
{
    if (sfmId.isEmpty())
        return Error(QStringLiteral("onboarding.sfmid.empty"),
                     [] { return Text::tr("Enter the journal's SFM-id."); });
    if (sfmId.size() > 50)
        return Error(QStringLiteral("onboarding.sfmid.length"), [length = sfmId.size()] {
            return Text::tr("An SFM-id has at most 50 characters; this one has %1.").arg(length);
        });
    for (const QChar c : sfmId) {
        const bool ok = c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_';
        if (!ok)
            return Error(QStringLiteral("onboarding.sfmid.characters"), [] {
                return Text::tr("An SFM-id may contain letters, digits, «.», «-» and «_» only. Copy it again "
                                "from the journal's configuration.");
            });
    }
    return {};
}

Result<void> OnboardingSetup::validate() const
{
    if (!environment.isValid())
        return Error(
            QStringLiteral("onboarding.setup.urls"),
            [] {
                return Text::tr("The environment's addresses are incomplete. Choose the environment "
                                "again or check the custom addresses.");
            },
            environment.name());
    if (auto org = checkOrganizationNumber(organizationNumber); !org)
        return org.error();
    for (const QString &child : childOrganizationNumbers) {
        if (auto c = checkOrganizationNumber(child); !c)
            return Error(
                c.error().code,
                [shown = child.left(20), inner = c.error()] {
                    return Text::tr("Child unit %1: %2").arg(shown, inner.retranslated().message);
                },
                c.error().detail);
        if (child == organizationNumber)
            return Error(QStringLiteral("onboarding.orgnr.child_is_parent"), [] {
                return Text::tr("A child unit cannot have the same number as the organization itself.");
            });
    }
    if (journal == Journal::Existing) {
        if (auto s = checkSfmId(existingSfmId); !s)
            return s.error();
    }
    if (scopes.isEmpty())
        return Error(QStringLiteral("onboarding.setup.no_scopes"),
                     [] { return Text::tr("Choose at least one scope (API access) for the client."); });
    if (crypto::keyTypeFor(algorithm) == crypto::KeyType::Rsa && rsaBits < crypto::MinimumRsaBits)
        return Error(QStringLiteral("onboarding.setup.rsa_bits"), [] {
            return Text::tr("An RSA key must have at least %1 bits.").arg(crypto::MinimumRsaBits);
        });
    if (auto email = checkContactEmail(contactEmail); !email)
        return email.error();
    if (auto language = checkContactLanguage(contactLanguage); !language)
        return language.error();
    return {};
}

QJsonObject OnboardingSetup::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("alternative")] = alternativeName(alternative);
    o[QStringLiteral("environment")] = environment.name();
    o[QStringLiteral("issuer")] = urlText(environment.issuer);
    o[QStringLiteral("api")] = urlText(environment.apiBase);
    o[QStringLiteral("portal")] = urlText(environment.portalBase);
    o[QStringLiteral("vendorProfile")] = vendorProfile;
    o[QStringLiteral("organizationNumber")] = organizationNumber;
    o[QStringLiteral("childOrganizationNumbers")] = toArray(childOrganizationNumbers);
    o[QStringLiteral("journalName")] = journalName;
    o[QStringLiteral("journal")] =
        journal == Journal::New ? QStringLiteral("new") : QStringLiteral("existing");
    o[QStringLiteral("existingSfmId")] = existingSfmId;
    o[QStringLiteral("scopes")] = toArray(scopes);
    o[QStringLiteral("algorithm")] = crypto::algorithmName(algorithm);
    o[QStringLiteral("rsaBits")] = rsaBits;
    if (!contactEmail.isEmpty())
        o[QStringLiteral("contactEmail")] = contactEmail;
    if (!contactLanguage.isEmpty())
        o[QStringLiteral("contactLanguage")] = contactLanguage;
    return o;
}

Result<OnboardingSetup> OnboardingSetup::fromJson(const QJsonObject &o)
{
    OnboardingSetup s;
    const auto alt = alternativeFromName(o.value(QStringLiteral("alternative")).toString());
    if (!alt)
        return badFile(QStringLiteral("setup.alternative"));
    s.alternative = *alt;
    auto environment = helseid::Environment::fromSaved(
        o.value(QStringLiteral("environment")).toString(), textUrl(o.value(QStringLiteral("issuer"))),
        textUrl(o.value(QStringLiteral("api"))), textUrl(o.value(QStringLiteral("portal"))));
    if (!environment)
        return environment.error();
    s.environment = environment.value();
    s.vendorProfile = o.value(QStringLiteral("vendorProfile")).toString();
    if (auto path = checkProfilePath(s.vendorProfile); !path)
        return path.error();
    s.organizationNumber = o.value(QStringLiteral("organizationNumber")).toString();
    s.childOrganizationNumbers = jsonStringList(o.value(QStringLiteral("childOrganizationNumbers")));
    s.journalName = o.value(QStringLiteral("journalName")).toString();
    s.journal = o.value(QStringLiteral("journal")).toString() == QLatin1String("existing") ? Journal::Existing
                                                                                           : Journal::New;
    s.existingSfmId = o.value(QStringLiteral("existingSfmId")).toString();
    s.scopes = jsonStringList(o.value(QStringLiteral("scopes")));
    const auto alg = crypto::algorithmFromName(o.value(QStringLiteral("algorithm")).toString());
    if (!alg)
        return badFile(QStringLiteral("setup.algorithm"));
    s.algorithm = *alg;
    s.rsaBits = o.value(QStringLiteral("rsaBits")).toInt(crypto::DefaultRsaBits);
    // Untrusted like the rest of the file, and they end up in a mailto: a bad one is refused with the reason
    // (the file names which onboarding) rather than mailed.
    s.contactEmail = o.value(QStringLiteral("contactEmail")).toString();
    s.contactLanguage = o.value(QStringLiteral("contactLanguage")).toString();
    for (const auto &check : {checkContactEmail(s.contactEmail), checkContactLanguage(s.contactLanguage)}) {
        if (!check)
            return Error(
                check.error().code,
                [inner = check.error()]() -> QString {
                    return Text::tr("The onboarding file's contact is not usable: %1")
                        .arg(inner.retranslated().message);
                },
                QStringLiteral("setup.contact"));
    }
    return s;
}

QString KeyReference::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::EncryptedFile:
        return QStringLiteral("encrypted-file");
    }
    return QStringLiteral("none");
}

QJsonObject KeyReference::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("kind")] = kindName(kind);
    o[QStringLiteral("service")] = service;
    o[QStringLiteral("entry")] = entry;
    return o;
}

KeyReference KeyReference::fromJson(const QJsonObject &o)
{
    KeyReference r;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("keychain"))
        r.kind = Kind::Keychain;
    else if (kind == QLatin1String("encrypted-file"))
        r.kind = Kind::EncryptedFile;
    r.service = o.value(QStringLiteral("service")).toString();
    r.entry = o.value(QStringLiteral("entry")).toString();
    return r;
}

QUrl OnboardingData::confirmationUrl() const
{
    if (clientId.isEmpty() || !setup.environment.portalBase.isValid())
        return {};
    return setup.environment.confirmClientUrl(clientId);
}

bool isSfmScope(QStringView scope)
{
    return scope == SfmApiScope || scope == SfmMigrationScope || scope == u"e-helse:sfm.api/sfm.api" ||
           scope == u"e-helse:sfm.api/sfm-migrering.api";
}

bool OnboardingData::canSeeSigning() const
{
    return setup.scopes.contains(QString::fromUtf16(SelfServiceScope));
}

bool OnboardingData::isAccessReady() const
{
    QStringList requested = setup.scopes;
    if (requested.isEmpty() && scopeStatuses.isEmpty())
        return false;
    for (const QString &scope : requested) {
        bool found = false;
        for (const ScopeStatus &s : scopeStatuses) {
            if (s.scope == scope) {
                found = true;
                if (!s.isOk())
                    return false;
            }
        }
        if (!found)
            return false;
    }
    for (const ScopeStatus &s : scopeStatuses) {
        if (!s.isOk())
            return false;
    }
    for (const ClaimStatus &c : claimStatuses) {
        if (!c.isOk())
            return false;
    }
    return true;
}

QJsonObject OnboardingData::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("formatVersion")] = FormatVersion;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("revision")] = revision;
    o[QStringLiteral("state")] = stateName(state);
    o[QStringLiteral("resumeState")] = stateName(resumeState);
    o[QStringLiteral("setup")] = setup.toJson();
    o[QStringLiteral("kid")] = kid;
    o[QStringLiteral("keyThumbprint")] = keyThumbprint;
    o[QStringLiteral("keyReference")] = keyReference.toJson();
    o[QStringLiteral("keyCreatedAt")] = toText(keyCreatedAt);
    o[QStringLiteral("keyExpiresAt")] = toText(keyExpiresAt);
    if (renewal.isActive())
        o[QStringLiteral("renewal")] = renewal.toJson();
    if (!previousKey.isNull())
        o[QStringLiteral("previousKey")] = previousKey.toJson();
    o[QStringLiteral("clientId")] = clientId;
    o[QStringLiteral("draftPostInFlight")] = draftPostInFlight;
    o[QStringLiteral("draftPostStartedAt")] = toText(draftPostStartedAt);
    o[QStringLiteral("draftAttempts")] = draftAttempts;
    o[QStringLiteral("confirmationPort")] = int(confirmationPort);
    if (!confirmationSecret.isEmpty())
        o[QStringLiteral("confirmationSecret")] = confirmationSecret;
    o[QStringLiteral("confirmationStatus")] = confirmationStatus;
    o[QStringLiteral("confirmedAt")] = toText(confirmedAt);
    QJsonArray scopes;
    for (const ScopeStatus &s : scopeStatuses) {
        scopes.append(QJsonObject{{QStringLiteral("scope"), s.scope},
                                  {QStringLiteral("status"), s.status},
                                  {QStringLiteral("statusReason"), s.statusReason}});
    }
    o[QStringLiteral("scopeStatuses")] = scopes;
    QJsonArray claims;
    for (const ClaimStatus &c : claimStatuses) {
        claims.append(QJsonObject{{QStringLiteral("claimType"), c.claimType},
                                  {QStringLiteral("activeClaimValue"), c.activeClaimValue},
                                  {QStringLiteral("pendingClaimValue"), c.pendingClaimValue},
                                  {QStringLiteral("status"), c.status},
                                  {QStringLiteral("statusReason"), c.statusReason}});
    }
    o[QStringLiteral("claimStatuses")] = claims;
    o[QStringLiteral("sfmId")] = sfmId;
    o[QStringLiteral("waitingSince")] = toText(waitingSince);
    o[QStringLiteral("lastCheckedAt")] = toText(lastCheckedAt);
    if (signingConfirmedAt.isValid())
        o[QStringLiteral("signingConfirmedAt")] = toText(signingConfirmedAt);
    if (loginProvedAt.isValid())
        o[QStringLiteral("loginProvedAt")] = toText(loginProvedAt);
    if (!failure.isNull()) {
        o[QStringLiteral("failure")] = QJsonObject{{QStringLiteral("code"), failure.code},
                                                   {QStringLiteral("message"), failure.message},
                                                   {QStringLiteral("detail"), failure.detail}};
    }
    o[QStringLiteral("notices")] = toArray(notices);
    o[QStringLiteral("createdAt")] = toText(createdAt);
    o[QStringLiteral("updatedAt")] = toText(updatedAt);
    o[QStringLiteral("readyAt")] = toText(readyAt);
    o[QStringLiteral("exportedAt")] = toText(exportedAt);
    o[QStringLiteral("exportedTo")] = exportedTo;
    o[QStringLiteral("keyDestination")] = keyDestination.toJson();
    return o;
}

Result<OnboardingData> OnboardingData::fromJson(const QJsonObject &o)
{
    const int version = o.value(QStringLiteral("formatVersion")).toInt(-1);
    if (version < 1 || version > FormatVersion)
        return badFile(QStringLiteral("formatVersion %1").arg(version));
    OnboardingData d;
    d.id = o.value(QStringLiteral("id")).toString();
    if (!isSafeId(d.id))
        return badFile(QStringLiteral("id"));
    if (const QJsonValue revision = o.value(QStringLiteral("revision")); !revision.isUndefined()) {
        // Whole and not negative; at most 2^53, the largest a JSON number keeps exactly.
        const double r = revision.toDouble(-1);
        if (!revision.isDouble() || r < 0 || r > 9007199254740992.0 || r != std::floor(r))
            return badFile(QStringLiteral("revision"));
        d.revision = qint64(r);
    }
    const auto state = stateFromName(o.value(QStringLiteral("state")).toString());
    if (!state)
        return badFile(QStringLiteral("state"));
    d.state = *state;
    d.resumeState = stateFromName(o.value(QStringLiteral("resumeState")).toString()).value_or(State::Draft);
    if (!o.value(QStringLiteral("setup")).isObject())
        return badFile(QStringLiteral("setup"));
    auto setup = OnboardingSetup::fromJson(o.value(QStringLiteral("setup")).toObject());
    if (!setup)
        return setup.error();
    d.setup = setup.value();
    d.kid = o.value(QStringLiteral("kid")).toString();
    d.keyThumbprint = o.value(QStringLiteral("keyThumbprint")).toString();
    if (d.keyThumbprint.isEmpty())
        d.keyThumbprint = d.kid; // an older file: its kid was always the thumbprint
    d.keyReference = KeyReference::fromJson(o.value(QStringLiteral("keyReference")).toObject());
    d.keyCreatedAt = fromText(o.value(QStringLiteral("keyCreatedAt")));
    d.keyExpiresAt = fromText(o.value(QStringLiteral("keyExpiresAt")));
    d.renewal = RenewalRecord::fromJson(o.value(QStringLiteral("renewal")).toObject());
    d.previousKey = PreviousKey::fromJson(o.value(QStringLiteral("previousKey")).toObject());
    d.clientId = o.value(QStringLiteral("clientId")).toString();
    d.draftPostInFlight = o.value(QStringLiteral("draftPostInFlight")).toBool();
    d.draftPostStartedAt = fromText(o.value(QStringLiteral("draftPostStartedAt")));
    d.draftAttempts = o.value(QStringLiteral("draftAttempts")).toInt();
    const int port = o.value(QStringLiteral("confirmationPort")).toInt();
    d.confirmationPort = port > 0 && port < 65536 ? quint16(port) : 0;
    d.confirmationSecret = o.value(QStringLiteral("confirmationSecret")).toString();
    d.confirmationStatus = o.value(QStringLiteral("confirmationStatus")).toString();
    d.confirmedAt = fromText(o.value(QStringLiteral("confirmedAt")));
    const QJsonArray scopes = o.value(QStringLiteral("scopeStatuses")).toArray();
    for (const QJsonValue &v : scopes) {
        const QJsonObject s = v.toObject();
        d.scopeStatuses.append({s.value(QStringLiteral("scope")).toString(),
                                s.value(QStringLiteral("status")).toString(),
                                s.value(QStringLiteral("statusReason")).toString()});
    }
    const QJsonArray claims = o.value(QStringLiteral("claimStatuses")).toArray();
    for (const QJsonValue &v : claims) {
        const QJsonObject c = v.toObject();
        d.claimStatuses.append({c.value(QStringLiteral("claimType")).toString(),
                                c.value(QStringLiteral("activeClaimValue")).toString(),
                                c.value(QStringLiteral("pendingClaimValue")).toString(),
                                c.value(QStringLiteral("status")).toString(),
                                c.value(QStringLiteral("statusReason")).toString()});
    }
    d.sfmId = o.value(QStringLiteral("sfmId")).toString();
    d.waitingSince = fromText(o.value(QStringLiteral("waitingSince")));
    d.lastCheckedAt = fromText(o.value(QStringLiteral("lastCheckedAt")));
    d.signingConfirmedAt = fromText(o.value(QStringLiteral("signingConfirmedAt")));
    d.loginProvedAt = fromText(o.value(QStringLiteral("loginProvedAt")));
    const QJsonObject failure = o.value(QStringLiteral("failure")).toObject();
    if (!failure.isEmpty())
        d.failure = Error(failure.value(QStringLiteral("code")).toString(),
                          failure.value(QStringLiteral("message")).toString(),
                          failure.value(QStringLiteral("detail")).toString());
    d.notices = jsonStringList(o.value(QStringLiteral("notices")));
    d.createdAt = fromText(o.value(QStringLiteral("createdAt")));
    d.updatedAt = fromText(o.value(QStringLiteral("updatedAt")));
    d.readyAt = fromText(o.value(QStringLiteral("readyAt")));
    d.exportedAt = fromText(o.value(QStringLiteral("exportedAt")));
    d.exportedTo = o.value(QStringLiteral("exportedTo")).toString();
    d.keyDestination = KeyDestination::fromJson(o.value(QStringLiteral("keyDestination")).toObject());
    return d;
}

OnboardingData OnboardingData::create(const OnboardingSetup &setup)
{
    OnboardingData d;
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.setup = setup;
    d.createdAt = QDateTime::currentDateTimeUtc();
    d.updatedAt = d.createdAt;
    return d;
}

} // namespace sfm::onboarding
