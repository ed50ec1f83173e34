// HttpClient's hook for a shared request budget (net::RequestGate): every attempt waits for admission,
// reports how it ended (status, Retry-After), and gives its place back when cancelled or abandoned.
#include "LocalHttpServer.h"
#include "fleet/RequestBudget.h"
#include "net/HttpClient.h"

#include <QTest>

using namespace sfm;
using namespace sfm::net;
using namespace std::chrono_literals;

namespace {

// A gate the test opens by hand, recording what the client tells it.
class ManualGate : public RequestGate
{
public:
    Ticket acquire(const QUrl &url, std::function<void()> admit) override
    {
        urls << url;
        waiting.insert(next, std::move(admit));
        return next++;
    }
    void release(Ticket ticket, const Outcome &outcome) override
    {
        released << ticket;
        outcomes << outcome;
    }
    void withdraw(Ticket ticket) override
    {
        withdrawn << ticket;
        waiting.remove(ticket);
    }
    void admitAll()
    {
        const auto admits = waiting;
        waiting.clear();
        for (const auto &admit : admits)
            admit();
    }

    Ticket next = 1;
    QList<QUrl> urls;
    QMap<Ticket, std::function<void()>> waiting;
    QList<Ticket> released;
    QList<Outcome> outcomes;
    QList<Ticket> withdrawn;
};

QUrl url(const LocalHttpServer &server, const char *path)
{
    return QUrl(QString::fromLatin1(server.baseUrl() + path));
}

} // namespace

class TstRequestGate : public QObject
{
    Q_OBJECT

private slots:
    void attemptsWaitForAdmissionAndReportTheirEnd()
    {
        int n = 0;
        LocalHttpServer server([&n](const LocalHttpServer::Request &) {
            if (++n == 1)
                return LocalHttpServer::response(429, "slow down", {{"Retry-After", "0"}}, "text/plain");
            return LocalHttpServer::response(200, "{}");
        });
        QVERIFY(server.listen());
        HttpClient client;
        auto gate = std::make_shared<ManualGate>();
        client.setGate(gate);
        std::optional<Result<HttpResponse>> result;
        client.send(HttpRequest::get(url(server, "/x")),
                    [&](Result<HttpResponse> r) { result = std::move(r); });

        QTRY_COMPARE(gate->waiting.size(), 1);
        QTest::qWait(50);
        QCOMPARE(server.requestCount(), 0); // nothing is sent before the gate admits it
        gate->admitAll();
        // The 429 is reported with its Retry-After; the retry asks the gate again.
        QTRY_COMPARE(gate->outcomes.size(), 1);
        QCOMPARE(gate->outcomes.first().status, 429);
        QCOMPARE(gate->outcomes.first().retryAfter, std::optional<std::chrono::milliseconds>(0ms));
        QTRY_COMPARE(gate->waiting.size(), 1);
        QCOMPARE(server.requestCount(), 1);
        gate->admitAll();
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE((*result)->status, 200);
        QCOMPARE(gate->released, (QList<RequestGate::Ticket>{1, 2}));
        QCOMPARE(gate->outcomes.last().status, 200);
        QVERIFY(!gate->outcomes.last().retryAfter);
        QVERIFY(gate->withdrawn.isEmpty());
    }

    void networkErrorReleasesWithoutStatus()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        NetSettings settings;
        settings.retry.maxAttempts = 1;
        HttpClient client(settings);
        auto gate = std::make_shared<ManualGate>();
        client.setGate(gate);
        std::optional<Result<HttpResponse>> result;
        client.send(HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))),
                    [&](Result<HttpResponse> r) { result = std::move(r); });
        QTRY_COMPARE(gate->waiting.size(), 1);
        gate->admitAll();
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(gate->outcomes.size(), 1);
        QCOMPARE(gate->outcomes.first().status, 0);
    }

    void cancelWhileWaitingWithdraws()
    {
        LocalHttpServer server(
            [](const LocalHttpServer::Request &) { return LocalHttpServer::response(200, "{}"); });
        QVERIFY(server.listen());
        HttpClient client;
        auto gate = std::make_shared<ManualGate>();
        client.setGate(gate);
        std::optional<Result<HttpResponse>> result;
        const auto id = client.send(HttpRequest::get(url(server, "/x")),
                                    [&](Result<HttpResponse> r) { result = std::move(r); });
        QTRY_COMPARE(gate->waiting.size(), 1);
        client.cancel(id);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().code, QStringLiteral("net.cancelled"));
        QCOMPARE(gate->withdrawn, QList<RequestGate::Ticket>{1});
        QCOMPARE(server.requestCount(), 0);
    }

    void destroyedClientGivesItsPlacesBack()
    {
        LocalHttpServer server(
            [](const LocalHttpServer::Request &) { return QByteArray(); }); // never answers
        QVERIFY(server.listen());
        auto gate = std::make_shared<ManualGate>();
        {
            HttpClient client;
            client.setGate(gate);
            client.send(HttpRequest::get(url(server, "/a")),
                        [](Result<HttpResponse>) { QFAIL("called back"); });
            client.send(HttpRequest::get(url(server, "/b")),
                        [](Result<HttpResponse>) { QFAIL("called back"); });
            QTRY_COMPARE(gate->waiting.size(), 2);
            gate->waiting.take(1)(); // /a is admitted and sent; /b still waits
            QTRY_COMPARE(server.requestCount(), 1);
        }
        QCOMPARE(gate->withdrawn.size(), 2);
        QVERIFY(gate->released.isEmpty());
    }

    void oneBudgetForSeveralClients()
    {
        // The real budget in front of two clients: one at a time, both get their answers.
        LocalHttpServer server(
            [](const LocalHttpServer::Request &) { return LocalHttpServer::response(200, "{}"); });
        QVERIFY(server.listen());
        auto budget = std::make_shared<fleet::RequestBudget>(fleet::RequestLimits{1, 1000.0});
        HttpClient a;
        HttpClient b;
        a.setGate(budget);
        b.setGate(budget);
        int done = 0;
        for (int i = 0; i < 3; ++i) {
            a.send(HttpRequest::get(url(server, "/a")), [&](Result<HttpResponse> r) { done += r.ok(); });
            b.send(HttpRequest::get(url(server, "/b")), [&](Result<HttpResponse> r) { done += r.ok(); });
        }
        QTRY_COMPARE(done, 6);
        QCOMPARE(budget->admittedCount(), quint64(6));
        QCOMPARE(budget->inFlight(), 0);
        QCOMPARE(budget->waiting(), 0);
    }
};

QTEST_GUILESS_MAIN(TstRequestGate)
#include "tst_requestgate.moc"
