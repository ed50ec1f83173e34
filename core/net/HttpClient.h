#pragma once

#include "ClockOffsets.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "NetSettings.h"
#include "RequestGate.h"
#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sfm::net {

// The one HTTP layer: https only (plain http to loopback only), a timeout and a size cap on every
// request, the proxy from the settings, retries with backoff and full jitter for requests that are safe
// to repeat, TLS errors never ignored, and the server's clock offset measured from Date headers.
// Asynchronous: send() returns at once and the callback runs later on this object's thread (never
// inside send()). Callbacks of requests still running when the client is destroyed are not called.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;
    using Callback = std::function<void(Result<HttpResponse>)>;
    // Seams for tests: the wall clock, a uniform random number in [0, 1), and how a retry is scheduled.
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>;
    using Scheduler = std::function<void(std::chrono::milliseconds delay, std::function<void()> fire)>;

    explicit HttpClient(NetSettings settings = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    RequestId send(const HttpRequest &request, Callback callback);
    // Ends a running request; its callback gets net.cancelled. Unknown ids are ignored.
    void cancel(RequestId id);

    const NetSettings &settings() const { return m_settings; }
    // Proxy and certificate changes apply to the next request. An extra CA file that cannot be used makes
    // every https request fail with its error (net.extra_ca.*) rather than quietly trust less or more.
    void setSettings(const NetSettings &settings);
    // The TLS configuration of https requests: the system's roots, and the extra ones from the settings
    // (the system's roots stay trusted alongside them).
    QSslConfiguration tlsConfiguration() const;

    // server - local, in seconds, from the last Date header of that host (or of any host). nullopt
    // before the first answer.
    std::optional<qint64> clockOffsetSeconds(const QString &host) const;
    std::optional<qint64> lastClockOffsetSeconds() const { return m_clockOffsets.last(); }

    // Every attempt sent after this waits for the gate's admission (a shared request budget); nullptr =
    // send at once. Requests already running keep the gate they started with.
    void setGate(std::shared_ptr<RequestGate> gate);
    std::shared_ptr<RequestGate> gate() const { return m_gate; }

    void setClock(Clock clock);
    void setRandom(Random random);
    void setScheduler(Scheduler scheduler);

    // The delay before retry number `retry` (1 = first retry), full jitter; exposed for tests.
    std::chrono::milliseconds backoffDelay(int retry) const;

    static QByteArray userAgent(); // "sfm-onboarding/<version>"

signals:
    // Emitted when a Date header shows the local clock off by more than clockSkewWarningSeconds.
    void clockSkewDetected(const QString &host, qint64 offsetSeconds);

private:
    struct Call;
    void startAttempt(RequestId id);
    void sendAttempt(RequestId id);
    void releaseGate(Call &call, int status, const QByteArray &retryAfter);
    void finishAttempt(RequestId id, QNetworkReply *reply);
    void scheduleRetry(RequestId id, std::chrono::milliseconds delay);
    void complete(RequestId id, Result<HttpResponse> result);
    void recordDate(const QUrl &url, const QByteArray &dateHeader);
    void applySettings();
    bool usesProxy(const QUrl &url) const;
    QDateTime now() const;

    NetSettings m_settings;
    QList<QSslCertificate> m_extraCertificates;
    Error m_extraCaError;
    QNetworkAccessManager *m_manager = nullptr;
    QHash<RequestId, std::shared_ptr<Call>> m_calls;
    RequestId m_nextId = 1;
    ClockOffsets m_clockOffsets;
    Clock m_clock;
    Random m_random;
    Scheduler m_scheduler;
    std::shared_ptr<RequestGate> m_gate;
};

} // namespace sfm::net
