// The value rules the simulated self-service API applies (organization numbers, claim values, private JWK
// members), checked on their own so a wrong rule cannot hide behind a conformance test's happy path.
#include "Validators.h"

#include <QJsonObject>
#include <QTest>

using namespace sfm::sim;

class TstSimValidators : public QObject
{
    Q_OBJECT

private slots:
    void organizationNumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("NHN") << QStringLiteral("994598759") << true;
        QTest::newRow("check digit 0 (remainder 0)") << QStringLiteral("900000030") << true;
        QTest::newRow("another") << QStringLiteral("923609016") << true;
        QTest::newRow("valid") << QStringLiteral("974760673") << true;
        QTest::newRow("wrong check digit") << QStringLiteral("974760674") << false;
        QTest::newRow("check digit would be 10") << QStringLiteral("400000000") << false;
        QTest::newRow("eight digits") << QStringLiteral("97476067") << false;
        QTest::newRow("ten digits") << QStringLiteral("9747606730") << false;
        QTest::newRow("letters") << QStringLiteral("97476067a") << false;
        QTest::newRow("spaces") << QStringLiteral("974 760 673") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void organizationNumber()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(isValidOrganizationNumber(number), valid);
    }

    void claimValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("guid") << QStringLiteral("8f3a2c1e-5b7d-4e9f-a1b2-c3d4e5f6a7b8") << true;
        QTest::newRow("æøå") << QStringLiteral("Journal_Ærøy.Åsnes-Ødegård") << true;
        QTest::newRow("50 characters") << QString(50, QLatin1Char('a')) << true;
        QTest::newRow("51 characters") << QString(51, QLatin1Char('a')) << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("other letter") << QStringLiteral("Journal_ü") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void claimValue()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(isValidClaimValue(value), valid);
    }

    void privateMembers()
    {
        QVERIFY(!hasPrivateMembers({{QStringLiteral("kty"), QStringLiteral("RSA")},
                                    {QStringLiteral("n"), QStringLiteral("x")},
                                    {QStringLiteral("e"), QStringLiteral("AQAB")}}));
        for (const char *member : {"d", "p", "q", "dp", "dq", "qi", "oth", "k"})
            QVERIFY2(hasPrivateMembers({{QStringLiteral("kty"), QStringLiteral("RSA")},
                                        {QLatin1String(member), QStringLiteral("x")}}),
                     member);
    }
};

QTEST_MAIN(TstSimValidators)
#include "tst_sim_validators.moc"
