#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace sfm::net {

// RFC 9110 HTTP-date (IMF-fixdate, and the obsolete RFC 850 / asctime forms), always UTC.
std::optional<QDateTime> parseHttpDate(QByteArrayView text);
QByteArray formatHttpDate(const QDateTime &utc);

// Retry-After: delay-seconds or an HTTP-date (relative to now). nullopt when absent or unparsable;
// a date in the past gives zero.
std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc);

} // namespace sfm::net
