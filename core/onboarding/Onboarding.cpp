#include "Onboarding.h"

#include "Logging.h"
#include "storage/OnboardingStore.h"

namespace sfm::onboarding {

// The machinery behind the intents (key generation, draft, listener, poller); filled in step by step.
class Onboarding::Engine
{
public:
    explicit Engine(Onboarding *owner)
        : m_owner(owner)
    {}
    Onboarding *m_owner;
};

namespace {
Error notAvailable()
{
    return Error(QStringLiteral("onboarding.not_available"),
                 QCoreApplication::translate("sfm::onboarding::Onboarding",
                                             "This step is not available in this build yet."));
}
} // namespace

Onboarding::Onboarding(OnboardingData data, OnboardingServices services, QObject *parent)
    : QObject(parent)
    , m_data(std::move(data))
    , m_services(std::move(services))
    , m_engine(std::make_unique<Engine>(this))
{}

Onboarding::~Onboarding() = default;

Result<Onboarding *> Onboarding::create(const OnboardingSetup &setup, OnboardingServices services,
                                        QObject *parent)
{
    if (auto valid = setup.validate(); !valid)
        return valid.error();
    auto *onboarding = new Onboarding(OnboardingData::create(setup), std::move(services), parent);
    onboarding->save();
    return onboarding;
}

QUrl Onboarding::confirmationRedirectUri() const
{
    return {};
}

int Onboarding::secondsToNextCheck() const
{
    return -1;
}

Result<void> Onboarding::updateSetup(const OnboardingSetup &setup)
{
    if (m_data.state != State::Draft && m_data.state != State::KeyReady)
        return Error(QStringLiteral("onboarding.setup.locked"),
                     tr("The client is already registered; its setup can no longer be changed. Start a new "
                        "onboarding instead."));
    if (auto valid = setup.validate(); !valid)
        return valid.error();
    m_data.setup = setup;
    save();
    emit dataChanged();
    return {};
}

void Onboarding::generateKey()
{
    fail(notAvailable());
}

void Onboarding::useKey(const crypto::Key &)
{
    fail(notAvailable());
}

void Onboarding::registerClient()
{
    fail(notAvailable());
}

void Onboarding::useExistingClient(const QString &, const crypto::Key &, const QStringList &)
{
    fail(notAvailable());
}

void Onboarding::proceed()
{
    fail(notAvailable());
}

void Onboarding::retry()
{
    fail(notAvailable());
}

void Onboarding::checkNow() {}

void Onboarding::pause() {}

void Onboarding::cancel()
{
    setState(State::Cancelled);
}

void Onboarding::removeKey() {}

void Onboarding::setSecretStore(storage::SecretStore *store)
{
    m_services.secrets = store;
}

Result<QByteArray> Onboarding::configurationJson() const
{
    return notAvailable();
}

Result<void> Onboarding::exportConfiguration(const QString &)
{
    return notAvailable();
}

void Onboarding::requestTestToken(const QString &)
{
    emit testTokenFailed(notAvailable());
}

void Onboarding::setState(State state)
{
    if (m_data.state == state)
        return;
    m_data.state = state;
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

void Onboarding::save()
{
    m_data.updatedAt = QDateTime::currentDateTimeUtc();
    if (!m_services.store)
        return;
    if (auto saved = m_services.store->save(m_data); !saved) {
        qCWarning(lcOnboarding) << "could not save onboarding" << m_data.id << saved.error().detail;
        m_lastError = saved.error();
        emit errorOccurred(saved.error());
    }
}

} // namespace sfm::onboarding
