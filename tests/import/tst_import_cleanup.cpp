// After an import: the portal's files are overwritten before they are deleted, links are not followed, the
// user is told what keeping a file means; and Alternative 3's public JWK text holds the public key only,
// with a kid Debian's `jose` agrees with.
#include "ImportTestKit.h"
#include "helseid/import/PackageFileCleanup.h"
#include "helseid/import/PublicJwkText.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <unistd.h>

using namespace sfm;
using namespace sfm::helseid;

class TstImportCleanup : public QObject
{
    Q_OBJECT

private slots:
    void secureDeleteOverwritesThenRemoves();
    void secureDeleteOfMissingFileSucceeds();
    void secureDeleteRefusesLinksAndDirectories();
    void keepingFileNoticeNamesTheFileAndTheStore();
    void keepingFileNoticeNamesTheStoreInNorwegian_data();
    void keepingFileNoticeNamesTheStoreInNorwegian();
    void publicJwkTextHoldsOnlyThePublicKey();
    void publicJwkKidMatchesJose();

private:
    QTemporaryDir m_dir;
};

void TstImportCleanup::secureDeleteOverwritesThenRemoves()
{
    const QByteArray secret = ImportTestKit::toBytes(ImportTestKit::portalJson(ImportTestKit::rsaKey()));
    const QString path = m_dir.filePath(QStringLiteral("Testkommune.json"));
    QVERIFY(ImportTestKit::writeFile(path, secret));
    // A second hard link sees the same blocks: after the delete it shows what was left on them.
    const QString witness = m_dir.filePath(QStringLiteral("witness"));
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(witness).constData()), 0);

    auto deleted = PackageFileCleanup::secureDelete(path);
    QVERIFY2(deleted.ok(), qPrintable(deleted.error().toString()));
    QVERIFY(!QFile::exists(path));
    // Nothing else was left in the folder under another name.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("witness")});

    QFile left(witness);
    QVERIFY(left.open(QIODevice::ReadOnly));
    const QByteArray remains = left.readAll();
    QCOMPARE(remains.size(), secret.size());
    QVERIFY(remains != secret);
    for (const QString &value :
         ImportTestKit::secretValues(ImportTestKit::privateJwk(ImportTestKit::rsaKey())))
        QVERIFY(!remains.contains(value.toLatin1()));
    QVERIFY(!remains.contains("clientId"));
}

void TstImportCleanup::secureDeleteOfMissingFileSucceeds()
{
    QVERIFY(PackageFileCleanup::secureDelete(m_dir.filePath(QStringLiteral("already-gone.zip"))).ok());
}

void TstImportCleanup::secureDeleteRefusesLinksAndDirectories()
{
    const QString target = m_dir.filePath(QStringLiteral("target.txt"));
    QVERIFY(ImportTestKit::writeFile(target, "keep me"));
    const QString link = m_dir.filePath(QStringLiteral("link.zip"));
    QVERIFY(QFile::link(target, link));
    auto viaLink = PackageFileCleanup::secureDelete(link);
    QVERIFY(!viaLink.ok());
    QCOMPARE(viaLink.error().code, QStringLiteral("import.delete_failed"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("keep me"));

    auto directory = PackageFileCleanup::secureDelete(m_dir.path());
    QVERIFY(!directory.ok());
    QCOMPARE(directory.error().code, QStringLiteral("import.delete_failed"));
    QVERIFY(QFileInfo::exists(m_dir.path()));
}

void TstImportCleanup::keepingFileNoticeNamesTheFileAndTheStore()
{
    const QString path = m_dir.filePath(QStringLiteral("klient.zip"));
    const QString inKeychain =
        PackageFileCleanup::keepingFileNotice(path, PackageFileCleanup::KeptIn::Keychain);
    QVERIFY(inKeychain.contains(QDir::toNativeSeparators(path)));
    QVERIFY(inKeychain.contains(QStringLiteral("private key")));
    QVERIFY(inKeychain.contains(QStringLiteral("keychain")));

    // With the explicit file store the key is not in the keychain: the notice names the key file instead.
    const QString keyFile = m_dir.filePath(QStringLiteral("keys/onboarding_thumbprint.p8.pem"));
    const QString inFile =
        PackageFileCleanup::keepingFileNotice(path, PackageFileCleanup::KeptIn::EncryptedFile, keyFile);
    QVERIFY(inFile.contains(QDir::toNativeSeparators(path)));
    QVERIFY2(inFile.contains(QDir::toNativeSeparators(keyFile)), qPrintable(inFile));
    QVERIFY2(!inFile.contains(QStringLiteral("keychain")), qPrintable(inFile));
}

void TstImportCleanup::keepingFileNoticeNamesTheStoreInNorwegian_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nb") << QStringLiteral("nb");
    QTest::newRow("nn") << QStringLiteral("nn");
}

