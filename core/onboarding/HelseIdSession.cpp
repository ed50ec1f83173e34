#include "HelseIdSession.h"

#include "Onboarding.h"
#include "helseid/DiscoveryClient.h"
#include "helseid/SelfServiceClient.h"
#include "helseid/TokenClient.h"

namespace sfm::onboarding {

HelseIdSession::HelseIdSession(Onboarding &owner)
    : q(owner)
{}

HelseIdSession::~HelseIdSession() = default; // the clients are children of the Onboarding

Result<void> HelseIdSession::ensure()
{
    if (m_tokens)
        return {};
    if (!q.m_services.http)
        return Error(QStringLiteral("onboarding.no_network"), [] {
            return Onboarding::tr("The onboarding has no network access configured. This is a program error; "
                                  "restart the program.");
        });
    const helseid::Environment &env = q.m_data.setup.environment;
    m_discovery = new helseid::DiscoveryClient(*q.m_services.http, &q);
    m_tokens = new helseid::TokenClient(*q.m_services.http, *m_discovery, env, &q);
    m_selfService = new helseid::SelfServiceClient(*q.m_services.http, *m_tokens, env, &q);
    m_selfService->setSecretBodyShape(q.m_services.profile.secretBodyShape);
    return {};
}

helseid::ClientCredentials HelseIdSession::credentials(const crypto::Key &key) const
{
    helseid::ClientCredentials c;
    c.clientId = q.m_data.clientId;
    c.key = key;
    c.algorithm = q.m_data.setup.algorithm;
    c.kid = q.m_data.kid;
    return c;
}

SecureBytes HelseIdSession::apiKey() const
{
    if (!q.m_services.apiKey.isEmpty())
        return q.m_services.apiKey;
    return q.m_services.profile.apiKey(q.m_data.setup.environment.name());
}

} // namespace sfm::onboarding
