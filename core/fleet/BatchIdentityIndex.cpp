#include "BatchIdentityIndex.h"

namespace sfm::fleet {

using onboarding::OnboardingData;
using onboarding::State;

namespace {

QString key(const QString &identity, const QString &environment)
{
    return identity + u'\x1e' + environment;
}

} // namespace

BatchIdentityIndex::BatchIdentityIndex(const QList<OnboardingData> &onboardings)
    : m_onboardings(onboardings)
{
    for (qsizetype i = 0; i < m_onboardings.size(); ++i) {
        const auto &setup = m_onboardings.at(i).setup;
        m_byIdentity.insert(
            key(BatchRow::identity(setup.organizationNumber, setup.journalName), setup.environment.name()),
            i);
    }
}

const OnboardingData *BatchIdentityIndex::find(const BatchRow &row, const QString &environment) const
{
    return find(row.organizationNumber, row.journalName, environment);
}

const OnboardingData *BatchIdentityIndex::find(const QString &organizationNumber, const QString &journalName,
                                               const QString &environment) const
{
    const OnboardingData *best = nullptr;
    const auto better = [](const OnboardingData *current, const OnboardingData &candidate) {
        if (!current)
            return true;
        const bool currentCancelled = current->state == State::Cancelled;
        const bool candidateCancelled = candidate.state == State::Cancelled;
        if (currentCancelled != candidateCancelled)
            return currentCancelled;
        return candidate.createdAt > current->createdAt;
    };
    const QString k = key(BatchRow::identity(organizationNumber, journalName), environment);
    for (auto it = m_byIdentity.constFind(k); it != m_byIdentity.constEnd() && it.key() == k; ++it) {
        const OnboardingData &candidate = m_onboardings.at(*it);
        if (better(best, candidate))
            best = &candidate;
    }
    return best;
}

} // namespace sfm::fleet
