// The HTTP layer as callers see it, against a real socket on 127.0.0.1.
#include "LocalHttpServer.h"
#include "net/ExtraCertificates.h"
#include "net/HttpClient.h"
#include "net/HttpDate.h"
#include "net/NetErrors.h"
#include "net/UrlPolicy.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <optional>

using namespace sfm;
using namespace sfm::net;
using namespace std::chrono_literals;

namespace {

// Runs one request to completion (the test's event loop, not the product's).
Result<HttpResponse> run(HttpClient &client, const HttpRequest &request)
{
    std::optional<Result<HttpResponse>> result;
    client.send(request, [&](Result<HttpResponse> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return Error(QStringLiteral("test.no_answer"), QStringLiteral("no callback"));
    return std::move(*result);
}

QUrl url(const LocalHttpServer &server, const char *path, const char *scheme = "http")
{
    return QUrl(QString::fromLatin1(server.baseUrl(scheme) + path));
}

NetSettings quickSettings()
{
    NetSettings s;
    s.proxy.mode = ProxySettings::Mode::None;
    s.retry.maxAttempts = 3;
    return s;
}

// A client whose retries fire at once and whose delays are recorded, so no test waits for a backoff.
struct RecordingClient
{
    HttpClient client;
    QList<qint64> delays;
    explicit RecordingClient(NetSettings settings = quickSettings())
        : client(std::move(settings))
    {
        client.setScheduler([this](std::chrono::milliseconds delay, std::function<void()> fire) {
            delays.append(delay.count());
            QTimer::singleShot(0, std::move(fire));
        });
    }
};

// A self-signed certificate for 127.0.0.1 made with the openssl CLI (also its own root), and a server
// configuration that uses it.
struct SelfSigned
{
    QTemporaryDir dir;
    QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    QSslConfiguration server;

    bool make()
    {
        QProcess openssl;
        openssl.start(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!dir.isValid() || !openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return false;
        QFile keyFile(keyPath), certFile(certPath);
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
            return false;
        server = QSslConfiguration::defaultConfiguration();
        server.setLocalCertificate(QSslCertificate(certFile.readAll()));
        server.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        server.setPeerVerifyMode(QSslSocket::VerifyNone);
        return !server.localCertificate().isNull() && !server.privateKey().isNull();
    }
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.8.9.10") << QStringLiteral("127.8.9.10") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
        QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
        QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
        QTest::newRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
        QTest::newRow("127.0.0.1.nip.io") << QStringLiteral("127.0.0.1.nip.io") << false;
        QTest::newRow("helseid") << QStringLiteral("helseid-sts.test.nhn.no") << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void refusesPlainHttpOffLoopback()
    {
        HttpClient client(quickSettings());
        const auto r =
            run(client, HttpRequest::get(QUrl(QStringLiteral("http://helseid-sts.test.nhn.no/x"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("net.refused_insecure"));
        QVERIFY(r.error().message.contains(QStringLiteral("https")));

        const auto ftp = run(client, HttpRequest::get(QUrl(QStringLiteral("ftp://127.0.0.1/x"))));
        QCOMPARE(ftp.error().code, QStringLiteral("net.bad_url"));
    }

    void getOverLoopback()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &r) {
            return LocalHttpServer::response(200, "{\"path\":\"" + r.target + "\"}", {{"X-Test", "yes"}});
        });
        QVERIFY(server.listen());
        HttpClient client(quickSettings());
        const auto r = run(client, HttpRequest::get(url(server, "/hello?a=1")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("{\"path\":\"/hello?a=1\"}"));
        QCOMPARE(r->header("x-test"), QByteArray("yes"));
        QCOMPARE(server.requests().first().headers.value("user-agent"),
                 QByteArray("sfm-onboarding/" SFM_VERSION));
    }

    void errorStatusIsAResponse()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &) {
            return LocalHttpServer::response(400, "{\"error\":\"invalid_client\"}");
        });
        QVERIFY(server.listen());
        HttpClient client(quickSettings());
        const auto r = run(client, HttpRequest::postForm(url(server, "/token"), "a=b"));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 400);
        QCOMPARE(r->body, QByteArray("{\"error\":\"invalid_client\"}"));
        QCOMPARE(server.requests().first().headers.value("content-type"),
                 QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(server.requests().first().body, QByteArray("a=b"));
    }

    void untrustedCertificateIsRefused()
    {
        SelfSigned tls;
        QVERIFY(tls.make());
        LocalHttpServer server([](const LocalHttpServer::Request &) {
            return LocalHttpServer::response(200, "{\"secret\":true}");
        });
        QVERIFY(server.listenTls(tls.server));
        HttpClient client(quickSettings());
        const auto r = run(client, HttpRequest::get(url(server, "/", "https")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("net.tls.untrusted"));
        QVERIFY(r.error().message.contains(QStringLiteral("not trusted")));
        QCOMPARE(server.requestCount(), 0); // nothing was sent over the untrusted connection
    }

    // A company proxy that inspects TLS: its root, chosen as the extra certificate, is trusted too.
    void extraCaCertificateIsTrusted()
    {
        SelfSigned tls;
        QVERIFY(tls.make());
        LocalHttpServer server(
            [](const LocalHttpServer::Request &) { return LocalHttpServer::response(200, "{\"ok\":true}"); });
        QVERIFY(server.listenTls(tls.server));
        NetSettings settings = quickSettings();
        settings.extraCaFile = tls.certPath;
        settings.extraCaFingerprints =
            ExtraCertificates::fingerprints(ExtraCertificates::load(tls.certPath).value());
        HttpClient client(settings);
        const auto r = run(client, HttpRequest::get(url(server, "/", "https")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->status, 200);
        QCOMPARE(server.requestCount(), 1);

        // Taken away again in the settings: untrusted again.
        client.setSettings(quickSettings());
        const auto again = run(client, HttpRequest::get(url(server, "/", "https")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("net.tls.untrusted"));
    }

    // An extra certificate file that cannot be used stops https requests with its own error (never a
    // silent fallback); plain-http loopback is not affected.
    void unusableExtraCaFileStopsHttps_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("net.extra_ca.unreadable");
        QTest::newRow("not pem") << QByteArray("just some text\n") << QStringLiteral("net.extra_ca.none");
        QTest::newRow("a private key")
            << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
            << QStringLiteral("net.extra_ca.none");
        QTest::newRow("too large") << QByteArray(ExtraCertificates::MaxFileBytes + 1, 'A')
                                   << QStringLiteral("net.extra_ca.too_large");
    }
    void unusableExtraCaFileStopsHttps()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("root.pem"));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const auto loaded = ExtraCertificates::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, code);
        QVERIFY(loaded.error().message.contains(QDir::toNativeSeparators(path)));

        SelfSigned tls;
        QVERIFY(tls.make());
        LocalHttpServer tlsServer(
            [](const LocalHttpServer::Request &) { return LocalHttpServer::response(200, "{}"); });
        QVERIFY(tlsServer.listenTls(tls.server));
        LocalHttpServer plain(
            [](const LocalHttpServer::Request &) { return LocalHttpServer::response(200, "{}"); });
        QVERIFY(plain.listen());
        NetSettings settings = quickSettings();
        settings.extraCaFile = path;
        HttpClient client(settings);
        const auto refused = run(client, HttpRequest::get(url(tlsServer, "/", "https")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QCOMPARE(tlsServer.connectionCount(), 0);
        QVERIFY(run(client, HttpRequest::get(url(plain, "/"))).ok());
    }

    void tlsErrorsAreExplained_data()
    {
        QTest::addColumn<int>("sslError");
        QTest::addColumn<QString>("code");
        QTest::newRow("self-signed") << int(QSslError::SelfSignedCertificate)
                                     << QStringLiteral("net.tls.untrusted");
        QTest::newRow("no issuer") << int(QSslError::UnableToGetLocalIssuerCertificate)
                                   << QStringLiteral("net.tls.untrusted");
        QTest::newRow("host name") << int(QSslError::HostNameMismatch) << QStringLiteral("net.tls.hostname");
        QTest::newRow("expired") << int(QSslError::CertificateExpired) << QStringLiteral("net.tls.expired");
        QTest::newRow("not yet valid")
            << int(QSslError::CertificateNotYetValid) << QStringLiteral("net.tls.expired");
    }
    void tlsErrorsAreExplained()
    {
        QFETCH(int, sslError);
        QFETCH(QString, code);
        const Error e = NetErrors::tls(QUrl(QStringLiteral("https://helseid-sts.test.nhn.no/connect/token")),
                                       {QSslError(QSslError::SslError(sslError))});
        QCOMPARE(e.code, code);
        QVERIFY(e.message.contains(QStringLiteral("helseid-sts.test.nhn.no")));
        if (code == QLatin1String("net.tls.expired"))
            QVERIFY(e.message.contains(QStringLiteral("date and time")));
    }

    void timeout()
    {
        LocalHttpServer server(
            [](const LocalHttpServer::Request &) { return QByteArray(); }); // never answers
        QVERIFY(server.listen());
        NetSettings s = quickSettings();
        s.timeout = 300ms;
        s.retry.maxAttempts = 1;
        HttpClient client(s);
        const auto r = run(client, HttpRequest::get(url(server, "/slow")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("net.timeout"));
    }

    void timeoutIsRetriedForSafeRequests()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &) { return QByteArray(); });
        QVERIFY(server.listen());
        NetSettings s = quickSettings();
        s.timeout = 200ms;
        RecordingClient rc(s);
        const auto r = run(rc.client, HttpRequest::get(url(server, "/slow")));
        QCOMPARE(r.error().code, QStringLiteral("net.timeout"));
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(rc.delays.size(), 2);
    }

    void oversizedAnswerByContentLength()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &) {
            // Announces 50 MB; only the headers and a little body are sent.
            return QByteArray(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n{");
        });
        QVERIFY(server.listen());
        HttpClient client(quickSettings());
        HttpRequest request = HttpRequest::get(url(server, "/big"));
        request.maxResponseBytes = 1024;
        const auto r = run(client, request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("net.too_large"));
    }

