#pragma once

#include "NetworkSettings.h"
#include "Onboarding.h"
#include "Result.h"
#include "SecureBytes.h"
#include "helseid/Environment.h"
#include "helseid/VendorProfile.h"
#include "helseid/VendorProfileLocator.h"
#include "storage/EncryptedFileSecretStore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sfm::net {
class HttpClient;
class RequestGate;
} // namespace sfm::net
namespace sfm::storage {
class SecretStore;
class Settings;
} // namespace sfm::storage

namespace sfm::onboarding {

class OnboardingStore;

// The one place that builds core's services for a program — the wizard and sfmctl both call it, so they
// agree on every detail: the user's settings, the HTTP client (proxy, extra root certificate), the onboarding
// folder and its store, the keychain (service "sfm-onboarding", its list of entries kept beside the
// onboarding files) and the explicit passphrase-protected fallback, the vendor profile and the Klientmal API
// key. Each service is made on first use and lives as long as the factory.
class ServiceFactory
{
    Q_DECLARE_TR_FUNCTIONS(ServiceFactory)

public:
    struct Config
    {
        QString onboardingDir; // empty: the folder in the settings, else the default folder
        QString keychainService = QStringLiteral("sfm-onboarding");
        // The Klientmal API key given outside the profile (sfmctl: stdin or SFM_API_KEY); empty = the
        // profile's key for the onboarding's environment. Memory only.
        SecureBytes apiKey;

        // Seams for tests: services made elsewhere are used instead of making them (not owned).
        storage::Settings *settings = nullptr;
        net::HttpClient *http = nullptr;
        storage::SecretStore *keychain = nullptr;
        std::function<std::unique_ptr<storage::SecretStore>(SecureBytes passphrase)> encryptedFileStore;
        // The folders the vendor profile is looked for in; empty = VendorProfileLocator::defaultRoots().
        QList<helseid::VendorProfileLocator::Root> profileRoots;
    };

    ServiceFactory();
    explicit ServiceFactory(Config config);
    ~ServiceFactory();
    ServiceFactory(const ServiceFactory &) = delete;
    ServiceFactory &operator=(const ServiceFactory &) = delete;

    storage::Settings &settings();
    net::HttpClient &http();
    OnboardingStore &store();
    storage::SecretStore &keychain();
    // The shortest passphrase makeEncryptedFileStore accepts (characters), for the dialog that asks for one.
    static constexpr int MinPassphraseLength = storage::EncryptedFileSecretStore::MinPassphraseLength;
    // The explicit, user-chosen fallback: passphrase-protected key files in dir (empty = the default
    // folder). The passphrase is checked first (length and so on). The caller owns the store.
    Result<std::unique_ptr<storage::SecretStore>> makeEncryptedFileStore(SecureBytes passphrase,
                                                                         const QString &dir = {}) const;
    // The same, kept by the factory for as long as it lives (the wizard's fallback after the user chose it:
    // an onboarding may still use an earlier one, so none is dropped before the factory).
    Result<storage::SecretStore *> keepEncryptedFileStore(SecureBytes passphrase);
    // Applies changed proxy and certificate settings to the HTTP client (from the next request) and saves
    // them for the next start; what the user does not choose (timeouts, limits) stays as it is.
    void applyNetworkSettings(const NetworkSettings &settings);
    NetworkSettings networkSettings();
    // The politeness limits from the settings, and the gate every request of this program then waits at
    // (a fleet::RequestBudget when many onboardings are checked at once). The overview sets it through here,
    // since ui/ reaches neither the HTTP client nor the settings.
    int maxConcurrentRequests();
    double requestsPerSecond();
    void setRequestGate(std::shared_ptr<net::RequestGate> gate);

    // The vendor profile: the file at path, else the one saved in the settings, else where an installer
    // puts it (VendorProfileLocator); the built-in demo profile only for the practice environment.
    Result<helseid::VendorProfile> profile(const QString &path, helseid::Environment::Kind environment);
    // The same search, with where the profile was found (the wizard shows it). practice: the practice
    // environment, the only one where the built-in demo profile is used.
    Result<helseid::VendorProfileLocator::Choice> locateProfile(const QString &path, bool practice);
    // The profile file an onboarding was started with (setup.vendorProfile), loaded. Nullopt when it saved
    // none or the built-in one (the search applies then). profile.saved_unusable when the file cannot be used
    // any more (moved, deleted, broken): the message names it and says the onboarding goes on with the
    // profile found now, for the caller to show.
    std::optional<Result<helseid::VendorProfileLocator::Choice>>
    savedProfile(const OnboardingData &data) const;
    // The profile an onboarding made earlier continues with (sfmctl resume; the wizard does the same with its
    // own search): `given` (--profile) when set; else savedProfile(); else — none saved, or the file unusable
    // (then savedUnusable, if given, gets that error) — what locateProfile finds now.
    Result<helseid::VendorProfileLocator::Choice>
    resumeProfile(const QString &given, const OnboardingData &data, Error *savedUnusable = nullptr);
    // The folders searched, in order (shown when no profile is found).
    QList<helseid::VendorProfileLocator::Root> profileRoots() const;
    // A profile file the user chose: used if it loads, and saved in the settings so that the next start
    // (wizard or sfmctl) finds it too. A file that does not load changes nothing.
    Result<helseid::VendorProfileLocator::Choice> chooseProfile(const QString &path);

    // The Klientmal API key given outside the profile (after the command line was read).
    void setApiKey(SecureBytes apiKey) { m_config.apiKey = std::move(apiKey); }
    // Options for every onboarding this program runs (the deadline defaults to the settings').
    OnboardingOptions &options() { return m_options; }
    // What an Onboarding runs with: these services, the given profile and key store.
    OnboardingServices servicesFor(const helseid::VendorProfile &profile, storage::SecretStore *secrets);

private:
    Config m_config;
    OnboardingOptions m_options;
    std::unique_ptr<storage::Settings> m_settings;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<OnboardingStore> m_store;
    std::unique_ptr<storage::SecretStore> m_keychain;
    std::vector<std::unique_ptr<storage::SecretStore>> m_fileStores;
};

} // namespace sfm::onboarding
