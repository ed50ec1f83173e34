#pragma once

#include "Router.h"
#include "SimState.h"
#include "SimUrls.h"

// The simulated HelseID STS: discovery, JWKS and the token endpoint (client_credentials with
// private_key_jwt and DPoP only), refusing exactly what HelseID TEST refuses, with its error names.
namespace sfm::sim {

class StsEndpoints
{
public:
    StsEndpoints(SimState &state, const SimUrls &urls);
    void addRoutes(Router &router);

private:
    SimResponse discovery() const;
    SimResponse jwks() const;
    SimResponse token(const SimRequest &request);
    SimResponse needNonce(const QString &description, const QString &clientId);

    SimState &m_state;
    const SimUrls &m_urls;
};

} // namespace sfm::sim
