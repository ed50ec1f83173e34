#include "HttpClient.h"

#include "ExtraCertificates.h"
#include "HttpDate.h"
#include "Logging.h"
#include "NetErrors.h"
#include "OneShotBody.h"
#include "ProxyFactory.h"
#include "UrlPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

#include <utility>

namespace sfm::net {

struct HttpClient::Call
{
    HttpRequest request;
    Callback callback;
    int attempt = 0;
    QPointer<QNetworkReply> reply;
    QByteArray body;
    qint64 limit = 0;
    qint64 timeoutMs = 0;
    bool timedOut = false;
    bool tooLarge = false;
    bool cancelled = false;
    QList<QSslError> sslErrors;
    std::shared_ptr<RequestGate> gate; // the gate this request started with, if any
    RequestGate::Ticket ticket = 0;    // the current attempt's place at the gate (0 = none)
    bool waitingForGate = false;
};

HttpClient::HttpClient(NetSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_manager(new QNetworkAccessManager(this))
{
    // Redirects would let a server move a request (with its DPoP proof and token) somewhere else; HelseID
    // does not redirect these calls, so a redirect stays a visible answer.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager->setAutoDeleteReplies(false);
    applySettings();
}

HttpClient::~HttpClient()
{
    // Callbacks must not run during destruction; replies die with the manager.
    for (const auto &call : std::as_const(m_calls)) {
        if (call->gate && call->ticket)
            call->gate->withdraw(std::exchange(call->ticket, 0));
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
        }
    }
    m_calls.clear();
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("sfm-onboarding/" SFM_VERSION);
}

void HttpClient::setSettings(const NetSettings &settings)
{
    m_settings = settings;
    applySettings();
}

void HttpClient::applySettings()
{
    m_manager->setProxyFactory(new ProxyFactory(m_settings.proxy));
    // Kept-alive connections (and their TLS sessions) were checked against the old trust: start afresh.
    m_manager->clearConnectionCache();
    m_extraCertificates.clear();
    m_extraCaError = {};
    if (!m_settings.extraCaFile.isEmpty()) {
        if (auto loaded =
                ExtraCertificates::loadConfirmed(m_settings.extraCaFile, m_settings.extraCaFingerprints)) {
            m_extraCertificates = loaded.value();
            qCInfo(lcNet) << "trusting" << m_extraCertificates.size() << "extra certificates from"
                          << m_settings.extraCaFile;
        } else {
            m_extraCaError = loaded.error();
            qCWarning(lcNet) << "extra certificates not usable:" << m_extraCaError.toString();
        }
    }
}

QSslConfiguration HttpClient::tlsConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (m_extraCertificates.isEmpty())
        return tls;
    // On Linux the default configuration lists no CA at all: OpenSSL loads the system's roots on demand, and
    // giving it any CA list turns that off. So the system's roots are listed explicitly, then the extra ones.
    tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_extraCertificates);
    return tls;
}

bool HttpClient::usesProxy(const QUrl &url) const
{
    QNetworkProxyFactory *factory = m_manager->proxyFactory();
    if (!factory)
        return false;
    const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
    return !proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy &&
           proxies.first().type() != QNetworkProxy::DefaultProxy;
}

void HttpClient::setGate(std::shared_ptr<RequestGate> gate)
{
    m_gate = std::move(gate);
}

void HttpClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void HttpClient::setRandom(Random random)
{
    m_random = std::move(random);
}

void HttpClient::setScheduler(Scheduler scheduler)
{
    m_scheduler = std::move(scheduler);
}

QDateTime HttpClient::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

std::chrono::milliseconds HttpClient::backoffDelay(int retry) const
{
    return m_settings.retry.backoffDelay(retry, m_random ? m_random()
                                                         : QRandomGenerator::global()->generateDouble());
}

std::optional<qint64> HttpClient::clockOffsetSeconds(const QString &host) const
{
    return m_clockOffsets.offset(host);
}

HttpClient::RequestId HttpClient::send(const HttpRequest &request, Callback callback)
{
    const RequestId id = m_nextId++;
    auto call = std::make_shared<Call>();
    call->request = request;
    call->callback = std::move(callback);
    call->limit = request.maxResponseBytes.value_or(m_settings.maxResponseBytes);
    call->timeoutMs = request.timeout.value_or(m_settings.timeout).count();
    call->gate = m_gate;
    m_calls.insert(id, call);

    Result<void> allowed = checkUrlAllowed(request.url);
    if (allowed && !m_extraCaError.isNull() && request.url.scheme() == QLatin1String("https"))
        allowed = m_extraCaError;
    if (!allowed) {
        qCWarning(lcNet) << "refused" << request.method << request.url.host() << allowed.error().code;
        // Never call back from inside send(): callers may not be ready for re-entrancy.
        QTimer::singleShot(0, this, [this, id, error = allowed.error()] { complete(id, error); });
        return id;
    }
    QTimer::singleShot(0, this, [this, id] { startAttempt(id); });
    return id;
}

