#include "ConfirmationListener.h"

#include "Logging.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace sfm::onboarding {

namespace {

constexpr int MaxStatusChars = 100;

QByteArray page(const QString &status)
{
    // Both languages on one page: the listener does not know who opened the link.
    const bool success = status == QLatin1String("Success");
    const QString safe = status.toHtmlEscaped();
    QString body;
    if (success) {
        body = QStringLiteral("<h1>Klienten er bekreftet</h1>"
                              "<p>Takk! Du kan lukke dette vinduet. Veiviseren fortsetter selv: nå må "
                              "avtaledokumentene signeres.</p>"
                              "<h1 lang=\"en\">The client is confirmed</h1>"
                              "<p lang=\"en\">Thank you! You can close this window. The wizard continues by "
                              "itself: next, the agreement documents must be signed.</p>");
    } else {
        body = QStringLiteral("<h1>Klienten ble ikke bekreftet</h1>"
                              "<p>Portalen svarte med status «%1». Du kan åpne bekreftelseslenken på nytt og "
                              "prøve igjen.</p>"
                              "<h1 lang=\"en\">The client was not confirmed</h1>"
                              "<p lang=\"en\">The portal answered with status “%1”. You can open the "
                              "confirmation link again and try once more.</p>")
                   .arg(safe);
    }
    const QString html = QStringLiteral("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\">"
                                        "<meta name=\"viewport\" content=\"width=device-width\">"
                                        "<title>SFM onboarding</title><style>body{font-family:sans-serif;"
                                        "max-width:40em;margin:3em auto;padding:0 1em;line-height:1.5}"
                                        "h1{font-size:1.4em}</style></head><body>") +
                         body + QStringLiteral("</body></html>");
    return html.toUtf8();
}

QByteArray notFoundPage()
{
    return QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head>"
                             "<body><p>Ikke funnet / Not found</p></body></html>");
}

} // namespace

ConfirmationListener::ConfirmationListener(QString path, QObject *parent)
    : QObject(parent)
    , m_path(path.startsWith(u'/') ? std::move(path) : u'/' + path)
{
    m_server.setMaxPendingConnections(MaxConnections);
    connect(&m_server, &QTcpServer::newConnection, this, &ConfirmationListener::onNewConnection);
}

ConfirmationListener::~ConfirmationListener()
{
    close();
}

Result<quint16> ConfirmationListener::listen(quint16 preferredPort)
{
    if (m_server.isListening())
        return m_server.serverPort();
    if (preferredPort != 0 && m_server.listen(QHostAddress::LocalHost, preferredPort))
        return m_server.serverPort();
    if (m_server.listen(QHostAddress::LocalHost, 0)) {
        qCInfo(lcOnboarding) << "confirmation listener on port" << m_server.serverPort();
        return m_server.serverPort();
    }
    return Error(
        QStringLiteral("onboarding.listener.failed"),
        [] {
            return QCoreApplication::translate(
                "sfm::onboarding::ConfirmationListener",
                "Could not open a local port to notice the confirmation. The onboarding still notices it by "
                "checking with HelseID, only a little later.");
        },
        m_server.errorString());
}

void ConfirmationListener::close()
{
    m_server.close();
    const auto sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

QUrl ConfirmationListener::redirectUri() const
{
    if (!m_server.isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    url.setPath(m_path);
    return url;
}

void ConfirmationListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_buffers.size() >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        QTimer::singleShot(RequestTimeoutMs, socket, [this, socket] {
            if (m_buffers.contains(socket)) {
                m_buffers.remove(socket);
                socket->abort();
                socket->deleteLater();
            }
        });
    }
}

void ConfirmationListener::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->read(MaxRequestBytes + 1 - it->size()));
    const qsizetype end = it->indexOf("\r\n\r\n");
    if (end < 0) {
        if (it->size() > MaxRequestBytes)
            respond(socket, 431, "Request Header Fields Too Large", notFoundPage());
        return;
    }
    const QByteArray head = it->left(end);
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> parts = (lineEnd < 0 ? head : head.left(lineEnd)).split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", notFoundPage());
        return;
    }
    if (parts[0] != "GET") {
        respond(socket, 405, "Method Not Allowed", notFoundPage());
        return;
    }
    const QUrl target(QString::fromLatin1(parts[1]), QUrl::StrictMode);
    if (!target.isValid() || target.path() != m_path) {
        respond(socket, 404, "Not Found", notFoundPage());
        return;
    }
    const QUrlQuery query(target);
    QString status = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    status = status.left(MaxStatusChars);
    for (QChar &c : status) {
        if (!c.isPrint())
            c = u'?';
    }
    if (status.isEmpty())
        status = QStringLiteral("(none)");
    respond(socket, 200, "OK", page(status));
    qCInfo(lcOnboarding) << "confirmation redirect received, status" << status;
    emit statusReceived(status);
}

void ConfirmationListener::respond(QTcpSocket *socket, int status, const QByteArray &reason,
                                   const QByteArray &html)
{
    m_buffers.remove(socket);
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
        "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(html.size()) +
        "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
        "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
        "Connection: close\r\n\r\n" +
        html;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace sfm::onboarding
