#include "AccessWatch.h"

#include "AccessStatus.h"
#include "ConfirmationProbe.h"
#include "HelseIdSession.h"
#include "KeyCustody.h"
#include "Logging.h"
#include "LoginCheck.h"
#include "Onboarding.h"
#include "helseid/OAuthError.h"
#include "helseid/SelfServiceClient.h"
#include "helseid/TokenClient.h"

#include <QDir>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace sfm::onboarding {

using std::chrono::milliseconds;

namespace {

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

// Not ready, and every scope but SFM's is ok: polling can learn nothing more.
bool onlyThePersonCanTell(const OnboardingData &d)
{
    if (d.isAccessReady())
        return false;
    for (const ScopeStatus &s : d.scopeStatuses) {
        if (!s.isOk() && !isSfmScope(s.scope))
            return false;
    }
    return true;
}

} // namespace

QString waitingForSigningText()
{
    return Onboarding::tr("Waiting for the agreement documents to be signed and for access to be granted…");
}

AccessWatch::AccessWatch(Onboarding &owner)
    : q(owner)
{
    m_poller = new StatusPoller([this](const StatusPoller::Report &report) { check(report); }, &q);
    QObject::connect(m_poller, &StatusPoller::countdownChanged, &q, &Onboarding::countdownChanged);
    QObject::connect(m_poller, &StatusPoller::deadlineReached, &q, [this] { onDeadline(); });
}

void AccessWatch::resume()
{
    if (auto ok = q.m_session->ensure(); !ok) {
        q.stopWith(ok.error());
        return;
    }
    const OnboardingData &d = q.m_data;
    if (d.state == State::AwaitingConfirmation ||
        (d.state == State::Registered && d.setup.alternative == Alternative::Api && !d.confirmedAt.isValid()))
        q.m_confirmation->enter(true);
    else
        enterAccess(milliseconds(0), true);
}

void AccessWatch::enterAccess(milliseconds firstDelay, bool setWaitingSince)
{
    OnboardingData &d = q.m_data;
    if (setWaitingSince && !d.waitingSince.isValid())
        d.waitingSince = nowUtc();
    if (d.state != State::AwaitingAccess)
        q.setState(State::AwaitingAccess);
    emit q.progress(waitingForSigningText());
    startPolling(firstDelay);
}

void AccessWatch::checkNow()
{
    if (m_poller->isRunning())
        m_poller->checkNow();
}

void AccessWatch::stop()
{
    m_poller->stop();
    q.m_confirmation->stopListening();
}

void AccessWatch::acceptProof()
{
    OnboardingData &d = q.m_data;
    if (d.state != State::AwaitingAccess)
        return;
    QList<ScopeStatus> statuses = d.scopeStatuses;
    for (const QString &scope : d.setup.scopes) {
        if (!isSfmScope(scope))
            continue;
        auto it = std::find_if(statuses.begin(), statuses.end(),
                               [&scope](const ScopeStatus &s) { return s.scope == scope; });
        if (it == statuses.end())
            statuses.append({scope, QStringLiteral("ok"), QString()});
        else
            it->status = QStringLiteral("ok");
    }
    const bool changed = applyScopeStatuses(d, statuses);
    if (changed) {
        emit q.accessStatusChanged();
        emit q.dataChanged();
    }
    if (d.isAccessReady()) {
        becomeReady();
        return;
    }
    q.save();
    if (!m_poller->isRunning())
        startPolling(milliseconds(0)); // other scopes are still to be checked
}

void AccessWatch::startPolling(milliseconds firstDelay)
{
    const OnboardingOptions &options = q.m_services.options;
    StatusPoller::Config config;
    config.initial = milliseconds(qint64(options.pollInitialSeconds) * 1000);
    config.max = milliseconds(qint64(options.pollMaxSeconds) * 1000);
    config.jitter = options.pollJitter;
    config.checkTimeout = milliseconds(qint64(options.requestTimeoutSeconds) * 3000 + 5000);
    if (!q.m_data.waitingSince.isValid())
        q.m_data.waitingSince = nowUtc();
    config.deadline = q.m_data.waitingSince.addSecs(options.deadlineSeconds);
    m_poller->setConfig(config);
    m_poller->start(firstDelay);
}

