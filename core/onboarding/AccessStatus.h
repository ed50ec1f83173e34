#pragma once

#include "OnboardingData.h"

namespace sfm::helseid {
struct ClientInfo;
}

namespace sfm::onboarding {

// Copies what GET /v1/client says into the onboarding: every scope's and claim's status (a requested scope
// the server does not list is "missing", never ok) and the SFM-id from the claim of that type. True when
// anything changed.
bool applyClientInfo(OnboardingData &data, const helseid::ClientInfo &info, const QString &sfmIdClaimType);

// Replaces the scope statuses (from asking a token for each scope); true when anything changed.
bool applyScopeStatuses(OnboardingData &data, const QList<ScopeStatus> &statuses);

} // namespace sfm::onboarding
