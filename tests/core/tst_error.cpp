// sfm::Error follows a language switch: an error made with a translator makes its message again in the
// language installed now (retranslated()), an error it wraps too, while `message` keeps what was said when
// the error was made; an error without a translator stays as it is. Checked with the project's own nb, nn and
// en translations against what tr() gives in each.

#include "Error.h"
#include "LanguageManager.h"
#include "helseid/ApiError.h"
#include "helseid/Environment.h"
#include "net/HttpResponse.h"
#include "onboarding/OnboardingData.h"
#include "onboarding/OrganizationNumber.h"

#include <QTest>

using namespace sfm;
using Language = ui::LanguageManager::Language;

namespace {

const QList<Language> Languages = {Language::Bokmal, Language::English, Language::Nynorsk};

// What the organization-number check says about eight digits, as tr() gives it in the language installed now.
QString eightDigits()
{
    return QCoreApplication::translate("sfm::onboarding::OrganizationNumber",
                                       "An organization number has exactly 9 digits; this one has %1.")
        .arg(8);
}

} // namespace

class TestError : public QObject
{
    Q_OBJECT

private slots:
    void messageFollowsTheLanguage()
    {
        ui::LanguageManager languages;
        QVERIFY(languages.setLanguage(Language::Bokmal));
        const Error error = onboarding::checkOrganizationNumber(u"97476067").error();
        QCOMPARE(error.code, QStringLiteral("onboarding.orgnr.length"));
        const QString bokmal = eightDigits();
        QCOMPARE(error.message, bokmal);

        QStringList seen;
        for (Language language : Languages) {
            QVERIFY(languages.setLanguage(language));
            QCOMPARE(error.retranslated().message, eightDigits());
            QVERIFY2(!seen.contains(eightDigits()), qPrintable(eightDigits())); // a real switch each time
            seen.append(eightDigits());
            // The error itself keeps what it said: a log line or the CLI never changes under it.
            QCOMPARE(error.message, bokmal);
            QCOMPARE(error.retranslated().code, error.code);
            QCOMPARE(error.retranslated().detail, error.detail);
        }
    }

    // "Child unit %1: %2" wraps the organization-number check's words: both parts follow.
    void wrappedErrorFollowsToo()
    {
        ui::LanguageManager languages;
        QVERIFY(languages.setLanguage(Language::Nynorsk));
        onboarding::OnboardingSetup setup;
        setup.environment = sfm::helseid::Environment::demo(
            QUrl(QStringLiteral("http://127.0.0.1:1/issuer")), QUrl(QStringLiteral("http://127.0.0.1:1/api")),
            QUrl(QStringLiteral("http://127.0.0.1:1/portal")));
        setup.organizationNumber = QStringLiteral("974760673");
        setup.childOrganizationNumbers = {QStringLiteral("97476067")};
        const auto valid = setup.validate();
        QVERIFY(!valid);
        const Error error = valid.error();
        QCOMPARE(error.code, QStringLiteral("onboarding.orgnr.length"));
        const auto expected = [] {
            return QCoreApplication::translate("sfm::onboarding::OnboardingData", "Child unit %1: %2")
                .arg(QStringLiteral("97476067"), eightDigits());
        };
        QCOMPARE(error.message, expected());
        for (Language language : Languages) {
            QVERIFY(languages.setLanguage(language));
            QCOMPARE(error.retranslated().message, expected());
            QVERIFY(error.retranslated().message.contains(eightDigits()));
        }
    }

    // The self-service API's error names the operation in the caller's words, asked again each time.
    void operationFollowsToo()
    {
        ui::LanguageManager languages;
        QVERIFY(languages.setLanguage(Language::English));
        net::HttpResponse response;
        response.status = 503;
        response.url = QUrl(QStringLiteral("https://api.selvbetjening.test.nhn.no/v1/client-drafts"));
        response.body = "down";
        const Error error = helseid::ApiError::fromResponse(response, [] {
            return QCoreApplication::translate("sfm::helseid::SelfServiceClient", "the client draft");
        });
        const auto expected = [] {
            return QCoreApplication::translate("ApiError",
                                               "The self-service API has a problem right now (HTTP %1) and "
                                               "could not complete %2. Try again later.")
                .arg(503)
                .arg(QCoreApplication::translate("sfm::helseid::SelfServiceClient", "the client draft"));
        };
        QCOMPARE(error.code, QStringLiteral("helseid.api.http.503"));
        for (Language language : Languages) {
            QVERIFY(languages.setLanguage(language));
            QCOMPARE(error.retranslated().message, expected());
        }
        QVERIFY(error.detail.contains(QStringLiteral("down"))); // the server's words stay in detail
    }

    // Without a translator (a message read back from a file, or made before the language is known) the
    // error stays as it was.
    void plainMessageStays()
    {
        ui::LanguageManager languages;
        QVERIFY(languages.setLanguage(Language::Bokmal));
        const Error plain(QStringLiteral("x.plain"), eightDigits(), QStringLiteral("detail"));
        QVERIFY(!plain.translator);
        QVERIFY(languages.setLanguage(Language::English));
        QCOMPARE(plain.retranslated().message, plain.message);
        QVERIFY(plain.retranslated().message != eightDigits());
        QVERIFY(Error().retranslated().isNull());
    }
};

QTEST_MAIN(TestError)
#include "tst_error.moc"
