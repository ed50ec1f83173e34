#pragma once

#include "OnboardingData.h"
#include "StatusPoller.h"

#include <chrono>
#include <functional>

namespace sfm::onboarding {

class Onboarding;

// The progress line while the access phase waits for signing and access.
QString waitingForSigningText();

// Part of the engine: waiting for access. Owns the poller of both waits (backoff, the deadline, "check
// now"; while AwaitingConfirmation each check is ConfirmationProbe's), polls GET /v1/client (or a token per
// scope when the client cannot read its own status) until every scope and claim is ok, and reads the key's
// expiry on the way to Ready.
class AccessWatch
{
public:
    explicit AccessWatch(Onboarding &owner);

    // Registered, AwaitingConfirmation or AwaitingAccess after a start or a retry: the wait it is in again.
    void resume();
    // -> AwaitingAccess: poll the status, the first check after firstDelay.
    void enterAccess(std::chrono::milliseconds firstDelay, bool setWaitingSince);
    // (Re)starts the poller with the options' backoff and the deadline from waitingSince.
    void startPolling(std::chrono::milliseconds firstDelay);
    void checkNow();
    // The user says the documents are signed (a client that cannot read its own status): -> Ready.
    Result<void> confirmSigned();
    bool isPolling() const { return m_poller->isRunning(); }
    int secondsToNextCheck() const { return m_poller->secondsToNextCheck(); }
    void stop();
    // The person's word (confirmSigned) or a test login proved the SFM scopes a client cannot poll: marks
    // them ok and, when nothing else is missing, -> Ready. Only while AwaitingAccess.
    void acceptProof();
    // The start every check shares: the HelseID clients and the key, or the onboarding stops.
    void withClientAndKey(const StatusPoller::Report &report, std::function<void()> then);

private:
    void check(const StatusPoller::Report &report);
    void checkAccess(const StatusPoller::Report &report);
    void checkAccessByTokens(const StatusPoller::Report &report, int index, QList<ScopeStatus> statuses);
    void finishCheck(const StatusPoller::Report &report, bool changed);
    void becomeReady();
    void fetchKeyExpiry(std::function<void()> then);
    void onDeadline();

    Onboarding &q;
    StatusPoller *m_poller = nullptr;
    bool m_finishing = false; // becomeReady() is reading the key's expiry
};

} // namespace sfm::onboarding
