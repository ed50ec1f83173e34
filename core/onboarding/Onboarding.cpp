#include "Onboarding.h"

#include "AccessWatch.h"
#include "ConfigurationExport.h"
#include "ConfirmationProbe.h"
#include "DraftRegistration.h"
#include "EpjConfiguration.h"
#include "HelseIdSession.h"
#include "KeyCustody.h"
#include "KeyHandover.h"
#include "KeyRenewal.h"
#include "Logging.h"
#include "LoginCheck.h"
#include "OnboardingStore.h"
#include "OrganizationNumber.h"
#include "PortalClient.h"
#include "ScopeChange.h"
#include "TokenCheck.h"

namespace sfm::onboarding {

namespace {

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

// Notices stay in the onboarding file; a cap keeps a flood of distinct ones from growing it without bound.
constexpr int MaxNotices = 20;

// The setup as the engine keeps it: the organization number without spaces and, for Alternative 1, the
// self-service scope the status check needs; validated.
Result<OnboardingSetup> normalizedSetup(OnboardingSetup s)
{
    s.organizationNumber = normalizedOrganizationNumber(s.organizationNumber);
    if (s.alternative == Alternative::Api && !s.scopes.contains(QString::fromUtf16(SelfServiceScope)))
        s.scopes.prepend(QString::fromUtf16(SelfServiceScope));
    if (auto valid = s.validate(); !valid)
        return valid.error();
    return s;
}

Error wrongStep(State state)
{
    return Error(
        QStringLiteral("onboarding.wrong_step"),
        [state] {
            return Onboarding::tr("This step does not fit where the onboarding is now (%1).")
                .arg(stateLabel(state));
        },
        stateName(state));
}

Error needsImport()
{
    return Error(QStringLiteral("onboarding.needs_import"), [] {
        return Onboarding::tr(
            "Import the configuration file from the portal (or enter the client ID) to continue.");
    });
}

} // namespace

// ---------------------------------------------------------------------------------------------------------

Onboarding::Onboarding(OnboardingData data, OnboardingServices services, QObject *parent)
    : QObject(parent)
    , m_data(std::move(data))
    , m_services(std::move(services))
{
    m_session = std::make_unique<HelseIdSession>(*this);
    m_keys = std::make_unique<KeyCustody>(*this);
    m_draft = std::make_unique<DraftRegistration>(*this);
    m_confirmation = std::make_unique<ConfirmationProbe>(*this);
    m_watch = std::make_unique<AccessWatch>(*this);
    m_tokenCheck = std::make_unique<TokenCheck>(*this);
    m_loginCheck = std::make_unique<LoginCheck>(*this);
    m_renewal = std::make_unique<KeyRenewal>(*this);
    m_scopeChange = std::make_unique<ScopeChange>(*this);
    m_portal = std::make_unique<PortalClient>(*this);
    m_export = std::make_unique<ConfigurationExport>(*this);
}

Onboarding::~Onboarding() = default;

Result<Onboarding *> Onboarding::create(const OnboardingSetup &setup, OnboardingServices services,
                                        QObject *parent)
{
    auto s = normalizedSetup(setup);
    if (!s)
        return s.error();
    auto *onboarding = new Onboarding(OnboardingData::create(s.value()), std::move(services), parent);
    if (!onboarding->save()) {
        Error e = onboarding->m_lastError;
        delete onboarding;
        return e;
    }
    return onboarding;
}

QUrl Onboarding::confirmationRedirectUri() const
{
    return m_confirmation->listeningRedirectUri();
}

int Onboarding::secondsToNextCheck() const
{
    return m_watch->secondsToNextCheck();
}

Result<void> Onboarding::updateSetup(const OnboardingSetup &setup)
{
    if (!m_data.isBeforeRegistration())
        return Error(QStringLiteral("onboarding.setup.locked"), [] {
            return tr("The client is already registered; its setup can no longer be changed. Start a new "
                      "onboarding instead.");
        });
    if (m_data.draftPostInFlight)
        return Error(QStringLiteral("onboarding.setup.locked"), [] {
            return tr("A registration was already sent; its setup can no longer be changed. Resume it, or "
                      "start a new onboarding.");
        });
    auto s = normalizedSetup(setup);
    if (!s)
        return s.error();
    const bool keyStillFits = m_keys->key().isNull() || m_keys->key().supports(s->algorithm);
    m_data.setup = s.value();
    if (!keyStillFits && m_data.state == State::KeyReady) {
        // The key no longer fits the algorithm: a new one is made by the next generateKey().
        m_keys->forget();
        m_data.state = State::Draft;
        emit stateChanged(m_data.state);
    }
    save();
    emit dataChanged();
    return {};
}

bool Onboarding::leaveFailed()
{
    if (m_data.state != State::Failed)
        return false;
    m_data.state = m_data.resumeState;
    m_data.failure = {};
    emit stateChanged(m_data.state);
    return true;
}

bool Onboarding::enterStep(bool (OnboardingData::*allowed)() const)
{
    if (m_busy)
        return false;
    if (!(m_data.*allowed)()) {
        fail(wrongStep(m_data.state));
        return false;
    }
    return true;
}

void Onboarding::generateKey()
{
    if (!enterStep(&OnboardingData::isBeforeRegistration))
        return;
    leaveFailed();
    m_lastError = {};
    m_keys->generate();
}

void Onboarding::useKey(const crypto::Key &key)
{
    if (!enterStep(&OnboardingData::isBeforeRegistration))
        return;
    if (auto usable = KeyCustody::checkUsable(key); !usable) {
        fail(usable.error());
        return;
    }
    leaveFailed();
    if (!key.supports(m_data.setup.algorithm)) {
        // An imported key decides the algorithm.
        m_data.setup.algorithm = key.defaultAlgorithm();
        m_data.setup.rsaBits = key.type() == crypto::KeyType::Rsa ? key.bits() : m_data.setup.rsaBits;
    }
    m_keys->store(key, nullptr);
}

void Onboarding::registerClient()
{
    if (m_busy)
        return;
    if (m_data.setup.alternative != Alternative::Api || m_data.effectiveState() != State::KeyReady) {
        fail(wrongStep(m_data.state));
        return;
    }
    if (m_session->apiKey().isEmpty()) {
        stopWith(Error(QStringLiteral("onboarding.no_api_key"), [] {
            return tr("The vendor profile has no API key for this environment, so the client draft cannot be "
                      "made automatically. Get the Klientmal's API key from the EPJ vendor, or choose "
                      "Alternative 2 or 3.");
        }));
        return;
    }
    if (auto ok = m_session->ensure(); !ok) {
        stopWith(ok.error());
        return;
    }
    leaveFailed();
    m_lastError = {};
    m_draft->start();
}

void Onboarding::useExistingClient(const QString &clientId, const crypto::Key &key, const QStringList &scopes,
                                   const QString &kid, std::optional<crypto::Algorithm> algorithm)
{
    m_portal->useClient(clientId, key, scopes, kid, algorithm);
}

void Onboarding::importPackage(const QString &path, const SecureBytes &password)
{
    m_portal->importFile(path, password);
}

void Onboarding::useOwnKeyClient(const QString &clientId, const QStringList &scopes)
{
    m_portal->useOwnKey(clientId, scopes);
}

void Onboarding::requestPublicKey()
{
    m_portal->publicKey();
}

Result<void> Onboarding::adoptClientId(const QString &clientId)
{
    return m_draft->adopt(clientId);
}

void Onboarding::proceed()
{
    if (m_busy)
        return;
    const bool api = m_data.setup.alternative == Alternative::Api;
    switch (m_data.state) {
    case State::Draft:
        api ? generateKey() : fail(needsImport());
        return;
    case State::KeyReady:
        api ? registerClient() : fail(needsImport());
        return;
    case State::Registered:
    case State::AwaitingConfirmation:
    case State::AwaitingAccess:
        m_watch->resume();
        return;
    case State::Failed:
        retry();
        return;
    case State::Ready:
    case State::Exported:
        // A renewal the saved data says is under way continues; an old key past its grace period goes.
        m_data.renewal.isActive() ? renewKey() : retirePreviousKey();
        return;
    case State::Cancelled:
        return;
    }
}

void Onboarding::retry()
{
    if (m_busy)
        return;
    if (m_data.state != State::Failed) {
        proceed();
        return;
    }
    if (m_data.failure.code == QLatin1String("onboarding.deadline"))
        m_data.waitingSince = nowUtc(); // the user chose to wait again: a new deadline
    leaveFailed();
    m_lastError = {};
    save();
    emit dataChanged();
    proceed();
}

void Onboarding::checkNow()
{
    if (m_watch->isPolling()) {
        m_watch->checkNow();
        return;
    }
    if (m_data.state == State::AwaitingConfirmation || m_data.state == State::AwaitingAccess)
        proceed();
}

void Onboarding::pause()
{
    m_watch->stop();
}

void Onboarding::cancel()
{
    m_watch->stop();
    m_keys->abandonGeneration();
    m_portal->abandon();
    setBusy(false);
    if (m_data.state == State::Ready || m_data.state == State::Exported)
        return; // nothing to cancel: the client exists and works
    setState(State::Cancelled);
    emit progress(tr("The onboarding is cancelled."));
}

void Onboarding::removeKey()
{
    m_keys->remove();
}

void Onboarding::setSecretStore(storage::SecretStore *store)
{
    m_services.secrets = store;
}

Result<QByteArray> Onboarding::configurationJson() const
{
    return m_export->json();
}

Result<void> Onboarding::exportConfiguration(const QString &path)
{
    return m_export->write(path);
}

void Onboarding::exportConfiguration(const QString &path, const KeyDestination &destination,
                                     const SecureBytes &passphrase, std::function<void(Result<void>)> done)
{
    m_export->handOverAndWrite(path, destination, passphrase, std::move(done));
}

void Onboarding::requestTestToken(const QString &scope, const QString &childOrganizationNumber)
{
    m_tokenCheck->request(scope, childOrganizationNumber);
}

void Onboarding::runTestLogin(const TestLoginOptions &options)
{
    m_loginCheck->start(options);
}

void Onboarding::cancelTestLogin()
{
    m_loginCheck->cancel();
}

bool Onboarding::isLoggingIn() const
{
    return m_loginCheck->isRunning();
}

void Onboarding::setBrowser(helseid::Browser browser)
{
    m_loginCheck->setBrowser(std::move(browser));
}

bool Onboarding::waitsForSigningConfirmation() const
{
    return m_data.state == State::AwaitingAccess && !m_data.canSeeSigning() && !m_watch->isPolling();
}

Result<void> Onboarding::confirmSigned()
{
    if (m_data.state != State::AwaitingAccess)
        return wrongStep(m_data.state);
    return m_watch->confirmSigned();
}

void Onboarding::renewKey()
{
    if (m_busy && !m_renewal->isRunning()) {
        // Always answered, so a caller waiting for renewalFinished (sfmctl renew) never waits in vain.
        const Error busy(QStringLiteral("onboarding.renewal.busy"), [] {
            return tr("Another step of this onboarding is under way. Renew the key when it is done.");
        });
        fail(busy);
        emit renewalFinished(busy);
        return;
    }
    m_renewal->start();
}

bool Onboarding::isRenewing() const
{
    return m_renewal->isRunning();
}

void Onboarding::retirePreviousKey()
{
    m_renewal->retirePreviousKey();
}

void Onboarding::changeScopes(const QStringList &add, const QStringList &remove)
{
    if (m_busy) {
        // Always answered, so a caller waiting for scopesChanged (sfmctl scopes) never waits in vain.
        const Error busy(QStringLiteral("onboarding.scopes.busy"), [] {
            return tr("Another step of this onboarding is under way. Change the scopes when it is done.");
        });
        fail(busy);
        emit scopesChanged(busy);
        return;
    }
    m_scopeChange->start(add, remove);
}

bool Onboarding::isChangingScopes() const
{
    return m_scopeChange->isRunning();
}

void Onboarding::setState(State state)
{
    if (m_data.state == state)
        return;
    qCInfo(lcOnboarding) << "onboarding" << m_data.id << stateName(m_data.state) << "->" << stateName(state);
    m_data.state = state;
    if (state != State::Failed)
        m_data.failure = {};
    save();
    emit stateChanged(state);
    emit dataChanged();
}

void Onboarding::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void Onboarding::fail(const Error &error)
{
    m_lastError = error;
    emit errorOccurred(error);
}

void Onboarding::reportTransient(const Error &error)
{
    qCInfo(lcOnboarding) << "onboarding" << m_data.id << "transient problem:" << error.code << error.detail;
    m_lastError = error;
    emit errorOccurred(error);
}

void Onboarding::addNotice(const QString &message)
{
    // Said once: a repeated message (the same refusal at every check) neither grows the file nor is
    // announced again.
    if (m_data.notices.contains(message))
        return;
    m_data.notices.append(message);
    while (m_data.notices.size() > MaxNotices)
        m_data.notices.removeFirst();
    emit notice(message);
    emit dataChanged();
}

void Onboarding::stopWith(const Error &error)
{
    m_watch->stop();
    setBusy(false);
    qCWarning(lcOnboarding) << "onboarding" << m_data.id << "stopped:" << error.code << error.detail;
    if (m_data.state != State::Failed)
        m_data.resumeState = m_data.state;
    m_data.failure = error;
    m_lastError = error;
    m_data.state = State::Failed;
    save();
    emit stateChanged(State::Failed);
    emit dataChanged();
    emit errorOccurred(error);
}

bool Onboarding::save()
{
    m_data.updatedAt = nowUtc();
    if (!m_services.store)
        return true;
    if (auto saved = m_services.store->save(m_data); !saved) {
        qCWarning(lcOnboarding) << "could not save onboarding" << m_data.id << saved.error().detail;
        m_lastError = saved.error();
        emit errorOccurred(saved.error());
        return false;
    }
    return true;
}

} // namespace sfm::onboarding
