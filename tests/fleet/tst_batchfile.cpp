// The batch CSV as people make it (issue 15): comma or semicolon, UTF-8 with or without BOM and
// Windows-1252, quoted fields, English or Norwegian headers; every bad row found by its spreadsheet number.
#include "fleet/BatchFile.h"
#include "fleet/BatchIdentityIndex.h"
#include "fleet/BatchValidator.h"
#include "fleet/CsvReader.h"
#include "fleet/TextDecoding.h"
#include "onboarding/OnboardingData.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sfm;
using namespace sfm::fleet;

namespace {

const QString SfmApi = QStringLiteral("e-helse:sfm.api/sfm.api2");
const QString SfmMigration = QStringLiteral("e-helse:sfm.api/sfm-migrering.api2");

// A valid organization number from an 8-digit stem (mod 11, weights 3 2 7 6 5 4 3 2); skips stems whose
// check digit would be 10.
QString orgNumber(int seed)
{
    static const int weights[] = {3, 2, 7, 6, 5, 4, 3, 2};
    for (int stem = 91000000 + seed * 37;; ++stem) {
        const QString digits = QString::number(stem);
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += (digits.at(i).unicode() - u'0') * weights[i];
        const int check = 11 - sum % 11;
        if (check == 10)
            continue;
        return digits + QString::number(check == 11 ? 0 : check);
    }
}

QString withBadCheckDigit(const QString &good)
{
    const int last = good.back().unicode() - u'0';
    return good.left(8) + QString::number((last + 1) % 10);
}

struct Generated
{
    QString text;
    QList<int> badRows;
};

// 200 data rows (spreadsheet rows 2–201), Norwegian letters in the journal names, quoted list cells, and
// planted bad rows.
Generated generate(QChar delimiter)
{
    const auto quote = [](const QString &cell) -> QString {
        return u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
    };
    QStringList lines;
    lines << QStringList{QStringLiteral("organizationNumber"),
                         QStringLiteral("journalName"),
                         QStringLiteral("childOrganizationNumbers"),
                         QStringLiteral("sfmId"),
                         QStringLiteral("scopes"),
                         QStringLiteral("contactEmail")}
                 .join(delimiter);
    Generated g;
    for (int i = 0; i < 200; ++i) {
        const int row = i + 2;
        QString org = orgNumber(i);
        QString journal = QStringLiteral("Legekontoret på Ørsta-Æsøy %1").arg(i);
        QString children = orgNumber(i + 1000) + QStringLiteral(", ") + orgNumber(i + 2000);
        QString sfmId = i % 3 == 0 ? QStringLiteral("journal-%1").arg(i) : QString();
        QString scopes = SfmApi + u' ' + SfmMigration;
        switch (row) {
        case 17:
            org = withBadCheckDigit(org);
            break;
        case 42: // the same journal as row 5
            org = orgNumber(3);
            journal = QStringLiteral("Legekontoret på Ørsta-Æsøy %1").arg(3);
            break;
        case 99:
            scopes += QStringLiteral(" e-helse:not-offered");
            break;
        case 150:
            sfmId = QStringLiteral("has space");
            break;
        case 201:
            children = withBadCheckDigit(orgNumber(5000));
            break;
        default:
            break;
        }
        if (row == 17 || row == 42 || row == 99 || row == 150 || row == 201)
            g.badRows << row;
        lines << QStringList{org,   quote(journal), quote(children),
                             sfmId, quote(scopes),  QStringLiteral("bekreft%1@kommune.no").arg(i)}
                     .join(delimiter);
    }
    g.text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    return g;
}

} // namespace

