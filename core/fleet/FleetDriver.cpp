#include "fleet/FleetDriver.h"

#include <QTimer>

namespace sfm::fleet {

using onboarding::Onboarding;
using onboarding::State;

FleetDriver::FleetDriver(Goal goal, QObject *parent)
    : QObject(parent)
    , m_goal(goal)
{}

FleetDriver::~FleetDriver()
{
    // Stop every timer and listener before the onboardings (and then their locks) go.
    for (Entry &e : m_entries)
        if (e.onboarding)
            e.onboarding->disconnect(this);
}

void FleetDriver::add(std::unique_ptr<Onboarding> onboarding,
                      std::unique_ptr<onboarding::OnboardingLock> lock)
{
    Entry entry;
    entry.lock = std::move(lock);
    entry.onboarding = std::move(onboarding);
    const int index = int(m_entries.size());
    Onboarding *o = entry.onboarding.get();
    connect(o, &Onboarding::stateChanged, this, [this, index](State state) {
        emit stateChanged(index, state);
        // After the engine has finished its own reaction to the change.
        QTimer::singleShot(0, this, [this, index] { evaluate(index); });
    });
    connect(o, &Onboarding::busyChanged, this, [this, index](bool busy) {
        if (!busy)
            QTimer::singleShot(0, this, [this, index] { evaluate(index); });
    });
    connect(o, &Onboarding::dataChanged, this, [this, index] {
        if (m_goal == Goal::OneCheck)
            QTimer::singleShot(0, this, [this, index] { evaluate(index); });
    });
    connect(o, &Onboarding::errorOccurred, this, [this, index](const Error &error) {
        Entry &e = m_entries[size_t(index)];
        if (e.finished || e.onboarding->state() == State::Failed)
            return;
        emit warning(index, error);
        if (m_goal == Goal::OneCheck) // the check has its answer, even if it is "not yet"
            QTimer::singleShot(0, this, [this, index] { finish(index); });
    });
    m_entries.push_back(std::move(entry));
    if (m_started)
        startMore();
}

void FleetDriver::start()
{
    m_started = true;
    if (m_entries.empty()) {
        QTimer::singleShot(0, this, &FleetDriver::finished);
        return;
    }
    startMore();
}

void FleetDriver::stopAll()
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        m_entries[i].onboarding->pause();
        finish(int(i));
    }
}

bool FleetDriver::reachedGoal(int index) const
{
    const Entry &e = m_entries.at(size_t(index));
    const State s = e.onboarding->state();
    if (s == State::Ready || s == State::Exported)
        return true;
    if (m_goal == Goal::UntilReady)
        return false;
    return onboarding::isWaitingState(s) || s == State::Registered;
}

int FleetDriver::activeCount() const
{
    int active = 0;
    for (const Entry &e : m_entries)
        if (e.started && !e.finished && !onboarding::isWaitingState(e.onboarding->state()))
            ++active;
    return active;
}

void FleetDriver::startMore()
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_maxActive > 0 && activeCount() >= m_maxActive)
            return;
        Entry &e = m_entries[i];
        if (e.started)
            continue;
        e.started = true;
        e.checkedBefore = e.onboarding->data().lastCheckedAt;
        const int index = int(i);
        QTimer::singleShot(0, this, [this, index] {
            Entry &entry = m_entries[size_t(index)];
            if (entry.finished)
                return;
            const State s = entry.onboarding->state();
            if (m_goal == Goal::OneCheck && !onboarding::isWaitingState(s)) {
                finish(index); // nothing to check: not waiting for anyone
                return;
            }
            entry.onboarding->proceed();
            evaluate(index);
        });
    }
}

void FleetDriver::evaluate(int index)
{
    Entry &e = m_entries[size_t(index)];
    if (e.finished || !e.started)
        return;
    Onboarding &o = *e.onboarding;
    const State s = o.state();
    switch (s) {
    case State::Draft:
    case State::KeyReady:
        if (!o.isBusy() && o.data().setup.alternative == onboarding::Alternative::Api)
            o.proceed();
        return;
    case State::Registered:
        return;
    case State::AwaitingConfirmation:
    case State::AwaitingAccess:
        if (m_goal == Goal::UntilWaiting) {
            o.pause();
            finish(index);
        } else if (m_goal == Goal::OneCheck && o.data().lastCheckedAt != e.checkedBefore) {
            o.pause();
            finish(index);
        }
        startMore(); // a waiting onboarding frees its place
        return;
    case State::Ready:
    case State::Exported:
    case State::Failed:
    case State::Cancelled:
        o.pause();
        finish(index);
        return;
    }
}

void FleetDriver::finish(int index)
{
    Entry &e = m_entries[size_t(index)];
    if (e.finished)
        return;
    e.finished = true;
    ++m_finishedCount;
    emit finishedOne(index);
    startMore();
    if (allFinished())
        emit finished();
}

} // namespace sfm::fleet
