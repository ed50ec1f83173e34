// Modes of what the program writes on a POSIX system (issue: a shared terminal server, where other users
// may list and read what a lax umask leaves open): folders it creates are 0700, onboarding and key files
// 0600 — whatever the umask, and also when an older file was readable by others.
#include "onboarding/OnboardingData.h"
#include "onboarding/OnboardingStore.h"
#include "storage/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sfm;
using namespace sfm::onboarding;
using namespace sfm::storage;

namespace {

// "0700", "0600", …: octal, as ls and chmod show it.
QString modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    return QStringLiteral("0%1").arg(st.st_mode & 07777, 3, 8, QLatin1Char('0'));
}

OnboardingData sample()
{
    static const OnboardingData d = [] {
        OnboardingSetup s;
        s.environment = sfm::helseid::Environment::test();
        s.organizationNumber = QStringLiteral("974760673");
        s.journalName = QStringLiteral("Legevakt");
        s.scopes = {QStringLiteral("e-helse:sfm.api/sfm.api2")};
        return OnboardingData::create(s);
    }();
    return d;
}

} // namespace

class TstPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_oldUmask = ::umask(022); } // the common default: new files 0644, folders 0755
    void cleanup() { ::umask(m_oldUmask); }

    void privateFileFoldersAre0700()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys/onboarding-1/key.pem"));
        QVERIFY(PrivateFile::write(path, "secret").ok());
        QCOMPARE(modeOf(path), QStringLiteral("0600"));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("keys"))), QStringLiteral("0700"));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("keys/onboarding-1"))), QStringLiteral("0700"));
        QVERIFY(PrivateFile::isOwnerOnly(path));
    }

    void existingFolderIsLeftAsItIs()
    {
        // A folder the user made (perhaps shared on purpose) keeps its mode; only what is made here is 0700.
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(shared));
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0750) == 0);
        QVERIFY(PrivateFile::makeDirectory(shared + QStringLiteral("/mine")).ok());
        QCOMPARE(modeOf(shared), QStringLiteral("0750"));
        QCOMPARE(modeOf(shared + QStringLiteral("/mine")), QStringLiteral("0700"));
    }

    void makeDirectoryRefusesAFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("file"));
        QVERIFY(PrivateFile::write(file, "x").ok());
        QVERIFY(!PrivateFile::makeDirectory(file + QStringLiteral("/sub")).ok());
        QVERIFY(!PrivateFile::makeDirectory(file).ok());
    }

    void onboardingFolderAndFilesArePrivate()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("app/onboardings"));
        OnboardingStore store(folder);
        OnboardingData data = sample();
        QVERIFY(store.save(data).ok());
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("app"))), QStringLiteral("0700"));
        QCOMPARE(modeOf(folder), QStringLiteral("0700"));
        QCOMPARE(modeOf(store.pathFor(sample().id)), QStringLiteral("0600"));
        QVERIFY(store.load(sample().id).ok());
        // No temporary file is left beside it, and the listing sees one onboarding.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(store.list().onboardings.size(), 1);
    }

    void olderReadableOnboardingFileBecomesPrivate()
    {
        // A file saved by an older version (0644) is 0600 after the next save.
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        const QString path = store.pathFor(sample().id);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{}");
        old.close();
        QCOMPARE(modeOf(path), QStringLiteral("0644"));
        OnboardingData data = sample();
        QVERIFY(store.save(data).ok());
        QCOMPARE(modeOf(path), QStringLiteral("0600"));
    }

    void saveErrorsKeepTheirCodes()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("not-a-folder"));
        QVERIFY(PrivateFile::write(file, "x").ok());
        OnboardingStore store(file);
        OnboardingData data = sample();
        auto saved = store.save(data);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, QStringLiteral("storage.onboarding.mkdir"));
    }

private:
    mode_t m_oldUmask = 022;
};

QTEST_GUILESS_MAIN(TstPrivateFiles)
#include "tst_private_files.moc"
