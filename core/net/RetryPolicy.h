#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace sfm::net {

// The retry schedule for requests that are safe to repeat: exponential backoff with full jitter
// (delay = random(0, min(maxDelay, baseDelay * 2^attempt))), or the server's Retry-After when it gives one.
struct RetryPolicy
{
    int maxAttempts = 4; // including the first; 1 = never retry
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30000};
    // A Retry-After longer than this is not waited for: the caller gets the 429/503 answer instead.
    std::chrono::milliseconds maxRetryAfter{120000};

    // The delay before retry number `retry` (1 = first retry), for a uniform random number in [0, 1).
    std::chrono::milliseconds backoffDelay(int retry, double random) const;
    // The pause before trying an answer again (429, 5xx): the server's Retry-After when it gives a readable
    // one (nullopt when it asks for longer than maxRetryAfter: the caller gets the answer), else backoff.
    std::optional<std::chrono::milliseconds> pauseAfterAnswer(QByteArrayView retryAfter,
                                                              std::chrono::milliseconds backoff,
                                                              const QDateTime &nowUtc) const;
    // Answers worth trying again: too many requests, and server errors.
    static bool retriesStatus(int status) { return status == 429 || status >= 500; }
    // Network errors that may pass by themselves: timeout, unreachable, connection closed.
    static bool retriesNetworkError(const QString &code);
};

} // namespace sfm::net
