#pragma once

// The small pieces every benchmark needs: a median of repeated runs, waiting on the event loop, and the
// calling thread's CPU time (which tells work apart from waiting for a core on a busy machine).

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace bench {

// The middle value (the mean of the two middle ones for an even count); 0 for no values.
inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

// Runs the event loop for `ms` milliseconds.
inline void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done` or `timeoutMs` has passed (false then), looking every `stepMs`.
// A benchmark's wait: the programs themselves never wait like this.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs, int stepMs = 5)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        idle(stepMs);
    }
    return true;
}

inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace bench
