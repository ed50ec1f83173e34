#include "LoopbackListener.h"

#include "Logging.h"

#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

namespace sfm::net {

namespace {

constexpr int MinSecretBytes = 16; // 128 bits

// Equal in time that depends only on the lengths (which are public), never on where the bytes differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = difference | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]));
    return difference == 0;
}

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isGoodSecret(const QString &secret)
{
    if (secret.size() > 256)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(secret.toLatin1(),
                                                        Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() >= MinSecretBytes;
}

QByteArray notFoundPage()
{
    return QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head>"
                             "<body><p>Ikke funnet / Not found</p></body></html>");
}

} // namespace

LoopbackListener::LoopbackListener(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (!m_options.path.startsWith(u'/'))
        m_options.path.prepend(u'/');
    m_server.setMaxPendingConnections(MaxConnections);
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
}

LoopbackListener::~LoopbackListener()
{
    close();
}

QString LoopbackListener::newSecret()
{
    // 128 bits from the operating system's cryptographic generator.
    quint32 words[MinSecretBytes / sizeof(quint32)];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toBase64(Base64Url));
}

Result<quint16> LoopbackListener::listen(quint16 preferredPort, const QString &secret)
{
    if (!secret.isEmpty() && !isGoodSecret(secret))
        return Error(
            QStringLiteral("net.loopback.secret"),
            [] { return tr("The local address for the browser's answer is not valid any more."); },
            QStringLiteral("the given secret is not base64url of at least 128 bits"));
    if (m_server.isListening())
        close();
    m_secret = secret.isEmpty() ? newSecret() : secret;
    if ((preferredPort != 0 && m_server.listen(QHostAddress::LocalHost, preferredPort)) ||
        m_server.listen(QHostAddress::LocalHost, 0)) {
        qCInfo(lcNet) << "loopback listener on port" << m_server.serverPort();
        return m_server.serverPort();
    }
    return Error(
        QStringLiteral("net.loopback.listen"),
        [] { return tr("Could not open a local port for the browser's answer."); }, m_server.errorString());
}

void LoopbackListener::close()
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

QUrl LoopbackListener::callbackUrl() const
{
    if (!m_server.isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.hostName);
    url.setPort(m_server.serverPort());
    url.setPath(m_options.secretPlace == SecretPlace::PathSegment ? QString(u'/' + m_secret + m_options.path)
                                                                  : m_options.path);
    return url;
}

QByteArray LoopbackListener::answerPage(const QString &title, const QStringList &paragraphs)
{
    QFile file(QStringLiteral(":/loopback/answer.html"));
    QString html =
        file.open(QIODevice::ReadOnly)
            ? QString::fromUtf8(file.readAll())
            : QStringLiteral("<!DOCTYPE html><html><body><h1>{{title}}</h1>{{body}}</body></html>");
    QString body;
    for (const QString &p : paragraphs)
        body += QStringLiteral("<p>") + p.toHtmlEscaped() + QStringLiteral("</p>");
    //: The HTML language code of the page the browser shows after it came back to the program.
    html.replace(QStringLiteral("{{lang}}"), tr("en"));
    html.replace(QStringLiteral("{{title}}"), title.toHtmlEscaped());
    html.replace(QStringLiteral("{{body}}"), body);
    return html.toUtf8();
}

void LoopbackListener::onNewConnection()
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

bool LoopbackListener::hostIsOurs(const QByteArray &head) const
{
    // A page elsewhere cannot make the browser send our Host header to another name (DNS rebinding).
    QByteArray host;
    int count = 0;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).trimmed().toLower() != "host")
            continue;
        host = line.mid(colon + 1).trimmed().toLower();
        ++count;
    }
    const QByteArray port = QByteArray::number(m_server.serverPort());
    return count == 1 && (host == "127.0.0.1:" + port || host == "localhost:" + port);
}

bool LoopbackListener::carriesSecret(const QByteArray &rawPath, const QUrlQuery &query) const
{
    if (m_options.secretPlace == SecretPlace::PathSegment)
        return constantTimeEquals(rawPath, QString(u'/' + m_secret + m_options.path).toLatin1());
    if (rawPath != m_options.path.toLatin1())
        return false;
    const QStringList values = query.allQueryItemValues(m_options.secretParameter, QUrl::FullyDecoded);
    return values.size() == 1 && constantTimeEquals(values.first().toLatin1(), m_secret.toLatin1());
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
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
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || !parts[1].startsWith('/')) {
        respond(socket, 400, "Bad Request", notFoundPage());
        return;
    }
    const QByteArray &target = parts[1];
    const qsizetype q = target.indexOf('?');
    const QByteArray rawPath = q < 0 ? target : target.left(q);
    const QUrlQuery query(QString::fromLatin1(q < 0 ? QByteArray() : target.mid(q + 1)));
    const bool accepted =
        parts[0] == "GET" && hostIsOurs(head.mid(lineEnd + 2)) && carriesSecret(rawPath, query);
    if (!accepted) {
        // No detail on why: a forged request learns nothing and changes nothing.
        qCInfo(lcNet) << "loopback listener refused a request (404)";
        respond(socket, 404, "Not Found", notFoundPage());
        return;
    }
    respond(socket, 200, "OK",
            m_pageMaker ? m_pageMaker(query) : answerPage(tr("Done"), {tr("You can close this window.")}));
    emit callbackReceived(query);
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QByteArray &reason,
                               const QByteArray &html)
{
    m_buffers.remove(socket);
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
        "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(html.size()) +
        "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n"
        "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
        "Connection: close\r\n\r\n" +
        html;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace sfm::net