void AccessWatch::check(const StatusPoller::Report &report)
{
    switch (q.m_data.state) {
    case State::AwaitingConfirmation:
        q.m_confirmation->probe(report);
        return;
    case State::AwaitingAccess:
        checkAccess(report);
        return;
    default:
        report(StatusPoller::Outcome::Done);
        return;
    }
}

void AccessWatch::withClientAndKey(const StatusPoller::Report &report, std::function<void()> then)
{
    if (auto ok = q.m_session->ensure(); !ok) {
        report(StatusPoller::Outcome::Done);
        q.stopWith(ok.error());
        return;
    }
    QPointer<Onboarding> guard(&q);
    q.m_keys->withKey([guard, this, report, then](Result<crypto::Key> key) {
        if (!guard)
            return;
        if (!key) {
            report(StatusPoller::Outcome::Done);
            q.stopWith(key.error());
            return;
        }
        then();
    });
}

void AccessWatch::checkAccess(const StatusPoller::Report &report)
{
    withClientAndKey(report, [this, report] {
        if (!q.m_data.setup.scopes.contains(QString::fromUtf16(SelfServiceScope))) {
            // Without the self-service scope the client cannot read its own status: ask for each scope.
            checkAccessByTokens(report, 0, {});
            return;
        }
        QPointer<Onboarding> guard(&q);
        q.m_session->selfService().getClient(
            q.m_session->credentials(q.m_keys->key()),
            [guard, this, report](Result<helseid::ClientInfo> info) {
                if (!guard)
                    return;
                q.m_data.lastCheckedAt = nowUtc();
                if (q.m_data.state != State::AwaitingAccess) {
                    report(StatusPoller::Outcome::Done);
                    return;
                }
                if (!info) {
                    if (helseid::OAuthError::isNotYet(info.error())) {
                        q.save();
                        report(StatusPoller::Outcome::Unchanged);
                        return;
                    }
                    q.reportTransient(info.error());
                    report(StatusPoller::Outcome::Failed);
                    return;
                }
                finishCheck(report,
                            applyClientInfo(q.m_data, info.value(), q.m_services.profile.sfmIdClaimType));
            });
    });
}

void AccessWatch::checkAccessByTokens(const StatusPoller::Report &report, int index,
                                      QList<ScopeStatus> statuses)
{
    const QStringList scopes = q.m_data.setup.scopes;
    // SFM scopes are for users: never asked for with client credentials. Their status comes from the
    // user's word or a test login (confirmSigned, LoginCheck).
    while (index < scopes.size() && isSfmScope(scopes[index])) {
        const OnboardingData &d = q.m_data;
        const bool proved = d.signingConfirmedAt.isValid() || d.loginProvedAt.isValid();
        statuses.append(
            {scopes[index], proved ? QStringLiteral("ok") : QStringLiteral("unknown"), QString()});
        ++index;
    }
    if (index >= scopes.size()) {
        q.m_data.lastCheckedAt = nowUtc();
        const bool changed = applyScopeStatuses(q.m_data, statuses);
        if (onlyThePersonCanTell(q.m_data)) {
            // Only the person can tell now: nothing left to poll.
            if (changed) {
                emit q.accessStatusChanged();
                emit q.dataChanged();
            }
            q.save();
            report(StatusPoller::Outcome::Done);
            emit q.progress(cannotSeeSigningText());
            return;
        }
        finishCheck(report, changed);
        return;
    }
    QPointer<Onboarding> guard(&q);
    q.m_session->tokens().requestToken(q.m_session->credentials(q.m_keys->key()), {scopes[index]},
                                       [guard, this, report, index, statuses,
                                        scope = scopes[index]](Result<helseid::AccessToken> t) mutable {
                                           if (!guard)
                                               return;
                                           if (!t && !helseid::OAuthError::isNotYet(t.error())) {
                                               q.reportTransient(t.error());
                                               report(StatusPoller::Outcome::Failed);
                                               return;
                                           }
                                           statuses.append(
                                               {scope, t ? QStringLiteral("ok") : QStringLiteral("pending"),
                                                t ? QString() : t.error().message});
                                           checkAccessByTokens(report, index + 1, statuses);
                                       });
}

