#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// A tiny HTTP/1.1 server on 127.0.0.1 for tests of the HTTP layer: one handler callback that sees the
// parsed request and answers with raw bytes (or nothing, to keep the client waiting). Optionally TLS
// (QSslServer, Qt 6.4) with a given certificate. Connections are closed after each answer.
class LocalHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray requestLine;
    };
    // Return the raw answer; an empty one leaves the connection open without an answer.
    using Handler = std::function<QByteArray(const Request &)>;

    explicit LocalHttpServer(Handler handler, QObject *parent = nullptr)
        : QObject(parent)
        , m_handler(std::move(handler))
    {}

    bool listen() { return listenOn(new QTcpServer(this)); }
    bool listenTls(const QSslConfiguration &config)
    {
        auto server = new QSslServer(this);
        server->setSslConfiguration(config);
        connect(server, &QSslServer::errorOccurred, this,
                [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_tlsFailures; });
        return listenOn(server);
    }

    quint16 port() const { return m_server ? m_server->serverPort() : 0; }
    QByteArray baseUrl(const char *scheme = "http") const
    {
        return QByteArray(scheme) + "://127.0.0.1:" + QByteArray::number(port());
    }
    int requestCount() const { return int(m_requests.size()); }
    const QList<Request> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    int tlsFailures() const { return m_tlsFailures; }

    static QByteArray response(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {},
                               const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        if (!contentType.isEmpty())
            out += "Content-Type: " + contentType + "\r\n";
        for (const auto &h : headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        return out;
    }

private:
    bool listenOn(QTcpServer *server)
    {
        m_server = server;
        connect(server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
        return server->listen(QHostAddress::LocalHost, 0);
    }

    void accept(QTcpSocket *socket)
    {
        ++m_connections;
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            r.requestLine = lines.value(0).trimmed();
            const QList<QByteArray> parts = r.requestLine.split(' ');
            r.method = parts.value(0);
            r.target = parts.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                     lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = r.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            r.body = buffer->mid(end + 4, length);
            buffer->clear();
            m_requests.append(r);
            const QByteArray answer = m_handler(r);
            if (answer.isEmpty())
                return; // keep the client waiting
            socket->write(answer);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    Handler m_handler;
    QPointer<QTcpServer> m_server;
    QList<Request> m_requests;
    int m_connections = 0;
    int m_tlsFailures = 0;
};
