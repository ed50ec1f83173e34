#pragma once

// Signalling a test's child process safely. QProcess::processId() is 0 once the child has ended, and
// kill(0, sig) signals the caller's whole process group — under ctest, the test runner and every test
// beside it. So a child is signalled only by the pid remembered when it started, and only while QProcess
// still calls it running: QProcess reaps the child from its event-loop notifier, so with no event processed
// between the check and the signal the pid cannot have been reused by another process.
#include <QProcess>

#include <csignal>
#include <sys/types.h>

namespace sfmtest {

// The child's pid right after start (0 when it did not start); keep it for killHard().
inline qint64 startedPid(QProcess &process)
{
    return process.waitForStarted(10000) ? process.processId() : 0;
}

// Sends SIGKILL to the child that got startedPid when it is still running; nothing otherwise. True when a
// signal was sent.
inline bool killHard(QProcess &process, qint64 startedPid)
{
    if (startedPid <= 0 || process.state() == QProcess::NotRunning || process.processId() != startedPid)
        return false;
    return ::kill(pid_t(startedPid), SIGKILL) == 0;
}

} // namespace sfmtest
