// sfmctl contact ID [--email ADDRESS] [--language nb|nn|en] against the helseid-sim program: on an onboarding
// that waits for the customer's confirmation the contact changes in the file and nothing goes to HelseID
// (the simulator's log of answered requests); it shows the contact without options and removes the address
// with --email ""; a bad address or language is refused (exit 3) with the value named and the file
// untouched; while another process holds the onboarding it is refused with exit 7.
#include "tst_cli_onboard_fixture.h"

#include "onboarding/OnboardingLock.h"
#include "onboarding/OnboardingStore.h"

#include <QRegularExpression>

using namespace clitest;

namespace {

const QByteArray Passphrase = QByteArrayLiteral("correct horse battery staple 42\n");

// Requests the simulator answered outside its control API, in a stretch of its log.
int helseIdRequests(const QByteArray &log)
{
    static const QRegularExpression request(QStringLiteral("^sfm\\.sim: [A-Z]+ /(?!_sim)"),
                                            QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = request.globalMatch(QString::fromUtf8(log)); it.hasNext(); it.next())
        ++count;
    return count;
}

QByteArray fileOf(const QString &dir, const QString &id)
{
    QFile f(dir + u'/' + id + QStringLiteral(".json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject setupOf(const QString &dir, const QString &id)
{
    return QJsonDocument::fromJson(fileOf(dir, id)).object().value(QStringLiteral("setup")).toObject();
}

} // namespace

class TestCliContact : public QObject
{
    Q_OBJECT

    Sim m_sim;
    QTemporaryDir m_dir;
    QString m_id;

    QString onboardings() const { return m_dir.filePath(QStringLiteral("onboardings")); }

    QStringList contactArgs(const QStringList &extra) const
    {
        return QStringList{QStringLiteral("contact"), m_id, QStringLiteral("--dir"), onboardings()} + extra;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sim.start());
        // An onboarding that waits for the customer's confirmation, with a contact from the start; the key in
        // a passphrase-protected file (no keychain needed).
        Run onboard({QStringLiteral("onboard"),
                     QStringLiteral("--environment"),
                     QStringLiteral("demo"),
                     QStringLiteral("--sim-info"),
                     QString::fromUtf8(m_sim.line()),
                     QStringLiteral("--org"),
                     QStringLiteral("974760673"),
                     QStringLiteral("--name"),
                     QStringLiteral("Legevakt"),
                     QStringLiteral("--alg"),
                     QStringLiteral("ES256"),
                     QStringLiteral("--no-wait"),
                     QStringLiteral("--no-listen"),
                     QStringLiteral("--contact-email"),
                     QStringLiteral("first@nord.kommune.no"),
                     QStringLiteral("--contact-language"),
                     QStringLiteral("nb"),
                     QStringLiteral("--dir"),
                     onboardings(),
                     QStringLiteral("--key-store"),
                     QStringLiteral("file"),
                     QStringLiteral("--key-dir"),
                     m_dir.filePath(QStringLiteral("keys")),
                     QStringLiteral("--passphrase-stdin"),
                     QStringLiteral("--json")},
                    Passphrase);
        SFM_COMPARE_EXIT(onboard, 7);
        QTest::qWait(300);
        QVERIFY(helseIdRequests(m_sim.log()) > 0); // the count sees requests when there are any
        const QStringList files = QDir(onboardings()).entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        m_id = files.first().chopped(5);
        const QJsonObject setup = setupOf(onboardings(), m_id);
        QCOMPARE(setup.value(QStringLiteral("contactEmail")).toString(),
                 QStringLiteral("first@nord.kommune.no"));
        QCOMPARE(setup.value(QStringLiteral("contactLanguage")).toString(), QStringLiteral("nb"));
    }

    void changesAWaitingOnboardingAndSendsNothing()
    {
        const QJsonObject before = QJsonDocument::fromJson(fileOf(onboardings(), m_id)).object();
        QCOMPARE(before.value(QStringLiteral("state")).toString(), QStringLiteral("awaiting-confirmation"));
        (void)m_sim.log(); // what came before

        Run contact(
            contactArgs({QStringLiteral("--email"), QStringLiteral(" Kari@Nord.Kommune.no "),
                         QStringLiteral("--language"), QStringLiteral("NN"), QStringLiteral("--json")}));
        SFM_COMPARE_EXIT(contact, 0);
        const auto event = contact.last(QStringLiteral("contact"));
        QVERIFY2(event, contact.stdoutText().constData());
        QCOMPARE(event->value(QStringLiteral("contactEmail")).toString(),
                 QStringLiteral("Kari@Nord.Kommune.no"));
        QCOMPARE(event->value(QStringLiteral("contactLanguage")).toString(), QStringLiteral("nn"));
        QCOMPARE(event->value(QStringLiteral("changed")).toBool(), true);

        const QJsonObject after = QJsonDocument::fromJson(fileOf(onboardings(), m_id)).object();
        const QJsonObject setup = after.value(QStringLiteral("setup")).toObject();
        QCOMPARE(setup.value(QStringLiteral("contactEmail")).toString(),
                 QStringLiteral("Kari@Nord.Kommune.no"));
        QCOMPARE(setup.value(QStringLiteral("contactLanguage")).toString(), QStringLiteral("nn"));
        QCOMPARE(after.value(QStringLiteral("state")), before.value(QStringLiteral("state")));
        QCOMPARE(after.value(QStringLiteral("clientId")), before.value(QStringLiteral("clientId")));
        QCOMPARE(after.value(QStringLiteral("revision")).toInteger(),
                 before.value(QStringLiteral("revision")).toInteger() + 1);

        QTest::qWait(300); // the simulator's log is written as it answers
        const QByteArray log = m_sim.log();
        QCOMPARE(helseIdRequests(log), 0);
    }

    void showsAndRemovesTheAddress()
    {
        Run set(contactArgs({QStringLiteral("--email"), QStringLiteral("post@nord.kommune.no"),
                             QStringLiteral("--language"), QStringLiteral("en")}));
        SFM_COMPARE_EXIT(set, 0);
        Run show(contactArgs({}));
        SFM_COMPARE_EXIT(show, 0);
        QVERIFY2(show.stdoutText().contains("post@nord.kommune.no"), show.stdoutText().constData());
        QVERIFY2(show.stdoutText().contains("en"), show.stdoutText().constData());

        Run remove(contactArgs({QStringLiteral("--email"), QString()}));
        SFM_COMPARE_EXIT(remove, 0);
        const QJsonObject setup = setupOf(onboardings(), m_id);
        QVERIFY(!setup.contains(QStringLiteral("contactEmail")));
        QCOMPARE(setup.value(QStringLiteral("contactLanguage")).toString(), QStringLiteral("en")); // kept
    }

    void badValuesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("no domain") << QStringList{QStringLiteral("--email"), QStringLiteral("kari@")}
                                   << "«kari@»";
        QTest::newRow("two addresses")
            << QStringList{QStringLiteral("--email"), QStringLiteral("a@x.no;b@y.no")} << "«a@x.no;b@y.no»";
        QTest::newRow("language") << QStringList{QStringLiteral("--language"), QStringLiteral("sv")}
                                  << "«sv»";
    }
    void badValuesAreRefusedWithTheReason()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const QByteArray before = fileOf(onboardings(), m_id);
        Run contact(contactArgs(args));
        SFM_COMPARE_EXIT(contact, 3);
        QVERIFY2(QString::fromUtf8(contact.stderrText()).contains(named), contact.stderrText().constData());
        QCOMPARE(fileOf(onboardings(), m_id), before);
    }

