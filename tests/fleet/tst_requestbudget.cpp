// One request budget for many onboardings: concurrency and rate limits, and a pause for everyone after a
// 429, driven by a fake clock and a fake scheduler (no timed test).
#include "fleet/RequestBudget.h"
#include "storage/Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace sfm;
using namespace sfm::fleet;
using namespace std::chrono_literals;

namespace {

// Time stands still until advance(); wake-ups scheduled by the budget fire when their time comes.
struct FakeTime
{
    qint64 now = 1000;
    std::multimap<qint64, std::function<void()>> timers;

    void install(RequestBudget &budget)
    {
        budget.setClock([this] { return now; });
        budget.setScheduler([this](std::chrono::milliseconds delay, std::function<void()> fire) {
            timers.emplace(now + delay.count(), std::move(fire));
        });
    }
    void advance(qint64 ms)
    {
        const qint64 until = now + ms;
        while (!timers.empty() && timers.begin()->first <= until) {
            auto it = timers.begin();
            now = it->first;
            auto fire = std::move(it->second);
            timers.erase(it);
            fire();
        }
        now = until;
    }
};

} // namespace

class TstRequestBudget : public QObject
{
    Q_OBJECT

private slots:
    void concurrencyLimit()
    {
        RequestBudget budget(RequestLimits{2, 1000.0});
        FakeTime time;
        time.install(budget);
        QList<int> admitted;
        QList<net::RequestGate::Ticket> tickets;
        for (int i = 0; i < 5; ++i) {
            tickets << budget.acquire(QUrl(QStringLiteral("https://api.example/x")),
                                      [&admitted, i] { admitted << i; });
            time.advance(1);
        }
        QCOMPARE(admitted, (QList<int>{0, 1}));
        QCOMPARE(budget.inFlight(), 2);
        QCOMPARE(budget.waiting(), 3);
        budget.release(tickets.at(0), {200, std::nullopt});
        QCOMPARE(admitted, (QList<int>{0, 1, 2}));          // first come, first served
        budget.release(tickets.at(0), {200, std::nullopt}); // twice: ignored
        QCOMPARE(budget.inFlight(), 2);
        // A waiting request that is withdrawn is never admitted; an admitted one frees its place.
        budget.withdraw(tickets.at(3));
        budget.withdraw(tickets.at(1));
        time.advance(1);
        QCOMPARE(admitted, (QList<int>{0, 1, 2, 4}));
        QCOMPARE(budget.waiting(), 0);
    }

    void rateLimitSpacesStarts()
    {
        RequestBudget budget(RequestLimits{100, 5.0}); // one start per 200 ms
        FakeTime time;
        time.install(budget);
        QList<qint64> startedAt;
        for (int i = 0; i < 6; ++i)
            budget.acquire({}, [&] { startedAt << time.now; });
        QCOMPARE(startedAt, (QList<qint64>{1000}));
        time.advance(199);
        QCOMPARE(startedAt.size(), 1);
        time.advance(1);
        QCOMPARE(startedAt.size(), 2);
        time.advance(2000);
        QCOMPARE(startedAt, (QList<qint64>{1000, 1200, 1400, 1600, 1800, 2000}));
        QCOMPARE(budget.admittedCount(), quint64(6));
        QVERIFY(time.timers.empty()); // nothing left scheduled once the queue is empty
    }

