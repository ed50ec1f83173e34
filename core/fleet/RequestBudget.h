#pragma once

#include "net/RequestGate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <chrono>
#include <deque>
#include <functional>

namespace sfm::fleet {

// How much a RequestBudget lets through (defaults modest; settings "network/maxConcurrentRequests" and
// "network/requestsPerSecond").
struct RequestLimits
{
    int maxConcurrent = 4;
    double requestsPerSecond = 5.0;
    // A 429 without Retry-After pauses everyone this long; a longer Retry-After than maxPause is cut to
    // it (the request itself then gets the 429 back from HttpClient, which has its own limit).
    std::chrono::milliseconds defaultPause{5000};
    std::chrono::milliseconds maxPause{300000};
};

// One request budget for many onboardings, so checking hundreds of them (or a 200-row batch) is polite to
// HelseID: at most maxConcurrent attempts at once, at most requestsPerSecond started per second (evenly
// spaced), and after a 429 (or a 503 with Retry-After) a pause for everyone as long as the server asked.
// It is a net::RequestGate: give the same budget to every HttpClient with HttpClient::setGate().
class RequestBudget : public QObject, public net::RequestGate
{
    Q_OBJECT

public:
    using Limits = RequestLimits;
    // Seams for tests: a monotonic clock in milliseconds, and how a wake-up is scheduled.
    using Clock = std::function<qint64()>;
    using Scheduler = std::function<void(std::chrono::milliseconds delay, std::function<void()> fire)>;

    explicit RequestBudget(Limits limits = {}, QObject *parent = nullptr);
    ~RequestBudget() override;

    const Limits &limits() const { return m_limits; }
    void setLimits(const Limits &limits); // values below 1 are raised to 1 (never a budget of nothing)
    void setClock(Clock clock);
    void setScheduler(Scheduler scheduler);

    Ticket acquire(const QUrl &url, std::function<void()> admit) override;
    void release(Ticket ticket, const Outcome &outcome) override;
    void withdraw(Ticket ticket) override;

    int inFlight() const { return int(m_inFlight.size()); }
    int waiting() const { return int(m_queue.size()); }
    quint64 admittedCount() const { return m_admitted; }
    // How long the current pause still lasts (0 = none).
    std::chrono::milliseconds pauseRemaining() const;

signals:
    // The server asked everyone to wait (429 or Retry-After): a status line can say so.
    void paused(std::chrono::milliseconds duration);

private:
    struct Waiter
    {
        Ticket ticket;
        std::function<void()> admit;
    };
    qint64 now() const;
    void pump();
    void wakeAt(qint64 at);

    Limits m_limits;
    Clock m_clock;
    Scheduler m_scheduler;
    QElapsedTimer m_elapsed;
    std::deque<Waiter> m_queue;
    QHash<Ticket, bool> m_inFlight;
    Ticket m_nextTicket = 1;
    quint64 m_admitted = 0;
    qint64 m_lastStart = -1; // when the last attempt was admitted (clock ms), -1 = never
    qint64 m_pausedUntil = 0;
    bool m_wakePending = false;
    qint64 m_wakeAt = 0;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace sfm::fleet
