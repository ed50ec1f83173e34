#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace sfm::helseid {

// What a user login proved, read from HelseID's token answer: the person, the organization, the SFM-id and
// the scopes SFM will see (reference sections 7-9). The claims are decoded, not verified: the answer came
// straight from the token endpoint over TLS (OpenID Connect Core 3.1.3.7); they are shown, never used to
// decide access. The access token itself is a secret: never logged, never written, never in an error.
struct UserLoginResult
{
    static inline const QString SfmIdClaim = QStringLiteral("e-helse:sfm.api/client/claims/sfm-id");
    static inline const QString PidClaim = QStringLiteral("helseid://claims/identity/pid");
    static inline const QString HprNumberClaim = QStringLiteral("helseid://claims/hpr/hpr_number");
    static inline const QString SecurityLevelClaim =
        QStringLiteral("helseid://claims/identity/security_level");
    static inline const QString AssuranceLevelClaim =
        QStringLiteral("helseid://claims/identity/assurance_level");
    static inline const QString OrgnrParentClaim =
        QStringLiteral("helseid://claims/client/claims/orgnr_parent");
    static inline const QString OrgnrChildClaim =
        QStringLiteral("helseid://claims/client/claims/orgnr_child");

    QString personName;     // "name", else given_name + family_name; empty when neither is present
    QString pid;            // fødselsnummer (personal data: shown, never logged)
    QString hprNumber;      // empty: not a health professional
    QString securityLevel;  // "4" for SFM
    QString assuranceLevel; // "high" for SFM
    QString organizationNumber;
    QString childOrganizationNumber;
    QString sfmId;
    QStringList scopes;
    QString tokenType;        // "DPoP"
    qint64 lifetimeSeconds{}; // expires_in
    QDateTime expiresAt;      // UTC: exp of the token, else now + expires_in
    bool accessTokenIsJwt = false;
    bool hasRefreshToken = false; // the refresh token itself is not kept
    QJsonObject accessTokenClaims;
    QJsonObject idTokenClaims;
    SecureBytes accessToken;

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    // What SFM needs to accept the token: its scope, the SFM-id claim and security level 4.
    bool isGoodForSfm(const QString &sfmScope = QStringLiteral("e-helse:sfm.api/sfm.api2")) const;

    // Reads a token endpoint answer; checks the id_token's iss, aud and nonce. Codes helseid.login.*.
    static Result<UserLoginResult> fromTokenAnswer(const QJsonObject &answer, const QString &issuer,
                                                   const QString &clientId, const QString &nonce,
                                                   const QDateTime &now);
    // The payload of a compact JWT, without checking its signature; nullopt when it is not one.
    static std::optional<QJsonObject> jwtPayload(QByteArrayView token);
};

} // namespace sfm::helseid
