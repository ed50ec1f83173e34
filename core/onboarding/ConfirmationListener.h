#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace sfm::onboarding {

// The postClientConfirmationRedirectUri: a tiny HTTP listener on 127.0.0.1 that catches the portal's
// redirect after Confirm (…?status=Success), answers a short bilingual (nb + en) page and reports the
// status verbatim. Only loopback, only GET on one path, requests capped in size and time; everything else
// gets 404/400 and is closed. Core stays free of QHttpServer: this is all it needs.
class ConfirmationListener : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxRequestBytes = 8 * 1024;
    static constexpr int RequestTimeoutMs = 10000;
    static constexpr int MaxConnections = 16;

    explicit ConfirmationListener(QString path = QStringLiteral("/confirmed"), QObject *parent = nullptr);
    ~ConfirmationListener() override;

    // Listens on 127.0.0.1: preferredPort first (a resumed onboarding keeps its redirect URI), else any
    // free port. Answers the port.
    Result<quint16> listen(quint16 preferredPort = 0);
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.isListening() ? m_server.serverPort() : 0; }
    QUrl redirectUri() const; // http://127.0.0.1:<port><path>; empty when not listening

signals:
    void statusReceived(const QString &status);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html);

    QString m_path;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace sfm::onboarding
