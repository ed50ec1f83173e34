#pragma once

#include "onboarding/OnboardingData.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace sfm::fleet {

// Who an onboarding waits for, since when, and whether its key needs renewing soon: the words and the
// rules the overview and sfmctl's lists share, so both say the same about the same file.
class OnboardingAttention
{
    Q_DECLARE_TR_FUNCTIONS(sfm::fleet::OnboardingAttention)

public:
    enum class WaitingFor
    {
        Nobody,   // finished or cancelled
        You,      // the person running the program must act (resume, look at an error, export)
        Customer, // a person at the customer must confirm in the portal or sign the documents
    };
    static constexpr int KeyWarningDays = 30; // NHN's tools warn from 30 days before expiry

    static WaitingFor waitingFor(const onboarding::OnboardingData &data);
    // "You: export the configuration", "The customer: confirm in the portal", … (translated, short).
    static QString waitingForText(const onboarding::OnboardingData &data);
    // When the current wait began: waitingSince while waiting for the customer, else the last change.
    static QDateTime waitingSince(const onboarding::OnboardingData &data);
    // Whole days until the key expires (negative once expired); nullopt when the expiry is unknown.
    static std::optional<int> keyDaysLeft(const onboarding::OnboardingData &data, const QDateTime &now);
    static bool keyExpiresSoon(const onboarding::OnboardingData &data, const QDateTime &now);
    // The last check's result in words: what is still pending, the failure, or that all was ok.
    static QString lastCheckResult(const onboarding::OnboardingData &data);
};

} // namespace sfm::fleet
