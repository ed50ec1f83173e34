#pragma once

#include "DiscoveryDocument.h"
#include "Environment.h"
#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace sfm::net {
class HttpClient;
}

namespace sfm::helseid {

// Fetches {issuer}/.well-known/openid-configuration and keeps it up to 24 h (reference section 2): in
// memory and, when a cache directory is set, on disk (QStandardPaths::CacheLocation by default), so a
// restarted wizard does not need the network for it.
class DiscoveryClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<DiscoveryDocument>)>;
    using Clock = std::function<QDateTime()>;

    explicit DiscoveryClient(net::HttpClient &http, QObject *parent = nullptr);

    void fetch(const Environment &environment, Callback callback);
    // Forgets the cached document of that issuer (memory and disk), e.g. after a token endpoint failed.
    void invalidate(const QString &issuer);

    // Empty = memory only. Defaults to QStandardPaths::CacheLocation + "/discovery".
    void setCacheDirectory(const QString &directory);
    void setMaxAge(qint64 seconds); // default 24 h
    void setClock(Clock clock);

private:
    struct Entry
    {
        DiscoveryDocument document;
        QDateTime fetchedAt;
    };
    QString cacheFile(const QString &issuer) const;
    bool fresh(const QDateTime &fetchedAt) const;

    QPointer<net::HttpClient> m_http;
    QHash<QString, Entry> m_memory;
    QString m_cacheDirectory;
    qint64 m_maxAgeSeconds = 24 * 3600;
    Clock m_clock;
};

} // namespace sfm::helseid
