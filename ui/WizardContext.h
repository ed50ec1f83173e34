#pragma once

#include "Result.h"
#include "helseid/Environment.h"
#include "helseid/VendorProfileLocator.h"

#include <functional>

namespace sfm::onboarding {
class ServiceFactory;
}

namespace sfm::ui {

// What the app hands the wizard: core's services (made by the one ServiceFactory the app owns), the vendor
// profile and how to reach the practice environment. The wizard owns none of them.
struct WizardContext
{
    // Settings, HTTP client, onboarding store, keychain and its explicit fallback, onboarding options.
    onboarding::ServiceFactory *services = nullptr;

    // The vendor profile, found again whenever the environment changes between practice and TEST/PROD:
    // ServiceFactory::locateProfile (the --profile file, the one chosen in the settings, the installed one;
    // the built-in demo profile only in practice mode). Null: no profile anywhere.
    using ProfileChoice = helseid::VendorProfileLocator::Choice;
    std::function<Result<ProfileChoice>(bool practice)> locateProfile;
    // The profile file the user picked on the Welcome page (ServiceFactory::chooseProfile); null: no
    // choosing.
    std::function<Result<ProfileChoice>(const QString &path)> chooseProfile;
    // The folders searched, in order: shown when no profile is found.
    QList<helseid::VendorProfileLocator::Root> profileFolders;

    // The practice environment (the built-in simulator). startPractice starts it on first use; null when
    // this build has no simulator.
    std::function<Result<helseid::Environment>()> startPractice;
    bool startInPractice = false; // --demo: preselect practice mode
};

} // namespace sfm::ui
