#pragma once

#include "OnboardingData.h"
#include "StatusPoller.h"

#include <QUrl>

#include <chrono>
#include <functional>

namespace sfm::crypto {
class Key;
}

namespace sfm::onboarding {

class ConfirmationListener;
class Onboarding;

// Part of the engine: waiting for people. Listens for the portal's confirmation redirect, probes with a
// token until the client is confirmed, then polls GET /v1/client (or a token per scope when the client
// cannot read its own status) until every scope and claim is ok, and reads the key's expiry on the way to
// Ready. Backs off, honours a deadline, and takes "check now".
class AccessWatch
{
public:
    explicit AccessWatch(Onboarding &owner);

    // The postClientConfirmationRedirectUri for a new draft: the vendor's fixed URI, else the loopback
    // listener's (started here), else a loopback URI nobody listens on (the poll notices the confirmation).
    QUrl confirmationRedirect();
    QUrl listeningRedirectUri() const;

    // -> AwaitingConfirmation: listen and probe (immediately, or after the first poll interval).
    void enterConfirmation(bool immediate);
    // -> AwaitingAccess: poll the status, the first check after firstDelay.
    void enterAccess(std::chrono::milliseconds firstDelay, bool setWaitingSince);
    void checkNow();
    // The user says the documents are signed (a client that cannot read its own status): -> Ready.
    Result<void> confirmSigned();
    bool isPolling() const { return m_poller->isRunning(); }
    int secondsToNextCheck() const { return m_poller->secondsToNextCheck(); }
    void stop();
    // The person's word (confirmSigned) or a test login proved the SFM scopes a client cannot poll: marks
    // them ok and, when nothing else is missing, -> Ready. Only while AwaitingAccess.
    void acceptProof();

private:
    // Listens on the saved port and secret (the URI registered with the draft), else on a new one.
    Result<quint16> listen();
    void startPoller(std::chrono::milliseconds firstDelay);
    void check(const StatusPoller::Report &report);
    // The start every check shares: the HelseID clients and the key, or the onboarding stops.
    void withClientAndKey(const StatusPoller::Report &report, std::function<void()> then);
    void probeConfirmation(const StatusPoller::Report &report);
    void checkAccess(const StatusPoller::Report &report);
    void checkAccessByTokens(const StatusPoller::Report &report, int index, QList<ScopeStatus> statuses);
    void finishCheck(const StatusPoller::Report &report, bool changed);
    void becomeReady();
    void fetchKeyExpiry(std::function<void()> then);
    void onRedirect(const QString &status);
    void onDeadline();
    void onClockSkew(qint64 offsetSeconds);

    Onboarding &q;
    ConfirmationListener *m_listener = nullptr;
    StatusPoller *m_poller = nullptr;
    bool m_skewReported = false;
    bool m_finishing = false; // becomeReady() is reading the key's expiry
};

} // namespace sfm::onboarding