    void oversizedAnswerWithoutContentLength()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &) {
            QByteArray chunk(4000, 'x');
            QByteArray out =
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n";
            for (int i = 0; i < 5; ++i)
                out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            out += "0\r\n\r\n";
            return out;
        });
        QVERIFY(server.listen());
        HttpClient client(quickSettings());
        HttpRequest request = HttpRequest::get(url(server, "/chunked"));
        request.maxResponseBytes = 10000;
        const auto r = run(client, request);
        QCOMPARE(r.ok() ? QStringLiteral("ok") : r.error().code, QStringLiteral("net.too_large"));

        request.maxResponseBytes = 20000; // exactly the body size is allowed
        const auto fits = run(client, request);
        QVERIFY(fits.ok());
        QCOMPARE(fits->body.size(), 20000);
    }

    void oversizedAnswerUnderTheDefaultCap()
    {
        // No limit on the request: the client's own cap (NetSettings::maxResponseBytes) must apply, as it
        // does for every request the product makes.
        const qint64 announced = 50 * 1024 * 1024;
        QVERIFY2(NetSettings().maxResponseBytes > 0 && NetSettings().maxResponseBytes < announced,
                 "the default cap is meant to be a few MiB: adjust this test's announced size");
        LocalHttpServer server([](const LocalHttpServer::Request &) {
            return QByteArray(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n{");
        });
        QVERIFY(server.listen());
        HttpClient client(quickSettings());
        const auto r = run(client, HttpRequest::get(url(server, "/big")));
        QCOMPARE(r.ok() ? QStringLiteral("ok") : r.error().code, QStringLiteral("net.too_large"));
    }

    void retryHonoursRetryAfterSeconds()
    {
        int n = 0;
        LocalHttpServer server([&n](const LocalHttpServer::Request &) {
            if (++n == 1)
                return LocalHttpServer::response(503, "busy", {{"Retry-After", "7"}}, "text/plain");
            return LocalHttpServer::response(200, "{}");
        });
        QVERIFY(server.listen());
        RecordingClient rc;
        const auto r = run(rc.client, HttpRequest::get(url(server, "/x")));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        QCOMPARE(r->attempts, 2);
        QCOMPARE(rc.delays, QList<qint64>{7000});
    }

    void retryHonoursRetryAfterDate()
    {
        const QDateTime now = QDateTime(QDate(2025, 5, 1), QTime(10, 0, 0), QTimeZone::utc());
        int n = 0;
        LocalHttpServer server([&n, now](const LocalHttpServer::Request &) {
            if (++n == 1)
                return LocalHttpServer::response(429, "", {{"Retry-After", formatHttpDate(now.addSecs(12))}});
            return LocalHttpServer::response(200, "{}");
        });
        QVERIFY(server.listen());
        RecordingClient rc;
        rc.client.setClock([now] { return now; });
        const auto r = run(rc.client, HttpRequest::get(url(server, "/x")));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        QCOMPARE(rc.delays, QList<qint64>{12000});
    }

    void retryStopsAfterMaxAttempts()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &) {
            return LocalHttpServer::response(500, "{\"title\":\"boom\"}");
        });
        QVERIFY(server.listen());
        NetSettings s = quickSettings();
        s.retry.maxAttempts = 4;
        s.retry.baseDelay = 100ms;
        s.retry.maxDelay = 250ms;
        RecordingClient rc(s);
        rc.client.setRandom([] { return 1.0; }); // the top of the jitter range, to see the exponential cap
        const auto r = run(rc.client, HttpRequest::get(url(server, "/x")));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 500);
        QCOMPARE(r->attempts, 4);
        QCOMPARE(server.requestCount(), 4);
        QCOMPARE(rc.delays, (QList<qint64>{100, 200, 250}));
    }

    void fullJitterSpansZeroToCeiling()
    {
        NetSettings s = quickSettings();
        s.retry.baseDelay = 1000ms;
        s.retry.maxDelay = 30000ms;
        HttpClient client(s);
        client.setRandom([] { return 0.0; });
        QCOMPARE(client.backoffDelay(3).count(), 0);
        client.setRandom([] { return 0.5; });
        QCOMPARE(client.backoffDelay(1).count(), 500);
        QCOMPARE(client.backoffDelay(3).count(), 2000);
        QCOMPARE(client.backoffDelay(10).count(), 15000);
    }

    void longRetryAfterIsHandedBack()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &) {
            return LocalHttpServer::response(503, "", {{"Retry-After", "3600"}});
        });
        QVERIFY(server.listen());
        RecordingClient rc;
        const auto r = run(rc.client, HttpRequest::get(url(server, "/x")));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 503);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(rc.delays.isEmpty());
    }

    void postIsNotRetriedUnlessSafe()
    {
        LocalHttpServer server(
            [](const LocalHttpServer::Request &) { return LocalHttpServer::response(503, ""); });
        QVERIFY(server.listen());
        RecordingClient rc;
        const auto draft = run(rc.client, HttpRequest::postJson(url(server, "/v1/client-drafts"), "{}"));
        QCOMPARE(draft->status, 503);
        QCOMPARE(server.requestCount(), 1);

        HttpRequest token = HttpRequest::postForm(url(server, "/connect/token"), "a=b");
        token.retry = HttpRequest::Retry::Safe;
        int renewed = 0;
        token.beforeRetry = [&renewed](HttpRequest &r) { r.body = "a=" + QByteArray::number(++renewed); };
        const auto t = run(rc.client, token);
        QCOMPARE(t->attempts, 3);
        QCOMPARE(server.requestCount(), 4);
        // Each retry carried freshly built one-use parts.
        QCOMPARE(server.requests().at(2).body, QByteArray("a=1"));
        QCOMPARE(server.requests().at(3).body, QByteArray("a=2"));
    }

    // A server that reads the request and closes without answering may have acted on it: net.closed, not
    // net.unreachable (which callers read as "never sent"). Safe requests are still retried.
    void closedWithoutAnswerIsNotUnreachable()
    {
        QTcpServer server;
        int requests = 0;
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&requests, socket] {
                    if (socket->readAll().contains("\r\n\r\n")) {
                        ++requests;
                        socket->disconnectFromHost();
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        RecordingClient rc;
        const auto r =
            run(rc.client,
                HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("net.closed"));
        QVERIFY(requests >= 1);
        QCOMPARE(rc.delays.size(), 2);
    }

    void connectionRefusedIsRetriedThenReported()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        RecordingClient rc;
        const auto r =
            run(rc.client, HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("net.unreachable"));
        QCOMPARE(rc.delays.size(), 2);
    }

    void clockSkewFromDateHeader()
    {
        const QByteArray date = formatHttpDate(QDateTime::currentDateTimeUtc().addSecs(300));
        LocalHttpServer server([date](const LocalHttpServer::Request &) {
            return LocalHttpServer::response(200, "{}", {{"Date", date}});
        });
        QVERIFY(server.listen());
        HttpClient client(quickSettings());
        QSignalSpy spy(&client, &HttpClient::clockSkewDetected);
        QVERIFY(!client.clockOffsetSeconds(QStringLiteral("127.0.0.1")));
        QVERIFY(run(client, HttpRequest::get(url(server, "/"))).ok());
        const auto offset = client.clockOffsetSeconds(QStringLiteral("127.0.0.1"));
        QVERIFY(offset);
        QVERIFY2(*offset >= 298 && *offset <= 300, qPrintable(QString::number(*offset)));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(1).toLongLong(), *offset);
    }

    void noSkewWarningWhenClocksAgree()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &) {
            return LocalHttpServer::response(200, "{}",
                                             {{"Date", formatHttpDate(QDateTime::currentDateTimeUtc())}});
        });
        QVERIFY(server.listen());
        HttpClient client(quickSettings());
        QSignalSpy spy(&client, &HttpClient::clockSkewDetected);
        QVERIFY(run(client, HttpRequest::get(url(server, "/"))).ok());
        QVERIFY(qAbs(*client.lastClockOffsetSeconds()) <= 2);
        QCOMPARE(spy.count(), 0);
    }

    void cancel()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &) { return QByteArray(); });
        QVERIFY(server.listen());
        HttpClient client(quickSettings());
        std::optional<Result<HttpResponse>> result;
        const auto id = client.send(HttpRequest::get(url(server, "/")),
                                    [&](Result<HttpResponse> r) { result.emplace(r); });
        QTRY_COMPARE(server.requestCount(), 1);
        client.cancel(id);
        QVERIFY2(!result.has_value(),
                 result ? qPrintable(result->ok() ? QStringLiteral("ok") : result->error().toString()) : "");
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().code, QStringLiteral("net.cancelled"));
    }

    void destroyedClientNeverCallsBack()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &) { return QByteArray(); });
        QVERIFY(server.listen());
        bool called = false;
        auto client = std::make_unique<HttpClient>(quickSettings());
        client->send(HttpRequest::get(url(server, "/")), [&called](Result<HttpResponse>) { called = true; });
        QTRY_COMPARE(server.requestCount(), 1);
        client.reset();
        QTest::qWait(50); // let any stray queued event run
        QVERIFY(!called);
    }

    void callbackMayDestroyTheClient()
    {
        LocalHttpServer server(
            [](const LocalHttpServer::Request &) { return LocalHttpServer::response(200, "{}"); });
        QVERIFY(server.listen());
        auto *client = new HttpClient(quickSettings());
        bool called = false;
        client->send(HttpRequest::get(url(server, "/")), [&](Result<HttpResponse> r) {
            called = r.ok();
            delete client; // e.g. the wizard closing in reaction to the answer
        });
        QTRY_VERIFY(called);
    }

    void manualProxyIsUsedButNotForLoopback()
    {
        // A fake proxy that refuses every CONNECT: proves the request went to it.
        LocalHttpServer proxy([](const LocalHttpServer::Request &) {
            return QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        });
        QVERIFY(proxy.listen());
        LocalHttpServer direct(
            [](const LocalHttpServer::Request &) { return LocalHttpServer::response(200, "{}"); });
        QVERIFY(direct.listen());

        NetSettings s = quickSettings();
        s.proxy.mode = ProxySettings::Mode::Manual;
        s.proxy.host = QStringLiteral("127.0.0.1");
        s.proxy.port = proxy.port();
        s.retry.maxAttempts = 1;
        HttpClient client(s);
        const auto viaProxy = run(
            client, HttpRequest::get(QUrl(QStringLiteral("https://helseid-sts.test.invalid/.well-known/x"))));
        QVERIFY(!viaProxy.ok());
        QCOMPARE(proxy.requestCount(), 1);
        QCOMPARE(proxy.requests().first().method, QByteArray("CONNECT"));
        QCOMPARE(proxy.requests().first().target, QByteArray("helseid-sts.test.invalid:443"));
        QCOMPARE(viaProxy.error().code, QStringLiteral("net.proxy"));

        QVERIFY(run(client, HttpRequest::get(url(direct, "/"))).ok());
        QCOMPARE(proxy.requestCount(), 1);
        QCOMPARE(direct.requestCount(), 1);
    }

    void httpDates()
    {
        const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
        QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), expected);
        QCOMPARE(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), expected);
        QCOMPARE(parseHttpDate("Sun Nov  6 08:49:37 1994"), expected);
        QVERIFY(!parseHttpDate("Sun, 32 Nov 1994 08:49:37 GMT"));
        QVERIFY(!parseHttpDate("yesterday"));
        QVERIFY(!parseHttpDate(""));
        QCOMPARE(formatHttpDate(expected), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
        QCOMPARE(parseRetryAfter("120", expected)->count(), 120000);
        QCOMPARE(parseRetryAfter("Sun, 06 Nov 1994 08:49:40 GMT", expected)->count(), 3000);
        QCOMPARE(parseRetryAfter("Sun, 06 Nov 1994 08:40:00 GMT", expected)->count(), 0);
        QVERIFY(!parseRetryAfter("soon", expected));
        QVERIFY(!parseRetryAfter("-5", expected));
    }
};

QTEST_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
