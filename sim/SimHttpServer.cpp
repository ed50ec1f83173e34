#include "SimHttpServer.h"

#include "Logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace sfm::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

// One answer for one request. Qt's responder writes straight to the socket, which Qt deletes when the
// peer disconnects; the QPointer lets a late answer (latency fault, key generation) notice that.
class PendingReply
{
public:
    PendingReply(QHttpServerResponder &&responder, QTcpSocket *socket)
        : m_responder(std::move(responder))
        , m_socket(socket)
    {}

    void send(const SimResponse &response)
    {
        if (m_done)
            return;
        m_done = true;
        if (!m_socket || !m_socket->isOpen()) {
            qCInfo(lcSim) << "the client closed the connection before the answer was ready";
            return;
        }
        m_responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        for (const auto &[name, value] : response.headers)
            m_responder.writeHeader(name, value);
        m_responder.writeHeader(QByteArrayLiteral("Content-Length"),
                                QByteArray::number(response.body.size()));
        m_responder.writeBody(response.body);
    }

    void drop()
    {
        if (m_done)
            return;
        m_done = true;
        if (m_socket)
            m_socket->abort();
    }

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_done = false;
};

} // namespace

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.query = QUrlQuery(url);
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();

    auto reply = std::make_shared<PendingReply>(makeResponder(request, socket), socket);
    if (r.body.size() > MaxBodyBytes) {
        reply->send(SimResponse::text(QStringLiteral("Request body too large"), 413));
        return true;
    }
    m_handler(
        r, [reply](SimResponse response) { reply->send(response); }, [reply] { reply->drop(); });
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() takes every request; this only runs if Qt could not hand one over.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace sfm::sim
