#pragma once

#include "SimHttp.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

// The listening socket of the simulator: turns every request Qt's HTTP server parsed into a SimRequest and
// hands it to one handler together with a way to answer it (now or later) or to drop the connection.
namespace sfm::sim {

class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // drop() closes the connection without an answer (the "dropped connection" fault).
    using Handler =
        std::function<void(const SimRequest &request, Respond respond, std::function<void()> drop)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

    // Largest request body the simulator reads; bigger ones get 413 (untrusted input is capped).
    static constexpr qsizetype MaxBodyBytes = 256 * 1024;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace sfm::sim
