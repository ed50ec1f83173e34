#include "ClientInfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sfm::helseid {

namespace {

// Generous limits for an answer about one client; anything beyond is not a real answer.
constexpr qsizetype MaxBytes = 1024 * 1024;
constexpr qsizetype MaxItems = 1000;
constexpr qsizetype MaxStringChars = 4096;

const QString SfmIdClaim = QStringLiteral("e-helse:sfm.api/client/claims/sfm-id");

Error bad(const QString &detail)
{
    return {QStringLiteral("helseid.api.bad_client_json"),
            [] {
                return QCoreApplication::translate(
                    "ClientInfo", "The self-service API gave an answer about the client that this program "
                                  "cannot read. Try again later; if it persists, contact support.");
            },
            detail};
}

// A string member, or empty for null/missing; anything else is a shape error.
bool readString(const QJsonObject &o, const char *name, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = QLatin1String(name) + QStringLiteral(" is not a string");
        return false;
    }
    *out = v.toString().left(MaxStringChars);
    return true;
}

bool readStringList(const QJsonObject &o, const char *name, QStringList *out, QString *error)
{
    out->clear();
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *error = QLatin1String(name) + QStringLiteral(" is not an array");
        return false;
    }
    const QJsonArray array = v.toArray();
    if (array.size() > MaxItems) {
        *error = QLatin1String(name) + QStringLiteral(" has too many entries");
        return false;
    }
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            *error = QLatin1String(name) + QStringLiteral(" holds a non-string");
            return false;
        }
        out->append(item.toString().left(MaxStringChars));
    }
    return true;
}

bool readObjectArray(const QJsonObject &o, const char *name, QJsonArray *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isArray() || v.toArray().size() > MaxItems) {
        *error = QLatin1String(name) + QStringLiteral(" is not a (reasonably sized) array");
        return false;
    }
    *out = v.toArray();
    for (const QJsonValue &item : std::as_const(*out)) {
        if (!item.isObject()) {
            *error = QLatin1String(name) + QStringLiteral(" holds a non-object");
            return false;
        }
    }
    return true;
}

// Enum values as the API spells them ("ok", "pending", "updatePending"), compared without case because
// .NET serializers differ on that.
ApiScopeAccess::Status scopeStatus(const QString &s)
{
    if (s.compare(QLatin1String("ok"), Qt::CaseInsensitive) == 0)
        return ApiScopeAccess::Status::Ok;
    if (s.compare(QLatin1String("pending"), Qt::CaseInsensitive) == 0)
        return ApiScopeAccess::Status::Pending;
    return ApiScopeAccess::Status::Unknown;
}

ClientClaimAccess::Status claimStatus(const QString &s)
{
    if (s.compare(QLatin1String("ok"), Qt::CaseInsensitive) == 0)
        return ClientClaimAccess::Status::Ok;
    if (s.compare(QLatin1String("pending"), Qt::CaseInsensitive) == 0)
        return ClientClaimAccess::Status::Pending;
    if (s.compare(QLatin1String("updatePending"), Qt::CaseInsensitive) == 0)
        return ClientClaimAccess::Status::UpdatePending;
    return ClientClaimAccess::Status::Unknown;
}

