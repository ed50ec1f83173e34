// sfmctl renew against the helseid-sim program, with the real keychain (private keyring session): --due
// renews only the onboarding whose key expires within the window (the simulator gives it a 20-day key),
// prints one line each, re-exports the EPJ configuration, records the run in agent-state.json; status and
// list show the key's expiry; renew ID renews one; bad arguments are usage errors. Unattended (as the
// agent's service, JOURNAL_STREAM set): a failed renewal is one journal line with an error priority and a
// desktop notification through notify-send (a stand-in on PATH records its arguments).
#include "tst_cli_onboard_fixture.h"

#include "onboarding/OnboardingStore.h"

using namespace clitest;

namespace {

// An Alternative 1 onboarding run to Ready by sfmctl; its id (empty on failure).
QString onboardReady(Sim &sim, const QString &dir, const QString &name, const QString &exportTo,
                     const QList<QPair<QString, QString>> &env)
{
    QStringList args{QStringLiteral("onboard"),
                     QStringLiteral("--environment"),
                     QStringLiteral("demo"),
                     QStringLiteral("--sim-info"),
                     QString::fromUtf8(sim.line()),
                     QStringLiteral("--org"),
                     QStringLiteral("974760673"),
                     QStringLiteral("--name"),
                     name,
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
                     QStringLiteral("--json")};
    if (!exportTo.isEmpty())
        args << QStringLiteral("--export") << exportTo;
    Run run(args, {}, env);
    auto waiting = run.waitForState(QStringLiteral("awaiting-confirmation"));
    if (!waiting)
        return {};
    const QString clientId = waiting->value(QStringLiteral("clientId")).toString();
    if (!sim.confirm(clientId) || !sim.sign(clientId) || run.wait() != 0)
        return {};
    return waiting->value(QStringLiteral("onboarding")).toString();
}

QJsonObject status(const QString &dir, const QString &id, const QList<QPair<QString, QString>> &env)
{
    Run run({QStringLiteral("status"), id, QStringLiteral("--dir"), dir, QStringLiteral("--json")}, {}, env);
    run.wait();
    return QJsonDocument::fromJson(run.stdoutText()).object();
}

} // namespace

