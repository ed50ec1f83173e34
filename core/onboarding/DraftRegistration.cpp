#include "DraftRegistration.h"

#include "ConfirmationProbe.h"
#include "HelseIdSession.h"
#include "KeyCustody.h"
#include "Logging.h"
#include "Onboarding.h"
#include "helseid/ClientDraft.h"
#include "helseid/SelfServiceClient.h"

#include <QPointer>

namespace sfm::onboarding {

DraftRegistration::DraftRegistration(Onboarding &owner)
    : q(owner)
{}

bool DraftRegistration::certainlyNotCreated(const Error &error)
{
    static const QStringList notSent = {QStringLiteral("net.refused_insecure"),
                                        QStringLiteral("net.bad_url"),
                                        QStringLiteral("net.dns"),
                                        QStringLiteral("net.refused"),
                                        QStringLiteral("net.proxy"),
                                        QStringLiteral("net.unreachable")};
    static const QStringList refused = {
        QStringLiteral("helseid.api.bad_request"), QStringLiteral("helseid.api.unauthorized"),
        QStringLiteral("helseid.api.forbidden"),   QStringLiteral("helseid.api.not_found"),
        QStringLiteral("helseid.api.conflict"),    QStringLiteral("helseid.api.bad_api_key")};
    if (notSent.contains(error.code) || refused.contains(error.code) ||
        error.code.startsWith(QLatin1String("net.tls.")))
        return true;
    const QString prefix = QStringLiteral("helseid.api.http.");
    if (error.code.startsWith(prefix)) {
        const int status = error.code.mid(prefix.size()).toInt();
        return status >= 400 && status < 500;
    }
    return false;
}

void DraftRegistration::start()
{
    // Busy from here: loading the key is asynchronous, and a second call meanwhile would send a second draft.
    q.setBusy(true);
    q.m_keys->withKey([this](const crypto::Key &key) { send(key); },
                      [this](const Error &error) { q.stopWith(error); });
}

void DraftRegistration::send(const crypto::Key &draftKey)
{
    OnboardingData &d = q.m_data;
    const helseid::VendorProfile &profile = q.m_services.profile;
    const QUrl redirect = q.m_confirmation->confirmationRedirect();

    const bool previousUncertain = d.draftPostInFlight && d.clientId.isEmpty();
    if (previousUncertain)
        q.addNotice(Onboarding::tr(
            "An earlier registration attempt got no answer, so a new client draft is made. If the "
            "earlier one was created at all, it is harmless: nobody can confirm it without its "
            "link."));
    // Recorded before sending: a crash or lost answer from here on is known on resume.
    d.draftPostInFlight = true;
    d.draftPostStartedAt = QDateTime::currentDateTimeUtc();
    d.draftAttempts += 1;
    if (!q.save()) {
        d.draftPostInFlight = false;
        q.stopWith(q.m_lastError);
        return;
    }

    helseid::ClientDraft draft;
    draft.organizationNumber = d.setup.organizationNumber;
    draft.publicJwk = draftKey.publicJwk(d.setup.algorithm);
    draft.apiScopes = d.setup.scopes;
    if (d.setup.journal == OnboardingSetup::Journal::Existing &&
        profile.sfmIdMode == helseid::VendorProfile::SfmIdMode::AudienceSpecificClaimWhenExisting)
        draft.audienceSpecificClientClaims.append({profile.sfmIdClaimType, d.setup.existingSfmId});
    // With the test login's loopback URI: a user login needs its redirect URI among the client's.
    draft.redirectUris = profile.redirectUrisFor(d.setup.environment.name());
    draft.postLogoutRedirectUris = profile.postLogoutRedirectUris;
    draft.childOrganizationNumbers = d.setup.childOrganizationNumbers;
    draft.postClientConfirmationRedirectUri = redirect.toString(QUrl::FullyEncoded);

    q.setBusy(true);
    emit q.progress(Onboarding::tr("Registering the client draft with HelseID…"));
    QPointer<Onboarding> guard(&q);
    q.m_session->selfService().createDraft(
        draft, q.m_session->apiKey(), [guard, this](Result<QString> created) {
            if (!guard)
                return;
            OnboardingData &data = q.m_data;
            q.setBusy(false);
            if (!created) {
                const Error &e = created.error();
                if (certainlyNotCreated(e)) {
                    data.draftPostInFlight = false;
                    q.stopWith(e);
                } else {
                    q.stopWith(Error(
                        QStringLiteral("onboarding.draft.uncertain"),
                        [e] {
                            return Onboarding::tr(
                                       "The answer to the registration was lost (%1). Try again: a "
                                       "new client draft will be made. If the first one was created, "
                                       "it is harmless: nobody can confirm it without its link.")
                                .arg(e.retranslated().message);
                        },
                        e.code + QStringLiteral(": ") + e.detail));
                }
                return;
            }
            data.clientId = created.value();
            data.draftPostInFlight = false;
            qCInfo(lcOnboarding) << "onboarding" << data.id << "client draft registered, client id"
                                 << data.clientId;
            if (data.state == State::Cancelled) {
                q.save(); // cancelled while the draft was on its way: record the client, stay cancelled
                return;
            }
            q.setState(State::Registered);
            emit q.progress(
                Onboarding::tr("The client draft is registered (client ID %1).").arg(data.clientId));
            if (data.state == State::Registered)
                q.m_confirmation->enter(false);
        });
}

Result<void> DraftRegistration::adopt(const QString &clientId)
{
    if (q.m_busy || q.m_data.effectiveState() != State::KeyReady || !q.m_data.draftPostInFlight ||
        !q.m_data.clientId.isEmpty())
        return Error(
            QStringLiteral("onboarding.adopt.not_applicable"),
            [] {
                return Onboarding::tr(
                    "A client ID can only be given when the answer to a registration was lost.");
            },
            stateName(q.m_data.state));
    const QString id = clientId.trimmed();
    if (id.isEmpty() || id.size() > 200)
        return Error(QStringLiteral("onboarding.client_id.invalid"),
                     [] { return Onboarding::tr("Enter the client ID exactly as the portal shows it."); });
    if (auto ok = q.m_session->ensure(); !ok)
        return ok.error();
    if (q.m_data.state == State::Failed) {
        q.m_data.state = q.m_data.resumeState;
        q.m_data.failure = {};
    }
    q.m_lastError = {};
    q.m_data.clientId = id;
    q.m_data.draftPostInFlight = false;
    qCInfo(lcOnboarding) << "onboarding" << q.m_data.id << "adopts client id" << id << "after a lost answer";
    q.setState(State::Registered);
    if (q.m_data.state == State::Registered)
        q.m_confirmation->enter(true);
    return {};
}

} // namespace sfm::onboarding
