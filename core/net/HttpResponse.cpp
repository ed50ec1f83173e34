#include "HttpResponse.h"

#include "HttpDate.h"

namespace sfm::net {

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpResponse::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<QDateTime> HttpResponse::date() const
{
    if (!hasHeader("Date"))
        return std::nullopt;
    return parseHttpDate(header("Date"));
}

} // namespace sfm::net
