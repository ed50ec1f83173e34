#pragma once

#include "Router.h"
#include "SimState.h"
#include "SimUrls.h"

// The simulated self-service API ("Selvbetjening", reference section 3): client drafts selected by the
// Klientmal's api-key, and the client's own view (GET/PUT /v1/client, /v1/client-secret) behind a DPoP
// access token with scope nhn:selvbetjening/client.
namespace sfm::sim {

class SelfServiceApi
{
public:
    SelfServiceApi(SimState &state, const SimUrls &urls);
    void addRoutes(Router &router); // under /api

private:
    struct Caller
    {
        SimClient *client = nullptr;
        std::optional<SimResponse> refusal;
    };
    // Authorization: DPoP <token> plus a DPoP proof with ath, bound to the token's cnf.jkt.
    Caller authenticate(const SimRequest &request);

    SimResponse createDraft(const SimRequest &request);
    SimResponse getClient(const SimRequest &request);
    SimResponse putClient(const SimRequest &request);
    SimResponse postClientSecret(const SimRequest &request);
    SimResponse getClientSecrets(const SimRequest &request);

    SimState &m_state;
    const SimUrls &m_urls;
};

} // namespace sfm::sim
