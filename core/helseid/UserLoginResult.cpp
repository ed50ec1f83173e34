#include "UserLoginResult.h"

#include "UserLogin.h"
#include "crypto/Jws.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace sfm::helseid {

namespace {

Error badAnswer(const QString &detail)
{
    return Error(
        QStringLiteral("helseid.login.bad_answer"),
        [] {
            return UserLogin::tr(
                "HelseID's answer to the login could not be read. Try again; if it happens again, "
                "contact support with the technical details.");
        },
        detail);
}

QString claimText(const QJsonObject &a, const QJsonObject &b, const QString &name)
{
    const QJsonValue v = a.contains(name) ? a.value(name) : b.value(name);
    if (v.isString())
        return v.toString().left(200);
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isArray() && !v.toArray().isEmpty())
        return v.toArray().first().toString().left(200);
    return {};
}

bool audienceHas(const QJsonValue &aud, const QString &clientId)
{
    return aud.toString() == clientId || aud.toArray().contains(clientId);
}

} // namespace

bool UserLoginResult::isGoodForSfm(const QString &sfmScope) const
{
    return hasScope(sfmScope) && !sfmId.isEmpty() && securityLevel == QLatin1String("4");
}

std::optional<QJsonObject> UserLoginResult::jwtPayload(QByteArrayView token)
{
    const auto parts = crypto::parseCompact(token);
    if (!parts)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(parts->payload, &error);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

Result<UserLoginResult> UserLoginResult::fromTokenAnswer(const QJsonObject &answer, const QString &issuer,
                                                         const QString &clientId, const QString &nonce,
                                                         const QDateTime &now)
{
    const QJsonValue tokenValue = answer.value(QLatin1String("access_token"));
    if (!tokenValue.isString() || tokenValue.toString().isEmpty())
        return badAnswer(QStringLiteral("token answer without access_token"));
    UserLoginResult r;
    r.accessToken = SecureBytes(tokenValue.toString().toLatin1());
    r.tokenType = answer.value(QLatin1String("token_type")).toString().left(40);
    r.lifetimeSeconds = qMax<qint64>(0, qint64(answer.value(QLatin1String("expires_in")).toDouble(0)));
    r.hasRefreshToken = !answer.value(QLatin1String("refresh_token")).toString().isEmpty();

    if (const auto claims = jwtPayload(r.accessToken.bytes())) {
        r.accessTokenIsJwt = true;
        r.accessTokenClaims = *claims;
    }
    const QJsonValue idToken = answer.value(QLatin1String("id_token"));
    if (idToken.isString()) {
        const auto claims = jwtPayload(idToken.toString().toLatin1());
        if (!claims)
            return badAnswer(QStringLiteral("id_token is not a JWT"));
        // OpenID Connect Core 3.1.3.7: issuer, audience and the nonce this login sent.
        if (claims->value(QLatin1String("iss")).toString() != issuer ||
            !audienceHas(claims->value(QLatin1String("aud")), clientId) ||
            claims->value(QLatin1String("nonce")).toString() != nonce)
            return Error(
                QStringLiteral("helseid.login.id_token"),
                [] {
                    return UserLogin::tr(
                        "The login's identity token does not belong to this login (issuer, client or "
                        "nonce differ). Nothing was kept. Try again.");
                },
                QStringLiteral("id_token iss/aud/nonce mismatch"));
        r.idTokenClaims = *claims;
    }

    const QJsonObject &at = r.accessTokenClaims;
    const QJsonObject &id = r.idTokenClaims;
    r.personName = claimText(at, id, QStringLiteral("name"));
    if (r.personName.isEmpty())
        r.personName = QStringList{claimText(at, id, QStringLiteral("given_name")),
                                   claimText(at, id, QStringLiteral("family_name"))}
                           .join(QLatin1Char(' '))
                           .trimmed();
    r.pid = claimText(at, id, PidClaim);
    r.hprNumber = claimText(at, id, HprNumberClaim);
    r.securityLevel = claimText(at, id, SecurityLevelClaim);
    r.assuranceLevel = claimText(at, id, AssuranceLevelClaim);
    r.organizationNumber = claimText(at, {}, OrgnrParentClaim);
    r.childOrganizationNumber = claimText(at, {}, OrgnrChildClaim);
    r.sfmId = claimText(at, {}, SfmIdClaim);

    const QJsonValue scope = at.value(QLatin1String("scope"));
    if (scope.isArray()) {
        for (const QJsonValue &s : scope.toArray())
            r.scopes.append(s.toString());
    } else if (scope.isString()) {
        r.scopes = scope.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    } else {
        r.scopes =
            answer.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    const QJsonValue exp = at.value(QLatin1String("exp"));
    r.expiresAt = exp.isDouble() ? QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), QTimeZone::utc())
                                 : now.toUTC().addSecs(r.lifetimeSeconds);
    return r;
}

} // namespace sfm::helseid
