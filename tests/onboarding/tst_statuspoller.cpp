// The poller's schedule with a fake clock, random source and scheduler: backoff from 5 s doubling to the
// 60 s cap, reset after a change, jitter bounds, busy guard, check now, per-check timeout, deadline and
// the countdown the UI shows.
#include "onboarding/StatusPoller.h"

#include <QSignalSpy>
#include <QTest>

#include <deque>

using namespace sfm::onboarding;
using std::chrono::milliseconds;
using Outcome = StatusPoller::Outcome;

namespace {

struct Harness
{
    QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    double random = 0.5; // no jitter
    struct Pending
    {
        milliseconds delay;
        std::function<void()> fire;
    };
    std::deque<Pending> scheduled;
    std::deque<StatusPoller::Report> reports; // checks waiting for an answer
    int checks = 0;
    StatusPoller poller{[this](StatusPoller::Report report) {
        ++checks;
        reports.push_back(std::move(report));
    }};

    Harness()
    {
        poller.setClock([this] { return now; });
        poller.setRandom([this] { return random; });
        poller.setScheduler([this](milliseconds delay, std::function<void()> fire) {
            scheduled.push_back({delay, std::move(fire)});
        });
        StatusPoller::Config config;
        config.initial = milliseconds(5000);
        config.max = milliseconds(60000);
        config.jitter = 0.2;
        config.checkTimeout = milliseconds(45000);
        poller.setConfig(config);
    }

    // Fires the next scheduled timer that is not a check timeout, advancing the clock by its delay.
    milliseconds fireNext()
    {
        Pending p = std::move(scheduled.front());
        scheduled.pop_front();
        now = now.addMSecs(p.delay.count());
        p.fire();
        return p.delay;
    }
    void answer(Outcome outcome)
    {
        auto report = std::move(reports.front());
        reports.pop_front();
        // The check-timeout timer of this check is dropped: it is stale once answered.
        std::erase_if(scheduled, [](const Pending &p) { return p.delay == milliseconds(45000); });
        report(outcome);
    }
};

} // namespace

class TestStatusPoller : public QObject
{
    Q_OBJECT

private slots:
    void backsOffFromFiveToSixtySeconds()
    {
        Harness h;
        h.poller.start();
        QCOMPARE(h.fireNext(), milliseconds(0));
        QCOMPARE(h.checks, 1);
        QList<qint64> delays;
        for (int i = 0; i < 7; ++i) {
            h.answer(Outcome::Unchanged);
            QCOMPARE(h.scheduled.size(), size_t(1));
            delays.append(h.fireNext().count());
        }
        QCOMPARE(delays, (QList<qint64>{5000, 10000, 20000, 40000, 60000, 60000, 60000}));
    }

    void aChangeResetsTheBackoff()
    {
        Harness h;
        h.poller.start();
        h.fireNext();
        h.answer(Outcome::Unchanged);
        h.fireNext(); // 5 s
        h.answer(Outcome::Unchanged);
        QCOMPARE(h.fireNext(), milliseconds(10000));
        h.answer(Outcome::Changed);
        QCOMPARE(h.fireNext(), milliseconds(5000));
        h.answer(Outcome::Failed); // transient errors back off like "not yet"
        QCOMPARE(h.fireNext(), milliseconds(5000));
        h.answer(Outcome::Failed);
        QCOMPARE(h.fireNext(), milliseconds(10000));
    }

    void jitterStaysWithinBoundsAndUnderTheCap()
    {
        Harness h;
        h.poller.start();
        h.fireNext();
        h.random = 0.0; // lowest
        h.answer(Outcome::Unchanged);
        QCOMPARE(h.fireNext(), milliseconds(4000));
        h.random = 0.999999; // highest
        h.answer(Outcome::Unchanged);
        QVERIFY(h.scheduled.front().delay > milliseconds(11990) &&
                h.scheduled.front().delay <= milliseconds(12000));
        for (int i = 0; i < 6; ++i) {
            h.fireNext();
            h.answer(Outcome::Unchanged);
        }
        QCOMPARE(h.scheduled.front().delay, milliseconds(60000)); // 72 s with jitter, capped at 60 s
    }

