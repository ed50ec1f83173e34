#include "ServiceFactory.h"

#include "Logging.h"
#include "OnboardingStore.h"
#include "helseid/VendorProfileLocator.h"
#include "net/HttpClient.h"
#include "storage/EncryptedFileSecretStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/Settings.h"

namespace sfm::onboarding {

ServiceFactory::ServiceFactory()
    : ServiceFactory(Config())
{}

ServiceFactory::ServiceFactory(Config config)
    : m_config(std::move(config))
{
    m_options.keychainService = m_config.keychainService;
    m_options.deadlineSeconds = settings().deadlineSeconds();
}

ServiceFactory::~ServiceFactory() = default;

storage::Settings &ServiceFactory::settings()
{
    if (m_config.settings)
        return *m_config.settings;
    if (!m_settings)
        m_settings = std::make_unique<storage::Settings>();
    return *m_settings;
}

net::HttpClient &ServiceFactory::http()
{
    if (m_config.http)
        return *m_config.http;
    if (!m_http)
        m_http = std::make_unique<net::HttpClient>(settings().netSettings());
    return *m_http;
}

int ServiceFactory::maxConcurrentRequests()
{
    return settings().maxConcurrentRequests();
}

double ServiceFactory::requestsPerSecond()
{
    return settings().requestsPerSecond();
}

void ServiceFactory::setRequestGate(std::shared_ptr<net::RequestGate> gate)
{
    http().setGate(std::move(gate));
}

OnboardingStore &ServiceFactory::store()
{
    if (!m_store) {
        const QString dir =
            !m_config.onboardingDir.isEmpty() ? m_config.onboardingDir : settings().onboardingDirectory();
        m_store = std::make_unique<OnboardingStore>(dir);
    }
    return *m_store;
}

storage::SecretStore &ServiceFactory::keychain()
{
    if (m_config.keychain)
        return *m_config.keychain;
    if (!m_keychain) {
        // The list of entries (keychains cannot enumerate) lives beside the onboarding files, so support
        // staff find both together and the wizard and sfmctl see the same list.
        m_keychain = std::make_unique<storage::KeychainSecretStore>(
            m_config.keychainService, store().directory() + QStringLiteral("/index/keychain-entries.json"));
    }
    return *m_keychain;
}

Result<std::unique_ptr<storage::SecretStore>> ServiceFactory::makeEncryptedFileStore(SecureBytes passphrase,
                                                                                     const QString &dir) const
{
    if (auto ok = storage::EncryptedFileSecretStore::checkPassphrase(passphrase); !ok)
        return ok.error();
    if (m_config.encryptedFileStore)
        return m_config.encryptedFileStore(std::move(passphrase));
    std::unique_ptr<storage::SecretStore> files = std::make_unique<storage::EncryptedFileSecretStore>(
        dir.isEmpty() ? storage::EncryptedFileSecretStore::defaultDirectory() : dir, std::move(passphrase));
    return files;
}

Result<storage::SecretStore *> ServiceFactory::keepEncryptedFileStore(SecureBytes passphrase)
{
    auto store = makeEncryptedFileStore(std::move(passphrase));
    if (!store)
        return store.error();
    m_fileStores.push_back(std::move(store).value());
    return m_fileStores.back().get();
}

Result<helseid::VendorProfile> ServiceFactory::profile(const QString &path,
                                                       helseid::Environment::Kind environment)
{
    auto choice = locateProfile(path, environment == helseid::Environment::Kind::Demo);
    if (!choice)
        return choice.error();
    return choice->profile;
}

QList<helseid::VendorProfileLocator::Root> ServiceFactory::profileRoots() const
{
    return m_config.profileRoots.isEmpty() ? helseid::VendorProfileLocator::defaultRoots()
                                           : m_config.profileRoots;
}

Result<helseid::VendorProfileLocator::Choice> ServiceFactory::locateProfile(const QString &path,
                                                                            bool practice)
{
    // Where an installer puts it (VendorProfileLocator); the built-in demo profile only in practice mode.
    return helseid::VendorProfileLocator(profileRoots()).locate({path, settings().vendorProfile(), practice});
}

std::optional<Result<helseid::VendorProfileLocator::Choice>>
ServiceFactory::savedProfile(const OnboardingData &data) const
{
    using helseid::VendorProfileLocator;
    // "builtin:demo" (or a resource path) and empty are searched for again: the demo one in practice mode.
    const QString saved = data.setup.vendorProfile;
    if (saved.isEmpty() || saved.startsWith(QLatin1String("builtin:")) || saved.startsWith(u':'))
        return std::nullopt;
    auto own = VendorProfileLocator(profileRoots()).load(saved, VendorProfileLocator::Origin::Onboarding);
    if (own)
        return own;
    // Moved or deleted since: the caller carries on with what is found now, and says so.
    qCInfo(lcOnboarding) << "onboarding" << data.id << "saved vendor profile unusable:" << own.error().code;
    const Error inner = own.error();
    return Result<VendorProfileLocator::Choice>(Error(
        QStringLiteral("profile.saved_unusable"),
        [inner] {
            return tr("%1 The onboarding goes on with the vendor profile found now.")
                .arg(inner.retranslated().message);
        },
        inner.code + QStringLiteral(": ") + inner.detail));
}

Result<helseid::VendorProfileLocator::Choice>
ServiceFactory::resumeProfile(const QString &given, const OnboardingData &data, Error *savedUnusable)
{
    const bool practice = data.setup.environment.kind == helseid::Environment::Kind::Demo;
    if (!given.isEmpty())
        return locateProfile(given, practice);
    if (auto own = savedProfile(data)) {
        if (*own)
            return *own;
        if (savedUnusable)
            *savedUnusable = own->error();
    }
    return locateProfile(QString(), practice);
}

Result<helseid::VendorProfileLocator::Choice> ServiceFactory::chooseProfile(const QString &path)
{
    auto choice = helseid::VendorProfileLocator(profileRoots()).locate({QString(), path, false});
    if (!choice)
        return choice.error();
    settings().setVendorProfile(path);
    settings().sync();
    return choice;
}

void ServiceFactory::applyNetworkSettings(const NetworkSettings &chosen)
{
    net::NetSettings changed = http().settings();
    chosen.applyTo(changed);
    http().setSettings(changed);
    settings().setProxy(changed.proxy);
    settings().setExtraCa(changed.extraCaFile, changed.extraCaFingerprints);
    settings().sync();
}

NetworkSettings ServiceFactory::networkSettings()
{
    return NetworkSettings::from(http().settings());
}

OnboardingServices ServiceFactory::servicesFor(const helseid::VendorProfile &profile,
                                               storage::SecretStore *secrets)
{
    OnboardingServices s;
    s.http = &http();
    s.secrets = secrets;
    s.store = &store();
    s.apiKey = m_config.apiKey;
    s.profile = profile;
    s.options = m_options;
    return s;
}

} // namespace sfm::onboarding
