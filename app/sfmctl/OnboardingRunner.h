#pragma once

#include "onboarding/OnboardingState.h"

#include <QString>

#include <optional>

namespace sfm::onboarding {
class Onboarding;
} // namespace sfm::onboarding

namespace sfm::cli {

// Drives an onboarding until it is ready, waits for someone (--no-wait, exit 7), stops with an error, or
// the user interrupts (Ctrl+C, exit 8). Returns the exit code.
struct RunOptions
{
    bool json = false;
    bool noWait = false;
    std::optional<onboarding::State> stopAfter;
    QString exportPath;
};
int runOnboarding(onboarding::Onboarding &onboarding, const RunOptions &options);

} // namespace sfm::cli
