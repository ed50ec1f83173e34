// sfmctl batch and watch against the helseid-sim program: a 200-row batch in four files as people make them
// (semicolons from Norwegian Excel in Windows-1252, commas in UTF-8 with and without a BOM), planted bad rows
// found by number, exactly one client per good row, none on a second run, and watch bringing all to Ready.
#include "SampleOrganizationNumbers.h"
#include "fleet/TextDecoding.h"
#include "onboarding/OnboardingStore.h"
#include "tst_cli_onboard_fixture.h"

#include <QRegularExpression>
#include <QSet>

using namespace clitest;

namespace {

struct BatchCsv
{
    QString path;
    QList<int> badRows; // as a spreadsheet numbers them
    int rows = 0;
};

} // namespace

class TestCliBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_config;
    int m_counter = 100;

    QString obDir() const { return m_dir.filePath(QStringLiteral("onboardings")); }
    QList<QPair<QString, QString>> env() const { return {{QStringLiteral("XDG_CONFIG_HOME"), m_config}}; }
    QStringList keyArgs() const
    {
        return {QStringLiteral("--key-store"), QStringLiteral("file"), QStringLiteral("--key-dir"),
                m_dir.filePath(QStringLiteral("keys")), QStringLiteral("--passphrase-stdin")};
    }
    static QByteArray passphrase() { return QByteArrayLiteral("batch-test-passphrase-1\n"); }

    // 50 data rows; rows 10 (check digit) and 20 (the journal of row 5 again) are bad.
    BatchCsv write(const QString &name, QChar delimiter, sfm::fleet::TextEncoding encoding)
    {
        BatchCsv csv;
        csv.path = m_dir.filePath(name);
        const QString d(delimiter);
        QStringList lines{delimiter == u';'
                              ? QStringLiteral("Organisasjonsnummer;Journalnavn;E-post;Språk")
                              : QStringLiteral("organizationNumber,journalName,contactEmail,language")};
        QString fifth;
        for (int row = 2; lines.size() < 51; ++row) {
            std::optional<QString> org;
            while (!org)
                org = sample::organizationNumber(++m_counter);
            QString journal = QStringLiteral("Legekontor Ærlig Øst %1 %2").arg(name.left(2)).arg(row);
            if (row == 10)
                org = org->left(8) + QString::number((org->right(1).toInt() + 1) % 10);
            if (row == 5)
                fifth = *org + d + journal;
            const QString line =
                row == 20
                    ? QString(fifth + d + QStringLiteral("a@example.org") + d + QStringLiteral("nn"))
                    : QString(*org + d + u'"' + journal + u'"' + d +
                              QStringLiteral("kontakt%1@example.org").arg(row) + d + QStringLiteral("nb"));
            lines.append(line);
        }
        csv.badRows = {10, 20};
        csv.rows = 50;
        const QString text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
        QByteArray bytes;
        if (encoding == sfm::fleet::TextEncoding::Windows1252)
            bytes = sfm::fleet::encodeWindows1252(text);
        else
            bytes = (encoding == sfm::fleet::TextEncoding::Utf8WithBom ? QByteArray("\xEF\xBB\xBF")
                                                                       : QByteArray()) +
                    text.toUtf8();
        QFile f(csv.path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("could not write the CSV");
        return csv;
    }

    QStringList batchArgs(const Sim &sim, const QString &csv) const
    {
        return QStringList{QStringLiteral("batch"),         csv,
                           QStringLiteral("--environment"), QStringLiteral("demo"),
                           QStringLiteral("--sim-url"),     sim.issuer(),
                           QStringLiteral("--dir"),         obDir(),
                           QStringLiteral("--alg"),         QStringLiteral("ES256")} +
               keyArgs();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A generous request budget keeps the test short; the limits themselves are tst_requestbudget's.
        m_config = m_dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(m_config + QStringLiteral("/sfm-onboarding")));
        QFile ini(m_config + QStringLiteral("/sfm-onboarding/sfm-onboarding.conf"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[network]\nmaxConcurrentRequests=16\nrequestsPerSecond=100\n");
    }

    void contactColumnsReachTheSavedOnboarding()
    {
        // The e-post and språk columns become each onboarding's stored contact; a later run with a changed
        // address updates it (a blank cell keeps it), and the report carries the stored one.
        Sim sim;
        QVERIFY(sim.start());
        const QString dir = m_dir.filePath(QStringLiteral("contacts"));
        const auto write = [this](const QByteArray &bytes) {
            const QString path = m_dir.filePath(QStringLiteral("contacts.csv"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
                qFatal("could not write the CSV");
            return path;
        };
        const auto run = [&](const QString &csv) {
            const QString report = m_dir.filePath(QStringLiteral("contacts-report.json"));
            QStringList args = batchArgs(sim, csv);
            args[args.indexOf(QStringLiteral("--dir")) + 1] = dir;
            Run batch(args + QStringList{QStringLiteral("--no-wait"), QStringLiteral("--json"),
                                         QStringLiteral("--report"), report},
                      passphrase(), env());
            if (batch.wait() != 7)
                qWarning() << batch.stderrText();
            QFile f(report);
            if (!f.open(QIODevice::ReadOnly))
                return QJsonArray();
            return QJsonDocument::fromJson(f.readAll()).array();
        };
        const auto stored = [&dir](const QString &journal) {
            const auto listing = sfm::onboarding::OnboardingStore(dir).list();
            for (const auto &d : listing.onboardings)
                if (d.setup.journalName == journal)
                    return d.setup;
            return sfm::onboarding::OnboardingSetup();
        };

        QJsonArray report = run(write("Organisasjonsnummer;Journalnavn;E-post;Spr\xc3\xa5k\r\n"
                                      "974760673;Legevakt;vakt@kommune.no;nn\r\n"
                                      "974760673;Helsestasjon;;\r\n"));
        QCOMPARE(report.size(), 2);
        QCOMPARE(report.at(0).toObject().value(QStringLiteral("contactEmail")).toString(),
                 QStringLiteral("vakt@kommune.no"));
        QCOMPARE(stored(QStringLiteral("Legevakt")).contactEmail, QStringLiteral("vakt@kommune.no"));
        QCOMPARE(stored(QStringLiteral("Legevakt")).contactLanguage, QStringLiteral("nn"));
        QVERIFY(stored(QStringLiteral("Helsestasjon")).contactEmail.isEmpty());
        QVERIFY(stored(QStringLiteral("Helsestasjon")).contactLanguage.isEmpty());

        // Again, now knowing the second row's confirmer and leaving the first row's cells blank.
        report = run(write("organizationNumber,journalName,contactEmail,language\r\n"
                           "974760673,Legevakt,,\r\n"
                           "974760673,Helsestasjon,Stasjon@Kommune.no,EN\r\n"));
        QCOMPARE(report.size(), 2);
        QCOMPARE(sim.clients().size(), 2); // the same onboardings continued
        QCOMPARE(report.at(0).toObject().value(QStringLiteral("contactEmail")).toString(),
                 QStringLiteral("vakt@kommune.no"));
        QCOMPARE(report.at(0).toObject().value(QStringLiteral("contactLanguage")).toString(),
                 QStringLiteral("nn"));
        QCOMPARE(report.at(1).toObject().value(QStringLiteral("contactEmail")).toString(),
                 QStringLiteral("Stasjon@Kommune.no"));
        QCOMPARE(stored(QStringLiteral("Legevakt")).contactEmail, QStringLiteral("vakt@kommune.no"));
        QCOMPARE(stored(QStringLiteral("Helsestasjon")).contactEmail, QStringLiteral("Stasjon@Kommune.no"));
        QCOMPARE(stored(QStringLiteral("Helsestasjon")).contactLanguage, QStringLiteral("en"));
    }

    void twoHundredRows()
    {
        Sim sim;
        QVERIFY(sim.start());
        const QList<BatchCsv> files{
            write(QStringLiteral("a-semicolon-1252.csv"), u';', sfm::fleet::TextEncoding::Windows1252),
            write(QStringLiteral("b-comma-bom.csv"), u',', sfm::fleet::TextEncoding::Utf8WithBom),
            write(QStringLiteral("c-comma-utf8.csv"), u',', sfm::fleet::TextEncoding::Utf8),
            write(QStringLiteral("d-semicolon-bom.csv"), u';', sfm::fleet::TextEncoding::Utf8WithBom)};

        // Dry runs: every planted row by its number, nothing sent, nothing saved.
        int good = 0;
        for (const BatchCsv &csv : files) {
            Run dry(batchArgs(sim, csv.path) + QStringList{QStringLiteral("--dry-run")}, {}, env());
            SFM_COMPARE_EXIT(dry, 3);
            QSet<int> reported;
            static const QRegularExpression rowRe(QStringLiteral("^Row (\\d+):"),
                                                  QRegularExpression::MultilineOption);
            for (auto it = rowRe.globalMatch(QString::fromUtf8(dry.stderrText())); it.hasNext();)
                reported.insert(it.next().captured(1).toInt());
            QCOMPARE(reported, QSet<int>(csv.badRows.cbegin(), csv.badRows.cend()));
            good += csv.rows - int(csv.badRows.size());
        }
        QCOMPARE(sim.clients().size(), 0);
        QVERIFY(!QDir(obDir()).exists() || QDir(obDir()).entryList({QStringLiteral("*.json")}).isEmpty());

        // A real run refuses a file with problems unless told to skip those rows.
        {
            Run refused(batchArgs(sim, files.first().path) + QStringList{QStringLiteral("--no-wait")},
                        passphrase(), env());
            SFM_COMPARE_EXIT(refused, 3);
            QCOMPARE(sim.clients().size(), 0);
        }

        // One client per good row; the report names each row's onboarding, client and link.
        const QString report = m_dir.filePath(QStringLiteral("report.json"));
        for (const BatchCsv &csv : files) {
            Run run(batchArgs(sim, csv.path) +
                        QStringList{QStringLiteral("--skip-bad-rows"), QStringLiteral("--no-wait"),
                                    QStringLiteral("--json"), QStringLiteral("--report"), report},
                    passphrase(), env());
            SFM_COMPARE_EXIT(run, 7); // waiting for the customers
            QFile f(report);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonArray rows = QJsonDocument::fromJson(f.readAll()).array();
            QCOMPARE(rows.size(), csv.rows);
            for (const QJsonValue &v : rows) {
                const QJsonObject o = v.toObject();
                if (csv.badRows.contains(o.value(QStringLiteral("row")).toInt())) {
                    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("skipped"));
                    continue;
                }
                QCOMPARE(o.value(QStringLiteral("state")).toString(),
                         QStringLiteral("awaiting-confirmation"));
                QVERIFY(!o.value(QStringLiteral("clientId")).toString().isEmpty());
                QVERIFY(o.value(QStringLiteral("confirmationLink"))
                            .toString()
                            .contains(o.value(QStringLiteral("clientId")).toString()));
                QVERIFY(
                    o.value(QStringLiteral("journalName")).toString().contains(QStringLiteral("Ærlig Øst")));
            }
        }
        QCOMPARE(sim.clients().size(), good);

        // A second run of the same files continues the same onboardings: no new client.
        for (const BatchCsv &csv : files) {
            Run again(batchArgs(sim, csv.path) +
                          QStringList{QStringLiteral("--skip-bad-rows"), QStringLiteral("--no-wait")},
                      passphrase(), env());
            SFM_COMPARE_EXIT(again, 7);
        }
        QCOMPARE(sim.clients().size(), good);

        // The customers confirm and sign; watch brings every one to Ready.
        for (const QJsonValue &c : sim.clients()) {
            const QString id = c.toObject().value(QStringLiteral("clientId")).toString();
            QVERIFY(sim.confirm(id));
            QVERIFY(sim.sign(id));
        }
        Run watch(QStringList{QStringLiteral("watch"), QStringLiteral("--all"), QStringLiteral("--dir"),
                              obDir(), QStringLiteral("--poll-interval"), QStringLiteral("1")} +
                      keyArgs(),
                  passphrase(), env());
        SFM_COMPARE_EXIT(watch, 0);
        Run list({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--dir"), obDir()}, {},
                 env());
        SFM_COMPARE_EXIT(list, 0);
        const QJsonArray all = QJsonDocument::fromJson(list.stdoutText())
                                   .object()
                                   .value(QStringLiteral("onboardings"))
                                   .toArray();
        QCOMPARE(all.size(), good);
        for (const QJsonValue &v : all)
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
        QCOMPARE(sim.clients().size(), good);
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
