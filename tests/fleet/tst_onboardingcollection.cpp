// The collection of a folder's onboardings: loads every file (problems kept), and follows changes another
// writer makes — row by row, re-reading only the files that changed.
#include "fleet/OnboardingCollection.h"
#include "onboarding/OnboardingStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sfm;
using namespace sfm::fleet;
using onboarding::OnboardingData;
using onboarding::OnboardingStore;
using onboarding::State;

namespace {

OnboardingData sample(int i)
{
    onboarding::OnboardingSetup setup;
    setup.environment = sfm::helseid::Environment::test();
    setup.organizationNumber = QStringLiteral("974760673");
    setup.journalName = QStringLiteral("Journal %1").arg(i);
    setup.scopes = {QStringLiteral("e-helse:sfm.api/sfm.api2")};
    auto d = OnboardingData::create(setup);
    d.createdAt = QDateTime::currentDateTimeUtc().addSecs(-i * 60);
    return d;
}

} // namespace

class TstOnboardingCollection : public QObject
{
    Q_OBJECT

private slots:
    void loadsEveryFileAndKeepsProblems()
    {
        QTemporaryDir dir;
        OnboardingStore writer(dir.path());
        for (int i = 0; i < 20; ++i) {
            OnboardingData d = sample(i);
            QVERIFY(writer.save(d).ok());
        }
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();

        OnboardingCollection collection(dir.path());
        collection.refresh();
        QCOMPARE(collection.count(), 20);
        QCOMPARE(collection.problems().size(), 1);
        QCOMPARE(collection.problems().first().error.code, QStringLiteral("storage.onboarding.corrupt"));
        QVERIFY(collection.problems().first().path.endsWith(QStringLiteral("broken.json")));
        // The same as OnboardingStore::list(), newest first.
        const auto listing = writer.list();
        QCOMPARE(collection.onboardings().first().id, listing.onboardings.first().id);
        for (int row = 0; row < collection.count(); ++row)
            QCOMPARE(collection.rowOf(collection.at(row).id), row);
        QCOMPARE(collection.rowOf(QStringLiteral("nope")), -1);
    }

    void followsAnotherWriter()
    {
        QTemporaryDir dir;
        OnboardingStore writer(dir.path());
        QList<OnboardingData> saved;
        for (int i = 0; i < 20; ++i) {
            saved << sample(i);
            QVERIFY(writer.save(saved.last()).ok());
        }
        OnboardingCollection collection(dir.path());
        collection.setCoalesceInterval(20);
        collection.refresh();
        QSignalSpy changed(&collection, &OnboardingCollection::rowChanged);
        QSignalSpy appended(&collection, &OnboardingCollection::rowsAppended);
        QSignalSpy removed(&collection, &OnboardingCollection::rowRemoved);
        QSignalSpy problems(&collection, &OnboardingCollection::problemsChanged);

        // Another process (here another store) moves one onboarding on: exactly that row changes.
        OnboardingData moved = saved.at(7);
        moved.state = State::AwaitingConfirmation;
        moved.clientId = QStringLiteral("client-7");
        QVERIFY(writer.save(moved).ok());
        QTRY_COMPARE(changed.size(), 1);
        const int row = changed.first().first().toInt();
        QCOMPARE(collection.at(row).id, moved.id);
        QCOMPARE(collection.at(row).state, State::AwaitingConfirmation);
        QCOMPARE(appended.size(), 0);

        // A new file is appended.
        OnboardingData fresh = sample(99);
        QVERIFY(writer.save(fresh).ok());
        QTRY_COMPARE(appended.size(), 1);
        QCOMPARE(appended.first().at(0).toInt(), 20);
        QCOMPARE(collection.at(20).id, fresh.id);

        // A deleted file leaves.
        QVERIFY(writer.remove(saved.at(0).id).ok());
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(collection.count(), 20);
        QCOMPARE(collection.rowOf(saved.at(0).id), -1);
        QCOMPARE(collection.rowOf(fresh.id), 19);

        // A damaged file becomes a problem, and its repair makes it a row again.
        QFile broken(dir.filePath(QStringLiteral("x.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("[]");
        broken.close();
        QTRY_COMPARE(collection.problems().size(), 1);
        QVERIFY(problems.size() >= 1);
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("x.json"))));
        QTRY_COMPARE(collection.problems().size(), 0);
        QCOMPARE(changed.size(), 1); // nothing else was re-read as a change
    }

    void rewrittenInPlaceIsFoundByTheSafetyRescan()
    {
        // Some writers (and network shares) do not tell the folder; the slow rescan still finds it.
        QTemporaryDir dir;
        OnboardingStore writer(dir.path());
        OnboardingData d = sample(1);
        QVERIFY(writer.save(d).ok());
        OnboardingCollection collection(dir.path());
        collection.setWatching(false);
        collection.refresh();
        d.state = State::Ready;
        QFile file(writer.pathFor(d.id));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(d.toJson()).toJson());
        file.close();
        QCOMPARE(collection.at(0).state, State::Draft); // not watching: unchanged
        collection.refresh();
        QCOMPARE(collection.at(0).state, State::Ready);
    }

    void aThousandFiles()
    {
        QTemporaryDir dir;
        OnboardingStore writer(dir.path());
        for (int i = 0; i < 1000; ++i) {
            OnboardingData d = sample(i);
            QVERIFY(writer.save(d).ok());
        }
        OnboardingCollection collection(dir.path());
        collection.setCoalesceInterval(20);
        collection.refresh();
        QCOMPARE(collection.count(), 1000);
        QSignalSpy changed(&collection, &OnboardingCollection::rowChanged);
        OnboardingData d = collection.at(500);
        d.state = State::Failed;
        QVERIFY(writer.save(d).ok());
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toInt(), 500);
    }
};

QTEST_GUILESS_MAIN(TstOnboardingCollection)
#include "tst_onboardingcollection.moc"