void HttpClient::cancel(RequestId id)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.constEnd())
        return;
    const auto call = *it;
    call->cancelled = true;
    if (call->reply) {
        // Queued, so the callback never runs inside cancel(); finished() then completes with net.cancelled.
        QMetaObject::invokeMethod(call->reply.data(), &QNetworkReply::abort, Qt::QueuedConnection);
        return;
    }
    // Waiting for a retry, for the gate, or not started yet.
    if (call->gate && call->ticket) {
        call->waitingForGate = false;
        call->gate->withdraw(std::exchange(call->ticket, 0));
    }
    QTimer::singleShot(0, this,
                       [this, id, url = call->request.url] { complete(id, NetErrors::cancelled(url)); });
}

void HttpClient::startAttempt(RequestId id)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.constEnd())
        return;
    const auto call = *it;
    if (call->cancelled) {
        complete(id, NetErrors::cancelled(call->request.url));
        return;
    }
    if (!call->gate) {
        sendAttempt(id);
        return;
    }
    // The attempt waits for the shared budget; admission may come at once or later from the event loop.
    call->waitingForGate = true;
    const RequestGate::Ticket ticket = call->gate->acquire(
        call->request.url, [self = QPointer<HttpClient>(this), id, weak = std::weak_ptr<Call>(call)] {
            const auto c = weak.lock();
            if (!self || !c || !c->waitingForGate)
                return;
            c->waitingForGate = false;
            self->sendAttempt(id);
        });
    // A call admitted inside acquire() has sent already; its ticket is still the one to release.
    call->ticket = ticket;
}

void HttpClient::sendAttempt(RequestId id)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.constEnd())
        return;
    const auto call = *it;
    ++call->attempt;
    if (call->attempt > 1 && call->request.beforeRetry)
        call->request.beforeRetry(call->request);
    call->body.clear();
    call->timedOut = call->tooLarge = false;
    call->sslErrors.clear();

    const HttpRequest &r = call->request;
    QNetworkRequest req(r.url);
    req.setRawHeader("User-Agent", userAgent());
    if (!r.contentType.isEmpty())
        req.setRawHeader("Content-Type", r.contentType);
    for (const auto &h : r.headers)
        req.setRawHeader(h.first, h.second);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!m_extraCertificates.isEmpty() && r.url.scheme() == QLatin1String("https")) {
        req.setSslConfiguration(tlsConfiguration());
    }

    QNetworkReply *reply = nullptr;
    if (r.method == "GET") {
        reply = m_manager->get(req);
    } else if (r.retry == HttpRequest::Retry::Never) {
        // Qt would silently send it again if a kept-alive connection dropped before the answer (it
        // rewinds the body): a body read once makes that resend fail instead (OneShotBody).
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        auto *body = new OneShotBody(r.body);
        reply = m_manager->sendCustomRequest(req, r.method, body);
        body->setParent(reply);
    } else {
        reply = m_manager->sendCustomRequest(req, r.method, r.body);
    }
    call->reply = reply;
    qCDebug(lcNet) << r.method << r.url.toDisplayString(QUrl::RemoveQuery) << "attempt" << call->attempt;

    auto deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [call, reply] {
        call->timedOut = true;
        reply->abort();
    });
    deadline->start(int(std::min<qint64>(call->timeoutMs, std::numeric_limits<int>::max())));

    connect(reply, &QNetworkReply::metaDataChanged, this, [call, reply] {
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > call->limit && !call->tooLarge) {
            call->tooLarge = true;
            // Aborting inside this signal makes Qt report the error twice; do it right after.
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [call, reply] {
        if (call->tooLarge)
            return;
        call->body += reply->read(call->limit + 1 - call->body.size());
        if (call->body.size() > call->limit) {
            call->tooLarge = true;
            call->body.clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the user gets these explained.
        call->sslErrors += errors;
    });
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { finishAttempt(id, reply); });
}

