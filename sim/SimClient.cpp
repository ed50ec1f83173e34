#include "SimClient.h"

#include <QJsonArray>

namespace sfm::sim {

namespace {

// Norwegian, as the portal writes them. Clients must show these verbatim and never parse them.
QString reasonAwaitingConfirmation()
{
    return QStringLiteral("Klienten venter på bekreftelse i Selvbetjening.");
}
QString reasonAwaitingSignature()
{
    return QStringLiteral("Venter på at virksomheten signerer avtaledokumentene i Selvbetjening.");
}
QString reasonChangePending()
{
    return QStringLiteral("Endringen venter på godkjenning.");
}

const QString Ok = QStringLiteral("ok");
const QString Pending = QStringLiteral("pending");
const QString UpdatePending = QStringLiteral("updatePending");

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QString SimClient::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Draft:
        return QStringLiteral("draft");
    case Stage::Confirmed:
        return QStringLiteral("confirmed");
    case Stage::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

void SimClient::confirm(qint64 now)
{
    stage = Stage::Confirmed;
    confirmedAt = now;
    for (ScopeGrant &s : scopes) {
        // Reading one's own client needs no signed documents, or a client could never see why it waits.
        if (s.scope == QLatin1String("nhn:selvbetjening/client")) {
            s.status = Ok;
            s.statusReason.clear();
        } else {
            s.status = Pending;
            s.statusReason = reasonAwaitingSignature();
        }
    }
    for (ClaimGrant &c : claims) {
        c.status = Pending;
        c.statusReason = reasonAwaitingSignature();
    }
}

void SimClient::cancel()
{
    stage = Stage::Cancelled;
}

void SimClient::sign(qint64 now)
{
    signedAt = now;
    for (ScopeGrant &s : scopes) {
        s.status = Ok;
        s.statusReason.clear();
    }
    for (ClaimGrant &c : claims) {
        if (!c.pendingValue.isEmpty())
            c.activeValue = c.pendingValue;
        c.pendingValue.clear();
        c.status = Ok;
        c.statusReason.clear();
    }
}

bool SimClient::applyAutoSign(qint64 now, int autoSignSeconds)
{
    if (stage != Stage::Confirmed || isSigned() || autoSignSeconds <= 0)
        return false;
    if (now < confirmedAt + autoSignSeconds)
        return false;
    sign(confirmedAt + autoSignSeconds);
    return true;
}

bool SimClient::isReady() const
{
    if (stage != Stage::Confirmed)
        return false;
    for (const ScopeGrant &s : scopes) {
        if (s.status != Ok)
            return false;
    }
    for (const ClaimGrant &c : claims) {
        if (c.status != Ok)
            return false;
    }
    return true;
}

const ScopeGrant *SimClient::scope(const QString &name) const
{
    for (const ScopeGrant &s : scopes) {
        if (s.scope == name)
            return &s;
    }
    return nullptr;
}

const ClaimGrant *SimClient::claim(const QString &claimType) const
{
    for (const ClaimGrant &c : claims) {
        if (c.claimType == claimType)
            return &c;
    }
    return nullptr;
}

void SimClient::replaceScopes(const QStringList &names)
{
    QList<ScopeGrant> next;
    for (const QString &name : names) {
        if (const ScopeGrant *existing = scope(name)) {
            next.append(*existing);
            continue;
        }
        const bool confirmed = stage == Stage::Confirmed;
        next.append({name, Pending, confirmed ? reasonChangePending() : reasonAwaitingConfirmation()});
    }
    scopes = next;
}

void SimClient::replaceClaims(const QList<QPair<QString, QString>> &requested)
{
    QList<ClaimGrant> next;
    for (const auto &[type, value] : requested) {
        ClaimGrant c;
        if (const ClaimGrant *existing = claim(type))
            c = *existing;
        else
            c.claimType = type;
        if (c.activeValue == value && c.status == Ok) {
            next.append(c);
            continue;
        }
        c.pendingValue = value;
        c.status = c.activeValue.isEmpty() ? Pending : UpdatePending;
        c.statusReason = stage == Stage::Confirmed ? reasonChangePending() : reasonAwaitingConfirmation();
        next.append(c);
    }
    claims = next;
}

QJsonObject SimClient::toApiJson() const
{
    QJsonArray apiScopes;
    for (const ScopeGrant &s : scopes)
        apiScopes.append(QJsonObject{{QStringLiteral("scope"), s.scope},
                                     {QStringLiteral("status"), s.status},
                                     {QStringLiteral("statusReason"), nullable(s.statusReason)}});
    QJsonArray claimArray;
    for (const ClaimGrant &c : claims)
        claimArray.append(QJsonObject{{QStringLiteral("claimType"), c.claimType},
                                      {QStringLiteral("activeClaimValue"), nullable(c.activeValue)},
                                      {QStringLiteral("pendingClaimValue"), nullable(c.pendingValue)},
                                      {QStringLiteral("status"), c.status},
                                      {QStringLiteral("statusReason"), nullable(c.statusReason)}});
    return QJsonObject{
        {QStringLiteral("apiScopes"), apiScopes},
        {QStringLiteral("audienceSpecificClientClaims"), claimArray},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(redirectUris)},
        {QStringLiteral("postLogoutRedirectUris"), QJsonArray::fromStringList(postLogoutRedirectUris)},
        {QStringLiteral("childOrganizationNumbers"), QJsonArray::fromStringList(childOrganizationNumbers)}};
}

QJsonObject SimClient::toJson() const
{
    QJsonObject json = toApiJson();
    QJsonArray keyArray;
    for (const ClientKey &k : keys)
        keyArray.append(QJsonObject{{QStringLiteral("publicJwk"), k.publicJwk},
                                    {QStringLiteral("kid"), k.kid},
                                    {QStringLiteral("jwkThumbprint"), k.thumbprint},
                                    {QStringLiteral("origin"), k.origin},
                                    {QStringLiteral("expiration"), k.expiration},
                                    {QStringLiteral("createdAt"), k.createdAt}});
    json.insert(QStringLiteral("clientId"), clientId);
    json.insert(QStringLiteral("klientmal"), klientmal);
    json.insert(QStringLiteral("clientName"), clientName);
    json.insert(QStringLiteral("organizationNumber"), organizationNumber);
    json.insert(QStringLiteral("postClientConfirmationRedirectUri"), postClientConfirmationRedirectUri);
    json.insert(QStringLiteral("keys"), keyArray);
    json.insert(QStringLiteral("stage"), stageName(stage));
    json.insert(QStringLiteral("origin"), origin);
    json.insert(QStringLiteral("createdAt"), createdAt);
    json.insert(QStringLiteral("confirmedAt"), confirmedAt);
    json.insert(QStringLiteral("signedAt"), signedAt);
    json.insert(QStringLiteral("ready"), isReady());
    return json;
}

std::optional<SimClient> SimClient::fromJson(const QJsonObject &json)
{
    SimClient c;
    c.clientId = json.value(QStringLiteral("clientId")).toString();
    if (c.clientId.isEmpty())
        return std::nullopt;
    c.klientmal = json.value(QStringLiteral("klientmal")).toString();
    c.clientName = json.value(QStringLiteral("clientName")).toString();
    c.organizationNumber = json.value(QStringLiteral("organizationNumber")).toString();
    c.childOrganizationNumbers = strings(json.value(QStringLiteral("childOrganizationNumbers")));
    c.redirectUris = strings(json.value(QStringLiteral("redirectUris")));
    c.postLogoutRedirectUris = strings(json.value(QStringLiteral("postLogoutRedirectUris")));
    c.postClientConfirmationRedirectUri =
        json.value(QStringLiteral("postClientConfirmationRedirectUri")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("apiScopes")).toArray()) {
        const QJsonObject o = v.toObject();
        c.scopes.append({o.value(QStringLiteral("scope")).toString(),
                         o.value(QStringLiteral("status")).toString(),
                         o.value(QStringLiteral("statusReason")).toString()});
    }
    for (const QJsonValue &v : json.value(QStringLiteral("audienceSpecificClientClaims")).toArray()) {
        const QJsonObject o = v.toObject();
        c.claims.append({o.value(QStringLiteral("claimType")).toString(),
                         o.value(QStringLiteral("activeClaimValue")).toString(),
                         o.value(QStringLiteral("pendingClaimValue")).toString(),
                         o.value(QStringLiteral("status")).toString(),
                         o.value(QStringLiteral("statusReason")).toString()});
    }
    for (const QJsonValue &v : json.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject o = v.toObject();
        c.keys.append({o.value(QStringLiteral("publicJwk")).toObject(),
                       o.value(QStringLiteral("kid")).toString(),
                       o.value(QStringLiteral("jwkThumbprint")).toString(),
                       o.value(QStringLiteral("origin")).toString(),
                       qint64(o.value(QStringLiteral("expiration")).toDouble()),
                       qint64(o.value(QStringLiteral("createdAt")).toDouble())});
    }
    const QString stage = json.value(QStringLiteral("stage")).toString();
    c.stage = stage == QLatin1String("confirmed")   ? Stage::Confirmed
              : stage == QLatin1String("cancelled") ? Stage::Cancelled
                                                    : Stage::Draft;
    c.origin = json.value(QStringLiteral("origin")).toString(QStringLiteral("Api"));
    c.createdAt = qint64(json.value(QStringLiteral("createdAt")).toDouble());
    c.confirmedAt = qint64(json.value(QStringLiteral("confirmedAt")).toDouble());
    c.signedAt = qint64(json.value(QStringLiteral("signedAt")).toDouble());
    return c;
}

} // namespace sfm::sim
