#pragma once

#include "Router.h"
#include "SimState.h"
#include "SimUrls.h"

#include <functional>

// The simulated HelseID STS: discovery, JWKS and the token endpoint (client_credentials with
// private_key_jwt and DPoP only; authorization_code goes to the user login), refusing exactly what HelseID
// TEST refuses, with its error names.
namespace sfm::sim {

class StsEndpoints
{
public:
    StsEndpoints(SimState &state, const SimUrls &urls);
    void addRoutes(Router &router);

    // The user login (AuthorizationEndpoints) adds its discovery members and takes the
    // authorization_code grant.
    using GrantHandler = std::function<SimResponse(const SimRequest &, const QHash<QString, QString> &)>;
    void setUserLogin(std::function<QJsonObject()> discoveryMembers, GrantHandler authorizationCode);

private:
    SimResponse discovery() const;
    SimResponse jwks() const;
    SimResponse token(const SimRequest &request);
    SimResponse needNonce(const QString &description, const QString &clientId);

    SimState &m_state;
    const SimUrls &m_urls;
    std::function<QJsonObject()> m_loginDiscovery;
    GrantHandler m_authorizationCode;
};

} // namespace sfm::sim
