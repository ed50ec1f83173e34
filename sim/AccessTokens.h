#pragma once

#include "SimClient.h"
#include "SimState.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

// The access tokens the simulated STS issues (JWTs signed with its own key, published in the JWKS) and
// their check on the self-service API.
namespace sfm::sim {

struct TokenGrant
{
    QStringList scopes;
    QString jkt;               // DPoP key thumbprint (cnf.jkt)
    QString childOrganization; // from assertion_details, may be empty
    QStringList identityScopes; // a user login's openid, profile, helseid://scopes/…: in "scope", no audience
    QJsonObject userClaims;     // a user login's person (pid, hpr_number, security_level, …)
};

// "e-helse:sfm.api" for "e-helse:sfm.api/sfm.api2": the API a scope belongs to.
QString audienceOf(const QString &scope);

Result<QByteArray> issueAccessToken(SimState &state, const QString &issuer, const SimClient &client,
                                    const TokenGrant &grant);

struct TokenCheck
{
    bool ok = false;
    QString description; // why not, for WWW-Authenticate
    QJsonObject claims;
    QString clientId;
};

// Signature by the simulator's key, issuer, expiry, the audience and one required scope.
TokenCheck checkAccessToken(SimState &state, const QString &issuer, const QByteArray &token,
                            const QString &requiredScope);

} // namespace sfm::sim
