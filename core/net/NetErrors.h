#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace sfm::net {

// The translated errors of the HTTP layer, each saying what happened and what the user can do next.
// Codes: net.timeout, net.dns, net.refused, net.unreachable, net.closed (the request may have arrived),
// net.proxy, net.tls.untrusted, net.tls.hostname, net.tls.expired, net.tls.other, net.refused_insecure,
// net.bad_url, net.too_large, net.cancelled, net.http.<status>, net.bad_json, net.other.
class NetErrors
{
    Q_DECLARE_TR_FUNCTIONS(NetErrors)

public:
    static Error timeout(const QUrl &url, qint64 ms);
    static Error tooLarge(const QUrl &url, qint64 limit);
    static Error cancelled(const QUrl &url);
    static Error refusedInsecure(const QUrl &url);
    static Error badUrl(const QUrl &url);
    static Error tls(const QUrl &url, const QList<QSslError> &errors);
    static Error fromNetworkError(const QUrl &url, QNetworkReply::NetworkError code, const QString &qtText);
    // Any non-2xx status with nothing better to say (callers parse OAuth/problem bodies first).
    static Error httpStatus(const QUrl &url, int status, const QByteArray &bodyExcerpt = {});
    static Error badJson(const QUrl &url, const QString &what);

    // A short, printable excerpt of an untrusted body for Error::detail (never for secrets).
    static QString excerpt(const QByteArray &body, int maxChars = 300);
};

} // namespace sfm::net
