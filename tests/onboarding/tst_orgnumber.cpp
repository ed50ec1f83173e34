// The shared organization-number check (mod 11, weights 3,2,7,6,5,4,3,2) the wizard validates with live.
#include "onboarding/OrganizationNumber.h"

#include <QTest>

using namespace sfm::onboarding;

class TestOrgNumber : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("code"); // empty = valid
        QTest::newRow("Brønnøysundregistrene") << "974760673"
                                               << "";
        QTest::newRow("Equinor") << "923609016"
                                 << "";
        QTest::newRow("check digit 0") << "910000020"
                                       << "";
        QTest::newRow("wrong check digit") << "974760674"
                                           << "onboarding.orgnr.check_digit";
        QTest::newRow("remainder 1 never issued") << "400000000"
                                                  << "onboarding.orgnr.check_digit";
        QTest::newRow("too short") << "97476067"
                                   << "onboarding.orgnr.length";
        QTest::newRow("too long") << "9747606730"
                                  << "onboarding.orgnr.length";
        QTest::newRow("letters") << "97476067a"
                                 << "onboarding.orgnr.not_digits";
        QTest::newRow("spaces are not digits") << "974 760 673"
                                               << "onboarding.orgnr.not_digits";
        QTest::newRow("arabic-indic digits")
            << QString::fromUtf8("٩٧٤٧٦٠٦٧٣") << "onboarding.orgnr.not_digits";
        QTest::newRow("empty") << ""
                               << "onboarding.orgnr.empty";
    }

    void check()
    {
        QFETCH(QString, number);
        QFETCH(QString, code);
        const auto result = checkOrganizationNumber(number);
        QCOMPARE(isValidOrganizationNumber(number), code.isEmpty());
        if (code.isEmpty()) {
            QVERIFY(result.ok());
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, code);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void everyCheckDigitIsTheOnlyValidOne()
    {
        // For a fixed prefix exactly one last digit passes (or none, when the remainder is 1).
        int valid = 0;
        for (int d = 0; d <= 9; ++d)
            valid += isValidOrganizationNumber(QStringLiteral("97476067%1").arg(d)) ? 1 : 0;
        QCOMPARE(valid, 1);
    }

    void normalizeRemovesSpacesOnly()
    {
        QCOMPARE(normalizedOrganizationNumber(u" 974 760\t673 "), QStringLiteral("974760673"));
        QCOMPARE(normalizedOrganizationNumber(u"974-760"), QStringLiteral("974-760"));
    }
};

QTEST_GUILESS_MAIN(TestOrgNumber)
#include "tst_orgnumber.moc"