    void inUseElsewhereIsExit7()
    {
        // Another program (here: this test) works the onboarding.
        sfm::onboarding::OnboardingStore store(onboardings());
        auto lock = store.lock(m_id);
        QVERIFY(lock);
        const QByteArray before = fileOf(onboardings(), m_id);
        Run contact(contactArgs(
            {QStringLiteral("--email"), QStringLiteral("ny@nord.kommune.no"), QStringLiteral("--json")}));
        SFM_COMPARE_EXIT(contact, 7);
        const auto error = contact.last(QStringLiteral("error"));
        QVERIFY2(error, contact.stdoutText().constData());
        QCOMPARE(error->value(QStringLiteral("code")).toString(),
                 QStringLiteral("storage.onboarding.locked"));
        QCOMPARE(fileOf(onboardings(), m_id), before);
        // Showing it only reads: allowed meanwhile.
        Run show(contactArgs({}));
        SFM_COMPARE_EXIT(show, 0);
    }

    void usage()
    {
        Run none({QStringLiteral("contact"), QStringLiteral("--dir"), onboardings()});
        SFM_COMPARE_EXIT(none, 2);
        Run unknown({QStringLiteral("contact"), QStringLiteral("no-such-journal"), QStringLiteral("--dir"),
                     onboardings(), QStringLiteral("--email"), QStringLiteral("a@b.no")});
        SFM_COMPARE_EXIT(unknown, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliContact)
#include "tst_cli_contact.moc"
