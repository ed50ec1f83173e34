// The user's settings: defaults when nothing is stored, values kept across instances, and unknown or
// out-of-range stored values falling back to the defaults instead of breaking the program.
#include "storage/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sfm;
using namespace sfm::storage;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.environment(), QStringLiteral("test"));
        QCOMPARE(s.deadlineSeconds(), qint64(14 * 24 * 3600));
        QCOMPARE(s.proxy().mode, net::ProxySettings::Mode::System);
        QVERIFY(s.onboardingDirectory().isEmpty());
        QVERIFY(QStringList({QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")})
                    .contains(s.language()));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings s(path);
            s.setLanguage(QStringLiteral("nn"));
            s.setEnvironment(QStringLiteral("prod"));
            net::ProxySettings proxy;
            proxy.mode = net::ProxySettings::Mode::Manual;
            proxy.host = QStringLiteral("proxy.kommune.no");
            proxy.port = 3128;
            s.setProxy(proxy);
            s.setOnboardingDirectory(QStringLiteral("/srv/onboardings"));
            s.setDeadlineSeconds(3600);
            s.setVendorProfile(QStringLiteral("/etc/epj/profile.json"));
            s.sync();
        }
        Settings again(path);
        QCOMPARE(again.language(), QStringLiteral("nn"));
        QCOMPARE(again.environment(), QStringLiteral("prod"));
        QCOMPARE(again.proxy().mode, net::ProxySettings::Mode::Manual);
        QCOMPARE(again.proxy().host, QStringLiteral("proxy.kommune.no"));
        QCOMPARE(again.proxy().port, quint16(3128));
        QCOMPARE(again.onboardingDirectory(), QStringLiteral("/srv/onboardings"));
        QCOMPARE(again.deadlineSeconds(), qint64(3600));
        QCOMPARE(again.vendorProfile(), QStringLiteral("/etc/epj/profile.json"));
    }

    void badStoredValuesFallBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("language"), QStringLiteral("klingon"));
            raw.setValue(QStringLiteral("environment"), QStringLiteral("moon"));
            raw.setValue(QStringLiteral("proxy/mode"), QStringLiteral("teleport"));
            raw.setValue(QStringLiteral("proxy/port"), 70000);
            raw.setValue(QStringLiteral("onboardings/deadlineSeconds"), -5);
        }
        Settings s(path);
        QVERIFY(s.language() != QLatin1String("klingon"));
        QCOMPARE(s.environment(), QStringLiteral("test"));
        QCOMPARE(s.proxy().mode, net::ProxySettings::Mode::System);
        QCOMPARE(s.proxy().port, quint16(0));
        QCOMPARE(s.deadlineSeconds(), qint64(14 * 24 * 3600));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