class TstBatchFile : public QObject
{
    Q_OBJECT

private slots:
    void generated200Rows_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<int>("encoding");
        for (const QChar d : {QChar(u','), QChar(u';')}) {
            const char *dn = d == u',' ? "comma" : "semicolon";
            QTest::addRow("%s utf-8", dn) << d << int(TextEncoding::Utf8);
            QTest::addRow("%s utf-8 bom", dn) << d << int(TextEncoding::Utf8WithBom);
            QTest::addRow("%s windows-1252", dn) << d << int(TextEncoding::Windows1252);
        }
    }
    void generated200Rows()
    {
        QFETCH(QChar, delimiter);
        QFETCH(int, encoding);
        const Generated g = generate(delimiter);
        QByteArray bytes;
        if (encoding == int(TextEncoding::Windows1252))
            bytes = encodeWindows1252(g.text);
        else
            bytes = (encoding == int(TextEncoding::Utf8WithBom) ? QByteArray("\xEF\xBB\xBF") : QByteArray()) +
                    g.text.toUtf8();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kunder.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        auto batch = BatchFile::read(path);
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(batch->delimiter(), delimiter);
        QCOMPARE(int(batch->encoding()), encoding);
        QCOMPARE(batch->rows().size(), 200);
        const BatchRow &first = batch->rows().first();
        QCOMPARE(first.row, 2);
        QCOMPARE(first.journalName, QStringLiteral("Legekontoret på Ørsta-Æsøy 0"));
        QCOMPARE(first.childOrganizationNumbers.size(), 2);
        QCOMPARE(first.scopes, (QStringList{SfmApi, SfmMigration}));
        QCOMPARE(first.sfmId, QStringLiteral("journal-0"));
        QCOMPARE(batch->rows().last().row, 201);

        const BatchValidator validator({SfmApi, SfmMigration});
        const auto problems = validator.validate(*batch);
        QCOMPARE(BatchValidator::rowsWithProblems(problems), g.badRows);
        for (const BatchProblem &p : problems)
            QVERIFY2(p.error.message.startsWith(QStringLiteral("Row %1:").arg(p.row)),
                     qPrintable(p.error.message));
        const auto at = [&](int row) {
            for (const BatchProblem &p : problems)
                if (p.row == row)
                    return p;
            return BatchProblem{};
        };
        QCOMPARE(at(17).column, QStringLiteral("organizationNumber"));
        QCOMPARE(at(42).error.code, QStringLiteral("fleet.batch.duplicate"));
        QVERIFY(at(42).error.message.contains(QStringLiteral("row 5")));
        QCOMPARE(at(99).column, QStringLiteral("scopes"));
        QVERIFY(at(99).error.message.contains(QStringLiteral("e-helse:not-offered")));
        QCOMPARE(at(150).column, QStringLiteral("sfmId"));
        QCOMPARE(at(201).column, QStringLiteral("childOrganizationNumbers"));
    }

    void quotedFields()
    {
        // RFC 4180: doubled quotes, delimiters and line breaks inside quotes; the row numbers stay those of
        // the spreadsheet (a line break inside a cell does not start a row).
        const QByteArray csv = "journalnavn;organisasjonsnummer;underenheter\r\n"
                               "\"Lege \"\"Nord\"\"; sentrum\";974760673;\"974760673\n\"\n"
                               "\"To\r\nlinjer\";974760673;\n"
                               "\n"
                               "Siste;974760673;\"\"\n";
        auto batch = BatchFile::parse(csv);
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(batch->delimiter(), QChar(u';'));
        QCOMPARE(batch->rows().size(), 3);
        QCOMPARE(batch->rows().at(0).journalName, QStringLiteral("Lege \"Nord\"; sentrum"));
        QCOMPARE(batch->rows().at(0).childOrganizationNumbers, QStringList{QStringLiteral("974760673")});
        QCOMPARE(batch->rows().at(1).journalName, QStringLiteral("To\r\nlinjer"));
        QCOMPARE(batch->rows().at(1).row, 3);
        QCOMPARE(batch->rows().at(2).row, 5); // row 4 is blank
        QVERIFY(batch->rows().at(2).childOrganizationNumbers.isEmpty());
        // A child unit equal to the organization is reported for row 2.
        const auto problems = BatchValidator().validate(*batch);
        QCOMPARE(BatchValidator::rowsWithProblems(problems), QList<int>{2});
    }

    void openQuoteNamesItsRow()
    {
        auto batch = BatchFile::parse("organizationNumber,journalName\n974760673,A\n974760673,\"B\n");
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().code, QStringLiteral("fleet.csv.open_quote"));
        QVERIFY2(batch.error().message.contains(QStringLiteral("Row 3")), qPrintable(batch.error().message));
    }

    void unknownColumnsAreNamed()
    {
        auto batch = BatchFile::parse("organizationNumber;journalName;Kommentar;telefon\n974760673;A;x;1\n");
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().code, QStringLiteral("fleet.batch.unknown_columns"));
        QVERIFY(batch.error().message.contains(QStringLiteral("Kommentar")));
        QVERIFY(batch.error().message.contains(QStringLiteral("telefon")));
    }

    void missingAndRepeatedColumns()
    {
        auto missing = BatchFile::parse("organizationNumber;scopes\n974760673;x\n");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("fleet.batch.missing_columns"));
        QVERIFY(missing.error().message.contains(QStringLiteral("journalName")));
        auto repeated = BatchFile::parse("organizationNumber;journalName;journalnavn\n");
        QVERIFY(!repeated.ok());
        QCOMPARE(repeated.error().code, QStringLiteral("fleet.batch.repeated_columns"));
        auto empty = BatchFile::parse("\xEF\xBB\xBF");
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, QStringLiteral("fleet.batch.no_header"));
    }

    void norwegianHeadersAnyCase()
    {
        const QByteArray csv = "ORGANISASJONSNUMMER;JournalNavn;Underenheter;SFM-id;Scopes;E-post;Språk\n"
                               "974 760 673;Helsehuset;\"974760673 , 974760673\";abc_1;;post@kommune.no;nn\n";
        auto batch = BatchFile::parse(csv);
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(batch->columns().size(), 7);
        const BatchRow &row = batch->rows().first();
        QCOMPARE(row.organizationNumber, QStringLiteral("974760673"));
        QCOMPARE(row.journalName, QStringLiteral("Helsehuset"));
        QCOMPARE(row.childOrganizationNumbers.size(), 2);
        QCOMPARE(row.sfmId, QStringLiteral("abc_1"));
        QCOMPARE(row.contactEmail, QStringLiteral("post@kommune.no"));
        QCOMPARE(row.contactLanguage, QStringLiteral("nn"));
        for (const char *h : {"organizationNumber", "organisasjonsnummer", "sfmId", "sfm-id", "SFM_ID",
                              "contactEmail", "e-post", "childOrganizationNumbers", "underenheter"})
            QVERIFY2(BatchFile::columnFromHeader(QString::fromUtf8(h)).has_value(), h);
        QVERIFY(!BatchFile::columnFromHeader(u"navn").has_value());
    }

    void strayValuesAndBadContactsAreReported()
    {
        const QByteArray csv = "organizationNumber,journalName,contactEmail,language,\n"
                               "974760673,A,not-an-address,de,\n"
                               "974760673,B,ok@x.no,en,surprise\n";
        auto batch = BatchFile::parse(csv);
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().toString()));
        const auto problems = BatchValidator().validate(*batch);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).row, 2);
        QCOMPARE(problems.at(0).error.code, QStringLiteral("fleet.batch.email"));
        QCOMPARE(problems.at(1).error.code, QStringLiteral("fleet.batch.language"));
        QCOMPARE(problems.at(2).row, 3);
        QCOMPARE(problems.at(2).error.code, QStringLiteral("fleet.batch.stray_values"));
        QVERIFY(problems.at(2).error.message.contains(QStringLiteral("surprise")));
    }

    void windows1252Letters()
    {
        // Excel's plain "CSV" on Norwegian Windows: æøå ÆØÅ as single bytes, and the typographic characters
        // of 0x80–0x9F that ISO-8859-1 lacks (– en dash 0x96, € 0x80, ’ 0x92).
        const QByteArray csv = "organisasjonsnummer;journalnavn\r\n"
                               "974760673;Bl\xE5\xE6r \xD8ye \x96 \x80 Per\x92s\r\n";
        auto batch = BatchFile::parse(csv);
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(batch->encoding(), TextEncoding::Windows1252);
        QCOMPARE(batch->rows().first().journalName, QStringLiteral("Blåær Øye – € Per’s"));
    }

    void windows1252AgreesWithPython()
    {
        // An independent implementation of the code page: Python's cp1252 codec, byte by byte.
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QProcess p;
        p.start(python,
                {QStringLiteral("-c"),
                 QStringLiteral("import sys; sys.stdout.buffer.write(bytes(range(256)).decode('cp1252', "
                                "'replace').encode('utf-16-le'))")});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(out.size(), 512);
        const QString expected = QString::fromUtf16(reinterpret_cast<const char16_t *>(out.constData()), 256);
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all.append(char(b));
        QCOMPARE(decodeWindows1252(all), expected);
        QCOMPARE(encodeWindows1252(QString(expected).remove(QChar(0xFFFD))).size(), 251);
    }

    void utf8IsPreferredWhenValid()
    {
        TextEncoding e{};
        QCOMPARE(decodeSpreadsheetText(QByteArray("bl\xC3\xA5"), &e), QStringLiteral("blå"));
        QCOMPARE(e, TextEncoding::Utf8);
        QCOMPARE(decodeSpreadsheetText(QByteArray("\xEF\xBB\xBF"
                                                  "a"),
                                       &e),
                 QStringLiteral("a"));
        QCOMPARE(e, TextEncoding::Utf8WithBom);
        QCOMPARE(decodeSpreadsheetText(QByteArray("bl\xE5"), &e), QStringLiteral("blå"));
        QCOMPARE(e, TextEncoding::Windows1252);
    }

    void delimiterFromHeader()
    {
        QCOMPARE(CsvReader::detectDelimiter(u"a;b;c\n1,2,3,4,5"), QChar(u';'));
        QCOMPARE(CsvReader::detectDelimiter(u"a,b\n1;2;3;4"), QChar(u','));
        QCOMPARE(CsvReader::detectDelimiter(u"\"x;y\",b"), QChar(u','));
        QCOMPARE(CsvReader::detectDelimiter(u"single"), QChar(u','));
    }

    void identityFindsTheExistingOnboarding()
    {
        onboarding::OnboardingSetup setup;
        setup.environment = sfm::helseid::Environment::test();
        setup.organizationNumber = QStringLiteral("974760673");
        setup.journalName = QStringLiteral("Helsehuset  Nord");
        auto older = onboarding::OnboardingData::create(setup);
        older.createdAt = QDateTime::currentDateTimeUtc().addDays(-2);
        auto cancelled = onboarding::OnboardingData::create(setup);
        cancelled.state = onboarding::State::Cancelled;
        auto prod = onboarding::OnboardingData::create(setup);
        prod.setup.environment = sfm::helseid::Environment::prod();
        const BatchIdentityIndex index({cancelled, older, prod});

        BatchRow row;
        row.organizationNumber = QStringLiteral("974760673");
        row.journalName = QStringLiteral("helsehuset nord");
        const auto *found = index.find(row, QStringLiteral("test"));
        QVERIFY(found);
        QCOMPARE(found->id, older.id); // not the cancelled one, though it is newer
        QCOMPARE(index.find(row, QStringLiteral("prod"))->id, prod.id);
        QVERIFY(!index.find(row, QStringLiteral("demo")));
        row.journalName = QStringLiteral("Helsehuset Sør");
        QVERIFY(!index.find(row, QStringLiteral("test")));
        // Only a cancelled one: it is returned, the caller decides.
        const BatchIdentityIndex onlyCancelled({cancelled});
        QCOMPARE(
            onlyCancelled
                .find(QStringLiteral("974760673"), QStringLiteral("Helsehuset Nord"), QStringLiteral("test"))
                ->id,
            cancelled.id);
    }
};

QTEST_GUILESS_MAIN(TstBatchFile)
#include "tst_batchfile.moc"
