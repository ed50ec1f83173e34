#include "ConfirmationProbe.h"

#include "AccessStatus.h"
#include "AccessWatch.h"
#include "ConfirmationListener.h"
#include "HelseIdSession.h"
#include "KeyCustody.h"
#include "Logging.h"
#include "Onboarding.h"
#include "helseid/OAuthError.h"
#include "helseid/TokenClient.h"

#include <QPointer>

#include <utility>

namespace sfm::onboarding {

using std::chrono::milliseconds;

namespace {

// A redirect checks with HelseID at most this often; more redirects meanwhile make one check at its end.
constexpr milliseconds ClaimInterval{2000};

// The scope the confirmation probe asks a client-credentials token for: nhn:selvbetjening/client when the
// client has it, else another scope that is not SFM's. Never an SFM scope (reference section 9). A client
// with SFM scopes only still asks for the self-service scope: HelseID checks the client (invalid_client while
// unconfirmed) before the scope, so its invalid_scope answer shows the client is confirmed.
QString probeScope(const QStringList &scopes)
{
    const QString self = QString::fromUtf16(SelfServiceScope);
    if (scopes.contains(self))
        return self;
    for (const QString &scope : scopes) {
        if (!isSfmScope(scope))
            return scope;
    }
    return self;
}

} // namespace

ConfirmationProbe::ConfirmationProbe(Onboarding &owner)
    : q(owner)
{
    m_listener = new ConfirmationListener(q.m_services.profile.loopbackCallbackPath, &q);
    QObject::connect(m_listener, &ConfirmationListener::statusReceived, &q,
                     [this](const QString &status) { onRedirect(status); });
    m_claimTimer.setSingleShot(true);
    QObject::connect(&m_claimTimer, &QTimer::timeout, &q, [this] { checkClaim(); });
}

ConfirmationProbe::~ConfirmationProbe() = default;

QUrl ConfirmationProbe::confirmationRedirect()
{
    const helseid::VendorProfile &profile = q.m_services.profile;
    QUrl redirect;
    if (profile.confirmationRedirectPolicy == helseid::VendorProfile::ConfirmationRedirectPolicy::Fixed) {
        redirect = profile.fixedConfirmationRedirectUri;
    } else if (q.m_services.options.listenForConfirmation) {
        auto port = listen();
        if (port)
            redirect = m_listener->redirectUri();
        else
            q.reportTransient(port.error());
    }
    if (redirect.isEmpty()) {
        // Nobody listens: the portal's redirect then shows a browser error, and the probe notices the
        // confirmation instead.
        redirect.setScheme(QStringLiteral("http"));
        redirect.setHost(QStringLiteral("127.0.0.1"));
        redirect.setPath(profile.loopbackCallbackPath);
    }
    return redirect;
}

Result<quint16> ConfirmationProbe::listen()
{
    OnboardingData &d = q.m_data;
    const quint16 preferred = d.confirmationPort ? d.confirmationPort : q.m_services.options.listenPort;
    // A saved secret that the listener does not take (an edited file) is replaced, not fatal.
    auto port = m_listener->listen(preferred, d.confirmationSecret);
    if (!port && !d.confirmationSecret.isEmpty())
        port = m_listener->listen(preferred);
    if (port) {
        d.confirmationPort = port.value();
        d.confirmationSecret = m_listener->secret();
    }
    return port;
}

QUrl ConfirmationProbe::listeningRedirectUri() const
{
    return m_listener->redirectUri();
}

void ConfirmationProbe::enter(bool immediate)
{
    OnboardingData &d = q.m_data;
    const OnboardingOptions &options = q.m_services.options;
    if (d.state != State::AwaitingConfirmation) {
        if (!d.waitingSince.isValid())
            d.waitingSince = QDateTime::currentDateTimeUtc();
        q.setState(State::AwaitingConfirmation);
    }
    if (options.listenForConfirmation && !m_listener->isListening() &&
        q.m_services.profile.confirmationRedirectPolicy ==
            helseid::VendorProfile::ConfirmationRedirectPolicy::Loopback) {
        // The redirect URI registered with the draft names the old port and secret: listen on them again.
        const quint16 oldPort = d.confirmationPort;
        const QString oldSecret = d.confirmationSecret;
        auto port = listen();
        if (oldPort != 0 && (!port || port.value() != oldPort || m_listener->secret() != oldSecret)) {
            qCInfo(lcOnboarding) << "old confirmation port busy; the poll will notice the confirmation";
            // The portal only ever sends the browser to the registered address: a listener anywhere else
            // would never hear from it. The file keeps the registered port and secret, so a later resume
            // tries them again (and says this again while they cannot be had).
            m_listener->close();
            d.confirmationPort = oldPort;
            d.confirmationSecret = oldSecret;
            q.addNotice(
                Onboarding::tr(
                    "The address the portal sends the browser to after Confirm (port %1 on this computer) "
                    "can no "
                    "longer be used, so the browser will show an error page after the confirmation. That is "
                    "harmless: the regular check notices the confirmation by itself.")
                    .arg(oldPort));
            q.save(); // a lasting notice: still shown after the next resume
        }
    }
    emit q.progress(
        Onboarding::tr("Waiting for confirmation in the portal. Open this link, or send it to the person who "
                       "confirms: %1")
            .arg(d.confirmationUrl().toString()));
    q.m_watch->startPolling(immediate ? milliseconds(0) : milliseconds(options.pollInitialSeconds * 1000));
}

void ConfirmationProbe::stopListening()
{
    m_listener->close();
    m_claimTimer.stop();
    m_claimPending = false;
}

void ConfirmationProbe::probe(const StatusPoller::Report &report)
{
    q.m_watch->withClientAndKey(report, [this, report] {
        const QString scope = probeScope(q.m_data.setup.scopes);
        QPointer<Onboarding> guard(&q);
        q.m_session->tokens().requestToken(
            q.m_session->credentials(q.m_keys->key()), {scope},
            [guard, this, report](Result<helseid::AccessToken> t) {
                if (!guard)
                    return;
                OnboardingData &d = q.m_data;
                d.lastCheckedAt = QDateTime::currentDateTimeUtc();
                const bool claimed = std::exchange(m_claimPending, false);
                if (d.state != State::AwaitingConfirmation) {
                    report(StatusPoller::Outcome::Changed); // moved on meanwhile (cancelled, imported, …)
                    return;
                }
                // A token, or "scope not allowed yet": either way HelseID knows the client, so it is
                // confirmed.
                if (t || t.error().code == helseid::OAuthError::InvalidScope) {
                    if (!d.confirmedAt.isValid())
                        d.confirmedAt = QDateTime::currentDateTimeUtc();
                    qCInfo(lcOnboarding) << "onboarding" << d.id << "confirmation noticed by the token probe";
                    q.setState(State::AwaitingAccess);
                    emit q.progress(Onboarding::tr("The client is confirmed."));
                    emit q.progress(waitingForSigningText());
                    report(StatusPoller::Outcome::Changed);
                    return;
                }
                if (helseid::OAuthError::isInvalidClient(t.error())) {
                    if (claimed) {
                        // Also what a genuine redirect meets while HelseID's cache catches up (10-20 s).
                        emit q.progress(Onboarding::tr(
                            "HelseID does not know the client as confirmed yet. The program checks again by "
                            "itself; right after a confirmation, HelseID may need a minute."));
                    }
                    q.save();
                    report(StatusPoller::Outcome::Unchanged); // not confirmed yet, or HelseID's cache
                    return;
                }
                q.reportTransient(t.error());
                report(StatusPoller::Outcome::Failed);
            });
    });
}

void ConfirmationProbe::onRedirect(const QString &status)
{
    // Anything local can send this request (another user on a terminal server, a web page that finds the
    // port): the status is a claim. It is recorded and shown, and only HelseID's answer moves the state.
    OnboardingData &d = q.m_data;
    const bool newStatus = d.confirmationStatus != status;
    d.confirmationStatus = status;
    emit q.confirmationReceived(status);
    if (d.state != State::AwaitingConfirmation) {
        if (newStatus)
            q.save();
        return;
    }
    if (status == QLatin1String("Success")) {
        if (newStatus)
            q.save();
        checkClaim();
        return;
    }
    if (!newStatus)
        return; // said before: already noticed and saved
    q.addNotice(
        Onboarding::tr(
            "The portal answered «%1» instead of a confirmation. The client is not confirmed yet; open "
            "the confirmation link again to confirm it.")
            .arg(status));
    q.save();
}

void ConfirmationProbe::checkClaim()
{
    if (q.m_data.state != State::AwaitingConfirmation || m_claimTimer.isActive())
        return;
    if (m_lastClaimCheck.isValid() && m_lastClaimCheck.elapsed() < ClaimInterval.count()) {
        m_claimTimer.start(ClaimInterval - milliseconds(m_lastClaimCheck.elapsed()));
        return;
    }
    m_lastClaimCheck.start();
    m_claimPending = true;
    emit q.progress(Onboarding::tr("The portal reports the client as confirmed. Checking with HelseID…"));
    q.m_watch->checkNow();
}

} // namespace sfm::onboarding
