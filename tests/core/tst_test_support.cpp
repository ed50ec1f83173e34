// The test helpers that can do harm or hide a gap when wrong (tests/common): killing a child that has
// already ended signals nobody (never kill(0), which would end the whole test run), and a tool CI installs
// fails a test under CI=true instead of skipping it. Each probe runs in a child copy of this test, in a
// session of its own, so a helper gone wrong takes down only that child, which the parent then reports.
#include "ChildProcess.h"
#include "MissingTool.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <unistd.h>

namespace {

const char ProbeVariable[] = "SFM_TEST_SUPPORT_PROBE";

struct ProbeRun
{
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray output;
};

// Runs one probe slot of this test binary in its own session, with extra environment.
ProbeRun runProbe(const QString &slot, const QList<QPair<QString, QString>> &env)
{
    QProcess probe;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QString::fromLatin1(ProbeVariable), QStringLiteral("1"));
    e.remove(QStringLiteral("CI"));
    for (const auto &[name, value] : env)
        e.insert(name, value);
    probe.setProcessEnvironment(e);
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.setChildProcessModifier([] { ::setsid(); }); // a group of its own: a kill(0) ends only it
    probe.start(QCoreApplication::applicationFilePath(), {slot});
    ProbeRun run;
    if (!probe.waitForFinished(60000)) {
        probe.kill();
        probe.waitForFinished(5000);
        return run;
    }
    run.exitStatus = probe.exitStatus();
    run.exitCode = probe.exitCode();
    run.output = probe.readAll();
    return run;
}

bool isProbe()
{
    return qEnvironmentVariableIsSet(ProbeVariable);
}

} // namespace

class TestTestSupport : public QObject
{
    Q_OBJECT

private slots:
    // --- probes: run only in the child copy --------------------------------------------------------------
    void killAfterTheChildEndedProbe()
    {
        if (!isProbe())
            QSKIP("runs in a child copy (killHardAfterTheChildEndedSignalsNobody)");
        QProcess child;
        child.start(QStringLiteral("/bin/true"), {});
        const qint64 pid = sfmtest::startedPid(child);
        QVERIFY(pid > 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.processId(), 0); // what made the old helper signal pid 0
        QVERIFY(!sfmtest::killHard(child, pid));
    }

    void killWhileRunningProbe()
    {
        if (!isProbe())
            QSKIP("runs in a child copy (killHardEndsARunningChild)");
        QProcess child;
        child.start(QStringLiteral("/bin/sleep"), {QStringLiteral("60")});
        const qint64 pid = sfmtest::startedPid(child);
        QVERIFY(pid > 0);
        QVERIFY(sfmtest::killHard(child, pid));
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    }

    void missingToolProbe()
    {
        if (!isProbe())
            QSKIP("runs in a child copy (missingToolSkipsHereAndFailsInCi)");
        SFM_SKIP_OR_FAIL_IN_CI("probe: a tool that is never there");
    }

    // --- the tests ----------------------------------------------------------------------------------------
    void killHardAfterTheChildEndedSignalsNobody()
    {
        if (isProbe())
            return;
        const ProbeRun run = runProbe(QStringLiteral("killAfterTheChildEndedProbe"), {});
        QVERIFY2(run.exitStatus == QProcess::NormalExit, "the probe was killed: a signal went to its group");
        QVERIFY2(run.exitCode == 0, run.output.constData());
        QVERIFY(run.output.contains("PASS   : TestTestSupport::killAfterTheChildEndedProbe()"));
    }

    void killHardEndsARunningChild()
    {
        if (isProbe())
            return;
        const ProbeRun run = runProbe(QStringLiteral("killWhileRunningProbe"), {});
        QVERIFY2(run.exitStatus == QProcess::NormalExit, "the probe was killed: a signal went to its group");
        QVERIFY2(run.exitCode == 0, run.output.constData());
        QVERIFY(run.output.contains("PASS   : TestTestSupport::killWhileRunningProbe()"));
    }

    void missingToolSkipsHereAndFailsInCi()
    {
        if (isProbe())
            return;
        const ProbeRun local = runProbe(QStringLiteral("missingToolProbe"), {});
        QCOMPARE(local.exitStatus, QProcess::NormalExit);
        QVERIFY2(local.exitCode == 0, local.output.constData());
        QVERIFY(local.output.contains(
            "SKIP   : TestTestSupport::missingToolProbe() probe: a tool that is never there"));

        const ProbeRun ci =
            runProbe(QStringLiteral("missingToolProbe"), {{QStringLiteral("CI"), QStringLiteral("true")}});
        QCOMPARE(ci.exitStatus, QProcess::NormalExit);
        QCOMPARE(ci.exitCode, 1);
        QVERIFY2(ci.output.contains(
                     "FAIL!  : TestTestSupport::missingToolProbe() CI=true, but a tool CI installs is "
                     "missing: probe: a tool that is never there"),
                 ci.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_test_support.moc"