void TstImportCleanup::keepingFileNoticeNamesTheStoreInNorwegian()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(
        translator.load(QStringLiteral(SFM_BINARY_DIR "/translations/sfm_onboarding_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    const QString path = m_dir.filePath(QStringLiteral("klient.zip"));
    const QString keyFile = m_dir.filePath(QStringLiteral("keys/onboarding_thumbprint.p8.pem"));
    const QString inKeychain =
        PackageFileCleanup::keepingFileNotice(path, PackageFileCleanup::KeptIn::Keychain);
    const QString inFile =
        PackageFileCleanup::keepingFileNotice(path, PackageFileCleanup::KeptIn::EncryptedFile, keyFile);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(inKeychain.contains(QStringLiteral("nøkkelringen")), qPrintable(inKeychain));
    QVERIFY2(inFile.contains(QDir::toNativeSeparators(keyFile)), qPrintable(inFile));
    QVERIFY2(inFile.contains(QStringLiteral("passordfrase")), qPrintable(inFile));
    QVERIFY2(!inFile.contains(QStringLiteral("nøkkelring")), qPrintable(inFile));
}

void TstImportCleanup::publicJwkTextHoldsOnlyThePublicKey()
{
    const crypto::Key &key = ImportTestKit::rsaKey();
    const QByteArray fileText = PublicJwkText::forFile(key);
    QVERIFY(fileText.endsWith('\n'));
    const QJsonObject fromFile = QJsonDocument::fromJson(fileText).object();
    QCOMPARE(fromFile, key.publicJwk(key.defaultAlgorithm()));
    QCOMPARE(fromFile.value(QStringLiteral("kid")).toString(), key.thumbprint());
    QCOMPARE(fromFile.value(QStringLiteral("alg")).toString(), QStringLiteral("PS256"));
    for (const char *member : {"d", "p", "q", "dp", "dq", "qi"})
        QVERIFY2(!fromFile.contains(QLatin1String(member)), member);

    const QString clipboard = PublicJwkText::forClipboard(key, crypto::Algorithm::RS256);
    QVERIFY(!clipboard.contains(QLatin1Char('\n')));
    const QJsonObject fromClipboard = QJsonDocument::fromJson(clipboard.toUtf8()).object();
    QCOMPARE(fromClipboard.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(fromClipboard.value(QStringLiteral("n")), fromFile.value(QStringLiteral("n")));

    QVERIFY(PublicJwkText::forFile(crypto::Key()).isEmpty());
}

void TstImportCleanup::publicJwkKidMatchesJose()
{
    const crypto::Key &key = ImportTestKit::rsaKey();
    const QString path = m_dir.filePath(QStringLiteral("public.jwk"));
    QVERIFY(ImportTestKit::writeFile(path, PublicJwkText::forFile(key)));
    QProcess jose;
    jose.start(QStringLiteral("/usr/bin/jose"),
               {QStringLiteral("jwk"), QStringLiteral("thp"), QStringLiteral("-i"), path,
                QStringLiteral("-a"), QStringLiteral("S256")});
    QVERIFY(jose.waitForFinished(30000));
    QCOMPARE(jose.exitCode(), 0);
    QCOMPARE(QString::fromLatin1(jose.readAllStandardOutput().trimmed()), key.thumbprint());
}

QTEST_GUILESS_MAIN(TstImportCleanup)
#include "tst_import_cleanup.moc"
