#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

namespace sfm::net {

// An HTTP answer of any status: 4xx and 5xx bodies carry the OAuth / problem-details error the caller
// needs, so they arrive here as responses, not as errors.
struct HttpResponse
{
    int status = 0;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int attempts = 1; // how many times it was sent (retries included)

    bool isSuccess() const { return status >= 200 && status < 300; }
    // Case-insensitive; the first header of that name, or empty.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // The Date header as UTC, if present and valid.
    std::optional<QDateTime> date() const;
};

} // namespace sfm::net
