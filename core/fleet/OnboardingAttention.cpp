#include "OnboardingAttention.h"

namespace sfm::fleet {

using onboarding::OnboardingData;
using onboarding::State;

OnboardingAttention::WaitingFor OnboardingAttention::waitingFor(const OnboardingData &data)
{
    switch (data.state) {
    case State::AwaitingConfirmation:
    case State::AwaitingAccess:
        return WaitingFor::Customer;
    case State::Draft:
    case State::KeyReady:
    case State::Registered:
    case State::Failed:
    case State::Ready:
        return WaitingFor::You;
    case State::Exported:
    case State::Cancelled:
        return WaitingFor::Nobody;
    }
    return WaitingFor::Nobody;
}

QString OnboardingAttention::waitingForText(const OnboardingData &data)
{
    switch (data.state) {
    case State::AwaitingConfirmation:
        return tr("Customer: confirm in the portal");
    case State::AwaitingAccess:
        return tr("Customer: sign the documents");
    case State::Draft:
    case State::KeyReady:
    case State::Registered:
        return tr("You: resume");
    case State::Failed:
        return tr("You: look at the error");
    case State::Ready:
        return tr("You: export the configuration");
    case State::Exported:
    case State::Cancelled:
        return tr("Nobody");
    }
    return {};
}

QDateTime OnboardingAttention::waitingSince(const OnboardingData &data)
{
    if (waitingFor(data) == WaitingFor::Customer && data.waitingSince.isValid())
        return data.waitingSince;
    return data.updatedAt.isValid() ? data.updatedAt : data.createdAt;
}

std::optional<int> OnboardingAttention::keyDaysLeft(const OnboardingData &data, const QDateTime &now)
{
    if (!data.keyExpiresAt.isValid())
        return std::nullopt;
    const qint64 seconds = now.secsTo(data.keyExpiresAt);
    // Whole days, rounded down towards the past: "0 days" is the last day, negative is expired.
    return int(seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400));
}

bool OnboardingAttention::keyExpiresSoon(const OnboardingData &data, const QDateTime &now)
{
    const auto days = keyDaysLeft(data, now);
    return days && *days < KeyWarningDays;
}

QString OnboardingAttention::lastCheckResult(const OnboardingData &data)
{
    if (data.state == State::Failed)
        return data.failure.retranslated().message;
    if (!data.lastCheckedAt.isValid())
        return tr("Not checked yet");
    if (data.state == State::AwaitingConfirmation)
        return tr("Not confirmed yet");
    const int total = int(data.scopeStatuses.size() + data.claimStatuses.size());
    int ok = 0;
    for (const auto &s : data.scopeStatuses)
        ok += s.isOk() ? 1 : 0;
    for (const auto &c : data.claimStatuses)
        ok += c.isOk() ? 1 : 0;
    if (total > 0 && ok < total)
        return tr("%1 of %2 accesses ready").arg(ok).arg(total);
    return tr("All accesses ready");
}

} // namespace sfm::fleet
