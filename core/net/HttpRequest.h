#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace sfm::net {

// One HTTP request as the rest of core describes it; HttpClient turns it into a QNetworkRequest.
struct HttpRequest
{
    enum class Retry
    {
        Auto, // retry when the method is GET/HEAD (safe), never otherwise
        Safe, // repeating it is harmless (GET, a token POST): retried on network errors, 5xx and 429
        Never // e.g. the client-draft POST: a repeat could create a second client; the caller decides.
              // Qt's own silent resend on a dropped kept-alive connection is ruled out too (OneShotBody).
    };

    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // sent as given; a header value may be a secret
    QByteArray body;
    QByteArray contentType; // empty = none
    Retry retry = Retry::Auto;
    std::optional<std::chrono::milliseconds> timeout; // default: NetSettings::timeout
    std::optional<qint64> maxResponseBytes;           // default: NetSettings::maxResponseBytes
    // Called before every retry (not the first attempt) to renew one-use parts: a client assertion's or a
    // DPoP proof's jti must never be sent twice.
    std::function<void(HttpRequest &)> beforeRetry;

    static HttpRequest get(const QUrl &url);
    static HttpRequest postJson(const QUrl &url, const QByteArray &json);
    static HttpRequest postForm(const QUrl &url, const QByteArray &formBody);
    // application/x-www-form-urlencoded: everything but unreserved characters percent-encoded ('+' too).
    static QByteArray formBody(const QList<QPair<QString, QString>> &fields);

    void setHeader(const QByteArray &name, const QByteArray &value); // replaces a header of that name
    bool isRetrySafe() const;
};

} // namespace sfm::net
