#include "StatusPoller.h"

#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace sfm::onboarding {

using std::chrono::milliseconds;

StatusPoller::StatusPoller(Check check, QObject *parent)
    : QObject(parent)
    , m_check(std::move(check))
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &StatusPoller::tick);
}

QDateTime StatusPoller::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool StatusPoller::pastDeadline() const
{
    return m_config.deadline.isValid() && now() >= m_config.deadline;
}

void StatusPoller::start(milliseconds firstDelay)
{
    stop();
    m_running = true;
    m_step = m_config.initial;
    m_ticker.start();
    schedule(firstDelay);
}

void StatusPoller::stop()
{
    ++m_generation;
    m_running = false;
    m_busy = false;
    m_checkAgain = false;
    m_nextAt = {};
    m_ticker.stop();
    tick();
}

void StatusPoller::checkNow()
{
    if (!m_running)
        return;
    if (m_busy) {
        m_checkAgain = true;
        return;
    }
    m_step = m_config.initial;
    schedule(milliseconds(0));
}

int StatusPoller::secondsToNextCheck() const
{
    if (!m_running)
        return -1;
    if (m_busy || !m_nextAt.isValid())
        return 0;
    const qint64 ms = now().msecsTo(m_nextAt);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

milliseconds StatusPoller::jittered(milliseconds step) const
{
    const double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    const double factor = 1.0 + m_config.jitter * (2.0 * std::clamp(r, 0.0, 1.0) - 1.0);
    const auto delay = milliseconds(qint64(std::llround(double(step.count()) * factor)));
    return std::clamp(delay, milliseconds(0), m_config.max);
}

void StatusPoller::schedule(milliseconds delay)
{
    const quint64 generation = ++m_generation;
    if (m_config.deadline.isValid()) {
        const qint64 left = std::max<qint64>(0, now().msecsTo(m_config.deadline));
        delay = std::min(delay, milliseconds(left));
    }
    m_lastDelay = delay;
    m_nextAt = now().addMSecs(delay.count());
    auto fireFn = [this, generation] { fire(generation); };
    if (m_scheduler)
        m_scheduler(delay, fireFn);
    else
        QTimer::singleShot(delay, this, fireFn);
    tick();
}

void StatusPoller::fire(quint64 generation)
{
    if (!m_running || generation != m_generation || m_busy)
        return;
    if (pastDeadline()) {
        stop();
        emit deadlineReached();
        return;
    }
    m_busy = true;
    m_nextAt = {};
    ++m_checks;
    const quint64 checkGeneration = ++m_generation;
    emit checkStarted();
    tick();
    // A check that never reports must not stop the polling for good.
    auto timeout = [this, checkGeneration] { finish(checkGeneration, Outcome::Failed); };
    if (m_scheduler)
        m_scheduler(m_config.checkTimeout, timeout);
    else
        QTimer::singleShot(m_config.checkTimeout, this, timeout);
    m_check([self = QPointer<StatusPoller>(this), checkGeneration](Outcome outcome) {
        if (self)
            self->finish(checkGeneration, outcome);
    });
}

void StatusPoller::finish(quint64 generation, Outcome outcome)
{
    if (!m_running || generation != m_generation || !m_busy)
        return; // stopped meanwhile, or a late report after a timeout
    m_busy = false;
    emit checkFinished(outcome);
    if (!m_running)
        return; // the slot stopped us
    if (outcome == Outcome::Done) {
        stop();
        return;
    }
    if (pastDeadline()) {
        stop();
        emit deadlineReached();
        return;
    }
    if (m_checkAgain) {
        m_checkAgain = false;
        m_step = m_config.initial;
        schedule(milliseconds(0));
        return;
    }
    milliseconds delay;
    if (outcome == Outcome::Changed) {
        m_step = m_config.initial;
        delay = jittered(m_step);
    } else {
        delay = jittered(m_step);
        m_step = std::min(m_step * 2, m_config.max);
    }
    schedule(delay);
}

void StatusPoller::tick()
{
    const int seconds = secondsToNextCheck();
    if (seconds != m_lastCountdown) {
        m_lastCountdown = seconds;
        emit countdownChanged(seconds);
    }
}

} // namespace sfm::onboarding
