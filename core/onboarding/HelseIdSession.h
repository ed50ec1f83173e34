#pragma once

#include "Result.h"
#include "SecureBytes.h"
#include "helseid/ClientCredentials.h"

namespace sfm::helseid {
class DiscoveryClient;
class SelfServiceClient;
class TokenClient;
} // namespace sfm::helseid

namespace sfm::onboarding {

class Onboarding;

// Part of the engine: the HelseID clients one onboarding talks through (discovery, token endpoint,
// self-service API), made on first use for the onboarding's environment, what it authenticates with, and
// the clock that authentication depends on.
class HelseIdSession
{
public:
    explicit HelseIdSession(Onboarding &owner);
    ~HelseIdSession();

    // Makes the clients if they do not exist yet; an error when the onboarding has no network.
    Result<void> ensure();
    helseid::TokenClient &tokens() const { return *m_tokens; }
    helseid::DiscoveryClient &discovery() const { return *m_discovery; }
    helseid::SelfServiceClient &selfService() const { return *m_selfService; }
    // The client id, kid and algorithm of the onboarding, with this key.
    helseid::ClientCredentials credentials(const crypto::Key &key) const;
    // The Klientmal's API key: the one given to the onboarding, else the vendor profile's for its
    // environment. A secret: only ever sent to the environment's self-service API.
    SecureBytes apiKey() const;

private:
    // A clock off by more than a few seconds makes HelseID refuse every assertion (and the EPJ's too):
    // said once, as a notice.
    void onClockSkew(qint64 offsetSeconds);

    Onboarding &q;
    helseid::DiscoveryClient *m_discovery = nullptr;
    helseid::TokenClient *m_tokens = nullptr;
    helseid::SelfServiceClient *m_selfService = nullptr;
    bool m_skewReported = false;
};

} // namespace sfm::onboarding
