// The portal's password-protected zip (reference §4): ZipCrypto written by Info-ZIP's `zip -P` and WinZip
// AES written by libzip (7-Zip's: tst_import_zip_interop), the JSON picked by content, and every refusal
// (wrong password, not a zip, no or several configurations, zip bombs and oversized files), and libarchive
// loaded on first use (a missing one is a clear error).
#include "ImportTestKit.h"
#include "helseid/import/ImportLimits.h"
#include "helseid/import/LibArchive.h"
#include "helseid/import/PackageImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace sfm;
using namespace sfm::helseid;
using ImportTestKit::ZipEntry;

namespace {

const QByteArray Password = QByteArrayLiteral("Sms-Passord 42!");

enum class Writer
{
    ZipCrypto,
    Aes128,
    Aes256,
    Plain
};

PackageImporter::Options optionsWith(const QByteArray &password)
{
    PackageImporter::Options options;
    options.password = SecureBytes(password);
    options.expectations.expectedIssuer = QUrl(ImportTestKit::TestIssuer);
    return options;
}

} // namespace

Q_DECLARE_METATYPE(Writer)

class TstImportZip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void libarchiveIsLoadedOnFirstUse();
    void encryptedZipImports_data();
    void encryptedZipImports();
    void wrongPassword_data();
    void wrongPassword();
    void wrongPasswordPastTheHeaderCheck_data();
    void wrongPasswordPastTheHeaderCheck();
    void missingPassword_data();
    void missingPassword();
    void unencryptedZipNeedsNoPassword();
    void configurationIsPickedByContent();
    void severalConfigurationsAreRefused();
    void zipWithoutConfiguration_data();
    void zipWithoutConfiguration();
    void extractedJsonImports();
    void notAZip_data();
    void notAZip();
    void truncatedZipIsDamaged();
    void oversizedFileIsRefused();
    void zipBombIsRefused();
    void tooManyEntriesAreRefused();
    void lyingSizeIsCaught();
    void unsupportedEncryptionMethod();
    void unreadablePaths();
    void missingZipReader();

private:
    QString write(Writer writer, const QList<ZipEntry> &entries, const QByteArray &password = Password);
    QTemporaryDir m_dir;
    QByteArray m_json;
    int m_counter = 0;
};

void TstImportZip::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_json = ImportTestKit::toBytes(ImportTestKit::portalJson(ImportTestKit::rsaKey()));
    QVERIFY(zip_encryption_method_supported(ZIP_EM_AES_256, 1));
}

void TstImportZip::libarchiveIsLoadedOnFirstUse()
{
#ifdef Q_OS_LINUX
    // The first test function: nothing has read a zip yet, so libarchive must not be in the process (it is
    // loaded on first use, not linked: issue 15's start-up time). The first zip loads it.
    const auto mapped = [] {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libarchive.so");
    };
    QVERIFY(!mapped());
    const QString path = write(Writer::Plain, {{QStringLiteral("config.json"), m_json}});
    QVERIFY(PackageImporter::importFile(path, optionsWith(QByteArray())).ok());
    QVERIFY(mapped());
#else
    QSKIP("reads /proc/self/maps");
#endif
}

QString TstImportZip::write(Writer writer, const QList<ZipEntry> &entries, const QByteArray &password)
{
    const QString path = m_dir.filePath(QStringLiteral("package-%1.zip").arg(++m_counter));
    bool ok = false;
    switch (writer) {
    case Writer::ZipCrypto:
        ok = ImportTestKit::writeZipCrypto(path, entries, password);
        break;
    case Writer::Aes128:
        ok = ImportTestKit::writeLibzip(path, entries, password, ZIP_EM_AES_128);
        break;
    case Writer::Aes256:
        ok = ImportTestKit::writeLibzip(path, entries, password, ZIP_EM_AES_256);
        break;
    case Writer::Plain:
        ok = ImportTestKit::writeLibzip(path, entries, QByteArray(), ZIP_EM_NONE);
        break;
    }
    return ok ? path : QString();
}

void TstImportZip::encryptedZipImports_data()
{
    QTest::addColumn<Writer>("writer");
    QTest::newRow("ZipCrypto (zip -P)") << Writer::ZipCrypto;
    QTest::newRow("AES-128 (libzip)") << Writer::Aes128;
    QTest::newRow("AES-256 (libzip)") << Writer::Aes256;
}

