#pragma once

#include "Result.h"
#include "StatusPoller.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>

namespace sfm::onboarding {

class ConfirmationListener;
class Onboarding;

// Part of the engine: learning that the client is confirmed. Chooses the postClientConfirmationRedirectUri,
// listens for the portal's redirect on it, and asks HelseID with a token (the probe) whether it knows the
// client. Only HelseID's answer moves the onboarding on: a redirect, forged or not, is a trigger to ask now.
// The waiting itself (backoff, deadline, "check now") is AccessWatch's poller, which calls probe() while
// AwaitingConfirmation.
class ConfirmationProbe
{
public:
    explicit ConfirmationProbe(Onboarding &owner);
    ~ConfirmationProbe();

    // The postClientConfirmationRedirectUri for a new draft: the vendor's fixed URI, else the loopback
    // listener's (started here), else a loopback URI nobody listens on (the probe notices the confirmation).
    QUrl confirmationRedirect();
    QUrl listeningRedirectUri() const;

    // -> AwaitingConfirmation: listen and probe (immediately, or after the first poll interval).
    void enter(bool immediate);
    // One check of the poller while AwaitingConfirmation: a token from HelseID, or its answer that it
    // knows the client, -> AwaitingAccess.
    void probe(const StatusPoller::Report &report);
    void stopListening();

private:
    // Listens on the saved port and secret (the URI registered with the draft), else on a new one.
    Result<quint16> listen();
    void onRedirect(const QString &status);
    // The redirect's claim, checked with HelseID: at once, or, after one a moment ago, a moment later (a
    // flood of callbacks makes no more than one request per interval).
    void checkClaim();

    Onboarding &q;
    ConfirmationListener *m_listener = nullptr;
    QTimer m_claimTimer;            // a claim that came too soon after the last one: checked when it fires
    QElapsedTimer m_lastClaimCheck; // when a redirect last triggered a check
    bool m_claimPending = false;    // the probe running now was triggered by a Success redirect
};

} // namespace sfm::onboarding
