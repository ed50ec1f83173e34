// `sfmctl sim`: the built-in simulator behind sfmctl starts on a free loopback port, prints its one JSON
// line, answers discovery like HelseID, and stops cleanly on SIGTERM with its state saved; a bad option is a
// usage error.
#include "ChildProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString sfmctlPath()
{
    return QStringLiteral(SFM_BINARY_DIR "/app/sfmctl");
}

} // namespace

class TestCliSim : public QObject
{
    Q_OBJECT

private slots:
    void startsAnswersDiscoveryAndStopsCleanly()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("sim-state.json"));
        QProcess sim;
        sim.start(sfmctlPath(), {QStringLiteral("sim"), QStringLiteral("--state"), state,
                                 QStringLiteral("--cache-delay"), QStringLiteral("0")});
        QVERIFY(sfmtest::startedPid(sim) > 0);
        QVERIFY2(
            QTest::qWaitFor([&] { return sim.canReadLine() || sim.state() == QProcess::NotRunning; }, 60000),
            "no start-up line");
        const QJsonObject info = QJsonDocument::fromJson(sim.readLine()).object();
        const QString issuer = info.value(QStringLiteral("issuer")).toString();
        QVERIFY2(issuer.startsWith(QStringLiteral("http://127.0.0.1:")),
                 sim.readAllStandardError().constData());
        for (const char *member : {"api", "portal", "control", "klientmaler"})
            QVERIFY2(info.contains(QLatin1String(member)), member);

        QNetworkAccessManager nam;
        QNetworkReply *reply =
            nam.get(QNetworkRequest(QUrl(issuer + QStringLiteral("/.well-known/openid-configuration"))));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject discovery = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        QCOMPARE(discovery.value(QStringLiteral("issuer")).toString(), issuer);
        QCOMPARE(discovery.value(QStringLiteral("token_endpoint")).toString(),
                 issuer + QStringLiteral("/connect/token"));

        sim.terminate(); // SIGTERM, as a service manager or Ctrl+C would stop it
        QVERIFY(sim.waitForFinished(30000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
        QVERIFY(sim.readAllStandardOutput().trimmed().isEmpty()); // one line only; the log goes to stderr
        QFile saved(state);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(saved.readAll()).isObject());
    }

    void badOptionIsAUsageError()
    {
        QProcess sim;
        sim.start(sfmctlPath(), {QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("none")});
        QVERIFY(sim.waitForFinished(30000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(sim.readAllStandardError().contains("--port"));
    }
};

QTEST_GUILESS_MAIN(TestCliSim)
#include "tst_cli_sim.moc"