    void tooManyRequestsPausesEveryone()
    {
        RequestBudget budget(RequestLimits{4, 1000.0});
        FakeTime time;
        time.install(budget);
        QSignalSpy paused(&budget, &RequestBudget::paused);
        int admitted = 0;
        const auto first = budget.acquire({}, [&] { ++admitted; });
        QCOMPARE(admitted, 1);
        budget.release(first, {429, 3000ms});
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.first().first().value<std::chrono::milliseconds>(), 3000ms);
        for (int i = 0; i < 3; ++i)
            budget.acquire({}, [&] { ++admitted; });
        QCOMPARE(admitted, 1);
        QCOMPARE(budget.pauseRemaining(), 3000ms);
        time.advance(2999);
        QCOMPARE(admitted, 1);
        time.advance(1);
        QVERIFY(admitted >= 2);
        time.advance(10);
        QCOMPARE(admitted, 4);
    }

    void pauseWithoutRetryAfterAndLimits()
    {
        RequestLimits limits;
        limits.defaultPause = 5000ms;
        limits.maxPause = 60000ms;
        RequestBudget budget(limits);
        FakeTime time;
        time.install(budget);
        auto t = budget.acquire({}, [] {});
        budget.release(t, {429, std::nullopt});
        QCOMPARE(budget.pauseRemaining(), 5000ms);
        time.advance(5000);
        t = budget.acquire({}, [] {});
        budget.release(t, {429, std::chrono::milliseconds(3600 * 1000)}); // capped
        QCOMPARE(budget.pauseRemaining(), 60000ms);
        time.advance(60000);
        // A 503 pauses only when the server says how long; other statuses never.
        t = budget.acquire({}, [] {});
        budget.release(t, {503, std::nullopt});
        QCOMPARE(budget.pauseRemaining(), 0ms);
        time.advance(200);
        t = budget.acquire({}, [] {});
        budget.release(t, {503, 2000ms});
        QCOMPARE(budget.pauseRemaining(), 2000ms);
        time.advance(2000);
        t = budget.acquire({}, [] {});
        budget.release(t, {500, 9000ms});
        QCOMPARE(budget.pauseRemaining(), 0ms);
    }

    void reentrantAdmissionIsSafe()
    {
        // An admit callback that queues the next request from inside the budget (as a client whose
        // callback starts a follow-up request would); the limit holds and nobody is lost.
        RequestBudget budget(RequestLimits{2, 1000.0});
        FakeTime time;
        time.install(budget);
        QHash<int, net::RequestGate::Ticket> ticketOf;
        QList<int> admittedOrder;
        int requested = 0;
        int maxInFlight = 0;
        std::function<void()> next;
        next = [&] {
            const int i = requested++;
            const auto ticket = budget.acquire({}, [&, i] {
                admittedOrder << i;
                maxInFlight = std::max(maxInFlight, budget.inFlight());
                if (requested < 5)
                    next();
            });
            ticketOf.insert(i, ticket);
        };
        next();
        for (int released = 0; released < 5; ++released) {
            time.advance(10);
            QVERIFY(released < admittedOrder.size());
            budget.release(ticketOf.value(admittedOrder.at(released)), {200, std::nullopt});
        }
        QCOMPARE(admittedOrder, (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(maxInFlight, 2);
        QCOMPARE(budget.inFlight(), 0);
    }

    void defaultsAndSettings()
    {
        const RequestLimits defaults;
        QCOMPARE(defaults.maxConcurrent, 4);
        QCOMPARE(defaults.requestsPerSecond, 5.0);
        QTemporaryDir dir;
        storage::Settings settings(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(settings.maxConcurrentRequests(), 4);
        QCOMPARE(settings.requestsPerSecond(), 5.0);
        settings.setMaxConcurrentRequests(2);
        settings.setRequestsPerSecond(0.5);
        QCOMPARE(settings.maxConcurrentRequests(), 2);
        QCOMPARE(settings.requestsPerSecond(), 0.5);
        settings.setMaxConcurrentRequests(0); // nonsense falls back to the default
        QCOMPARE(settings.maxConcurrentRequests(), 4);
        RequestBudget budget(RequestLimits{0, 0.0});
        QCOMPARE(budget.limits().maxConcurrent, 1);
        QVERIFY(budget.limits().requestsPerSecond > 0);
    }
};

QTEST_GUILESS_MAIN(TstRequestBudget)
#include "tst_requestbudget.moc"
