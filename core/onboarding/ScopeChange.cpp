#include "ScopeChange.h"

#include "AccessWatch.h"
#include "HelseIdSession.h"
#include "KeyCustody.h"
#include "Logging.h"
#include "Onboarding.h"
#include "helseid/ClientInfo.h"
#include "helseid/SelfServiceClient.h"
#include "helseid/VendorProfile.h"

#include <QPointer>

#include <chrono>

namespace sfm::onboarding {

namespace {

const QString selfService()
{
    return QString::fromUtf16(SelfServiceScope);
}

QStringList applied(QStringList scopes, const QStringList &add, const QStringList &remove)
{
    for (const QString &s : remove)
        scopes.removeAll(s);
    for (const QString &s : add) {
        if (!scopes.contains(s))
            scopes.append(s);
    }
    return scopes;
}

} // namespace

ScopeChange::ScopeChange(Onboarding &owner)
    : q(owner)
{}

Result<QStringList> ScopeChange::plan(const OnboardingData &data, const helseid::VendorProfile &profile,
                                      const QStringList &add, const QStringList &remove)
{
    if (data.state != State::Ready && data.state != State::Exported) {
        return Error(
            QStringLiteral("onboarding.scopes.not_ready"),
            [state = data.state] {
                return Onboarding::tr("Scopes can be changed once the client is ready (now: %1).")
                    .arg(stateLabel(state));
            },
            stateName(data.state));
    }
    if (!data.setup.scopes.contains(selfService())) {
        return Error(QStringLiteral("onboarding.scopes.portal_only"), [clientId = data.clientId] {
            return Onboarding::tr("This client cannot change its scopes itself: it does not have the scope "
                                  "nhn:selvbetjening/client. Change them in HelseID's self-service portal "
                                  "(Klienter, the client %1), then import the new configuration file.")
                .arg(clientId);
        });
    }
    if (remove.contains(selfService())) {
        return Error(QStringLiteral("onboarding.scopes.required"), [] {
            return Onboarding::tr("The scope nhn:selvbetjening/client cannot be removed: without it the "
                                  "client can neither read its status nor renew its key.");
        });
    }
    for (const QString &scope : add) {
        if (remove.contains(scope)) {
            return Error(
                QStringLiteral("onboarding.scopes.both"),
                [scope] { return Onboarding::tr("The scope %1 is both added and removed.").arg(scope); },
                scope);
        }
        // Only what the vendor's Klientmal offers: HelseID would refuse anything else, and the profile is
        // what the vendor agreed to.
        if (!profile.scope(scope)) {
            return Error(
                QStringLiteral("onboarding.scopes.not_offered"),
                [scope] {
                    return Onboarding::tr("The vendor profile does not offer the scope %1.").arg(scope);
                },
                scope);
        }
    }
    const QStringList next = applied(data.setup.scopes, add, remove);
    if (next == data.setup.scopes) {
        return Error(QStringLiteral("onboarding.scopes.unchanged"), [] {
            return Onboarding::tr("The client already has these scopes; there is nothing to change.");
        });
    }
    return next;
}

helseid::ClientUpdate ScopeChange::updateFor(const helseid::ClientInfo &current, const QStringList &add,
                                             const QStringList &remove)
{
    helseid::ClientUpdate update = current.toUpdate(); // everything as HelseID listed it
    update.apiScopes = applied(update.apiScopes, add, remove);
    return update;
}

void ScopeChange::start(const QStringList &add, const QStringList &remove)
{
    auto planned = plan(q.m_data, q.m_services.profile, add, remove);
    if (!planned) {
        q.fail(planned.error());
        emit q.scopesChanged(planned.error());
        return;
    }
    if (auto ok = q.m_session->ensure(); !ok) {
        q.fail(ok.error());
        emit q.scopesChanged(ok.error());
        return;
    }
    m_running = true;
    q.setBusy(true);
    emit q.progress(Onboarding::tr("Reading the client from HelseID…"));
    QPointer<Onboarding> guard(&q);
    q.m_keys->withKey([guard, this, add, remove, scopes = planned.value()](Result<crypto::Key> key) {
        if (!guard)
            return;
        if (!key) {
            finish(key.error());
            return;
        }
        const helseid::ClientCredentials credentials = q.m_session->credentials(key.value());
        q.m_session->selfService().getClient(credentials, [guard, this, credentials, add, remove,
                                                           scopes](Result<helseid::ClientInfo> info) {
            if (!guard)
                return;
            if (!info) {
                finish(info.error());
                return;
            }
            emit q.progress(Onboarding::tr("Writing the client back to HelseID with the new scopes…"));
            q.m_session->selfService().putClient(
                credentials, updateFor(info.value(), add, remove), [guard, this, scopes](Result<void> put) {
                    if (!guard)
                        return;
                    if (!put) {
                        finish(put.error());
                        return;
                    }
                    OnboardingData &d = q.m_data;
                    qCInfo(lcOnboarding) << "onboarding" << d.id << "scopes changed to" << scopes;
                    d.setup.scopes = scopes;
                    d.waitingSince = QDateTime::currentDateTimeUtc(); // a new wait, a new deadline
                    finish(Error());
                    // Polled as after a draft; becomes Ready (and re-exports) when every scope is ok.
                    q.m_watch->enterAccess(std::chrono::milliseconds(0), false);
                });
        });
    });
}

void ScopeChange::finish(const Error &error)
{
    m_running = false;
    q.setBusy(false);
    if (!error.isNull()) {
        qCWarning(lcOnboarding) << "onboarding" << q.m_data.id << "scope change failed:" << error.code;
        q.fail(error); // the client is unchanged and keeps working with its old scopes
    }
    emit q.scopesChanged(error);
}

} // namespace sfm::onboarding
