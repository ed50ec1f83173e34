#pragma once

#include <QJsonObject>
#include <QStringList>

namespace sfm::onboarding {
struct OnboardingData;
} // namespace sfm::onboarding

namespace sfm::cli {

// Human-readable and JSON forms of an onboarding, for status and list.
QStringList describe(const onboarding::OnboardingData &data);
QJsonObject summary(const onboarding::OnboardingData &data);

} // namespace sfm::cli