void TstImportZip::encryptedZipImports()
{
    QFETCH(Writer, writer);
    const QString path = write(writer, {{QStringLiteral("Testkommune EPJ.json"), m_json}});
    QVERIFY(!path.isEmpty());
    auto config = PackageImporter::importFile(path, optionsWith(Password));
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(config->clientId, QStringLiteral("c0ffee-1234"));
    QCOMPARE(config->key.thumbprint(), ImportTestKit::rsaKey().thumbprint());
    QVERIFY(config->key.hasPrivate());
}

void TstImportZip::wrongPassword_data()
{
    encryptedZipImports_data();
}

void TstImportZip::wrongPassword()
{
    QFETCH(Writer, writer);
    const QString path = write(writer, {{QStringLiteral("config.json"), m_json}});
    QVERIFY(!path.isEmpty());
    // Several wrong passwords: ZipCrypto's one-byte check lets 1 in 256 through to a CRC failure, which
    // must read as a wrong password too.
    for (int i = 0; i < 20; ++i) {
        auto config = PackageImporter::importFile(path, optionsWith("wrong-" + QByteArray::number(i)));
        QVERIFY(!config.ok());
        QCOMPARE(config.error().code, QStringLiteral("import.wrong_password"));
        QVERIFY(!config.error().toString().contains(QString::fromLatin1(Password)));
    }
}

void TstImportZip::wrongPasswordPastTheHeaderCheck_data()
{
    QTest::addColumn<bool>("store");
    QTest::newRow("stored: the CRC check fails") << true;
    QTest::newRow("deflated: inflating fails") << false;
}

void TstImportZip::wrongPasswordPastTheHeaderCheck()
{
    // A wrong password that ZipCrypto's one-byte header check lets through yields garbage; with a stored
    // entry the reader always gets to the CRC check, with a deflated one to the inflater. Either way the user
    // typed a wrong password: it must never read as a damaged file. These passwords are chosen to pass the
    // check, so this path is taken on every run, not one time in 128.
    QFETCH(bool, store);
    const QString path = m_dir.filePath(QStringLiteral("checked-%1.zip").arg(++m_counter));
    QVERIFY(ImportTestKit::writeZipCrypto(path, {{QStringLiteral("config.json"), m_json}}, Password, store));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> passwords =
        ImportTestKit::wrongPasswordsPassingZipCryptoCheck(file.readAll(), Password, 3);
    QCOMPARE(passwords.size(), 3);
    for (const QByteArray &wrong : passwords) {
        auto config = PackageImporter::importFile(path, optionsWith(wrong));
        QVERIFY(!config.ok());
        QVERIFY2(
            config.error().code == QLatin1String("import.wrong_password"),
            qPrintable(QStringLiteral("%1 gave %2: %3")
                           .arg(QString::fromLatin1(wrong), config.error().code, config.error().detail)));
        QVERIFY(!config.error().toString().contains(QString::fromLatin1(Password)));
    }
}

void TstImportZip::missingPassword_data()
{
    encryptedZipImports_data();
}

void TstImportZip::missingPassword()
{
    QFETCH(Writer, writer);
    const QString path = write(writer, {{QStringLiteral("config.json"), m_json}});
    auto config = PackageImporter::importFile(path, optionsWith(QByteArray()));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.password_required"));
}

void TstImportZip::unencryptedZipNeedsNoPassword()
{
    const QString path = write(Writer::Plain, {{QStringLiteral("config.json"), m_json}});
    auto config = PackageImporter::importFile(path, optionsWith(QByteArray()));
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    // A password given for an unencrypted zip does no harm.
    QVERIFY(PackageImporter::importFile(path, optionsWith(Password)).ok());
}

