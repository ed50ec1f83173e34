#include "Interrupt.h"

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace sfm::cli {

#ifdef Q_OS_UNIX
namespace {
int g_fds[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_fds[0], &c, 1); // the only async-signal-safe way out
}
} // namespace
#endif

void onInterrupt(QObject *context, std::function<void()> handler)
{
#ifdef Q_OS_UNIX
    if (g_fds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    if (g_fds[1] < 0)
        return;
    auto *notifier = new QSocketNotifier(qintptr(g_fds[1]), QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler = std::move(handler)] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_fds[1], &c, 1);
        handler();
    });
#else
    Q_UNUSED(context)
    Q_UNUSED(handler)
#endif
}

} // namespace sfm::cli
