#pragma once

#include "Result.h"

#include <QString>

namespace sfm::onboarding {

// Norwegian organization numbers (Enhetsregisteret): 9 digits, the last a mod-11 check digit with weights
// 3,2,7,6,5,4,3,2. Shared by the wizard (live validation), the CLI and the engine. The simulator has its
// own copy on purpose, so it can catch a mistake here.
bool isValidOrganizationNumber(QStringView text);

// The same check with a translated error that says what is wrong (length, non-digits, check digit).
// Spaces are not accepted here: callers normalize with normalizedOrganizationNumber() first.
Result<void> checkOrganizationNumber(QStringView text);

// Removes spaces (users paste "974 760 673"); nothing else is changed.
QString normalizedOrganizationNumber(QStringView text);

} // namespace sfm::onboarding