void TstImportZip::configurationIsPickedByContent()
{
    // The configuration hides behind an odd name among a readme, another JSON and a folder.
    const QList<ZipEntry> entries = {
        {QStringLiteral("LES-MEG.txt"), QByteArrayLiteral("Passordet kommer på SMS.\n")},
        {QStringLiteral("manifest.json"), QByteArrayLiteral("{\"version\": 2, \"clientId\": \"not-a-key\"}")},
        {QStringLiteral("klient.dat"), m_json},
        {QStringLiteral("empty.json"), QByteArray()}};
    for (Writer writer : {Writer::ZipCrypto, Writer::Aes256}) {
        const QString path = write(writer, entries);
        auto config = PackageImporter::importFile(path, optionsWith(Password));
        QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
        QCOMPARE(config->clientId, QStringLiteral("c0ffee-1234"));
    }
}

void TstImportZip::severalConfigurationsAreRefused()
{
    const QByteArray second = ImportTestKit::toBytes(
        ImportTestKit::portalJson(ImportTestKit::otherRsaKey(), QStringLiteral("second")));
    const QString path =
        write(Writer::Aes256, {{QStringLiteral("a.json"), m_json}, {QStringLiteral("b.json"), second}});
    auto config = PackageImporter::importFile(path, optionsWith(Password));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.several_json"));
    QVERIFY(config.error().message.contains(QStringLiteral("a.json")));
    QVERIFY(config.error().message.contains(QStringLiteral("b.json")));
}

void TstImportZip::zipWithoutConfiguration_data()
{
    QTest::addColumn<QList<ZipEntry>>("entries");
    QTest::newRow("only text") << QList<ZipEntry>{{QStringLiteral("readme.txt"), QByteArrayLiteral("hei")}};
    QTest::newRow("JSON without key") << QList<ZipEntry>{
        {QStringLiteral("config.json"), QByteArrayLiteral("{\"clientId\": \"abc\", \"scopes\": []}")}};
    QTest::newRow("broken JSON") << QList<ZipEntry>{
        {QStringLiteral("config.json"), m_json.left(m_json.size() / 2)}};
    QTest::newRow("JSON array") << QList<ZipEntry>{{QStringLiteral("config.json"), QByteArrayLiteral("[]")}};
}

void TstImportZip::zipWithoutConfiguration()
{
    QFETCH(QList<ZipEntry>, entries);
    const QString path = write(Writer::Aes256, entries);
    auto config = PackageImporter::importFile(path, optionsWith(Password));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.no_json"));
    QVERIFY(config.error().detail.contains(entries.first().name));
}

void TstImportZip::extractedJsonImports()
{
    const QString path = m_dir.filePath(QStringLiteral("extracted.json"));
    QVERIFY(ImportTestKit::writeFile(path, "\xEF\xBB\xBF\n  " + m_json)); // BOM and leading whitespace
    auto config = PackageImporter::importFile(path, optionsWith(QByteArray()));
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(config->key.thumbprint(), ImportTestKit::rsaKey().thumbprint());
}

void TstImportZip::notAZip_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArrayLiteral("Hei! Her er konfigurasjonen din.");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("pem") << QByteArrayLiteral(
        "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
}

void TstImportZip::notAZip()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(QStringLiteral("download.zip"));
    QVERIFY(ImportTestKit::writeFile(path, content));
    auto config = PackageImporter::importFile(path, optionsWith(Password));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.not_zip"));
}

void TstImportZip::truncatedZipIsDamaged()
{
    const QString path = write(Writer::Aes256, {{QStringLiteral("config.json"), m_json}});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zip = file.readAll();
    for (const qsizetype keep : {qsizetype(4), qsizetype(30), zip.size() / 2, zip.size() - 10}) {
        auto config = PackageImporter::importData(zip.left(keep), optionsWith(Password));
        QVERIFY(!config.ok());
        QVERIFY2(config.error().code == QLatin1String("import.zip_damaged") ||
                     config.error().code == QLatin1String("import.not_zip"),
                 qPrintable(config.error().code));
    }
}

void TstImportZip::oversizedFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(limits::MaxPackageFileBytes + 1)); // sparse: nothing is written, nothing read
    file.close();
    auto config = PackageImporter::importFile(path, optionsWith(Password));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.too_large"));
}

