#include "RetryPolicy.h"

#include "HttpDate.h"

#include <algorithm>
#include <cmath>

namespace sfm::net {

std::chrono::milliseconds RetryPolicy::backoffDelay(int retry, double random) const
{
    // Full jitter (AWS architecture blog): uniform in [0, min(cap, base * 2^(retry-1))], which spreads
    // many clients retrying at once better than a fixed or "equal" jitter.
    const double base = double(baseDelay.count());
    const double cap = double(maxDelay.count());
    const double ceiling = std::min(cap, base * std::pow(2.0, std::max(0, retry - 1)));
    return std::chrono::milliseconds(qint64(ceiling * std::clamp(random, 0.0, 1.0)));
}

std::optional<std::chrono::milliseconds> RetryPolicy::pauseAfterAnswer(QByteArrayView retryAfter,
                                                                       std::chrono::milliseconds backoff,
                                                                       const QDateTime &nowUtc) const
{
    if (retryAfter.isEmpty())
        return backoff;
    const auto after = parseRetryAfter(retryAfter, nowUtc);
    if (!after)
        return backoff;
    // A server asking for a long pause gets its answer back to the caller instead of a silent wait (the
    // poller above has its own schedule).
    if (*after > maxRetryAfter)
        return std::nullopt;
    return *after;
}

bool RetryPolicy::retriesNetworkError(const QString &code)
{
    return code == QLatin1String("net.timeout") || code == QLatin1String("net.unreachable") ||
           code == QLatin1String("net.closed");
}

} // namespace sfm::net
