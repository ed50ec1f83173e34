#include "NetErrors.h"

#include <QSslCertificate>

namespace sfm::net {

namespace {

// Query strings and user info can carry codes or credentials: errors name the address without them.
QString where(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

QString hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? where(url) : url.host();
}

enum class TlsKind
{
    Date,
    Untrusted,
    HostName,
    Other
};

TlsKind classify(QSslError::SslError e)
{
    switch (e) {
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return TlsKind::Date;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateSignatureFailed:
        return TlsKind::Untrusted;
    case QSslError::HostNameMismatch:
        return TlsKind::HostName;
    default:
        return TlsKind::Other;
    }
}

} // namespace

Error NetErrors::timeout(const QUrl &url, qint64 ms)
{
    return {QStringLiteral("net.timeout"),
            [host = hostOf(url), seconds = qMax<qint64>(1, (ms + 999) / 1000)] {
                return tr("%1 did not answer within %2 seconds. Check your network connection and proxy "
                          "settings, then try again.")
                    .arg(host)
                    .arg(seconds);
            },
            where(url)};
}

Error NetErrors::tooLarge(const QUrl &url, qint64 limit)
{
    return {QStringLiteral("net.too_large"),
            [host = hostOf(url)] {
                return tr("The answer from %1 was larger than expected, so it was not read. This can happen "
                          "when a proxy or login page answers instead of the server. Check your network and "
                          "proxy settings.")
                    .arg(host);
            },
            QStringLiteral("%1: more than %2 bytes").arg(where(url)).arg(limit)};
}

Error NetErrors::cancelled(const QUrl &url)
{
    return {QStringLiteral("net.cancelled"),
            [host = hostOf(url)] { return tr("The request to %1 was cancelled.").arg(host); }, where(url)};
}

Error NetErrors::refusedInsecure(const QUrl &url)
{
    return {
        QStringLiteral("net.refused_insecure"),
        [address = where(url)] {
            return tr("The address %1 does not use https, so nothing was sent to it. Use an https address.")
                .arg(address);
        },
        where(url)};
}

Error NetErrors::badUrl(const QUrl &url)
{
    return {QStringLiteral("net.bad_url"),
            [address = where(url)] {
                return tr("The address \"%1\" is not a valid web address. Check the environment settings.")
                    .arg(address);
            },
            where(url)};
}

Error NetErrors::tls(const QUrl &url, const QList<QSslError> &errors)
{
    QStringList details;
    bool date = false, untrusted = false, hostName = false;
    for (const QSslError &e : errors) {
        details.append(e.errorString());
        switch (classify(e.error())) {
        case TlsKind::Date:
            date = true;
            break;
        case TlsKind::Untrusted:
            untrusted = true;
            break;
        case TlsKind::HostName:
            hostName = true;
            break;
        case TlsKind::Other:
            break;
        }
    }
    if (!errors.isEmpty() && !errors.first().certificate().isNull())
        details.append(QStringLiteral("subject: ") +
                       errors.first().certificate().subjectInfo(QSslCertificate::CommonName).join(u','));
    const QString detail = where(url) + QStringLiteral(": ") + details.join(QStringLiteral("; "));
    const QString host = hostOf(url);
    // A wrong computer clock makes every certificate look expired or not yet valid, so that comes first.
    if (date)
        return {QStringLiteral("net.tls.expired"),
                [host] {
                    return tr("The security certificate of %1 is expired or not yet valid. Check that your "
                              "computer's date and time are correct; if they are, try again later or contact "
                              "support.")
                        .arg(host);
                },
                detail};
    if (untrusted)
        return {QStringLiteral("net.tls.untrusted"),
                [host] {
                    return tr("The security certificate of %1 is not trusted, so the connection was stopped. "
                              "If your organization inspects network traffic, ask IT to install its root "
                              "certificate on this computer or choose it under Network settings; otherwise "
                              "the network may not be safe to use.")
                        .arg(host);
                },
                detail};
    if (hostName)
        return {QStringLiteral("net.tls.hostname"),
                [host] {
                    return tr("The security certificate presented for %1 belongs to another name, so the "
                              "connection was stopped. Check the address and your proxy settings, or ask IT.")
                        .arg(host);
                },
                detail};
    return {QStringLiteral("net.tls.other"),
            [host] {
                return tr("A secure connection to %1 could not be established. Check your network and proxy "
                          "settings, or ask IT.")
                    .arg(host);
            },
            detail};
}

Error NetErrors::fromNetworkError(const QUrl &url, QNetworkReply::NetworkError code, const QString &qtText)
{
    const QString host = hostOf(url);
    const QString detail = where(url) + QStringLiteral(": ") + qtText + QStringLiteral(" (QNetworkReply ") +
                           QString::number(int(code)) + QLatin1Char(')');
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return {QStringLiteral("net.dns"),
                [host] {
                    return tr("The name %1 could not be found. Check your network connection, the address "
                              "and your proxy settings.")
                        .arg(host);
                },
                detail};
    case QNetworkReply::TimeoutError:
        return {QStringLiteral("net.timeout"),
                [host] {
                    return tr("%1 did not answer in time. Check your network connection and proxy settings, "
                              "then try again.")
                        .arg(host);
                },
                detail};
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        // The request may have arrived: unlike net.unreachable, this never means "certainly not sent".
        return {QStringLiteral("net.closed"),
                [host] {
                    return tr("The connection to %1 was closed before an answer came. Check your network "
                              "connection and proxy settings, then try again in a moment.")
                        .arg(host);
                },
                detail};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return {QStringLiteral("net.unreachable"),
                [host] {
                    return tr("%1 could not be reached. Check your network connection and proxy settings, "
                              "then try again in a moment.")
                        .arg(host);
                },
                detail};
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return {QStringLiteral("net.proxy"),
                [host] {
                    return tr("The proxy server did not let the request to %1 through. Check the proxy "
                              "settings, or ask IT which proxy to use.")
                        .arg(host);
                },
                detail};
    case QNetworkReply::SslHandshakeFailedError:
        return tls(url, {});
    case QNetworkReply::OperationCanceledError:
        return cancelled(url);
    default:
        return {
            QStringLiteral("net.other"),
            [host] {
                return tr("The request to %1 failed. Check your network connection and try again.").arg(host);
            },
            detail};
    }
}

