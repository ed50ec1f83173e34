// Onboarding files are input, not trusted state: a file planted in the onboarding folder that names the
// environment "prod" (or "test") with the addresses of somewhere else — here this test's own loopback
// listener — is refused when it is read, before any request: the listener never sees a connection, the
// vendor's API key (given on stdin) goes nowhere, `sfmctl list` lists the file as a problem with the reason,
// and `resume`, `status` and `renew` of it exit non-zero saying why.
#include "tst_cli_onboard_fixture.h"

#include "onboarding/OnboardingData.h"
#include "storage/PrivateFile.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace clitest;
using namespace sfm;

namespace {

const QByteArray ApiKey = QByteArrayLiteral("PLANTED-FILE-TEST-API-KEY-7f3a");

// An onboarding as this program would have saved it for env, then its addresses changed to `elsewhere`.
// keyReady: before registration (resume would post a draft with the API key); else waiting for confirmation
// (resume would ask HelseID for tokens).
QJsonObject planted(const helseid::Environment &env, const QUrl &elsewhere, bool keyReady)
{
    onboarding::OnboardingSetup setup;
    setup.environment = env;
    setup.organizationNumber = QStringLiteral("974760673");
    setup.journalName = QStringLiteral("Planted");
    setup.scopes = {QStringLiteral("nhn:selvbetjening/client"), QStringLiteral("e-helse:sfm.api/sfm.api2")};
    setup.algorithm = crypto::Algorithm::ES256;
    onboarding::OnboardingData d = onboarding::OnboardingData::create(setup);
    d.state = keyReady ? onboarding::State::KeyReady : onboarding::State::AwaitingConfirmation;
    d.kid = QStringLiteral("kid-planted");
    d.keyReference = {onboarding::KeyReference::Kind::Keychain, QStringLiteral("sfm-onboarding"),
                      QStringLiteral("planted/kid-planted")};
    if (!keyReady)
        d.clientId = QStringLiteral("client-planted");
    QJsonObject json = d.toJson();
    QJsonObject s = json.value(QStringLiteral("setup")).toObject();
    const QString url = elsewhere.toString();
    s[QStringLiteral("issuer")] = url;
    s[QStringLiteral("api")] = url;
    s[QStringLiteral("portal")] = url;
    json[QStringLiteral("setup")] = s;
    return json;
}

} // namespace

class TestCliUntrustedFile : public QObject
{
    Q_OBJECT

private slots:
    void plantedEnvironmentIsRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<bool>("keyReady");
        QTest::newRow("prod, before registration") << QStringLiteral("prod") << true;
        QTest::newRow("prod, waiting") << QStringLiteral("prod") << false;
        QTest::newRow("test, before registration") << QStringLiteral("test") << true;
    }

    void plantedEnvironmentIsRefusedBeforeAnyRequest()
    {
        QFETCH(QString, environment);
        QFETCH(bool, keyReady);
        // The test's own listener: whatever connects to it is counted.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&listener, &QTcpServer::newConnection, &listener, [&] {
            while (QTcpSocket *socket = listener.nextPendingConnection()) {
                ++connections;
                socket->abort();
                socket->deleteLater();
            }
        });
        const QUrl elsewhere(QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort()));

        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral("onboardings"));
        QVERIFY(QDir().mkpath(dir));
        const auto env = helseid::Environment::fromName(environment);
        QVERIFY(env.ok());
        const QJsonObject json = planted(env.value(), elsewhere, keyReady);
        const QString id = json.value(QStringLiteral("id")).toString();
        QVERIFY(storage::PrivateFile::write(dir + u'/' + id + QStringLiteral(".json"),
                                            QJsonDocument(json).toJson())
                    .ok());
        const QList<QPair<QString, QString>> vars{
            {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))},
            {QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))},
            {QStringLiteral("LANGUAGE"), QStringLiteral("en")}};

        // list: not among the onboardings, but a problem with the reason.
        Run list({QStringLiteral("list"), QStringLiteral("--dir"), dir}, {}, vars);
        SFM_COMPARE_EXIT(list, 0);
        QVERIFY2(!list.stdoutText().contains(id.left(8).toUtf8()), list.stdoutText().constData());
        QVERIFY2(list.stderrText().contains("Skipped") && list.stderrText().contains(environment.toUtf8()) &&
                     list.stderrText().contains("do not belong"),
                 list.stderrText().constData());
        // The folder is not reported as empty: its one file was refused.
        QVERIFY2(!list.stderrText().contains("No onboardings in") &&
                     list.stderrText().contains("every file there was refused"),
                 list.stderrText().constData());
        Run listJson({QStringLiteral("list"), QStringLiteral("--dir"), dir, QStringLiteral("--json")}, {},
                     vars);
        SFM_COMPARE_EXIT(listJson, 0);
        const QJsonObject listed = QJsonDocument::fromJson(listJson.stdoutText()).object();
        QCOMPARE(listed.value(QStringLiteral("onboardings")).toArray().size(), 0);
        const QJsonArray problems = listed.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first()[QStringLiteral("code")].toString(),
                 QStringLiteral("helseid.environment.saved_mismatch"));
        QVERIFY(problems.first()[QStringLiteral("detail")].toString().contains(id));

        // resume (with the vendor's API key offered on stdin), status and renew: refused, saying why.
        Run resume({QStringLiteral("resume"), id, QStringLiteral("--dir"), dir,
                    QStringLiteral("--api-key-stdin"), QStringLiteral("--poll-interval"), QStringLiteral("1"),
                    QStringLiteral("--poll-max"), QStringLiteral("1")},
                   ApiKey + '\n', vars);
        SFM_COMPARE_EXIT(resume, 3);
        QVERIFY2(resume.stderrText().contains("do not belong") && resume.stderrText().contains("not used"),
                 resume.stderrText().constData());
        for (const QString &command : {QStringLiteral("status"), QStringLiteral("renew")}) {
            Run other({command, id.left(8), QStringLiteral("--dir"), dir}, {}, vars);
            const int exit = other.wait();
            QVERIFY2(exit != 0 && exit != -1, qPrintable(command));
            QVERIFY2(other.stderrText().contains("do not belong"), other.stderrText().constData());
            QVERIFY(!other.stdoutText().contains(ApiKey) && !other.stderrText().contains(ApiKey));
        }
        QVERIFY(!resume.stdoutText().contains(ApiKey) && !resume.stderrText().contains(ApiKey));

        // Nothing reached the listener, and the file is as it was planted: refused, not repaired.
        QTest::qWait(50);
        QCOMPARE(connections, 0);
        QVERIFY(!listener.hasPendingConnections());
        QFile file(dir + u'/' + id + QStringLiteral(".json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), json);
        // The listener was there all along and counts what reaches it, so the 0 above can fail.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QVERIFY(QTest::qWaitFor([&] { return connections == 1; }, 5000));
    }
};

QTEST_GUILESS_MAIN(TestCliUntrustedFile)
#include "tst_cli_untrusted_file.moc"
