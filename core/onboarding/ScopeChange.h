#pragma once

#include "Error.h"
#include "Result.h"

#include <QStringList>

namespace sfm::helseid {
struct ClientInfo;
struct ClientUpdate;
struct VendorProfile;
} // namespace sfm::helseid

namespace sfm::onboarding {

class Onboarding;
struct OnboardingData;

// Part of the engine: adds or removes API scopes of a ready client through the self-service API. PUT
// /v1/client replaces the whole client (reference section 3, step 6: a missing or null member is applied,
// not ignored), so the client is read first (GET /v1/client) and written back with only its scopes changed:
// redirect URIs, post-logout URIs, child organizations and claims go back as HelseID listed them.
// Then the onboarding waits for access again (AwaitingAccess, polled as after a draft) until every scope is
// ok — a new scope may need the agreement documents signed again; the statusReason says so.
// Crash safety: the onboarding file changes only after HelseID accepted the PUT. A run killed in between
// leaves the onboarding Ready with its old scopes; running the change again reads the client again and
// sends the same whole object, so nothing is applied twice.
class ScopeChange
{
public:
    explicit ScopeChange(Onboarding &owner);

    // Whether the change may be made: Ready or Exported, the client has nhn:selvbetjening/client (else the
    // portal), every added scope is one the vendor profile offers, nhn:selvbetjening/client is not removed,
    // and something changes. The scopes the client will then have, in the order of the current ones.
    static Result<QStringList> plan(const OnboardingData &data, const helseid::VendorProfile &profile,
                                    const QStringList &add, const QStringList &remove);
    // The PUT body: the client as HelseID listed it, with only the scopes replaced.
    static helseid::ClientUpdate updateFor(const helseid::ClientInfo &current, const QStringList &add,
                                           const QStringList &remove);

    void start(const QStringList &add, const QStringList &remove);
    bool isRunning() const { return m_running; }

private:
    void finish(const Error &error);

    Onboarding &q;
    bool m_running = false;
};

} // namespace sfm::onboarding