Error NetErrors::httpStatus(const QUrl &url, int status, const QByteArray &bodyExcerpt)
{
    const QString host = hostOf(url);
    auto message = [host, status]() -> QString {
        if (status == 429)
            return tr("%1 is busy and asked us to slow down. Wait a minute and try again.").arg(host);
        if (status >= 500)
            return tr("%1 has a problem right now (HTTP %2). Try again later; if it persists, contact "
                      "support.")
                .arg(host)
                .arg(status);
        if (status == 401 || status == 403)
            return tr("%1 refused access (HTTP %2). Check the client's key and permissions.")
                .arg(host)
                .arg(status);
        if (status == 404)
            return tr("%1 does not know the requested address (HTTP 404). Check the environment settings.")
                .arg(host);
        return tr("%1 answered with an error (HTTP %2).").arg(host).arg(status);
    };
    QString detail = where(url) + QStringLiteral(": HTTP ") + QString::number(status);
    if (!bodyExcerpt.isEmpty())
        detail += QStringLiteral(": ") + excerpt(bodyExcerpt);
    return {QStringLiteral("net.http.") + QString::number(status), message, detail};
}

Error NetErrors::badJson(const QUrl &url, const QString &what)
{
    return {QStringLiteral("net.bad_json"),
            [host = hostOf(url)] {
                return tr("%1 gave an answer this program cannot read. Try again later; if it persists, "
                          "contact support.")
                    .arg(host);
            },
            where(url) + QStringLiteral(": ") + what};
}

QString NetErrors::excerpt(const QByteArray &body, int maxChars)
{
    QString text = QString::fromUtf8(body.left(maxChars * 4)).left(maxChars);
    for (QChar &c : text) {
        if (!c.isPrint())
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (body.size() > maxChars)
        text += QStringLiteral("…");
    return text;
}

} // namespace sfm::net