void AccessWatch::finishCheck(const StatusPoller::Report &report, bool changed)
{
    if (changed) {
        qCInfo(lcOnboarding) << "onboarding" << q.m_data.id << "access status changed";
        emit q.accessStatusChanged();
        emit q.dataChanged();
    }
    if (q.m_data.isAccessReady()) {
        report(StatusPoller::Outcome::Done);
        becomeReady();
        return;
    }
    q.save();
    report(changed ? StatusPoller::Outcome::Changed : StatusPoller::Outcome::Unchanged);
}

void AccessWatch::becomeReady()
{
    if (m_finishing)
        return;
    m_finishing = true;
    stop();
    // The key's expiry goes into the exported configuration, so it is read before Ready is announced (and
    // nothing is left in flight when a caller ends the program at Ready).
    fetchKeyExpiry([this] {
        m_finishing = false;
        OnboardingData &d = q.m_data;
        d.readyAt = nowUtc();
        d.failure = {};
        q.setState(State::Ready);
        emit q.progress(d.sfmId.isEmpty()
                            ? Onboarding::tr("Ready: the client has access.")
                            : Onboarding::tr("Ready: the client has access. SFM-id: %1").arg(d.sfmId));
        // Ready again after a scope change: the EPJ configuration names the scopes, so the file exported
        // before is written again (as after a key renewal).
        if (!d.exportedTo.isEmpty()) {
            if (auto written = q.exportConfiguration(d.exportedTo); !written)
                q.fail(written.error()); // stays Ready: exporting by hand still works
            else
                emit q.progress(Onboarding::tr("The EPJ configuration is written again to %1.")
                                    .arg(QDir::toNativeSeparators(d.exportedTo)));
        }
    });
}

void AccessWatch::fetchKeyExpiry(std::function<void()> then)
{
    if (!q.m_data.setup.scopes.contains(QString::fromUtf16(SelfServiceScope)) || !q.m_session->ensure()) {
        then();
        return;
    }
    // Once, whichever comes first: the answer, or a timeout (the expiry is nice to have, Ready is not
    // held hostage by it).
    auto once = std::make_shared<std::function<void()>>(std::move(then));
    auto finish = [once] {
        if (*once) {
            auto f = std::move(*once);
            *once = nullptr;
            f();
        }
    };
    QTimer::singleShot(std::chrono::seconds(q.m_services.options.requestTimeoutSeconds * 2), &q, finish);
    QPointer<Onboarding> guard(&q);
    q.m_session->selfService().listClientSecrets(
        q.m_session->credentials(q.m_keys->key()),
        [guard, this, finish](Result<QList<helseid::ClientSecretInfo>> list) {
            if (!guard)
                return;
            OnboardingData &d = q.m_data;
            if (!list) {
                // Not fatal: the configuration then says the expiry is unknown.
                qCInfo(lcOnboarding) << "onboarding" << d.id << "key expiry not read:" << list.error().code;
            } else {
                for (const helseid::ClientSecretInfo &secret : list.value()) {
                    const bool ours = secret.kid == d.kid || secret.jwkThumbprint == d.keyThumbprint;
                    if (ours && secret.expiration)
                        d.keyExpiresAt = secret.expiration->toUTC();
                }
            }
            finish();
        });
}

void AccessWatch::onDeadline()
{
    const qint64 days = q.m_services.options.deadlineSeconds / 86400;
    q.stopWith(Error(QStringLiteral("onboarding.deadline"), [days, id = q.m_data.id] {
        return days > 0
                   ? Onboarding::tr(
                         "Stopped waiting after %n day(s). Nothing is lost: when the confirmation or signing "
                         "is done, resume the onboarding (in the wizard, or with «sfmctl resume %1»).",
                         nullptr, int(days))
                         .arg(id)
                   : Onboarding::tr("Stopped waiting: the time allowed for waiting has passed. Nothing is "
                                    "lost: when the confirmation or signing is done, resume the onboarding "
                                    "(in the wizard, or with «sfmctl resume %1»).")
                         .arg(id);
    }));
}

Result<void> AccessWatch::confirmSigned()
{
    if (q.m_data.canSeeSigning())
        return Error(QStringLiteral("onboarding.signing.visible"), [] {
            return Onboarding::tr(
                "This client reads its own status from HelseID, so the program sees the signing by "
                "itself.");
        });
    q.m_data.signingConfirmedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcOnboarding) << "onboarding" << q.m_data.id << "signing confirmed by the user";
    acceptProof();
    if (q.m_data.state == State::AwaitingAccess)
        q.save();
    return {};
}

} // namespace sfm::onboarding
