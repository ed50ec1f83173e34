#include "AccessTokens.h"

#include "Klientmal.h"
#include "crypto/DpopProof.h"
#include "crypto/Jws.h"

#include <QJsonArray>

namespace sfm::sim {

namespace {

const QString OrgnrParentClaim = QStringLiteral("helseid://claims/client/claims/orgnr_parent");
const QString OrgnrChildClaim = QStringLiteral("helseid://claims/client/claims/orgnr_child");

} // namespace

QString audienceOf(const QString &scope)
{
    return scope.section(QLatin1Char('/'), 0, 0);
}

Result<QByteArray> issueAccessToken(SimState &state, const QString &issuer, const SimClient &client,
                                    const TokenGrant &grant)
{
    const qint64 now = state.now();
    QStringList audiences;
    for (const QString &scope : grant.scopes) {
        const QString aud = audienceOf(scope);
        if (!audiences.contains(aud))
            audiences.append(aud);
    }
    QJsonObject claims{
        {QStringLiteral("iss"), issuer},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + state.settings().accessTokenLifetimeSeconds},
        {QStringLiteral("aud"), audiences.size() == 1 ? QJsonValue(audiences.first())
                                                      : QJsonValue(QJsonArray::fromStringList(audiences))},
        {QStringLiteral("scope"), QJsonArray::fromStringList(grant.scopes + grant.identityScopes)},
        {QStringLiteral("client_id"), client.clientId},
        {QStringLiteral("jti"), crypto::newJti()},
        {QStringLiteral("cnf"), QJsonObject{{QStringLiteral("jkt"), grant.jkt}}},
        {OrgnrParentClaim, client.organizationNumber}};
    if (!grant.childOrganization.isEmpty())
        claims.insert(OrgnrChildClaim, grant.childOrganization);
    for (auto it = grant.userClaims.begin(); it != grant.userClaims.end(); ++it)
        claims.insert(it.key(), it.value());
    const bool sfm = std::any_of(grant.scopes.cbegin(), grant.scopes.cend(), [](const QString &scope) {
        return audienceOf(scope) == QLatin1String("e-helse:sfm.api");
    });
    if (sfm) {
        // The Journal's SFM-id is part of the client's configuration, not of the request (reference §7).
        if (const ClaimGrant *sfmId = client.claim(SfmIdClaimType); sfmId && !sfmId->activeValue.isEmpty())
            claims.insert(SfmIdClaimType, sfmId->activeValue);
    }
    const crypto::Key &key = state.signingKey();
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("at+jwt")},
                       {QStringLiteral("kid"), key.thumbprint()}};
    return crypto::signCompact(header, claims, key, crypto::Algorithm::RS256);
}

TokenCheck checkAccessToken(SimState &state, const QString &issuer, const QByteArray &token,
                            const QString &requiredScope)
{
    TokenCheck check;
    const auto verified = crypto::verifyCompact(token, state.signingKey(), {crypto::Algorithm::RS256});
    if (!verified) {
        check.description = QStringLiteral("The access token is not valid");
        return check;
    }
    const QJsonObject claims = verified->payloadObject();
    check.clientId = claims.value(QStringLiteral("client_id")).toString();
    if (verified->header.value(QStringLiteral("typ")).toString() != QLatin1String("at+jwt") ||
        claims.value(QStringLiteral("iss")).toString() != issuer) {
        check.description = QStringLiteral("The access token was not issued here");
        return check;
    }
    const qint64 now = state.now();
    if (qint64(claims.value(QStringLiteral("exp")).toDouble()) <= now - state.settings().clockSkewSeconds) {
        check.description = QStringLiteral("The access token expired");
        return check;
    }
    const QJsonArray scopes = claims.value(QStringLiteral("scope")).toArray();
    if (!scopes.contains(requiredScope)) {
        check.description = QStringLiteral("The access token lacks the scope %1").arg(requiredScope);
        return check;
    }
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    const QString wanted = audienceOf(requiredScope);
    if (aud.toString() != wanted && !aud.toArray().contains(wanted)) {
        check.description = QStringLiteral("The access token is not meant for this API");
        return check;
    }
    if (claims.value(QStringLiteral("cnf")).toObject().value(QStringLiteral("jkt")).toString().isEmpty()) {
        check.description = QStringLiteral("The access token is not DPoP-bound");
        return check;
    }
    check.ok = true;
    check.claims = claims;
    return check;
}

} // namespace sfm::sim
