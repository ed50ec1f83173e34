// sfmctl scopes against the helseid-sim program, with the real keychain (private keyring session): a scope
// added waits for signing (exit 7 with --no-wait, the statusReason printed), then `scopes` again or
// `resume` reaches ok; the client HelseID holds is unchanged apart from its scopes (GET /_sim/clients/{id}
// before and after); a scope the profile does not offer and removing nhn:selvbetjening/client are refused
// (exit 3) with nothing sent; no change asked is a usage error (exit 2).
#include "tst_cli_onboard_fixture.h"

using namespace clitest;

namespace {

const QString Migration = QStringLiteral("e-helse:sfm.api/sfm-migrering.api2");

QStringList scopesOf(const QJsonObject &client)
{
    QStringList names;
    for (const QJsonValue &v : client.value(QStringLiteral("apiScopes")).toArray())
        names.append(v.toObject().value(QStringLiteral("scope")).toString());
    return names;
}

QJsonObject withoutScopes(QJsonObject client)
{
    for (const char *member : {"apiScopes", "signedAt", "ready"})
        client.remove(QLatin1String(member));
    return client;
}

} // namespace

class TestCliScopes : public QObject
{
    Q_OBJECT

private slots:
    void addScopeWaitsForSigningThenReachesOk()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral("onboardings"));
        const QList<QPair<QString, QString>> env{
            {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))},
            {QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))}};
        Run onboard({QStringLiteral("onboard"),
                     QStringLiteral("--environment"),
                     QStringLiteral("demo"),
                     QStringLiteral("--sim-info"),
                     QString::fromUtf8(sim.line()),
                     QStringLiteral("--org"),
                     QStringLiteral("974760673"),
                     QStringLiteral("--child-org"),
                     QStringLiteral("987654325"),
                     QStringLiteral("--name"),
                     QStringLiteral("Legevakt"),
                     QStringLiteral("--dir"),
                     dir,
                     QStringLiteral("--alg"),
                     QStringLiteral("ES256"),
                     QStringLiteral("--poll-interval"),
                     QStringLiteral("1"),
                     QStringLiteral("--poll-max"),
                     QStringLiteral("1"),
                     QStringLiteral("--cache-delay"),
                     QStringLiteral("0"),
                     QStringLiteral("--json")},
                    {}, env);
        auto waiting = onboard.waitForState(QStringLiteral("awaiting-confirmation"));
        QVERIFY(waiting);
        const QString clientId = waiting->value(QStringLiteral("clientId")).toString();
        const QString id = waiting->value(QStringLiteral("onboarding")).toString();
        QVERIFY(sim.confirm(clientId) && sim.sign(clientId));
        QCOMPARE(onboard.wait(), 0);
        const QJsonObject before = sim.call("GET", QStringLiteral("/clients/") + clientId).second.object();
        QCOMPARE(before.value(QStringLiteral("childOrganizationNumbers")).toArray().size(), 1);

        // Refused before anything is sent.
        Run notOffered({QStringLiteral("scopes"), id, QStringLiteral("--add"), QStringLiteral("nhn:other/x"),
                        QStringLiteral("--dir"), dir},
                       {}, env);
        QCOMPARE(notOffered.wait(), 3);
        QVERIFY2(notOffered.stderrText().contains("nhn:other/x"), notOffered.stderrText().constData());
        Run required({QStringLiteral("scopes"), id, QStringLiteral("--remove"),
                      QStringLiteral("nhn:selvbetjening/client"), QStringLiteral("--dir"), dir},
                     {}, env);
        QCOMPARE(required.wait(), 3);
        Run nothing({QStringLiteral("scopes"), id, QStringLiteral("--dir"), dir}, {}, env);
        QCOMPARE(nothing.wait(), 2);
        QCOMPARE(sim.call("GET", QStringLiteral("/clients/") + clientId).second.object(), before);

        // Added: HelseID has it pending; --no-wait stops at signing with the reason shown.
        Run add({QStringLiteral("scopes"), id, QStringLiteral("--add"), Migration,
                 QStringLiteral("--no-wait"), QStringLiteral("--poll-interval"), QStringLiteral("1"),
                 QStringLiteral("--dir"), dir},
                {}, env);
        QCOMPARE(add.wait(), 7);
        QVERIFY2(add.stderrText().contains(QByteArray(Migration.toUtf8() + ": pending")),
                 add.stderrText().constData());
        const QJsonObject pending = sim.call("GET", QStringLiteral("/clients/") + clientId).second.object();
        QCOMPARE(scopesOf(pending), scopesOf(before) << Migration);

        // Signed: resume reaches ok; the rest of the client is as before.
        QVERIFY(sim.sign(clientId));
        Run resume({QStringLiteral("resume"), id, QStringLiteral("--poll-interval"), QStringLiteral("1"),
                    QStringLiteral("--dir"), dir},
                   {}, env);
        QCOMPARE(resume.wait(), 0);
        const QJsonObject after = sim.call("GET", QStringLiteral("/clients/") + clientId).second.object();
        QCOMPARE(withoutScopes(after), withoutScopes(before));
        QCOMPARE(scopesOf(after), scopesOf(before) << Migration);
        QVERIFY(after.value(QStringLiteral("ready")).toBool());
        Run status({QStringLiteral("status"), id, QStringLiteral("--dir"), dir, QStringLiteral("--json")}, {},
                   env);
        QCOMPARE(status.wait(), 0);
        QVERIFY2(status.stdoutText().contains(Migration.toUtf8()), status.stdoutText().constData());
        QVERIFY(status.stdoutText().contains("\"state\":\"ready\""));
    }
};

QTEST_MAIN(TestCliScopes)
#include "tst_cli_scopes.moc"
