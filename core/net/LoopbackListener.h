#pragma once

#include "Result.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace sfm::net {

// A tiny HTTP listener on 127.0.0.1 that catches one browser redirect back to this program: the portal's
// confirmation redirect and a user login's callback share it, so it is hardened once. It binds 127.0.0.1
// only; a request counts only when it carries the per-use secret (at least 128 random bits, base64url,
// compared in constant time) and its Host header names this listener (127.0.0.1:port or localhost:port).
// Anything else gets 404 and changes nothing. Requests are capped in size, time and number; the answer is
// one small HTML page (resources/loopback/answer.html). Core stays free of QHttpServer: this is all it needs.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxRequestBytes = 8 * 1024;
    static constexpr int RequestTimeoutMs = 10000;
    static constexpr int MaxConnections = 16;

    // Where a callback carries the secret.
    enum class SecretPlace
    {
        PathSegment,   // http://host:port/<secret><path>: for a redirect URI this program chooses freely
        QueryParameter // http://host:port<path>?<parameter>=<secret>: for a redirect URI that must match a
                       // registered one exactly (a login's; the secret is its OAuth "state")
    };
    struct Options
    {
        QString path = QStringLiteral("/callback"); // begins with '/'
        SecretPlace secretPlace = SecretPlace::PathSegment;
        QString secretParameter = QStringLiteral("state"); // for SecretPlace::QueryParameter
        QString hostName = QStringLiteral("127.0.0.1"); // written into callbackUrl(): 127.0.0.1 or localhost
    };
    // The page answered to an accepted callback, made from its query (see answerPage()).
    using PageMaker = std::function<QByteArray(const QUrlQuery &query)>;

    explicit LoopbackListener(Options options, QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Listens on 127.0.0.1: preferredPort first (a resumed onboarding keeps its redirect URI), else any free
    // port; preferredPort 0 means any. The secret is new unless one is given (to resume with the same URL);
    // a given secret must be base64url of at least 128 bits. Errors: net.loopback.listen,
    // net.loopback.secret.
    Result<quint16> listen(quint16 preferredPort = 0, const QString &secret = {});
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.isListening() ? m_server.serverPort() : 0; }
    QString secret() const { return m_secret; }
    // The URL the browser must be sent to (without the secret when it travels as a query parameter);
    // empty when not listening.
    QUrl callbackUrl() const;

    void setPageMaker(PageMaker maker) { m_pageMaker = std::move(maker); }

    // The one small page of the loopback listeners: title and paragraphs in the program's language.
    static QByteArray answerPage(const QString &title, const QStringList &paragraphs);
    // A new secret: 128 random bits, base64url (22 characters).
    static QString newSecret();

signals:
    // After an accepted callback was answered: its query, fully decoded on demand by the receiver.
    void callbackReceived(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    bool hostIsOurs(const QByteArray &head) const;
    bool carriesSecret(const QByteArray &rawPath, const QUrlQuery &query) const;
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html);

    Options m_options;
    QString m_secret;
    PageMaker m_pageMaker;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace sfm::net
