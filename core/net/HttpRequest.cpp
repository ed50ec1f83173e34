#include "HttpRequest.h"

namespace sfm::net {

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("GET");
    r.url = url;
    return r;
}

HttpRequest HttpRequest::postJson(const QUrl &url, const QByteArray &json)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.url = url;
    r.body = json;
    r.contentType = QByteArrayLiteral("application/json");
    return r;
}

QByteArray HttpRequest::formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

HttpRequest HttpRequest::postForm(const QUrl &url, const QByteArray &formBody)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.url = url;
    r.body = formBody;
    r.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    return r;
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const QPair<QByteArray, QByteArray> &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers.append({name, value});
}

bool HttpRequest::isRetrySafe() const
{
    switch (retry) {
    case Retry::Safe:
        return true;
    case Retry::Never:
        return false;
    case Retry::Auto:
        break;
    }
    // RFC 9110 safe methods only; a POST is repeated only when its caller says it is harmless.
    return method == "GET" || method == "HEAD";
}

} // namespace sfm::net
