// Where the program finds the EPJ vendor's profile (docs/vendor-profile.md, "Where the program looks"): the
// search order, one profile per folder, and never the demo profile outside practice mode.
#include "helseid/VendorProfileLocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sfm;
using namespace sfm::helseid;
using Origin = VendorProfileLocator::Origin;

namespace {

QByteArray profileJson(const QString &vendor)
{
    return QStringLiteral(R"({"schemaVersion": 1, "vendorName": "%1",
        "apiKeys": {"test": "key-of-%1"},
        "scopes": [{"name": "nhn:selvbetjening/client", "default": "preselected", "required": true},
                   {"name": "e-helse:sfm.api/sfm.api2", "default": "preselected"}]})")
        .arg(vendor)
        .toUtf8();
}

} // namespace

class TestVendorProfileLocator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString folder(const QString &name) const { return m_tmp.filePath(name); }

    // Writes a profile (or any bytes) to <tmp>/<folder>/<file>; the file's path.
    QString put(const QString &dirName, const QString &file, const QByteArray &bytes)
    {
        QDir().mkpath(folder(dirName));
        const QString path = folder(dirName) + u'/' + file;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    VendorProfileLocator locator() const
    {
        return VendorProfileLocator({{Origin::BesideProgram, folder(QStringLiteral("beside"))},
                                     {Origin::SystemFolder, folder(QStringLiteral("system"))},
                                     {Origin::UserFolder, folder(QStringLiteral("user"))}});
    }

private slots:
    void init()
    {
        for (const char *name : {"beside", "system", "user", "elsewhere"})
            QDir(folder(QLatin1String(name))).removeRecursively();
    }

    // Each place wins over every later one: command line, setting, beside the program, system, user.
    void searchOrder()
    {
        put(QStringLiteral("user"), QStringLiteral("u.json"), profileJson(QStringLiteral("User AS")));
        auto found = locator().locate({});
        QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
        QCOMPARE(found->origin, Origin::UserFolder);
        QCOMPARE(found->profile.vendorName, QStringLiteral("User AS"));

        put(QStringLiteral("system"), QStringLiteral("s.json"), profileJson(QStringLiteral("System AS")));
        found = locator().locate({});
        QVERIFY(found);
        QCOMPARE(found->origin, Origin::SystemFolder);
        QCOMPARE(found->profile.vendorName, QStringLiteral("System AS"));

        put(QStringLiteral("beside"), QStringLiteral("b.json"), profileJson(QStringLiteral("Beside AS")));
        found = locator().locate({});
        QVERIFY(found);
        QCOMPARE(found->origin, Origin::BesideProgram);
        QCOMPARE(found->path, folder(QStringLiteral("beside/b.json")));

        const QString saved = put(QStringLiteral("elsewhere"), QStringLiteral("saved.json"),
                                  profileJson(QStringLiteral("Saved AS")));
        found = locator().locate({QString(), saved, false});
        QVERIFY(found);
        QCOMPARE(found->origin, Origin::Setting);
        QCOMPARE(found->profile.vendorName, QStringLiteral("Saved AS"));

        const QString given = put(QStringLiteral("elsewhere"), QStringLiteral("given.json"),
                                  profileJson(QStringLiteral("Given AS")));
        found = locator().locate({given, saved, false});
        QVERIFY(found);
        QCOMPARE(found->origin, Origin::CommandLine);
        QCOMPARE(found->profile.vendorName, QStringLiteral("Given AS"));
        QVERIFY(found->describe().contains(QDir::toNativeSeparators(given)));
        QVERIFY(found->describe().contains(QStringLiteral("command line")));
    }

    // Nothing installed, TEST or PROD: an error saying where it looked and where a profile comes from —
    // never the built-in demo profile.
    void notFoundOutsidePractice()
    {
        put(QStringLiteral("system"), QStringLiteral("README.txt"), "not a profile");
        const auto found = locator().locate({});
        QVERIFY(!found);
        QCOMPARE(found.error().code, QStringLiteral("profile.not_found"));
        const QString message = found.error().message;
        for (const char *name : {"beside", "system", "user"})
            QVERIFY2(message.contains(QDir::toNativeSeparators(folder(QLatin1String(name)))),
                     qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("EPJ vendor")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("--profile")));
    }

    // Practice mode: the demo profile, which matches the simulator's demo Klientmal, even when a real
    // vendor's profile is installed (its Klientmal is unknown to the simulator); a given file still wins.
    void practiceUsesTheDemoProfile()
    {
        put(QStringLiteral("system"), QStringLiteral("s.json"), profileJson(QStringLiteral("System AS")));
        auto found = locator().locate({QString(), QString(), true});
        QVERIFY(found);
        QCOMPARE(found->origin, Origin::BuiltInDemo);
        QVERIFY(found->profile.hasApiKey(QStringLiteral("demo")));
        QVERIFY(!found->describe().contains(QStringLiteral(":/")));

        const QString given = put(QStringLiteral("elsewhere"), QStringLiteral("given.json"),
                                  profileJson(QStringLiteral("Given AS")));
        found = locator().locate({given, QString(), true});
        QVERIFY(found);
        QCOMPARE(found->origin, Origin::CommandLine);
    }

    // Several profiles in one folder: an error naming them, not a guess; choosing one explicitly works.
    void severalInOneFolder()
    {
        put(QStringLiteral("beside"), QStringLiteral("acme.json"), profileJson(QStringLiteral("Acme")));
        put(QStringLiteral("beside"), QStringLiteral("other.json"), profileJson(QStringLiteral("Other")));
        put(QStringLiteral("user"), QStringLiteral("u.json"), profileJson(QStringLiteral("User AS")));
        const auto found = locator().locate({});
        QVERIFY(!found);
        QCOMPARE(found.error().code, QStringLiteral("profile.ambiguous"));
        QVERIFY(found.error().message.contains(QStringLiteral("acme.json")));
        QVERIFY(found.error().message.contains(QStringLiteral("other.json")));

        const auto chosen = locator().locate({QString(), folder(QStringLiteral("beside/acme.json")), false});
        QVERIFY(chosen);
        QCOMPARE(chosen->profile.vendorName, QStringLiteral("Acme"));
    }

    // A damaged profile where the installer put it is reported with its path, not skipped for a later one.
    void damagedProfileIsNotSkipped()
    {
        put(QStringLiteral("system"), QStringLiteral("broken.json"), "{ not json");
        put(QStringLiteral("user"), QStringLiteral("u.json"), profileJson(QStringLiteral("User AS")));
        const auto found = locator().locate({});
        QVERIFY(!found);
        QCOMPARE(found.error().code, QStringLiteral("profile.not_json"));
        QVERIFY(found.error().message.contains(
            QDir::toNativeSeparators(folder(QStringLiteral("system/broken.json")))));
        QVERIFY(found.error().message.contains(QStringLiteral("system folder")));
    }

    // A given or saved path that cannot be read is an error: never fall back to another profile.
    void givenPathMustWork()
    {
        put(QStringLiteral("user"), QStringLiteral("u.json"), profileJson(QStringLiteral("User AS")));
        auto found = locator().locate({folder(QStringLiteral("elsewhere/missing.json")), QString(), false});
        QVERIFY(!found);
        QCOMPARE(found.error().code, QStringLiteral("profile.unreadable"));
        found = locator().locate({QString(), folder(QStringLiteral("elsewhere/missing.json")), false});
        QVERIFY(!found);
        QCOMPARE(found.error().code, QStringLiteral("profile.unreadable"));
        QVERIFY(found.error().message.contains(QStringLiteral("settings")));
    }

    // The API key of a profile never shows in an error or in the description.
    void noApiKeyInTexts()
    {
        put(QStringLiteral("beside"), QStringLiteral("a.json"), profileJson(QStringLiteral("Acme")));
        put(QStringLiteral("beside"), QStringLiteral("b.json"), profileJson(QStringLiteral("Other")));
        const auto ambiguous = locator().locate({});
        QVERIFY(!ambiguous);
        QVERIFY(!ambiguous.error().toString().contains(QStringLiteral("key-of-")));
        QFile::remove(folder(QStringLiteral("beside/b.json")));
        const auto found = locator().locate({});
        QVERIFY(found);
        QVERIFY(!found->describe().contains(QStringLiteral("key-of-")));
    }

    // The real folders: beside the program, a system folder, the user's config folder — in that order.
    void defaultRoots()
    {
        const auto roots = VendorProfileLocator::defaultRoots();
        QCOMPARE(roots.size(), 3);
        QCOMPARE(roots.at(0).origin, Origin::BesideProgram);
        QCOMPARE(roots.at(0).folder, QCoreApplication::applicationDirPath() + QStringLiteral("/profiles"));
        QCOMPARE(roots.at(1).origin, Origin::SystemFolder);
#if defined(Q_OS_LINUX)
        QCOMPARE(roots.at(1).folder, QStringLiteral("/etc/sfm-onboarding/profiles"));
#endif
        QCOMPARE(roots.at(2).origin, Origin::UserFolder);
        QVERIFY(roots.at(2).folder.endsWith(QStringLiteral("/profiles")));
    }
};

QTEST_GUILESS_MAIN(TestVendorProfileLocator)
#include "tst_vendor_profile_locator.moc"
