#pragma once

#include "fleet/BatchFile.h"
#include "onboarding/OnboardingData.h"

#include <QHash>
#include <QList>

namespace sfm::fleet {

// Finds the onboarding a batch row already has, so a second run of the same file continues it instead of
// starting another (and never posts a second client draft for a row that has a client). Built once from an
// OnboardingStore listing; a row is identified by organization number + journal name, within one
// environment (the same journal in test and in production are two onboardings).
class BatchIdentityIndex
{
public:
    explicit BatchIdentityIndex(const QList<onboarding::OnboardingData> &onboardings);

    // The onboarding of this row in `environment`, or nullptr. Of several, the newest that is not cancelled;
    // a cancelled one only when it is all there is (the caller decides whether to start afresh). The
    // pointer stays valid as long as the index does.
    const onboarding::OnboardingData *find(const BatchRow &row, const QString &environment) const;
    const onboarding::OnboardingData *find(const QString &organizationNumber, const QString &journalName,
                                           const QString &environment) const;

private:
    QList<onboarding::OnboardingData> m_onboardings;
    QMultiHash<QString, qsizetype> m_byIdentity; // identity + environment -> index
};

} // namespace sfm::fleet
