#pragma once

#include "Result.h"
#include "SecureBytes.h"
#include "helseid/Environment.h"
#include "helseid/VendorProfile.h"
#include "onboarding/Onboarding.h"

#include <functional>
#include <optional>

namespace sfm::net {
class HttpClient;
}
namespace sfm::storage {
class SecretStore;
class Settings;
} // namespace sfm::storage
namespace sfm::onboarding {
class OnboardingStore;
}

namespace sfm::ui {

// What the app hands the wizard: the services of core it wires up, the vendor profile and how to reach the
// practice environment. The wizard owns none of them.
struct WizardContext
{
    storage::Settings *settings = nullptr;        // may be null (tests)
    onboarding::OnboardingStore *store = nullptr; // where onboardings are saved and found for resume
    net::HttpClient *http = nullptr;
    storage::SecretStore *keychain = nullptr; // the OS keychain
    // Makes the explicit encrypted-file store once the user chose it and typed a passphrase; null when the
    // build offers no fallback. The wizard owns what it returns.
    std::function<storage::SecretStore *(const SecureBytes &passphrase)> makeEncryptedFileStore;

    helseid::VendorProfile profile;
    QString profileSource; // the profile file's path, shown to the user; empty = the built-in demo profile

    // The practice environment (the built-in simulator). startPractice starts it on first use; null when
    // this build has no simulator.
    std::function<Result<helseid::Environment>()> startPractice;
    bool startInPractice = false; // --demo: preselect practice mode

    onboarding::OnboardingOptions options;
};

} // namespace sfm::ui
