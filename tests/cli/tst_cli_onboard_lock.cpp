// One process per onboarding: while `sfmctl resume` works an onboarding, a second `resume` (or `export`) is
// refused with exit 7 and who has it, `status` and `list` show the holder, and nothing the first does is
// lost; a lock left by a killed process is taken over.
#include "tst_cli_onboard_fixture.h"

using namespace clitest;

namespace {

QStringList onboardArgs(Sim &sim, const QString &dir)
{
    return {QStringLiteral("onboard"),
            QStringLiteral("--environment"),
            QStringLiteral("demo"),
            QStringLiteral("--sim-info"),
            QString::fromUtf8(sim.line()),
            QStringLiteral("--org"),
            QStringLiteral("974760673"),
            QStringLiteral("--dir"),
            dir,
            QStringLiteral("--alg"),
            QStringLiteral("ES256"),
            QStringLiteral("--no-wait"),
            QStringLiteral("--cache-delay"),
            QStringLiteral("0"),
            QStringLiteral("--json")};
}

QStringList resumeArgs(const QString &id, const QString &dir)
{
    return {QStringLiteral("resume"),          id,
            QStringLiteral("--dir"),           dir,
            QStringLiteral("--poll-interval"), QStringLiteral("1"),
            QStringLiteral("--poll-max"),      QStringLiteral("1"),
            QStringLiteral("--cache-delay"),   QStringLiteral("0"),
            QStringLiteral("--json")};
}

QString onlyOnboardingId(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files);
    return files.size() == 1 ? files.first().chopped(5) : QString();
}

QJsonObject savedFile(const QString &dir, const QString &id)
{
    QFile f(dir + u'/' + id + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// An onboarding that waits for confirmation (made with --no-wait, so no process holds it).
QString waitingOnboarding(Sim &sim, const QString &dir)
{
    Run onboard(onboardArgs(sim, dir));
    if (onboard.wait() != 7)
        return {};
    return onlyOnboardingId(dir);
}

bool isResumed(const QJsonObject &e)
{
    return e.value(QStringLiteral("event")).toString() == QLatin1String("resumed");
}

} // namespace

class TestCliOnboardLock : public QObject
{
    Q_OBJECT

private slots:
    void secondProcessIsRefusedAndNothingIsLost()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        const QString id = waitingOnboarding(sim, dir.path());
        QVERIFY(!id.isEmpty());
        const QString clientId = savedFile(dir.path(), id).value(QStringLiteral("clientId")).toString();
        QVERIFY(!clientId.isEmpty());

        Run first(resumeArgs(id, dir.path()), {}, {{QStringLiteral("USER"), QStringLiteral("kari")}});
        QVERIFY2(first.waitForEvent(isResumed), first.stderrText().constData());
        const qint64 firstPid = first.pid();
        QVERIFY(firstPid > 0);

        // The second resume: refused, exit 7, says who and since when; it sends nothing.
        Run second(resumeArgs(id, dir.path()));
        SFM_COMPARE_EXIT(second, 7);
        const auto error = second.last(QStringLiteral("error"));
        QVERIFY2(error, second.stdoutText().constData());
        QCOMPARE(error->value(QStringLiteral("code")).toString(),
                 QStringLiteral("storage.onboarding.locked"));
        const QString message = QString::fromUtf8(second.stderrText());
        QVERIFY2(message.contains(QStringLiteral("is in use by kari on ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("(sfmctl, process %1) since ").arg(firstPid)),
                 qPrintable(message));
        QVERIFY(!second.last(QStringLiteral("resumed")));

        // export --out would mark it exported: refused too. Reading works meanwhile.
        Run exporter({QStringLiteral("export"), id, QStringLiteral("--dir"), dir.path(),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("epj.json"))});
        SFM_COMPARE_EXIT(exporter, 7);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("epj.json"))));

        Run status(
            {QStringLiteral("status"), id, QStringLiteral("--dir"), dir.path(), QStringLiteral("--json")});
        SFM_COMPARE_EXIT(status, 7); // waiting for confirmation
        const QJsonObject shown = QJsonDocument::fromJson(status.stdoutText().trimmed()).object();
        const QJsonObject holder = shown.value(QStringLiteral("inUseBy")).toObject();
        QCOMPARE(holder.value(QStringLiteral("pid")).toInteger(), firstPid);
        QCOMPARE(holder.value(QStringLiteral("user")).toString(), QStringLiteral("kari"));
        QCOMPARE(holder.value(QStringLiteral("application")).toString(), QStringLiteral("sfmctl"));
        QVERIFY(
            QDateTime::fromString(holder.value(QStringLiteral("since")).toString(), Qt::ISODate).isValid());

        Run statusText({QStringLiteral("status"), id, QStringLiteral("--dir"), dir.path()});
        SFM_COMPARE_EXIT(statusText, 7);
        QVERIFY2(statusText.stdoutText().contains("In use by: kari on "),
                 statusText.stdoutText().constData());

        Run list({QStringLiteral("list"), QStringLiteral("--dir"), dir.path(), QStringLiteral("--json")});
        SFM_COMPARE_EXIT(list, 0);
        const QJsonObject listed = QJsonDocument::fromJson(list.stdoutText().trimmed()).object();
        QCOMPARE(listed.value(QStringLiteral("onboardings")).toArray().size(), 1);
        QVERIFY(
            listed.value(QStringLiteral("problems")).toArray().isEmpty()); // lock files are no onboardings
        QCOMPARE(listed.value(QStringLiteral("onboardings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("inUseBy"))
                     .toObject()
                     .value(QStringLiteral("pid"))
                     .toInteger(),
                 firstPid);

        // The first goes on to the end: one client, the file says ready, the lock is gone.
        QVERIFY(sim.confirm(clientId));
        QVERIFY(sim.sign(clientId));
        SFM_COMPARE_EXIT(first, 0);
        QCOMPARE(sim.clients().size(), 1);
        const QJsonObject saved = savedFile(dir.path(), id);
        QCOMPARE(saved.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
        QVERIFY(saved.value(QStringLiteral("revision")).toInteger() > 1);
        Run after(
            {QStringLiteral("status"), id, QStringLiteral("--dir"), dir.path(), QStringLiteral("--json")});
        SFM_COMPARE_EXIT(after, 0);
        QVERIFY(!QJsonDocument::fromJson(after.stdoutText().trimmed())
                     .object()
                     .contains(QStringLiteral("inUseBy")));
    }

    void lockOfAKilledProcessIsTakenOver()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        const QString id = waitingOnboarding(sim, dir.path());
        QVERIFY(!id.isEmpty());
        const QString clientId = savedFile(dir.path(), id).value(QStringLiteral("clientId")).toString();

        Run killed(resumeArgs(id, dir.path()));
        QVERIFY2(killed.waitForEvent(isResumed), killed.stderrText().constData());
        killed.killHard();
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("locks/%1.lock").arg(id)))); // left behind

        Run next(resumeArgs(id, dir.path()));
        QVERIFY2(next.waitForEvent(isResumed), next.stderrText().constData());
        QVERIFY(sim.confirm(clientId));
        QVERIFY(sim.sign(clientId));
        SFM_COMPARE_EXIT(next, 0);
        QCOMPARE(sim.clients().size(), 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("locks/%1.lock").arg(id))));
    }
};

QTEST_GUILESS_MAIN(TestCliOnboardLock)
#include "tst_cli_onboard_lock.moc"
