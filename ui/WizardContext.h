#pragma once

#include "Result.h"
#include "helseid/Environment.h"
#include "helseid/VendorProfile.h"

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

    helseid::VendorProfile profile;
    QString profileSource; // the profile file's path, shown to the user; empty = the built-in demo profile

    // The practice environment (the built-in simulator). startPractice starts it on first use; null when
    // this build has no simulator.
    std::function<Result<helseid::Environment>()> startPractice;
    bool startInPractice = false; // --demo: preselect practice mode
};

} // namespace sfm::ui
