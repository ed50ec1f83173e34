#include "DiscoveryClient.h"

#include "Logging.h"
#include "net/HttpClient.h"
#include "net/NetErrors.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace sfm::helseid {

namespace {
constexpr qint64 MaxDiscoveryBytes = 256 * 1024;
}

DiscoveryClient::DiscoveryClient(net::HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_http(&http)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!base.isEmpty())
        m_cacheDirectory = base + QStringLiteral("/discovery");
}

void DiscoveryClient::setCacheDirectory(const QString &directory)
{
    m_cacheDirectory = directory;
}

void DiscoveryClient::setMaxAge(qint64 seconds)
{
    m_maxAgeSeconds = seconds;
}

void DiscoveryClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

bool DiscoveryClient::fresh(const QDateTime &fetchedAt) const
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const qint64 age = fetchedAt.secsTo(now);
    // A cache entry from the future (clock changed) is not trusted either.
    return age >= 0 && age < m_maxAgeSeconds;
}

QString DiscoveryClient::cacheFile(const QString &issuer) const
{
    if (m_cacheDirectory.isEmpty())
        return {};
    const QByteArray hash =
        QCryptographicHash::hash(issuer.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_cacheDirectory + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

void DiscoveryClient::invalidate(const QString &issuer)
{
    m_memory.remove(issuer);
    const QString file = cacheFile(issuer);
    if (!file.isEmpty())
        QFile::remove(file);
}

void DiscoveryClient::fetch(const Environment &environment, Callback callback)
{
    const QString issuer = environment.issuerString();
    auto deliver = [this, callback](Result<DiscoveryDocument> result) {
        // Answer asynchronously even from the cache, so callers see one behaviour.
        QTimer::singleShot(0, this,
                           [callback, result = std::move(result)]() mutable { callback(std::move(result)); });
    };

    if (const auto it = m_memory.constFind(issuer); it != m_memory.constEnd() && fresh(it->fetchedAt)) {
        deliver(it->document);
        return;
    }
    const QString file = cacheFile(issuer);
    if (!file.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && f.size() <= MaxDiscoveryBytes + 1024) {
            const QJsonObject cached = QJsonDocument::fromJson(f.readAll()).object();
            const QDateTime fetchedAt =
                QDateTime::fromString(cached.value(QLatin1String("fetchedAt")).toString(), Qt::ISODate);
            const QByteArray body = cached.value(QLatin1String("document")).toString().toUtf8();
            if (fetchedAt.isValid() && fresh(fetchedAt)) {
                auto parsed = DiscoveryDocument::parse(body, issuer);
                if (parsed) {
                    qCDebug(lcHelseId) << "discovery from disk cache for" << issuer;
                    m_memory.insert(issuer, {parsed.value(), fetchedAt});
                    deliver(parsed.value());
                    return;
                }
            }
        }
    }

    if (!m_http) {
        deliver(net::NetErrors::cancelled(environment.discoveryUrl()));
        return;
    }
    net::HttpRequest request = net::HttpRequest::get(environment.discoveryUrl());
    request.maxResponseBytes = MaxDiscoveryBytes;
    request.setHeader("Accept", "application/json");
    QPointer<DiscoveryClient> self(this);
    m_http->send(request, [self, issuer, file, callback](Result<net::HttpResponse> response) {
        if (!self)
            return;
        if (!response) {
            callback(response.error());
            return;
        }
        if (!response->isSuccess()) {
            callback(net::NetErrors::httpStatus(response->url, response->status, response->body));
            return;
        }
        auto parsed = DiscoveryDocument::parse(response->body, issuer);
        if (!parsed) {
            qCWarning(lcHelseId) << "discovery rejected:" << parsed.error().code << parsed.error().detail;
            callback(parsed.error());
            return;
        }
        const QDateTime now = self->m_clock ? self->m_clock() : QDateTime::currentDateTimeUtc();
        self->m_memory.insert(issuer, {parsed.value(), now});
        if (!file.isEmpty() && QDir().mkpath(QFileInfo(file).absolutePath())) {
            QSaveFile out(file);
            if (out.open(QIODevice::WriteOnly)) {
                const QJsonObject entry{{QStringLiteral("issuer"), issuer},
                                        {QStringLiteral("fetchedAt"), now.toUTC().toString(Qt::ISODate)},
                                        {QStringLiteral("document"), QString::fromUtf8(response->body)}};
                out.write(QJsonDocument(entry).toJson(QJsonDocument::Compact));
                if (!out.commit())
                    qCInfo(lcHelseId) << "could not write discovery cache" << file;
            }
        }
        callback(parsed.value());
    });
}

} // namespace sfm::helseid
