#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the UI thread's event loop was unable to run: a precise timer fires every few
// milliseconds, and every late arrival beyond the interval is a stall. The longest one is what a user
// feels as a frozen window.
class LatencyProbe : public QObject
{
public:
    explicit LatencyProbe(int intervalMs = 5)
        : m_interval(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            const double late = now - m_last - m_interval;
            if (late > m_maxStall) {
                m_maxStall = late;
                m_maxStallAt = now;
            }
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_maxStall = 0;
        m_maxStallAt = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxStallMs() const { return m_maxStall; }
    // When the longest stall ended, in ms since start() (to tell which phase caused it).
    double maxStallAtMs() const { return m_maxStallAt; }
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_interval;
    double m_last = 0;
    double m_maxStall = 0;
    double m_maxStallAt = 0;
    int m_ticks = 0;
};