    void busyGuardAndCheckNow()
    {
        Harness h;
        h.poller.start();
        h.fireNext();
        QVERIFY(h.poller.isBusy());
        QCOMPARE(h.poller.secondsToNextCheck(), 0);
        h.poller.checkNow(); // while busy: no second request…
        QCOMPARE(h.checks, 1);
        QCOMPARE(h.reports.size(), size_t(1));
        h.answer(Outcome::Unchanged);
        QCOMPARE(h.fireNext(), milliseconds(0)); // …but one right after
        QCOMPARE(h.checks, 2);
        h.answer(Outcome::Unchanged);
        QCOMPARE(h.scheduled.front().delay, milliseconds(5000));
        h.poller.checkNow(); // idle: at once, and the old timer no longer fires a check
        auto stale = h.scheduled.front();
        h.scheduled.pop_front();
        QCOMPARE(h.fireNext(), milliseconds(0));
        QCOMPARE(h.checks, 3);
        stale.fire();
        QCOMPARE(h.checks, 3);
    }

    void countdownFollowsTheClock()
    {
        Harness h;
        QSignalSpy countdown(&h.poller, &StatusPoller::countdownChanged);
        QCOMPARE(h.poller.secondsToNextCheck(), -1);
        h.poller.start();
        h.fireNext();
        h.answer(Outcome::Unchanged);
        QCOMPARE(h.poller.secondsToNextCheck(), 5);
        h.now = h.now.addMSecs(2500);
        QCOMPARE(h.poller.secondsToNextCheck(), 3);
        QVERIFY(!countdown.isEmpty());
        h.poller.stop();
        QCOMPARE(h.poller.secondsToNextCheck(), -1);
        QCOMPARE(countdown.last().first().toInt(), -1);
    }

    void aCheckThatNeverAnswersTimesOut()
    {
        Harness h;
        h.poller.start();
        h.fireNext();
        QCOMPARE(h.scheduled.size(), size_t(1)); // the check timeout
        QCOMPARE(h.scheduled.front().delay, milliseconds(45000));
        h.fireNext();
        QVERIFY(!h.poller.isBusy());
        QCOMPARE(h.scheduled.front().delay, milliseconds(5000)); // counted as a failure, polling goes on
        h.reports.front()(Outcome::Done);                        // the late answer is ignored
        QVERIFY(h.poller.isRunning());
    }

    void deadlineStopsPolling()
    {
        Harness h;
        StatusPoller::Config config = h.poller.config();
        config.deadline = h.now.addSecs(12);
        h.poller.setConfig(config);
        QSignalSpy deadline(&h.poller, &StatusPoller::deadlineReached);
        h.poller.start();
        h.fireNext();
        h.answer(Outcome::Unchanged);
        h.fireNext(); // +5 s
        h.answer(Outcome::Unchanged);
        QCOMPARE(h.scheduled.front().delay, milliseconds(7000)); // not past the deadline
        h.fireNext();
        QCOMPARE(deadline.size(), 1);
        QVERIFY(!h.poller.isRunning());
        QCOMPARE(h.checks, 2);
    }

    void doneStops()
    {
        Harness h;
        h.poller.start();
        h.fireNext();
        h.answer(Outcome::Done);
        QVERIFY(!h.poller.isRunning());
        QVERIFY(h.scheduled.empty());
    }

    void realTimersWork()
    {
        // The default scheduler (QTimer) with short delays, so the wiring is real too.
        int checks = 0;
        StatusPoller poller([&checks](StatusPoller::Report report) {
            ++checks;
            report(checks < 3 ? Outcome::Unchanged : Outcome::Done);
        });
        StatusPoller::Config config;
        config.initial = milliseconds(10);
        config.max = milliseconds(20);
        poller.setConfig(config);
        poller.start();
        QTRY_COMPARE(checks, 3);
        QTRY_VERIFY(!poller.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestStatusPoller)
#include "tst_statuspoller.moc"
