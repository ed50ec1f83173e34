#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace sfm::onboarding {

// Repeats a check while the onboarding waits for a person (confirm, sign): backoff from `initial` doubling
// to `max` while nothing changes (back to `initial` after a change), +/- jitter so many clients do not
// poll in step, a busy guard (never two checks at once), a per-check timeout, an overall deadline, "check
// now", and a countdown for the UI. Clock, randomness and scheduling are injectable for tests.
class StatusPoller : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Changed,   // something moved: check again soon
        Unchanged, // "not yet": back off
        Failed,    // a transient error: back off, keep going
        Done       // nothing more to wait for: stop
    };
    using Report = std::function<void(Outcome)>;
    using Check = std::function<void(Report report)>;
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)
    using Scheduler = std::function<void(std::chrono::milliseconds delay, std::function<void()> fire)>;

    struct Config
    {
        std::chrono::milliseconds initial{5000};
        std::chrono::milliseconds max{60000};
        double jitter = 0.2;
        std::chrono::milliseconds checkTimeout{45000}; // a check that never reports is given up after this
        QDateTime deadline;                            // invalid = none
    };

    explicit StatusPoller(Check check, QObject *parent = nullptr);

    void setConfig(const Config &config) { m_config = config; }
    const Config &config() const { return m_config; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRandom(Random random) { m_random = std::move(random); }
    void setScheduler(Scheduler scheduler) { m_scheduler = std::move(scheduler); }

    // Schedules the first check after firstDelay (0 = now, still asynchronously).
    void start(std::chrono::milliseconds firstDelay = std::chrono::milliseconds(0));
    void stop();
    // Checks at once, unless a check is running (then one follows right after it).
    void checkNow();

    bool isRunning() const { return m_running; }
    bool isBusy() const { return m_busy; }
    // Seconds until the next check; 0 while a check runs; -1 when stopped.
    int secondsToNextCheck() const;
    // The backoff step the next "not yet" starts from, and the delay actually scheduled last (with jitter).
    std::chrono::milliseconds currentStep() const { return m_step; }
    std::chrono::milliseconds lastScheduledDelay() const { return m_lastDelay; }
    int checksStarted() const { return m_checks; }

signals:
    void countdownChanged(int secondsToNextCheck);
    void checkStarted();
    void checkFinished(sfm::onboarding::StatusPoller::Outcome outcome);
    void deadlineReached();

private:
    void schedule(std::chrono::milliseconds delay);
    void fire(quint64 generation);
    void finish(quint64 generation, Outcome outcome);
    std::chrono::milliseconds jittered(std::chrono::milliseconds step) const;
    bool pastDeadline() const;
    QDateTime now() const;
    void tick();

    Check m_check;
    Config m_config;
    Clock m_clock;
    Random m_random;
    Scheduler m_scheduler;
    QTimer m_ticker;
    bool m_running = false;
    bool m_busy = false;
    bool m_checkAgain = false;
    quint64 m_generation = 0; // invalidates scheduled fires and late reports after stop/checkNow
    QDateTime m_nextAt;
    std::chrono::milliseconds m_step{0};
    std::chrono::milliseconds m_lastDelay{0};
    int m_checks = 0;
    int m_lastCountdown = -2;
};

} // namespace sfm::onboarding
