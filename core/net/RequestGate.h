#pragma once

#include <QUrl>
#include <QtGlobal>

#include <chrono>
#include <functional>
#include <optional>

namespace sfm::net {

// A gate HttpClient asks before it sends each attempt of a request (retries included), so several clients
// can share one request budget (core/fleet/RequestBudget: a concurrency and a rate limit, and a pause for
// everyone after a 429). Without a gate a client sends at once, as before.
class RequestGate
{
public:
    using Ticket = quint64;
    // How an admitted attempt ended: the HTTP status (0 = no answer: network error, timeout, cancel) and
    // the server's Retry-After, parsed (delay-seconds or HTTP-date), when it sent one.
    struct Outcome
    {
        int status = 0;
        std::optional<std::chrono::milliseconds> retryAfter;
    };

    virtual ~RequestGate() = default;

    // Asks to send one attempt to `url`. `admit` is called exactly once when it may go — possibly inside
    // acquire(), possibly later from the event loop — unless the ticket is withdrawn first.
    virtual Ticket acquire(const QUrl &url, std::function<void()> admit) = 0;
    // The admitted attempt of `ticket` has its answer (or failed).
    virtual void release(Ticket ticket, const Outcome &outcome) = 0;
    // The attempt is given up (cancelled, client destroyed): waiting, it never gets admitted; admitted, its
    // place is freed. Unknown tickets are ignored.
    virtual void withdraw(Ticket ticket) = 0;
};

} // namespace sfm::net