class TestCliRenew : public QObject
{
    Q_OBJECT

private slots:
    void dueRenewsOnlyWhatIsDue()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral("onboardings"));
        const QString epj = home.filePath(QStringLiteral("epj.json"));
        const QList<QPair<QString, QString>> env{
            {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))},
            {QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))}};

        // One client whose key HelseID says expires in 20 days, one with a year.
        QVERIFY(sim.settings({{QStringLiteral("keyLifetimeDays"), 20}}));
        const QString soon = onboardReady(sim, dir, QStringLiteral("Soon"), epj, env);
        QVERIFY(!soon.isEmpty());
        QVERIFY(sim.settings({{QStringLiteral("keyLifetimeDays"), 365}}));
        const QString later = onboardReady(sim, dir, QStringLiteral("Later"), {}, env);
        QVERIFY(!later.isEmpty());
        const QJsonObject soonBefore = status(dir, soon, env);
        const QJsonObject laterBefore = status(dir, later, env);
        QVERIFY(soonBefore.value(QStringLiteral("keyDaysLeft")).toInt() <= 20);
        QVERIFY(laterBefore.value(QStringLiteral("keyDaysLeft")).toInt() >= 360);

        // status and list show the expiry with the days left.
        Run shown({QStringLiteral("status"), soon, QStringLiteral("--dir"), dir}, {}, env);
        QCOMPARE(shown.wait(), 0);

        Run listed({QStringLiteral("list"), QStringLiteral("--dir"), dir}, {}, env);
        QCOMPARE(listed.wait(), 0);
        const QString expiry =
            QDateTime::fromString(soonBefore.value(QStringLiteral("keyExpiresAt")).toString(), Qt::ISODate)
                .toLocalTime()
                .date()
                .toString(Qt::ISODate);
        QVERIFY2(listed.stdoutText().contains(expiry.toUtf8()), listed.stdoutText().constData());
        QVERIFY2(shown.stdoutText().contains(expiry.toUtf8()), shown.stdoutText().constData());

        // renew --due: the due one is renewed, the other is not; one line each.
        Run due({QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--dir"), dir}, {}, env);
        QCOMPARE(due.wait(), 0);
        const QList<QByteArray> lines = due.stdoutText().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject soonAfter = status(dir, soon, env);
        const QJsonObject laterAfter = status(dir, later, env);
        QVERIFY(soonAfter.value(QStringLiteral("kid")) != soonBefore.value(QStringLiteral("kid")));
        QVERIFY(soonAfter.value(QStringLiteral("keyDaysLeft")).toInt() >= 360);
        QCOMPARE(laterAfter.value(QStringLiteral("kid")), laterBefore.value(QStringLiteral("kid")));
        QVERIFY(soonAfter.contains(QStringLiteral("previousKeyRemoveAfter")));
        // HelseID has two keys for the renewed client, one for the other.
        const QString soonClient = soonAfter.value(QStringLiteral("clientId")).toString();
        const QString laterClient = laterAfter.value(QStringLiteral("clientId")).toString();
        QCOMPARE(sim.call("GET", QStringLiteral("/clients/%1/keys").arg(soonClient)).second.array().size(),
                 2);
        QCOMPARE(sim.call("GET", QStringLiteral("/clients/%1/keys").arg(laterClient)).second.array().size(),
                 1);
        // The exported EPJ configuration names the new key.
        QFile file(epj);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(soonAfter.value(QStringLiteral("kid")).toString().toUtf8()));
        // The new key works for a token.
        Run token({QStringLiteral("token"), soon, QStringLiteral("--dir"), dir}, {}, env);
        QCOMPARE(token.wait(), 0);

        // The run is recorded for `sfmctl agent status`.
        QFile state(home.filePath(QStringLiteral("data/sfm-onboarding/sfm-onboarding/agent-state.json")));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QJsonObject run =
            QJsonDocument::fromJson(state.readAll()).object().value(QStringLiteral("lastRun")).toObject();
        QCOMPARE(run.value(QStringLiteral("exitCode")).toInt(), 0);
        QMap<QString, QString> results;
        for (const QJsonValue &v : run.value(QStringLiteral("items")).toArray())
            results.insert(v[QStringLiteral("onboarding")].toString(),
                           v[QStringLiteral("result")].toString());
        QCOMPARE(results.value(soon), QStringLiteral("renewed"));
        QCOMPARE(results.value(later), QStringLiteral("not-due"));

        // Again: nothing is due any more.
        Run again({QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--dir"), dir}, {}, env);
        QCOMPARE(again.wait(), 0);
        QCOMPARE(status(dir, soon, env).value(QStringLiteral("kid")), soonAfter.value(QStringLiteral("kid")));
        QCOMPARE(sim.call("GET", QStringLiteral("/clients/%1/keys").arg(soonClient)).second.array().size(),
                 2);

        // renew ID renews one, whatever its expiry; a wider window (400 days) makes the other due too.
        Run one({QStringLiteral("renew"), later, QStringLiteral("--dir"), dir}, {}, env);
        QCOMPARE(one.wait(), 0);
        QVERIFY(status(dir, later, env).value(QStringLiteral("kid")) !=
                laterBefore.value(QStringLiteral("kid")));
        Run wide({QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--within"),
                  QStringLiteral("400d"), QStringLiteral("--dir"), dir, QStringLiteral("--json")},
                 {}, env);
        QCOMPARE(wide.wait(), 0);
        int renewed = 0;
        for (const QJsonObject &e : wide.events())
            renewed += e.value(QStringLiteral("event")).toString() == QLatin1String("renew") &&
                       e.value(QStringLiteral("result")).toString() == QLatin1String("renewed");
        QCOMPARE(renewed, 2);
    }

    void failedRenewalNotifiesAPerson()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral("onboardings"));
        QList<QPair<QString, QString>> env{
            {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))},
            {QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))}};
        QVERIFY(sim.settings({{QStringLiteral("keyLifetimeDays"), 20}}));
        const QString id = onboardReady(sim, dir, QStringLiteral("Soon"), {}, env);
        QVERIFY(!id.isEmpty());
        // HelseID refuses the new key, once.
        QVERIFY(sim.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                           {QStringLiteral("path"), QStringLiteral("/api/v1/client-secret")},
                           {QStringLiteral("method"), QStringLiteral("POST")},
                           {QStringLiteral("status"), 400},
                           {QStringLiteral("count"), 1}}));
        // A stand-in notify-send that writes down what it was asked to show.
        const QString bin = home.filePath(QStringLiteral("bin"));
        const QString shown = home.filePath(QStringLiteral("notified.txt"));
        QVERIFY(QDir().mkpath(bin));
        QFile script(bin + QStringLiteral("/notify-send"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"" + shown.toUtf8() +
                     "\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        env.append({QStringLiteral("PATH"), bin + u':' + qEnvironmentVariable("PATH")});
        env.append({QStringLiteral("JOURNAL_STREAM"), QStringLiteral("8:12345")});

        Run due({QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--dir"), dir}, {}, env);
        QCOMPARE(due.wait(), 1);
        // The journal: one line for the onboarding, as an error; no step-by-step progress.
        const QList<QByteArray> lines = due.stdoutText().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith("<3>Soon"), lines.first().constData());
        QVERIFY2(!due.stderrText().contains("1/4"), due.stderrText().constData());
        // The notification names the journal and what to run; nothing secret in it.
        QFile notified(shown);
        QVERIFY(notified.open(QIODevice::ReadOnly));
        const QByteArray text = notified.readAll();
        QVERIFY2(text.contains("--urgency=critical"), text.constData());
        QVERIFY2(text.contains("Soon") && text.contains("sfmctl renew"), text.constData());
        QVERIFY(!text.contains("\"d\"") && !text.contains("PRIVATE"));

        // The next run finishes the renewal (HelseID is asked first): nothing to tell, no notification.
        QVERIFY(QFile::remove(shown));
        Run quiet({QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--dir"), dir}, {}, env);
        QCOMPARE(quiet.wait(), 0);
        QVERIFY(!QFile::exists(shown));
    }

    // One process per onboarding: while another process (this test) holds an onboarding's lock, renew ID
    // is refused with exit 7 and who has it, renew --due skips it with that line and exits non-zero, and
    // HelseID gets no new key; once the lock is let go, --due renews it.
    void anOnboardingInUseIsNotRenewed()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral("onboardings"));
        const QList<QPair<QString, QString>> env{
            {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))},
            {QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))}};
        QVERIFY(sim.settings({{QStringLiteral("keyLifetimeDays"), 20}}));
        const QString id = onboardReady(sim, dir, QStringLiteral("Busy"), {}, env);
        QVERIFY(!id.isEmpty());
        const QJsonObject before = status(dir, id, env);
        const QString clientId = before.value(QStringLiteral("clientId")).toString();

        sfm::onboarding::OnboardingStore store(dir);
        auto held = store.lock(id);
        QVERIFY(held.ok());

        Run one({QStringLiteral("renew"), id, QStringLiteral("--dir"), dir}, {}, env);
        SFM_COMPARE_EXIT(one, 7);
        QVERIFY2(one.stderrText().contains("in use by"), one.stderrText().constData());
        QVERIFY2(one.stderrText().contains(QCoreApplication::applicationName().toUtf8()),
                 one.stderrText().constData());

        Run due({QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--dir"), dir}, {}, env);
        SFM_COMPARE_EXIT(due, 7);
        QVERIFY2(due.stdoutText().contains("Busy") && due.stdoutText().contains("in use by"),
                 due.stdoutText().constData());
        QVERIFY2(due.stderrText().contains("1 skipped"), due.stderrText().constData());

        // Nothing happened: the same key here and at HelseID.
        QCOMPARE(status(dir, id, env).value(QStringLiteral("kid")), before.value(QStringLiteral("kid")));
        QCOMPARE(sim.call("GET", QStringLiteral("/clients/%1/keys").arg(clientId)).second.array().size(), 1);

        held.value().reset();
        Run free({QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--dir"), dir}, {}, env);
        SFM_COMPARE_EXIT(free, 0);
        QVERIFY(status(dir, id, env).value(QStringLiteral("kid")) != before.value(QStringLiteral("kid")));
    }

    void badArgumentsAreUsageErrors()
    {
        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral("onboardings"));
        const QList<QPair<QString, QString>> env{
            {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))}};
        Run none({QStringLiteral("renew"), QStringLiteral("--dir"), dir}, {}, env);
        QCOMPARE(none.wait(), 2);
        Run both({QStringLiteral("renew"), QStringLiteral("x"), QStringLiteral("--due"),
                  QStringLiteral("--dir"), dir},
                 {}, env);
        QCOMPARE(both.wait(), 2);
        Run window({QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--within"),
                    QStringLiteral("soon"), QStringLiteral("--dir"), dir},
                   {}, env);
        QCOMPARE(window.wait(), 2);
        Run unknown({QStringLiteral("renew"), QStringLiteral("nobody"), QStringLiteral("--dir"), dir}, {},
                    env);
        QCOMPARE(unknown.wait(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliRenew)
#include "tst_cli_renew.moc"
