// Key expiry as renewal reads it: expiration dates from /v1/client-secret (a .NET DateTime without an
// offset is UTC, reference section 9), the due/expired decision, the --within window, and which key may be
// retired. Runs in Europe/Oslo time, so reading a time without an offset as local time would show.
#include "helseid/KeyExpiry.h"

#include <QTest>

#include <ctime>

using namespace sfm::helseid;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

ClientSecretInfo secret(const QString &thumbprint, std::optional<QDateTime> expiration)
{
    ClientSecretInfo s;
    s.kid = thumbprint;
    s.jwkThumbprint = thumbprint;
    s.origin = QStringLiteral("Api");
    s.expiration = expiration;
    return s;
}

} // namespace

class TstKeyExpiry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Oslo");
        tzset();
        // Otherwise the tests below could not tell UTC from local time.
        QCOMPARE(QDateTime(QDate(2027, 7, 1), QTime(12, 0), Qt::LocalTime).offsetFromUtc(), 7200);
    }

    void expirationDates_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow(".NET, no offset (UTC)")
            << QStringLiteral(R"("2027-07-01T10:00:00")") << utc(2027, 7, 1, 10);
        QTest::newRow(".NET, seven fraction digits")
            << QStringLiteral(R"("2027-07-01T10:00:00.1234567")") << utc(2027, 7, 1, 10, 0, 0, 123);
        QTest::newRow("Z") << QStringLiteral(R"("2027-07-01T10:00:00Z")") << utc(2027, 7, 1, 10);
        QTest::newRow("offset") << QStringLiteral(R"("2027-07-01T12:00:00+02:00")") << utc(2027, 7, 1, 10);
        QTest::newRow("winter, no offset")
            << QStringLiteral(R"("2027-01-15T23:30:00")") << utc(2027, 1, 15, 23, 30);
    }

    void expirationDates()
    {
        QFETCH(QString, json);
        QFETCH(QDateTime, expected);
        const auto answer =
            parseClientSecretExpiration(QStringLiteral(R"({"expiration": %1})").arg(json).toUtf8());
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().detail));
        QVERIFY(answer->has_value());
        QCOMPARE(answer->value(), expected);
        QCOMPARE(answer->value().timeSpec(), Qt::UTC);

        const auto list = parseClientSecrets(
            QStringLiteral("[{\"expiration\": %1, \"kid\": \"k\", \"jwkThumbprint\": \"k\", "
                           "\"origin\": \"Gui\", \"publicJwk\": \"{\\\"kty\\\":\\\"EC\\\"}\"}]")
                .arg(json)
                .toUtf8());
        QVERIFY(list.ok());
        QCOMPARE(list->first().expiration.value(), expected);
    }

    void nullOrMissingExpirationIsNone()
    {
        QVERIFY(!parseClientSecretExpiration(R"({"expiration": null})")->has_value());
        QVERIFY(!parseClientSecretExpiration(R"({})")->has_value());
        const auto list =
            parseClientSecrets("[{\"expiration\": null, \"kid\": \"k\", \"jwkThumbprint\": \"k\", "
                               "\"origin\": \"Api\", \"publicJwk\": null}]");
        QVERIFY(list.ok());
        QVERIFY(!list->first().expiration.has_value());
        QCOMPARE(KeyExpiry(list->first().expiration).state(utc(2027, 1, 1)), KeyExpiry::State::NotStated);
    }

    void badExpirationIsAnError()
    {
        for (const char *bad : {R"({"expiration": "next year"})", R"({"expiration": 1767225600})",
                                R"({"expiration": "2027-13-01T00:00:00"})"}) {
            const auto r = parseClientSecretExpiration(bad);
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().code, QStringLiteral("helseid.api.bad_client_json"));
        }
    }

    void daysLeftDueAndExpired()
    {
        const QDateTime expires = utc(2027, 7, 1, 10);
        const KeyExpiry k(expires);
        QCOMPARE(k.daysLeft(expires.addDays(-31)), 31);
        QCOMPARE(k.daysLeft(expires.addSecs(-1)), 0);
        QCOMPARE(k.daysLeft(expires), 0);
        QCOMPARE(k.daysLeft(expires.addSecs(1)), -1);
        QCOMPARE(k.daysLeft(expires.addDays(2)), -2);

        QCOMPARE(k.state(expires.addDays(-31)), KeyExpiry::State::Valid);
        QCOMPARE(k.state(expires.addDays(-30)), KeyExpiry::State::Valid); // exactly 30 days left
        QCOMPARE(k.state(expires.addDays(-30).addSecs(1)), KeyExpiry::State::Due);
        QCOMPARE(k.state(expires.addSecs(-1)), KeyExpiry::State::Due);
        QCOMPARE(k.state(expires), KeyExpiry::State::Expired);
        QVERIFY(k.isExpired(expires));
        QVERIFY(!k.isExpired(expires.addSecs(-1)));

        QVERIFY(k.isDueWithin(expires.addDays(-60), 90));
        QVERIFY(!k.isDueWithin(expires.addDays(-60), 30));
        QVERIFY(k.isDueWithin(expires.addDays(1), 0)); // expired is due whatever the window
        QCOMPARE(k.state(expires.addDays(-60), 90), KeyExpiry::State::Due);

        // A time given with an offset compares as the same instant.
        const KeyExpiry oslo(QDateTime(QDate(2027, 7, 1), QTime(12, 0), Qt::OffsetFromUTC, 7200));
        QCOMPARE(oslo.expiration()->timeSpec(), Qt::UTC);
        QCOMPARE(oslo.daysLeft(expires.addDays(-3)), 3);

        const KeyExpiry none;
        QVERIFY(!none.daysLeft(expires).has_value());
        QVERIFY(!none.isExpired(expires));
        QVERIFY(!none.isDueWithin(expires, 10000));
    }

    void window_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("days");
        QTest::newRow("days") << QStringLiteral("30d") << 30;
        QTest::newRow("bare number") << QStringLiteral("45") << 45;
        QTest::newRow("weeks") << QStringLiteral("4w") << 28;
        QTest::newRow("upper case, spaces") << QStringLiteral(" 7D ") << 7;
        QTest::newRow("zero") << QStringLiteral("0d") << 0;
        QTest::newRow("largest") << QStringLiteral("3650d") << 3650;
        QTest::newRow("negative") << QStringLiteral("-1d") << -1;
        QTest::newRow("hours") << QStringLiteral("30h") << -1;
        QTest::newRow("too long") << QStringLiteral("3651d") << -1;
        QTest::newRow("too many weeks") << QStringLiteral("600w") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("words") << QStringLiteral("a month") << -1;
    }

    void window()
    {
        QFETCH(QString, text);
        QFETCH(int, days);
        const auto r = KeyExpiry::parseWindow(text);
        if (days >= 0) {
            QVERIFY(r.ok());
            QCOMPARE(r.value(), days);
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("helseid.key.bad_window"));
        QVERIFY(r.error().message.contains(text.left(40)));
    }

    // The old key may be retired only while HelseID lists another key that still authenticates.
    void retiringNeedsAnotherValidKey()
    {
        const QDateTime now = utc(2027, 1, 1);
        const QList<ClientSecretInfo> onlyOne{secret(QStringLiteral("old"), now.addDays(10))};
        QVERIFY(!hasOtherValidKey(onlyOne, QStringLiteral("old"), now));

        const QList<ClientSecretInfo> renewed{secret(QStringLiteral("old"), now.addDays(10)),
                                              secret(QStringLiteral("new"), now.addDays(375))};
        QVERIFY(hasOtherValidKey(renewed, QStringLiteral("old"), now));
        QCOMPARE(findClientSecret(renewed, QStringLiteral("new")), &renewed.at(1));
        QCOMPARE(findClientSecret(renewed, QStringLiteral("other")), nullptr);

        const QList<ClientSecretInfo> otherExpired{secret(QStringLiteral("old"), now.addDays(10)),
                                                   secret(QStringLiteral("gone"), now.addSecs(-1))};
        QVERIFY(!hasOtherValidKey(otherExpired, QStringLiteral("old"), now));

        const QList<ClientSecretInfo> otherNeverExpires{secret(QStringLiteral("old"), now.addDays(10)),
                                                        secret(QStringLiteral("forever"), std::nullopt)};
        QVERIFY(hasOtherValidKey(otherNeverExpires, QStringLiteral("old"), now));

        // Without a jwkThumbprint the kid is compared (NHN's tools make the kid the thumbprint).
        ClientSecretInfo kidOnly = secret(QStringLiteral("new"), now.addDays(375));
        kidOnly.jwkThumbprint.clear();
        QCOMPARE(findClientSecret({kidOnly}, QStringLiteral("new"))->kid, QStringLiteral("new"));
        QVERIFY(!hasOtherValidKey({kidOnly}, QStringLiteral("new"), now));
    }
};

QTEST_GUILESS_MAIN(TstKeyExpiry)
#include "tst_key_expiry.moc"
