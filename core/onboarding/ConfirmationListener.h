#pragma once

#include "Result.h"
#include "net/LoopbackListener.h"

#include <QObject>
#include <QUrl>

namespace sfm::onboarding {

// The postClientConfirmationRedirectUri: a loopback listener (net::LoopbackListener, 127.0.0.1 only, a
// per-use secret path segment, Host checked, size-capped) that catches the portal's redirect after Confirm
// (…?status=Success), answers a short page in the program's language and reports the status verbatim.
class ConfirmationListener : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxRequestBytes = net::LoopbackListener::MaxRequestBytes;

    explicit ConfirmationListener(QString path = QStringLiteral("/confirmed"), QObject *parent = nullptr);

    // Listens on 127.0.0.1: preferredPort first (a resumed onboarding keeps its redirect URI), else any
    // free port. secret: the path segment of an earlier redirectUri() to resume with the same URI; empty
    // makes a new one. Answers the port.
    Result<quint16> listen(quint16 preferredPort = 0, const QString &secret = {});
    void close();
    bool isListening() const { return m_listener.isListening(); }
    quint16 port() const { return m_listener.port(); }
    // The per-use secret in redirectUri(); keep it with the port to listen on the same URI after a restart.
    QString secret() const { return m_listener.secret(); }
    QUrl redirectUri() const; // http://127.0.0.1:<port>/<secret><path>; empty when not listening

signals:
    void statusReceived(const QString &status);

private:
    void onCallback(const QUrlQuery &query);

    net::LoopbackListener m_listener;
};

} // namespace sfm::onboarding