void TstImportZip::zipBombIsRefused()
{
    // 20 MiB of zeros compress to about 20 KiB: the declared size is over the entry cap.
    const QString path =
        write(Writer::ZipCrypto, {{QStringLiteral("config.json"), m_json},
                                  {QStringLiteral("bomb.json"), QByteArray(20 * 1024 * 1024, '\0')}});
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo(path).size() < limits::MaxPackageFileBytes);
    // The real configuration is still found (the bomb is skipped, never inflated) …
    auto config = PackageImporter::importFile(path, optionsWith(Password));
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    // … and a bomb alone is "too large", not "no configuration".
    const QString bombOnly =
        write(Writer::Aes256, {{QStringLiteral("bomb.json"), QByteArray(20 * 1024 * 1024, ' ')}});
    auto bomb = PackageImporter::importFile(bombOnly, optionsWith(Password));
    QVERIFY(!bomb.ok());
    QCOMPARE(bomb.error().code, QStringLiteral("import.too_large"));
}

void TstImportZip::tooManyEntriesAreRefused()
{
    QList<ZipEntry> entries;
    for (int i = 0; i < limits::MaxZipEntries + 1; ++i)
        entries.append({QStringLiteral("f%1.txt").arg(i), QByteArrayLiteral("x")});
    entries.append({QStringLiteral("config.json"), m_json});
    const QString path = write(Writer::Plain, entries);
    auto config = PackageImporter::importFile(path, optionsWith(QByteArray()));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.too_large"));
}

void TstImportZip::lyingSizeIsCaught()
{
    // An entry whose headers claim 100 bytes but that inflates to 200 KiB.
    const QString path = write(Writer::Plain, {{QStringLiteral("config.json"), QByteArray(200 * 1024, '{')}});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray zip = file.readAll();
    const auto patch = [&zip](qsizetype at) {
        zip[at] = char(100);
        zip[at + 1] = zip[at + 2] = zip[at + 3] = 0;
    };
    QVERIFY(zip.startsWith("PK\x03\x04"));
    patch(22); // local header: uncompressed size
    const qsizetype central = zip.indexOf("PK\x01\x02");
    QVERIFY(central > 0);
    patch(central + 24); // central directory: uncompressed size
    auto config = PackageImporter::importData(zip, optionsWith(QByteArray()));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.zip_damaged"));
}

void TstImportZip::unsupportedEncryptionMethod()
{
    // Found by fuzz_package_zip: the central directory claims strong encryption of an unknown method while
    // the local header says the entry is not encrypted. libzip 1.7.3 leaked on it; libarchive reads by the
    // local header, gets data that fails its CRC, and the file is damaged. Refused clearly either way.
    auto config = PackageImporter::importFile(
        QStringLiteral(SFM_SOURCE_DIR
                       "/tests/fuzz/corpus/fuzz_package_zip/leak-unknown-encryption-method.zip"),
        optionsWith(QByteArrayLiteral("fuzz")));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.zip_damaged"));
}

void TstImportZip::unreadablePaths()
{
    auto missing =
        PackageImporter::importFile(m_dir.filePath(QStringLiteral("nope.zip")), optionsWith(Password));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("import.file_unreadable"));
    auto directory = PackageImporter::importFile(m_dir.path(), optionsWith(Password));
    QVERIFY(!directory.ok());
    QCOMPARE(directory.error().code, QStringLiteral("import.file_unreadable"));
}

void TstImportZip::missingZipReader()
{
    // A machine without libarchive (or with a broken one) gets a clear error, not a crash; once it is
    // there again the next import works, without a restart.
    const QString path = write(Writer::ZipCrypto, {{QStringLiteral("config.json"), m_json}});
    QVERIFY(!path.isEmpty());
    LibArchive::setFileNamesForTesting({QStringLiteral("libsfm-no-such-zip-reader.so.1")});
    auto config = PackageImporter::importFile(path, optionsWith(Password));
    LibArchive::setFileNamesForTesting({});
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.zip_reader_missing"));
    QVERIFY2(config.error().message.contains(QLatin1String("libarchive")),
             qPrintable(config.error().message));
    QVERIFY2(config.error().detail.contains(QLatin1String("libsfm-no-such-zip-reader")),
             qPrintable(config.error().detail));
    QVERIFY(!config.error().toString().contains(QString::fromLatin1(Password)));

    auto again = PackageImporter::importFile(path, optionsWith(Password));
    QVERIFY2(again.ok(), ImportTestKit::why(again).constData());
}

QTEST_GUILESS_MAIN(TstImportZip)
#include "tst_import_zip.moc"
