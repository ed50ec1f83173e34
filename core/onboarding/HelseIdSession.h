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
// self-service API), made on first use for the onboarding's environment, and what it authenticates with.
class HelseIdSession
{
public:
    explicit HelseIdSession(Onboarding &owner);
    ~HelseIdSession();

    // Makes the clients if they do not exist yet; an error when the onboarding has no network.
    Result<void> ensure();
    helseid::TokenClient &tokens() const { return *m_tokens; }
    helseid::SelfServiceClient &selfService() const { return *m_selfService; }
    // The client id, kid and algorithm of the onboarding, with this key.
    helseid::ClientCredentials credentials(const crypto::Key &key) const;
    // The Klientmal's API key: the one given to the onboarding, else the vendor profile's for its
    // environment. A secret: only ever sent to the environment's self-service API.
    SecureBytes apiKey() const;

private:
    Onboarding &q;
    helseid::DiscoveryClient *m_discovery = nullptr;
    helseid::TokenClient *m_tokens = nullptr;
    helseid::SelfServiceClient *m_selfService = nullptr;
};

} // namespace sfm::onboarding