void HttpClient::finishAttempt(RequestId id, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_calls.constFind(id);
    if (it == m_calls.constEnd())
        return;
    const auto call = *it;
    call->reply = nullptr;
    const QUrl url = call->request.url;
    {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        releaseGate(*call, call->timedOut || call->cancelled ? 0 : status.toInt(),
                    reply->rawHeader("Retry-After"));
    }

    if (!call->tooLarge && !call->timedOut && !call->cancelled) {
        call->body += reply->read(qMax<qint64>(0, call->limit + 1 - call->body.size()));
        if (call->body.size() > call->limit)
            call->tooLarge = true;
    }
    if (call->cancelled) {
        complete(id, NetErrors::cancelled(url));
        return;
    }
    if (call->tooLarge) {
        qCWarning(lcNet) << "answer too large from" << url.host() << "limit" << call->limit;
        complete(id, NetErrors::tooLarge(url, call->limit));
        return;
    }
    if (!call->sslErrors.isEmpty()) {
        qCWarning(lcNet) << "TLS errors from" << url.host() << call->sslErrors.size();
        complete(id, NetErrors::tls(url, call->sslErrors));
        return;
    }

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool retrySafe = call->request.isRetrySafe();
    const bool attemptsLeft = call->attempt < m_settings.retry.maxAttempts;

    if (!statusAttr.isValid() || call->timedOut) {
        // Only our deadline aborts a reply here (cancel() is handled above), so a cancelled operation is a
        // timeout too.
        const bool timedOut = call->timedOut || reply->error() == QNetworkReply::OperationCanceledError;
        QNetworkReply::NetworkError code = reply->error();
        // Qt reports a proxy that refuses the CONNECT ("Proxy denied connection") as an unknown network
        // error; the user needs to hear that it was the proxy.
        if (code == QNetworkReply::UnknownNetworkError && usesProxy(url))
            code = QNetworkReply::UnknownProxyError;
        const Error error = timedOut ? NetErrors::timeout(url, call->timeoutMs)
                                     : NetErrors::fromNetworkError(url, code, reply->errorString());
        if (retrySafe && attemptsLeft && RetryPolicy::retriesNetworkError(error.code)) {
            const auto delay = backoffDelay(call->attempt);
            qCInfo(lcNet) << "retrying" << url.host() << "after" << error.code << "in" << delay.count()
                          << "ms";
            scheduleRetry(id, delay);
            return;
        }
        qCInfo(lcNet) << call->request.method << url.host() << "failed:" << error.code;
        complete(id, error);
        return;
    }

    HttpResponse response;
    response.status = statusAttr.toInt();
    response.url = url;
    response.body = call->body;
    response.attempts = call->attempt;
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append({pair.first, pair.second});
    recordDate(url, response.header("Date"));

    if (RetryPolicy::retriesStatus(response.status) && retrySafe && attemptsLeft) {
        if (const auto delay = m_settings.retry.pauseAfterAnswer(response.header("Retry-After"),
                                                                 backoffDelay(call->attempt), now())) {
            qCInfo(lcNet) << "retrying" << url.host() << "after HTTP" << response.status << "in"
                          << delay->count() << "ms";
            scheduleRetry(id, *delay);
            return;
        }
    }
    qCDebug(lcNet) << call->request.method << url.toDisplayString(QUrl::RemoveQuery) << "->"
                   << response.status;
    complete(id, std::move(response));
}

void HttpClient::releaseGate(Call &call, int status, const QByteArray &retryAfter)
{
    if (!call.gate || !call.ticket)
        return;
    RequestGate::Outcome outcome;
    outcome.status = status;
    if (status != 0 && !retryAfter.isEmpty())
        outcome.retryAfter = parseRetryAfter(retryAfter, now());
    call.gate->release(std::exchange(call.ticket, 0), outcome);
}

void HttpClient::scheduleRetry(RequestId id, std::chrono::milliseconds delay)
{
    auto fire = [self = QPointer<HttpClient>(this), id] {
        if (self)
            self->startAttempt(id);
    };
    if (m_scheduler)
        m_scheduler(delay, std::move(fire));
    else
        QTimer::singleShot(delay, this, std::move(fire));
}

void HttpClient::complete(RequestId id, Result<HttpResponse> result)
{
    const auto call = m_calls.take(id);
    if (!call || !call->callback)
        return;
    // From the event loop, not from inside a reply's signal: a callback may then safely destroy this client
    // (and with it the reply that would still be emitting).
    QMetaObject::invokeMethod(
        this,
        [callback = std::move(call->callback), result = std::move(result)]() mutable {
            callback(std::move(result));
        },
        Qt::QueuedConnection);
}

void HttpClient::recordDate(const QUrl &url, const QByteArray &dateHeader)
{
    if (dateHeader.isEmpty())
        return;
    const auto date = parseHttpDate(dateHeader);
    if (!date)
        return;
    const QString host = url.host().toLower();
    if (const auto skewed = m_clockOffsets.record(host, *date, now(), m_settings.clockSkewWarningSeconds)) {
        qCWarning(lcNet) << "clock of this computer differs from" << host << "by" << *skewed << "seconds";
        emit clockSkewDetected(host, *skewed);
    }
}

} // namespace sfm::net
