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

#include <sys/stat.h>
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
    void secureDeleteRefusesHardLinks();
    void secureDeleteRefusesSymlinksWithoutTouchingTheTarget();
    void secureDeleteRefusesAFifoWithoutBlocking();
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
    // A descriptor opened before sees the same blocks (the file lives on while it is open): after the
    // delete it shows what was left on them. (A second hard link would be refused.)
    QFile witness(path);
    QVERIFY(witness.open(QIODevice::ReadOnly | QIODevice::Unbuffered));

    auto deleted = PackageFileCleanup::secureDelete(path);
    QVERIFY2(deleted.ok(), qPrintable(deleted.error().toString()));
    QVERIFY(!QFile::exists(path));
    // Nothing else was left in the folder under another name.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    QVERIFY(witness.seek(0));
    const QByteArray remains = witness.readAll();
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

void TstImportCleanup::secureDeleteRefusesHardLinks()
{
    // The file has a second name (a hard link, perhaps to a file this program should not touch): both names
    // and the bytes stay as they were.
    const QString original = m_dir.filePath(QStringLiteral("someone-elses.json"));
    QVERIFY(ImportTestKit::writeFile(original, "not ours to overwrite"));
    const QString chosen = m_dir.filePath(QStringLiteral("HelseID-klient.zip"));
    QCOMPARE(::link(QFile::encodeName(original).constData(), QFile::encodeName(chosen).constData()), 0);
    auto refused = PackageFileCleanup::secureDelete(chosen);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("import.delete_failed"));
    QVERIFY(refused.error().detail.contains(QStringLiteral("hard link")));
    for (const QString &name : {original, chosen}) {
        QFile file(name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("not ours to overwrite"));
    }
    QVERIFY(QFile::remove(chosen) && QFile::remove(original));
}

void TstImportCleanup::secureDeleteRefusesSymlinksWithoutTouchingTheTarget()
{
    // A symbolic link, also one whose target has no other name: the target is neither overwritten nor
    // removed, and the link stays.
    const QString target = m_dir.filePath(QStringLiteral("only-name.bin"));
    QVERIFY(ImportTestKit::writeFile(target, "target bytes"));
    const QString link = m_dir.filePath(QStringLiteral("Downloads-link.zip"));
    QVERIFY(QFile::link(target, link));
    auto refused = PackageFileCleanup::secureDelete(link);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("import.delete_failed"));
    QVERIFY(QFileInfo(link).isSymLink());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("target bytes"));
    QVERIFY(QFile::remove(link) && QFile::remove(target));
}

void TstImportCleanup::secureDeleteRefusesAFifoWithoutBlocking()
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.zip"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    auto refused = PackageFileCleanup::secureDelete(fifo); // no reader: an open without O_NONBLOCK would hang
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("import.delete_failed"));
    QVERIFY(QFileInfo::exists(fifo));
    QVERIFY(QFile::remove(fifo));
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
