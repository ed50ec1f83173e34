// Core dumps off (core/ProcessHardening): in this process after the call, and in the built sfmctl, whose
// main() makes the call first (a running `sfmctl sim` is looked at through /proc).
#include "ProcessHardening.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

class TstProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void coreDumpsAreOffInThisProcess()
    {
        QVERIFY(sfm::disableCoreDumps());
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        struct rlimit limit;
        QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(quint64(limit.rlim_cur), quint64(0));
        QCOMPARE(quint64(limit.rlim_max), quint64(0)); // hard limit too: the process cannot raise it again
        QVERIFY(sfm::disableCoreDumps());              // a second call does no harm
    }

    void sfmctlTurnsThemOff()
    {
        QProcess sim;
        sim.start(QStringLiteral(SFM_BINARY_DIR "/app/sfmctl"),
                  {QStringLiteral("sim"), QStringLiteral("--demo")});
        QVERIFY(sim.waitForStarted(10000));
        QVERIFY(sim.waitForReadyRead(30000)); // it announces its URLs once it listens
        QFile limits(QStringLiteral("/proc/%1/limits").arg(sim.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QString text = QString::fromLatin1(limits.readAll());
        sim.kill();
        sim.waitForFinished(10000);
        static const QRegularExpression core(QStringLiteral("Max core file size\\s+(\\S+)\\s+(\\S+)"));
        const auto match = core.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        QCOMPARE(match.captured(1), QStringLiteral("0"));
        QCOMPARE(match.captured(2), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TstProcessHardening)
#include "tst_process_hardening.moc"
