// The words the overview and sfmctl share about many onboardings: the confirmation mail in the customer's
// language, who an onboarding waits for, and when its key needs renewing.
#include "fleet/ConfirmationMail.h"
#include "fleet/OnboardingAttention.h"

#include <QTest>
#include <QUrlQuery>

using namespace sfm;
using namespace sfm::fleet;
using onboarding::OnboardingData;
using onboarding::State;

namespace {

OnboardingData registered(const QString &org, const QString &journal, const QString &clientId)
{
    onboarding::OnboardingSetup setup;
    setup.environment = sfm::helseid::Environment::test();
    setup.organizationNumber = org;
    setup.journalName = journal;
    auto d = OnboardingData::create(setup);
    d.clientId = clientId;
    d.state = clientId.isEmpty() ? State::KeyReady : State::AwaitingConfirmation;
    return d;
}

} // namespace

class TstConfirmationMail : public QObject
{
    Q_OBJECT

private slots:
    void oneMailPerCustomerInTheirLanguage()
    {
        const QList<OnboardingData> all = {
            registered(QStringLiteral("974760673"), QStringLiteral("Legevakt"), QStringLiteral("c1")),
            registered(QStringLiteral("921000000"), QStringLiteral("Sjukeheim"), QStringLiteral("c2")),
            registered(QStringLiteral("974760673"), QStringLiteral("Helsestasjon"), QStringLiteral("c3")),
            registered(QStringLiteral("974760673"), QStringLiteral("Uten klient"), QString()),
        };
        const auto groups = ConfirmationMail::byCustomer(all);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).size(), 3);

        const auto nb =
            ConfirmationMail::compose(groups.at(0), QStringLiteral("nb"), QStringLiteral("a@b.no"));
        QVERIFY(nb);
        QCOMPARE(nb->subject, QStringLiteral("Bekreft HelseID-klientene for organisasjonsnummer 974760673"));
        QVERIFY(nb->body.contains(QStringLiteral("https://selvbetjening.test.nhn.no/confirm-client/c1")));
        QVERIFY(nb->body.contains(QStringLiteral("https://selvbetjening.test.nhn.no/confirm-client/c3")));
        QVERIFY(!nb->body.contains(QStringLiteral("Uten klient")));
        QVERIFY(nb->body.contains(QStringLiteral("Ta i bruk HelseID for et fagsystem")));

        const auto nn = ConfirmationMail::compose(groups.at(1), QStringLiteral("nn"));
        QCOMPARE(nn->subject, QStringLiteral("Stadfest HelseID-klienten for Sjukeheim (921000000)"));
        QVERIFY(nn->body.contains(QStringLiteral("hovudeininga")));
        const auto en = ConfirmationMail::compose(groups.at(1), QStringLiteral("en"));
        QVERIFY(en->subject.startsWith(QStringLiteral("Confirm the HelseID client for Sjukeheim")));
        QCOMPARE(ConfirmationMail::compose(groups.at(1), QStringLiteral("de"))->language,
                 QStringLiteral("nb"));
        QVERIFY(!ConfirmationMail::compose({all.at(3)}, QStringLiteral("nb")));
    }

    void mailtoCarriesSubjectAndBody()
    {
        const auto mail = ConfirmationMail::compose(
            {registered(QStringLiteral("974760673"), QStringLiteral("Lege & co"), QStringLiteral("c1"))},
            QStringLiteral("nb"), QStringLiteral("post@kommune.no"), QStringLiteral("Hilsen EPJ-support"));
        const QUrl url = mail->mailtoUrl();
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("post@kommune.no"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), mail->subject);
        QString body = mail->body;
        body.replace(u'\n', QStringLiteral("\r\n"));
        QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded), body);
        QVERIFY(mail->body.endsWith(QStringLiteral("Hilsen EPJ-support")));
        QVERIFY(!url.toString(QUrl::FullyEncoded).contains(u' '));
    }

    void forCustomerUsesTheStoredContact()
    {
        QList<OnboardingData> customer = {
            registered(QStringLiteral("974760673"), QStringLiteral("Legevakt"), QStringLiteral("c1")),
            registered(QStringLiteral("974760673"), QStringLiteral("Helsestasjon"), QStringLiteral("c2")),
            registered(QStringLiteral("974760673"), QStringLiteral("Uten klient"), QString()),
        };
        // None stored: the program's language, no address.
        auto mail = ConfirmationMail::forCustomer(customer, QStringLiteral("en"));
        QCOMPARE(mail->language, QStringLiteral("en"));
        QVERIFY(mail->to.isEmpty());
        QCOMPARE(mail->mailtoUrl().path(), QString());

        // Stored: the first stored language wins over the program's, and every distinct address (any case)
        // of the journals in the mail is a recipient; a journal without a link adds none.
        customer[0].setup.contactLanguage = QStringLiteral("nn");
        customer[0].setup.contactEmail = QStringLiteral("vakt@kommune.no");
        customer[1].setup.contactLanguage = QStringLiteral("en");
        customer[1].setup.contactEmail = QStringLiteral("stasjon@kommune.no");
        customer[2].setup.contactEmail = QStringLiteral("ingen@kommune.no");
        customer.append(customer.at(0));
        customer.last().setup.contactEmail = QStringLiteral("VAKT@kommune.no");
        mail = ConfirmationMail::forCustomer(customer, QStringLiteral("en"));
        QCOMPARE(mail->language, QStringLiteral("nn"));
        QVERIFY(mail->subject.startsWith(QStringLiteral("Stadfest")));
        QCOMPARE(mail->to, QStringLiteral("vakt@kommune.no,stasjon@kommune.no"));
        const QUrl url = mail->mailtoUrl();
        QCOMPARE(url.path(), QStringLiteral("vakt@kommune.no,stasjon@kommune.no"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), mail->subject);
        QVERIFY(!ConfirmationMail::forCustomer({customer.at(2)}, QStringLiteral("nb")));
    }

    void whoItWaitsFor()
    {
        auto d = registered(QStringLiteral("974760673"), QStringLiteral("A"), QStringLiteral("c"));
        QCOMPARE(OnboardingAttention::waitingFor(d), OnboardingAttention::WaitingFor::Customer);
        d.waitingSince = QDateTime(QDate(2025, 5, 2), QTime(9, 0), Qt::UTC);
        QCOMPARE(OnboardingAttention::waitingSince(d), d.waitingSince);
        d.state = State::Ready;
        QCOMPARE(OnboardingAttention::waitingFor(d), OnboardingAttention::WaitingFor::You);
        QCOMPARE(OnboardingAttention::waitingForText(d), QStringLiteral("You: export the configuration"));
        QCOMPARE(OnboardingAttention::waitingSince(d), d.updatedAt);
        d.state = State::Exported;
        QCOMPARE(OnboardingAttention::waitingFor(d), OnboardingAttention::WaitingFor::Nobody);
    }

    void keyExpiry()
    {
        auto d = registered(QStringLiteral("974760673"), QStringLiteral("A"), QStringLiteral("c"));
        const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(!OnboardingAttention::keyDaysLeft(d, now));
        QVERIFY(!OnboardingAttention::keyExpiresSoon(d, now));
        d.keyExpiresAt = now.addDays(30);
        QCOMPARE(*OnboardingAttention::keyDaysLeft(d, now), 30);
        QVERIFY(!OnboardingAttention::keyExpiresSoon(d, now));
        d.keyExpiresAt = now.addDays(30).addSecs(-1);
        QCOMPARE(*OnboardingAttention::keyDaysLeft(d, now), 29);
        QVERIFY(OnboardingAttention::keyExpiresSoon(d, now));
        d.keyExpiresAt = now.addSecs(-1);
        QCOMPARE(*OnboardingAttention::keyDaysLeft(d, now), -1);
        QVERIFY(OnboardingAttention::keyExpiresSoon(d, now));
    }

    void lastCheckInWords()
    {
        auto d = registered(QStringLiteral("974760673"), QStringLiteral("A"), QStringLiteral("c"));
        QCOMPARE(OnboardingAttention::lastCheckResult(d), QStringLiteral("Not checked yet"));
        d.state = State::AwaitingAccess;
        d.lastCheckedAt = QDateTime::currentDateTimeUtc();
        d.scopeStatuses = {{QStringLiteral("a"), QStringLiteral("ok"), {}},
                           {QStringLiteral("b"), QStringLiteral("pending"), QStringLiteral("Signer")}};
        QCOMPARE(OnboardingAttention::lastCheckResult(d), QStringLiteral("1 of 2 accesses ready"));
    }
};

QTEST_GUILESS_MAIN(TstConfirmationMail)
#include "tst_confirmationmail.moc"