Result<QJsonDocument> parseDocument(QByteArrayView json)
{
    if (json.size() > MaxBytes)
        return bad(QStringLiteral("answer larger than %1 bytes").arg(MaxBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(QStringLiteral("not JSON: ") + parseError.errorString());
    return doc;
}

} // namespace

QString ClientClaimAccess::effectiveValue() const
{
    if (status == Status::Ok)
        return activeClaimValue.isEmpty() ? pendingClaimValue : activeClaimValue;
    return pendingClaimValue.isEmpty() ? activeClaimValue : pendingClaimValue;
}

const ApiScopeAccess *ClientInfo::scope(const QString &name) const
{
    for (const ApiScopeAccess &s : apiScopes) {
        if (s.scope == name)
            return &s;
    }
    return nullptr;
}

const ClientClaimAccess *ClientInfo::claim(const QString &claimType) const
{
    for (const ClientClaimAccess &c : audienceSpecificClientClaims) {
        if (c.claimType == claimType)
            return &c;
    }
    return nullptr;
}

bool ClientInfo::isReady(const QStringList &required) const
{
    for (const QString &name : required) {
        const ApiScopeAccess *s = scope(name);
        if (!s || s->status != ApiScopeAccess::Status::Ok)
            return false;
    }
    for (const ApiScopeAccess &s : apiScopes) {
        if (s.status != ApiScopeAccess::Status::Ok)
            return false;
    }
    for (const ClientClaimAccess &c : audienceSpecificClientClaims) {
        if (c.status != ClientClaimAccess::Status::Ok)
            return false;
    }
    return true;
}

std::optional<QString> ClientInfo::sfmId() const
{
    const ClientClaimAccess *c = claim(SfmIdClaim);
    if (!c || c->effectiveValue().isEmpty())
        return std::nullopt;
    return c->effectiveValue();
}

ClientUpdate ClientInfo::toUpdate() const
{
    ClientUpdate u;
    for (const ApiScopeAccess &s : apiScopes)
        u.apiScopes.append(s.scope);
    for (const ClientClaimAccess &c : audienceSpecificClientClaims) {
        const QString value = c.pendingClaimValue.isEmpty() ? c.activeClaimValue : c.pendingClaimValue;
        u.audienceSpecificClientClaims.append({c.claimType, value});
    }
    u.redirectUris = redirectUris;
    u.postLogoutRedirectUris = postLogoutRedirectUris;
    u.childOrganizationNumbers = childOrganizationNumbers;
    return u;
}

Result<ClientInfo> parseClientInfo(QByteArrayView json)
{
    const auto doc = parseDocument(json);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return bad(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc->object();
    ClientInfo info;
    QString error;

    QJsonArray scopes;
    if (!readObjectArray(o, "apiScopes", &scopes, &error))
        return bad(error);
    for (const QJsonValue &v : std::as_const(scopes)) {
        const QJsonObject s = v.toObject();
        ApiScopeAccess a;
        if (!readString(s, "scope", &a.scope, &error) || !readString(s, "status", &a.statusRaw, &error) ||
            !readString(s, "statusReason", &a.statusReason, &error))
            return bad(QStringLiteral("apiScopes: ") + error);
        if (a.scope.isEmpty())
            return bad(QStringLiteral("apiScopes: entry without scope"));
        a.status = scopeStatus(a.statusRaw);
        info.apiScopes.append(a);
    }

    QJsonArray claims;
    if (!readObjectArray(o, "audienceSpecificClientClaims", &claims, &error))
        return bad(error);
    for (const QJsonValue &v : std::as_const(claims)) {
        const QJsonObject c = v.toObject();
        ClientClaimAccess a;
        if (!readString(c, "claimType", &a.claimType, &error) ||
            !readString(c, "activeClaimValue", &a.activeClaimValue, &error) ||
            !readString(c, "pendingClaimValue", &a.pendingClaimValue, &error) ||
            !readString(c, "status", &a.statusRaw, &error) ||
            !readString(c, "statusReason", &a.statusReason, &error))
            return bad(QStringLiteral("audienceSpecificClientClaims: ") + error);
        if (a.claimType.isEmpty())
            return bad(QStringLiteral("audienceSpecificClientClaims: entry without claimType"));
        a.status = claimStatus(a.statusRaw);
        info.audienceSpecificClientClaims.append(a);
    }

    if (!readStringList(o, "redirectUris", &info.redirectUris, &error) ||
        !readStringList(o, "postLogoutRedirectUris", &info.postLogoutRedirectUris, &error) ||
        !readStringList(o, "childOrganizationNumbers", &info.childOrganizationNumbers, &error))
        return bad(error);
    return info;
}

namespace {

// null -> nullopt; a string that is not a date-time is an error. .NET writes a DateTime without an offset
// when its kind is Unspecified (reference section 9 "Dates"): such a time is UTC, never this PC's local
// time. Fractions of a second (.NET writes up to seven digits) are allowed.
bool readDateTime(const QJsonValue &v, std::optional<QDateTime> *out)
{
    if (v.isUndefined() || v.isNull()) {
        *out = std::nullopt;
        return true;
    }
    if (!v.isString())
        return false;
    QDateTime t = QDateTime::fromString(v.toString().left(64), Qt::ISODateWithMs);
    if (!t.isValid())
        return false;
    // A .NET DateTime may come without an offset ("2026-12-01T10:00:00"): it is UTC, not this computer's
    // local time (reference section 9).
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    *out = t.toUTC();
    return true;
}

} // namespace

Result<QList<ClientSecretInfo>> parseClientSecrets(QByteArrayView json)
{
    const auto doc = parseDocument(json);
    if (!doc)
        return doc.error();
    if (!doc->isArray() || doc->array().size() > MaxItems)
        return bad(QStringLiteral("client secrets: not a (reasonably sized) array"));
    QList<ClientSecretInfo> out;
    QString error;
    for (const QJsonValue &v : doc->array()) {
        if (!v.isObject())
            return bad(QStringLiteral("client secrets: entry is not an object"));
        const QJsonObject o = v.toObject();
        ClientSecretInfo s;
        if (!readDateTime(o.value(QLatin1String("expiration")), &s.expiration))
            return bad(QStringLiteral("client secrets: expiration is not a date-time"));
        if (!readString(o, "kid", &s.kid, &error) ||
            !readString(o, "jwkThumbprint", &s.jwkThumbprint, &error) ||
            !readString(o, "origin", &s.origin, &error))
            return bad(QStringLiteral("client secrets: ") + error);
        const QJsonValue jwk = o.value(QLatin1String("publicJwk"));
        if (jwk.isObject()) {
            s.publicJwk = jwk.toObject();
        } else if (jwk.isString()) {
            const QByteArray text = jwk.toString().toUtf8();
            if (text.size() > 64 * 1024)
                return bad(QStringLiteral("client secrets: publicJwk too large"));
            const QJsonDocument inner = QJsonDocument::fromJson(text);
            if (!inner.isObject())
                return bad(QStringLiteral("client secrets: publicJwk string is not a JSON object"));
            s.publicJwk = inner.object();
        } else if (!jwk.isUndefined() && !jwk.isNull()) {
            return bad(QStringLiteral("client secrets: publicJwk has the wrong type"));
        }
        out.append(s);
    }
    return out;
}

Result<std::optional<QDateTime>> parseClientSecretExpiration(QByteArrayView json)
{
    const auto doc = parseDocument(json);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return bad(QStringLiteral("client secret answer: not a JSON object"));
    std::optional<QDateTime> expiration;
    if (!readDateTime(doc->object().value(QLatin1String("expiration")), &expiration))
        return bad(QStringLiteral("client secret answer: expiration is not a date-time"));
    return expiration;
}

} // namespace sfm::helseid
