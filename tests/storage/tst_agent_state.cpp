// The renewal agent's record of its last run (core/storage/AgentState): what renew --due writes and
// sfmctl agent status reads — round trip, the last successful run kept while later runs fail, a damaged
// or foreign file reported (and replaced by the next run), unknown results read as "skipped".
#include "storage/AgentState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sfm::storage;

namespace {

AgentRun makeRun(int exitCode, const QDateTime &finished)
{
    AgentRun run;
    run.startedAt = finished.addSecs(-30);
    run.finishedAt = finished;
    run.exitCode = exitCode;
    run.windowDays = 45;
    run.items = {{QStringLiteral("journal-1"), QStringLiteral("client-1"), AgentRunItem::Result::Renewed,
                  QStringLiteral("ny nøkkel, går ut 2028-01-06"), finished.addDays(365)},
                 {QStringLiteral("journal-2"), QStringLiteral("client-2"), AgentRunItem::Result::Portal,
                  QStringLiteral("renew in the portal before 2027-02-01"), std::nullopt}};
    return run;
}

} // namespace

class TstAgentState : public QObject
{
    Q_OBJECT

private slots:
    void neverRan()
    {
        QTemporaryDir dir;
        AgentState state(dir.filePath(QStringLiteral("agent-state.json")));
        const auto last = state.lastRun();
        QVERIFY(last.ok());
        QVERIFY(!last->has_value());
    }

    void roundTripAndLastSuccess()
    {
        QTemporaryDir dir;
        AgentState state(dir.filePath(QStringLiteral("sub/agent-state.json"))); // folder made on write
        const QDateTime t = QDateTime(QDate(2027, 1, 6), QTime(3, 40, 12), Qt::UTC);
        QVERIFY(state.record(makeRun(0, t)).ok());
        auto last = state.lastRun();
        QVERIFY(last.ok() && last->has_value());
        const AgentRun &run = **last;
        QCOMPARE(run.finishedAt, t);
        QCOMPARE(run.startedAt, t.addSecs(-30));
        QCOMPARE(run.windowDays, 45);
        QCOMPARE(run.items.size(), 2);
        QCOMPARE(run.items.at(0).message, QStringLiteral("ny nøkkel, går ut 2028-01-06"));
        QCOMPARE(run.items.at(0).expiresAt.value(), t.addDays(365));
        QVERIFY(!run.items.at(1).expiresAt.has_value());
        QCOMPARE(run.count(AgentRunItem::Result::Portal), 1);
        QVERIFY(run.needsAttention()); // a portal renewal is due

        // A failed run replaces the last run but not the last successful one.
        QVERIFY(state.record(makeRun(4, t.addDays(1))).ok());
        QCOMPARE(state.lastRun()->value().exitCode, 4);
        QCOMPARE(state.lastSuccessfulRun()->value().finishedAt, t);
        QVERIFY(state.record(makeRun(0, t.addDays(2))).ok());
        QCOMPARE(state.lastSuccessfulRun()->value().finishedAt, t.addDays(2));

        // The file is what docs/sfmctl.md describes.
        QFile file(state.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject item = json.value(QStringLiteral("lastRun"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(item.value(QStringLiteral("result")).toString(), QStringLiteral("renewed"));
        QCOMPARE(item.value(QStringLiteral("onboarding")).toString(), QStringLiteral("journal-1"));
        // The last run, two days after the first.
        QCOMPARE(item.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2028-01-08T03:40:12Z"));
    }

    void damagedOrForeignFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{ half");
        QTest::newRow("other version") << QByteArray(R"({"version": 2, "lastRun": {}})");
        QTest::newRow("an array") << QByteArray("[]");
    }

    void damagedOrForeignFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        AgentState state(dir.filePath(QStringLiteral("agent-state.json")));
        QFile file(state.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const auto last = state.lastRun();
        QVERIFY(!last.ok());
        QCOMPARE(last.error().code, QStringLiteral("storage.agent_state.unreadable"));
        QVERIFY(last.error().message.contains(QStringLiteral("agent-state.json")));
        // The next run's record replaces it.
        QVERIFY(state.record(makeRun(0, QDateTime::currentDateTimeUtc())).ok());
        QVERIFY(state.lastRun().ok());
    }

    void unknownResultIsSkipped()
    {
        QTemporaryDir dir;
        AgentState state(dir.filePath(QStringLiteral("agent-state.json")));
        QFile file(state.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"version": 1, "lastRun": {"exitCode": 0, "items": [{"onboarding": "a", "result": "later"}]}})");
        file.close();
        const auto last = state.lastRun();
        QVERIFY(last.ok());
        QCOMPARE(last->value().items.first().result, AgentRunItem::Result::Skipped);
        QVERIFY(!last->value().finishedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TstAgentState)
#include "tst_agent_state.moc"
