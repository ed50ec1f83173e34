#include "RequestBudget.h"

#include "Logging.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace sfm::fleet {

RequestBudget::RequestBudget(Limits limits, QObject *parent)
    : QObject(parent)
{
    m_elapsed.start();
    setLimits(limits);
}

RequestBudget::~RequestBudget() = default;

void RequestBudget::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_limits.maxConcurrent = std::max(1, m_limits.maxConcurrent);
    if (!(m_limits.requestsPerSecond >= 0.01))
        m_limits.requestsPerSecond = 0.01;
    pump();
}

void RequestBudget::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void RequestBudget::setScheduler(Scheduler scheduler)
{
    m_scheduler = std::move(scheduler);
}

qint64 RequestBudget::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

std::chrono::milliseconds RequestBudget::pauseRemaining() const
{
    return std::chrono::milliseconds(std::max<qint64>(0, m_pausedUntil - now()));
}

net::RequestGate::Ticket RequestBudget::acquire(const QUrl &url, std::function<void()> admit)
{
    Q_UNUSED(url) // one budget for every host: HelseID's STS and API are one operator
    const Ticket ticket = m_nextTicket++;
    m_queue.push_back({ticket, std::move(admit)});
    pump();
    return ticket;
}

void RequestBudget::release(Ticket ticket, const Outcome &outcome)
{
    if (!m_inFlight.remove(ticket))
        return;
    const bool tooMany = outcome.status == 429;
    const bool unavailableWithAdvice = outcome.status == 503 && outcome.retryAfter.has_value();
    if (tooMany || unavailableWithAdvice) {
        const auto pause = std::min(outcome.retryAfter.value_or(m_limits.defaultPause), m_limits.maxPause);
        const qint64 until = now() + pause.count();
        if (until > m_pausedUntil) {
            m_pausedUntil = until;
            qCInfo(lcNet) << "request budget: pausing everyone for" << pause.count() << "ms after HTTP"
                          << outcome.status;
            emit paused(pause);
        }
    }
    pump();
}

void RequestBudget::withdraw(Ticket ticket)
{
    if (m_inFlight.remove(ticket)) {
        pump();
        return;
    }
    const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                 [ticket](const Waiter &w) { return w.ticket == ticket; });
    if (it != m_queue.end())
        m_queue.erase(it);
}

void RequestBudget::pump()
{
    // admit() may send at once and, in tests, even answer at once: release() or acquire() then arrive
    // here again, and the outer loop picks up what they changed.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        while (!m_queue.empty() && int(m_inFlight.size()) < m_limits.maxConcurrent) {
            const qint64 t = now();
            if (t < m_pausedUntil) {
                wakeAt(m_pausedUntil);
                break;
            }
            const qint64 spacing = qint64(std::ceil(1000.0 / m_limits.requestsPerSecond));
            if (m_lastStart >= 0 && t < m_lastStart + spacing) {
                wakeAt(m_lastStart + spacing);
                break;
            }
            Waiter next = std::move(m_queue.front());
            m_queue.pop_front();
            m_inFlight.insert(next.ticket, true);
            m_lastStart = t;
            ++m_admitted;
            if (next.admit)
                next.admit();
        }
    } while (m_pumpAgain);
    m_pumping = false;
}

void RequestBudget::wakeAt(qint64 at)
{
    if (m_wakePending && m_wakeAt <= at)
        return;
    m_wakePending = true;
    m_wakeAt = at;
    const auto delay = std::chrono::milliseconds(std::max<qint64>(0, at - now()));
    auto fire = [self = QPointer<RequestBudget>(this), at] {
        if (!self || !self->m_wakePending || self->m_wakeAt != at)
            return; // superseded by an earlier wake-up
        self->m_wakePending = false;
        self->pump();
    };
    if (m_scheduler)
        m_scheduler(delay, std::move(fire));
    else
        QTimer::singleShot(delay, Qt::PreciseTimer, this, std::move(fire));
}

} // namespace sfm::fleet
