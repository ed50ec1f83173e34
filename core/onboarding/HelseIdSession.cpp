#include "HelseIdSession.h"

#include "Onboarding.h"
#include "helseid/DiscoveryClient.h"
#include "helseid/SelfServiceClient.h"
#include "helseid/TokenClient.h"
#include "net/HttpClient.h"

namespace sfm::onboarding {

namespace {

QString durationText(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    if (s >= 120)
        return Onboarding::tr("about %n minute(s)", nullptr, int((s + 30) / 60));
    return Onboarding::tr("%n second(s)", nullptr, int(s));
}

} // namespace

HelseIdSession::HelseIdSession(Onboarding &owner)
    : q(owner)
{
    if (q.m_services.http) {
        QObject::connect(q.m_services.http, &net::HttpClient::clockSkewDetected, &q,
                         [this](const QString &, qint64 offset) { onClockSkew(offset); });
    }
}

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

void HelseIdSession::onClockSkew(qint64 offsetSeconds)
{
    if (m_skewReported)
        return;
    m_skewReported = true;
    q.addNotice(
        Onboarding::tr(
            "The clock on this computer differs from HelseID's by %1. While it is off, HelseID may refuse "
            "the requests of this program and of the EPJ: set the computer's clock right (turn on automatic "
            "time).")
            .arg(durationText(offsetSeconds)));
    q.save();
}

} // namespace sfm::onboarding
