// sfmctl login-test against the helseid-sim program, with the browser supplied by the test (BROWSER set to
// a small script that follows the authorize redirect to sfmctl's loopback listener, as a browser would):
// the test login reaches a token with the SFM scope and the SFM-id once access is granted, and says why
// not before; `sfmctl token` asked for an SFM scope explains and points to login-test.
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
            QStringLiteral("--poll-interval"),
            QStringLiteral("1"),
            QStringLiteral("--poll-max"),
            QStringLiteral("1"),
            QStringLiteral("--cache-delay"),
            QStringLiteral("0"),
            QStringLiteral("--no-listen"),
            QStringLiteral("--json")};
}

} // namespace

class TestCliLoginTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tools;
    QList<QPair<QString, QString>> m_browserEnv;

private slots:
    void initTestCase()
    {
        const QString script = m_tools.filePath(QStringLiteral("browser.py"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("import sys, urllib.request\nurllib.request.urlopen(sys.argv[1], timeout=30).read()\n");
        f.close();
        m_browserEnv = {{QStringLiteral("BROWSER"), QStringLiteral("/usr/bin/python3 ") + script}};
    }

    void loginTestProvesSfmAccessOnceGranted()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        const QString obDir = dir.filePath(QStringLiteral("onboardings"));
        Run run(onboardArgs(sim, obDir));
        auto waiting = run.waitForState(QStringLiteral("awaiting-confirmation"));
        QVERIFY2(waiting, run.stderrText().constData());
        const QString id = waiting->value(QStringLiteral("onboarding")).toString();
        const QString clientId = waiting->value(QStringLiteral("clientId")).toString();
        QVERIFY(sim.confirm(clientId));
        QVERIFY(run.waitForState(QStringLiteral("awaiting-access")));
        run.killHard(); // a second process may not work the onboarding meanwhile

        // Confirmed, not signed: HelseID does not give the SFM scope yet; the reason and exit 5.
        Run early({QStringLiteral("login-test"), id, QStringLiteral("--dir"), obDir}, {}, m_browserEnv);
        SFM_COMPARE_EXIT(early, 5);
        QVERIFY2(early.stderrText().contains("e-helse:sfm.api/sfm.api2"), early.stderrText().constData());

        QVERIFY(sim.sign(clientId));
        Run resume({QStringLiteral("resume"), id, QStringLiteral("--dir"), obDir, QStringLiteral("--json")});
        SFM_COMPARE_EXIT(resume, 0);
        const QString sfmIdOfStatus =
            resume.last(QStringLiteral("done"))->value(QStringLiteral("sfmId")).toString();

        // The test login: PAR, the "browser" follows the redirect, the code exchange; exit 0.
        Run login(
            {QStringLiteral("login-test"), id, QStringLiteral("--dir"), obDir, QStringLiteral("--json")}, {},
            m_browserEnv);
        SFM_COMPARE_EXIT(login, 0);
        const auto event = login.last(QStringLiteral("login"));
        QVERIFY2(event, login.stderrText().constData());
        QVERIFY(event->value(QStringLiteral("goodForSfm")).toBool());
        QVERIFY(event->value(QStringLiteral("scopes"))
                    .toArray()
                    .contains(QStringLiteral("e-helse:sfm.api/sfm.api2")));
        QCOMPARE(event->value(QStringLiteral("securityLevel")).toString(), QStringLiteral("4"));
        QVERIFY(!event->value(QStringLiteral("hprNumber")).toString().isEmpty());
        QCOMPARE(event->value(QStringLiteral("organizationNumber")).toString(), QStringLiteral("974760673"));
        const QString sfmId = event->value(QStringLiteral("sfmId")).toString();
        QVERIFY(!sfmId.isEmpty());
        if (!sfmIdOfStatus.isEmpty())
            QCOMPARE(sfmId, sfmIdOfStatus);
        QVERIFY(!event->contains(QStringLiteral("accessToken"))); // the token itself is never printed

        // The plain-words table for a person.
        Run human({QStringLiteral("login-test"), id, QStringLiteral("--dir"), obDir}, {}, m_browserEnv);
        SFM_COMPARE_EXIT(human, 0);
        QVERIFY2(human.stdoutText().contains("HPR number"), human.stdoutText().constData());
        QVERIFY(human.stdoutText().contains(sfmId.toUtf8()));

        // status records the proof and shows the SFM-id.
        Run status({QStringLiteral("status"), id, QStringLiteral("--dir"), obDir});
        SFM_COMPARE_EXIT(status, 0);
        QVERIFY2(status.stdoutText().contains("SFM accepted the client"), status.stdoutText().constData());
        QVERIFY(status.stdoutText().contains(sfmId.toUtf8()));

        // sfmctl token for the SFM scope explains instead of failing obscurely; the default scope works.
        Run sfmToken({QStringLiteral("token"), id, QStringLiteral("--scope"),
                      QStringLiteral("e-helse:sfm.api/sfm.api2"), QStringLiteral("--dir"), obDir});
        SFM_COMPARE_EXIT(sfmToken, 2);
        QVERIFY2(sfmToken.stderrText().contains(QByteArray(QByteArray("sfmctl login-test ") + id.toUtf8())),
                 sfmToken.stderrText().constData());
        Run selfToken(
            {QStringLiteral("token"), id, QStringLiteral("--dir"), obDir, QStringLiteral("--json")});
        SFM_COMPARE_EXIT(selfToken, 0);
        QCOMPARE(selfToken.last(QStringLiteral("token"))->value(QStringLiteral("scope")).toString(),
                 QStringLiteral("nhn:selvbetjening/client"));
    }

    void loginTestWithoutAClientSaysSo()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        const QString obDir = dir.filePath(QStringLiteral("onboardings"));
        Run run(onboardArgs(sim, obDir) +
                QStringList{QStringLiteral("--stop-after"), QStringLiteral("key-ready")});
        SFM_COMPARE_EXIT(run, 7);
        const auto state = run.waitForState(QStringLiteral("key-ready"));
        QVERIFY(state);
        Run login({QStringLiteral("login-test"), state->value(QStringLiteral("onboarding")).toString(),
                   QStringLiteral("--dir"), obDir},
                  {}, m_browserEnv);
        SFM_COMPARE_EXIT(login, 7);
        QVERIFY(login.stderrText().contains("no client yet"));
    }
};

QTEST_GUILESS_MAIN(TestCliLoginTest)
#include "tst_cli_login_test.moc"
