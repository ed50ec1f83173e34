#pragma once

#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingLock.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <vector>

namespace sfm::fleet {

// Drives many onboardings at once towards one goal — the batch (until each waits for the customer), watch
// (until each is ready or its deadline passes) and the overview's "check now" (one status check each). It
// only calls the engine's intents (proceed, checkNow, pause) the way `sfmctl resume` does for one; the
// requests themselves are made polite by the RequestBudget the HttpClient was given. Each onboarding comes
// with its lock, held until the driver is destroyed, so no other process works the same one meanwhile.
class FleetDriver : public QObject
{
    Q_OBJECT

public:
    enum class Goal
    {
        UntilWaiting, // stop each once it waits for someone (confirmation or signing), or is ready
        UntilReady,   // follow each until ready, failed or past its deadline
        OneCheck,     // one status check of each waiting onboarding, then stop
    };

    explicit FleetDriver(Goal goal, QObject *parent = nullptr);
    ~FleetDriver() override;

    // At most this many onboardings are worked at once before they wait (key generation and registration);
    // 0 = all at once. Waiting onboardings do not count: their checks are spread by the request budget.
    void setMaxActive(int maxActive) { m_maxActive = maxActive; }

    // Takes the onboarding and its lock (null when the caller holds none).
    void add(std::unique_ptr<onboarding::Onboarding> onboarding,
             std::unique_ptr<onboarding::OnboardingLock> lock);
    void start();
    // Stops waiting everywhere (Ctrl+C): nothing is lost, every onboarding stays resumable.
    void stopAll();

    int count() const { return int(m_entries.size()); }
    const onboarding::Onboarding &at(int index) const { return *m_entries.at(size_t(index)).onboarding; }
    bool isFinished(int index) const { return m_entries.at(size_t(index)).finished; }
    bool allFinished() const { return m_finishedCount == count(); }
    // Whether the goal was reached for this one (not failed, cancelled or still on the way).
    bool reachedGoal(int index) const;

signals:
    // One per change of an onboarding's state (not for repeated checks with the same result).
    void stateChanged(int index, sfm::onboarding::State state);
    // A problem while waiting that the next check may clear (transient).
    void warning(int index, const sfm::Error &error);
    void finishedOne(int index);
    void finished(); // every onboarding is finished

private:
    struct Entry
    {
        std::unique_ptr<onboarding::OnboardingLock> lock; // released after the onboarding is gone
        std::unique_ptr<onboarding::Onboarding> onboarding;
        bool started = false;
        bool finished = false;
        QDateTime checkedBefore; // OneCheck: lastCheckedAt when the check began
    };
    void startMore();
    void evaluate(int index);
    void finish(int index);
    int activeCount() const;

    Goal m_goal;
    int m_maxActive = 0;
    std::vector<Entry> m_entries;
    int m_finishedCount = 0;
    bool m_started = false;
};

} // namespace sfm::fleet
