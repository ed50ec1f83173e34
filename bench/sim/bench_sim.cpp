// bench_sim: how fast and how lean the simulator is, as ratios to a baseline measured in the same run.
//   1. Requests per second with 8 concurrent clients over loopback for N seconds (default 10):
//      baseline = an empty QHttpServer route in its own process; measured = full DPoP token requests
//      (fresh client assertion + DPoP proof with nonce, verified and answered with a signed token) against
//      helseid-sim in its own process. Any error is counted and printed; there must be none.
//   2. Resident memory of helseid-sim after 10 000 client drafts, against its own memory at start.
// Usage: bench_sim [--seconds N] [--drafts N]      (bench_sim --baseline-server is the baseline's process)
#include "crypto/ClientAssertion.h"
#include "crypto/DpopProof.h"
#include "crypto/Jws.h"
#include "crypto/Key.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <functional>
#include <memory>

using namespace sfm;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

int baselineServer()
{
    QHttpServer server;
    server.route(QStringLiteral("/ping"), [] { return QStringLiteral("ok"); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    print(QStringLiteral("{\"issuer\":\"http://127.0.0.1:%1\"}").arg(port));
    return QCoreApplication::exec();
}

// A server in a child process; its start line (one JSON object) tells where it listens.
struct Server
{
    std::unique_ptr<QProcess> process;
    QJsonObject info;

    bool start(const QString &program, const QStringList &args)
    {
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->setStandardErrorFile(QProcess::nullDevice());
        process->start(program, args);
        if (!process->waitForStarted(10000))
            return false;
        while (!process->canReadLine()) {
            if (!process->waitForReadyRead(30000))
                return false;
        }
        info = QJsonDocument::fromJson(process->readLine()).object();
        return !info.isEmpty();
    }
    qint64 rssKiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(process->processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
        return -1;
    }
    ~Server()
    {
        if (process) {
            process->terminate();
            process->waitForFinished(5000);
        }
    }
};

// Runs `concurrency` request loops for `seconds`; makeRequest starts one request and calls back with
// whether it succeeded.
struct LoadResult
{
    qint64 ok = 0;
    qint64 errors = 0;
    double seconds = 0;
    double perSecond() const { return seconds > 0 ? double(ok) / seconds : 0; }
};

using Done = std::function<void(bool ok)>;

LoadResult runLoad(int concurrency, int seconds, const std::function<void(int worker, Done)> &makeRequest)
{
    LoadResult result;
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(seconds) * 1000;
    int running = concurrency;
    QEventLoop loop;
    std::function<void(int)> next = [&](int worker) {
        if (clock.elapsed() >= deadline) {
            if (--running == 0)
                loop.quit();
            return;
        }
        makeRequest(worker, [&, worker](bool ok) {
            ok ? ++result.ok : ++result.errors;
            QTimer::singleShot(0, &loop, [&, worker] { next(worker); });
        });
    };
    for (int w = 0; w < concurrency; ++w)
        QTimer::singleShot(0, &loop, [&, w] { next(w); });
    loop.exec();
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

QNetworkReply *send(QNetworkAccessManager &nam, const QByteArray &method, const QString &url,
                    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request{QUrl(url)};
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return nam.sendCustomRequest(request, method, body);
}

// Waits for one reply (setup only, not measured).
QByteArray await(QNetworkReply *reply, int *status = nullptr)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return reply->readAll();
}

struct BenchClient
{
    QString clientId;
    crypto::Key key;
    crypto::Key dpopKey;
    QString nonce;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--baseline-server")))
        return baselineServer();
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int seconds = option(QStringLiteral("--seconds"), 10);
    const int drafts = option(QStringLiteral("--drafts"), 10000);
    constexpr int Concurrency = 8;
    QNetworkAccessManager nam;

    // 1a. Baseline: an empty QHttpServer route.
    Server baseline;
    if (!baseline.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--baseline-server")})) {
        print(QStringLiteral("baseline server did not start"));
        return 1;
    }
    const QString ping = baseline.info.value(QStringLiteral("issuer")).toString() + QStringLiteral("/ping");
    const LoadResult base = runLoad(Concurrency, seconds, [&](int, Done done) {
        QNetworkReply *reply = send(nam, "GET", ping, {}, {});
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
            done(reply->error() == QNetworkReply::NoError);
            reply->deleteLater();
        });
    });

    // 1b. The simulator: 8 confirmed clients, then DPoP token requests.
    Server sim;
    if (!sim.start(QStringLiteral(SFM_HELSEID_SIM_PATH),
                   {QStringLiteral("--cache-delay"), QStringLiteral("0")})) {
        print(QStringLiteral("helseid-sim did not start"));
        return 1;
    }
    const QString issuer = sim.info.value(QStringLiteral("issuer")).toString();
    const QString api = sim.info.value(QStringLiteral("api")).toString();
    const QString control = sim.info.value(QStringLiteral("control")).toString();
    const QString tokenUrl = issuer + QStringLiteral("/connect/token");
    const qint64 rssStart = sim.rssKiB();

    std::vector<BenchClient> clients(Concurrency);
    for (BenchClient &c : clients) {
        c.key = crypto::Key::generateRsa(2048).value();
        c.dpopKey = crypto::Key::generateEc(crypto::Curve::P256).value();
        const QJsonObject draft{
            {QStringLiteral("organizationNumber"), QStringLiteral("974760673")},
            {QStringLiteral("publicJwk"),
             QString::fromUtf8(
                 QJsonDocument(c.key.publicJwk(crypto::Algorithm::PS256)).toJson(QJsonDocument::Compact))},
            {QStringLiteral("apiScopes"), QJsonArray{QStringLiteral("nhn:selvbetjening/client")}}};
        c.clientId =
            QJsonDocument::fromJson(
                await(send(nam, "POST", api + QStringLiteral("/v1/client-drafts"),
                           QJsonDocument(draft).toJson(),
                           {{"api-key", "demo-klientmal-api-key"}, {"Content-Type", "application/json"}})))
                .object()
                .value(QStringLiteral("clientId"))
                .toString();
        await(send(nam, "POST",
                   control + QStringLiteral("/clients/") + c.clientId + QStringLiteral("/confirm"), {}, {}));
    }
    qint64 nonceRoundTrips = 0;
    const LoadResult tokens = runLoad(Concurrency, seconds, [&](int worker, Done done) {
        BenchClient &c = clients[size_t(worker)];
        crypto::ClientAssertionParams params;
        params.clientId = c.clientId;
        params.audience = issuer;
        const QByteArray assertion =
            crypto::buildClientAssertion(c.key, crypto::Algorithm::PS256, params).value();
        crypto::DpopParams dpop;
        dpop.method = QStringLiteral("POST");
        dpop.url = QUrl(tokenUrl);
        dpop.nonce = c.nonce;
        const QByteArray proof = crypto::buildDpopProof(c.dpopKey, crypto::Algorithm::ES256, dpop).value();
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), c.clientId);
        form.addQueryItem(QStringLiteral("client_assertion_type"),
                          QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        form.addQueryItem(QStringLiteral("client_assertion"), QString::fromLatin1(assertion));
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("nhn:selvbetjening/client"));
        QNetworkReply *reply = send(nam, "POST", tokenUrl, form.query(QUrl::FullyEncoded).toLatin1(),
                                    {{"Content-Type", "application/x-www-form-urlencoded"}, {"DPoP", proof}});
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done, &c, &nonceRoundTrips] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray nonce = reply->rawHeader("DPoP-Nonce");
            reply->deleteLater();
            if (status == 400 && !nonce.isEmpty()) {
                // The nonce round trip is part of the protocol, not an error; it is not counted as a token.
                c.nonce = QString::fromLatin1(nonce);
                ++nonceRoundTrips;
                QTimer::singleShot(0, [done] { done(true); });
                return;
            }
            done(status == 200);
        });
    });
    const qint64 tokensOk = tokens.ok - nonceRoundTrips;

    // 2. Memory after many drafts (one key reused: the draft path, not key parsing, is what is measured).
    const qint64 rssBeforeDrafts = sim.rssKiB();
    const QByteArray draftBody =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("organizationNumber"), QStringLiteral("974760673")},
                {QStringLiteral("publicJwk"),
                 QString::fromUtf8(QJsonDocument(clients[0].key.publicJwk(crypto::Algorithm::PS256))
                                       .toJson(QJsonDocument::Compact))},
                {QStringLiteral("apiScopes"), QJsonArray{QStringLiteral("nhn:selvbetjening/client"),
                                                         QStringLiteral("e-helse:sfm.api/sfm.api2")}}})
            .toJson(QJsonDocument::Compact);
    qint64 draftErrors = 0;
    qint64 posted = 0;
    QElapsedTimer draftClock;
    draftClock.start();
    {
        QEventLoop loop;
        int running = Concurrency;
        std::function<void()> next = [&] {
            if (posted >= drafts) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            ++posted;
            QNetworkReply *reply =
                send(nam, "POST", api + QStringLiteral("/v1/client-drafts"), draftBody,
                     {{"api-key", "demo-klientmal-api-key"}, {"Content-Type", "application/json"}});
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &draftErrors, &next] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++draftErrors;
                reply->deleteLater();
                QTimer::singleShot(0, next);
            });
        };
        for (int w = 0; w < Concurrency; ++w)
            QTimer::singleShot(0, next);
        loop.exec();
    }
    const double draftSeconds = double(draftClock.elapsed()) / 1000.0;
    const qint64 rssAfterDrafts = sim.rssKiB();

    print(QStringLiteral("bench_sim: %1 concurrent clients, %2 s per run, loopback")
              .arg(Concurrency)
              .arg(seconds));
    print(QStringLiteral("  baseline  empty QHttpServer route : %1 req/s (%2 errors)")
              .arg(base.perSecond(), 0, 'f', 0)
              .arg(base.errors));
    print(QStringLiteral("  helseid-sim DPoP token requests  : %1 tokens/s (%2 errors, %3 nonce round trips)")
              .arg(double(tokensOk) / tokens.seconds, 0, 'f', 0)
              .arg(tokens.errors)
              .arg(nonceRoundTrips));
    print(
        QStringLiteral("  ratio token/baseline             : %1")
            .arg(base.perSecond() > 0 ? double(tokensOk) / tokens.seconds / base.perSecond() : 0, 0, 'f', 3));
    print(QStringLiteral("  drafts: %1 in %2 s (%3/s, %4 errors)")
              .arg(drafts)
              .arg(draftSeconds, 0, 'f', 1)
              .arg(double(drafts) / draftSeconds, 0, 'f', 0)
              .arg(draftErrors));
    print(QStringLiteral("  RSS at start %1 KiB, before drafts %2 KiB, after %3 drafts %4 KiB")
              .arg(rssStart)
              .arg(rssBeforeDrafts)
              .arg(drafts)
              .arg(rssAfterDrafts));
    print(QStringLiteral("  ratio RSS after/before drafts    : %1 (%2 bytes per draft)")
              .arg(double(rssAfterDrafts) / double(rssBeforeDrafts), 0, 'f', 2)
              .arg(double(rssAfterDrafts - rssBeforeDrafts) * 1024.0 / drafts, 0, 'f', 0));
    return tokens.errors == 0 && base.errors == 0 && draftErrors == 0 ? 0 : 1;
}
