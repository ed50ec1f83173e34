// What the engine tells the user while waiting reaches the wizard's pages (#12): a notice added by the
// engine is listed on the confirmation and waiting pages as plain text — a status that looks like HTML shows
// its tags — and is still listed after the wizard was closed and the onboarding resumed. A resumed onboarding
// runs with the vendor profile it was started with, as `sfmctl resume` does, not with the one found now
// (#16); when that file is gone, the wizard says so and goes on with the one found now.

#include "WizardHarness.h"

#include "NoticeList.h"
#include "pages/ChooseWayPage.h"
#include "pages/ConfirmPage.h"
#include "pages/KeyPage.h"
#include "pages/OrganizationPage.h"
#include "pages/WaitingPage.h"
#include "pages/WelcomePage.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace sfm;
using onboarding::State;
using ui::OnboardingWizard;

namespace {

constexpr int Slow = 60000;

// The demo profile (it matches the simulator's Klientmal) with its own vendor name and login redirect URI:
// the simulator records the redirect URIs of the draft, so it shows which profile the engine ran with.
QString writeProfile(const QString &path, const QString &vendor, const QString &redirect)
{
    QFile demo(QStringLiteral(":/profiles/demo.json"));
    if (!helseid::VendorProfile::demo() || !demo.open(QIODevice::ReadOnly))
        qFatal("no demo profile");
    QJsonObject json = QJsonDocument::fromJson(demo.readAll()).object();
    json[QStringLiteral("vendorName")] = vendor;
    json[QStringLiteral("redirectUris")] = QJsonArray{redirect};
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    out.write(QJsonDocument(json).toJson());
    return path;
}

} // namespace

class TestWizardNotices : public QObject
{
    Q_OBJECT

    static void clickNext(OnboardingWizard &wizard)
    {
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY2(next->isEnabled() && next->isVisible(), "Next is not available");
        next->click();
    }

    // Welcome (practice) -> organization -> Alternative 1 -> a key is made (KeyReady, on the key page).
    static void toKeyReady(OnboardingWizard &wizard)
    {
        QVERIFY(wizard.isPractice());
        clickNext(wizard);
        auto *org = qobject_cast<ui::OrganizationPage *>(wizard.currentPage());
        QVERIFY(org);
        QTest::keyClicks(org->organizationNumberEdit(), QStringLiteral("974760673"));
        QTest::keyClicks(org->journalNameEdit(), QStringLiteral("Helsehuset Nord"));
        clickNext(wizard);
        auto *way = qobject_cast<ui::ChooseWayPage *>(wizard.currentPage());
        QVERIFY(way);
        way->alternativeButton(1)->click();
        clickNext(wizard);
        auto *key = qobject_cast<ui::KeyPage *>(wizard.currentPage());
        QVERIFY(key);
        const int rsa2048 = key->algorithmBox()->findText(QStringLiteral("RSA 2048"), Qt::MatchStartsWith);
        key->algorithmBox()->setCurrentIndex(rsa2048);
        emit key->algorithmBox()->activated(rsa2048);
        key->generateButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.onboarding() && wizard.onboarding()->state() == State::KeyReady,
                                 Slow);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // Close with "Close and resume later" (the wizard asks first).
    static void closeForLater(OnboardingWizard &wizard)
    {
        ui::Dialogs::setNextChoice(1);
        wizard.reject();
        QVERIFY(!wizard.isVisible());
    }

    // A new wizard, the only saved onboarding resumed from the Welcome page.
    static void resumeTheOne(OnboardingWizard &wizard)
    {
        auto *welcome = qobject_cast<ui::WelcomePage *>(wizard.currentPage());
        QVERIFY(welcome);
        QVERIFY(welcome->resumeButton()->isEnabled());
        welcome->resumeButton()->click();
        QVERIFY(welcome->resumeList()->currentItem());
        clickNext(wizard);
    }

    // The texts of the notice list on the wizard's current page (confirmation or waiting page).
    static ui::NoticeList *noticesOn(OnboardingWizard &wizard)
    {
        if (auto *confirm = qobject_cast<ui::ConfirmPage *>(wizard.currentPage()))
            return confirm->notices();
        if (auto *waiting = qobject_cast<ui::WaitingPage *>(wizard.currentPage()))
            return waiting->notices();
        return nullptr;
    }

private slots:
    void engineNoticeIsPlainTextAndSurvivesResume()
    {
        WizardHarness h;
        QVERIFY(h.started);
        QString clientId;
        {
            auto wizard = h.makeWizard();
            toKeyReady(*wizard);
            clickNext(*wizard); // scopes
            clickNext(*wizard); // sends the draft
            QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::ConfirmPageId), Slow);
            auto *list = noticesOn(*wizard);
            QVERIFY(list);
            QVERIFY(list->isHidden()); // nothing to say yet
            clientId = wizard->onboarding()->data().clientId;

            // The portal's browser comes back with a status that is not Success and looks like HTML: the
            // engine adds a notice quoting it, once however often it comes.
            QSignalSpy said(wizard->onboarding(), &onboarding::Onboarding::notice);
            QUrl answer = wizard->onboarding()->confirmationRedirectUri();
            answer.setQuery(QStringLiteral("status=%3Cb%3EAvvist%3C/b%3E%3Cimg%20src=x%3E"));
            QNetworkAccessManager browser;
            for (int i = 0; i < 2; ++i) {
                std::unique_ptr<QNetworkReply> redirected(browser.get(QNetworkRequest(answer)));
                QTRY_VERIFY_WITH_TIMEOUT(redirected->isFinished(), Slow);
            }
            QTRY_COMPARE(list->items().size(), 1);
            QCOMPARE(said.size(), 1);
            QVERIFY(!list->isHidden());
            const QLabel *item = list->items().first();
            QCOMPARE(item->textFormat(), Qt::PlainText);
            QVERIFY2(item->text().contains(QStringLiteral("«<b>Avvist</b><img src=x>»")),
                     qPrintable(item->text()));
            QCOMPARE(list->accessibleName(), QStringLiteral("Notices"));
            QVERIFY(!list->accessibleDescription().isEmpty());
            QCOMPARE(wizard->onboarding()->state(), State::AwaitingConfirmation);
            closeForLater(*wizard);
        }

        // Another start of the program: the notice was saved with the onboarding and is listed again.
        auto wizard = h.makeWizard();
        resumeTheOne(*wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ConfirmPageId));
        auto *list = noticesOn(*wizard);
        QCOMPARE(list->items().size(), 1);
        QVERIFY(!list->isHidden());
        QCOMPARE(list->items().first()->textFormat(), Qt::PlainText);
        QVERIFY(list->texts().first().contains(QLatin1String("<b>Avvist</b>")));

        // And on the waiting page, after the confirmation.
        QVERIFY(h.sim->confirm(clientId).ok());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::WaitingPageId), Slow);
        list = noticesOn(*wizard);
        QVERIFY(list);
        QTRY_COMPARE(list->items().size(), 1);
        QVERIFY(list->texts().first().contains(QLatin1String("<b>Avvist</b>")));
        QCOMPARE(list->items().first()->textFormat(), Qt::PlainText);
    }

    // Profile A at the start; then profile B is the one the search finds. Resumed, the engine registers the
    // draft with A's redirect URI (the simulator receives it) and the wizard shows A as the profile in use.
    void resumeRunsWithTheProfileItWasStartedWith()
    {
        WizardHarness h;
        QVERIFY(h.started);
        const QString a = writeProfile(h.dir.filePath(QStringLiteral("a.json")), QStringLiteral("Vendor A"),
                                       QStringLiteral("http://localhost:4711/a-login"));
        const QString b = writeProfile(h.dir.filePath(QStringLiteral("b.json")), QStringLiteral("Vendor B"),
                                       QStringLiteral("http://localhost:4711/b-login"));
        QString found = a; // what the wizard's search finds (as --profile FILE would)
        auto context = [&h, &found] {
            ui::WizardContext c = h.context();
            c.locateProfile = [&h, &found](bool practice) {
                return h.services->locateProfile(found, practice);
            };
            return c;
        };
        {
            OnboardingWizard wizard(context(), &h.languages);
            wizard.show();
            QCOMPARE(wizard.profile().vendorName, QStringLiteral("Vendor A"));
            toKeyReady(wizard);
            QCOMPARE(wizard.onboarding()->data().setup.vendorProfile, a);
            closeForLater(wizard);
        }

        found = b;
        OnboardingWizard wizard(context(), &h.languages);
        wizard.show();
        QCOMPARE(wizard.profile().vendorName, QStringLiteral("Vendor B")); // a new onboarding would use B
        resumeTheOne(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ScopesPageId));
        QCOMPARE(wizard.profile().vendorName, QStringLiteral("Vendor A"));
        QCOMPARE(wizard.profileChoice()->origin, helseid::VendorProfileLocator::Origin::Onboarding);
        QVERIFY(wizard.noticesFor(wizard.onboarding()).isEmpty()); // nothing to explain
        clickNext(wizard);                                         // sends the draft
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(OnboardingWizard::ConfirmPageId), Slow);
        const sim::SimClient *received = h.sim->state().client(wizard.onboarding()->data().clientId);
        QVERIFY(received);
        const QJsonArray uris = received->toJson().value(QStringLiteral("redirectUris")).toArray();
        QVERIFY(uris.contains(QStringLiteral("http://localhost:4711/a-login")));
        QVERIFY(!uris.contains(QStringLiteral("http://localhost:4711/b-login")));
        QVERIFY(noticesOn(wizard)->isHidden());
    }

    // The file the onboarding was started with is gone: the wizard says so, plainly and on the page, and
    // goes on with the profile found now (sfmctl resume does the same).
    void resumeWithTheProfileFileGone()
    {
        WizardHarness h;
        QVERIFY(h.started);
        const QString a = writeProfile(h.dir.filePath(QStringLiteral("a.json")), QStringLiteral("Vendor A"),
                                       QStringLiteral("http://localhost:4711/a-login"));
        const QString b = writeProfile(h.dir.filePath(QStringLiteral("b.json")), QStringLiteral("Vendor B"),
                                       QStringLiteral("http://localhost:4711/b-login"));
        QString found = a;
        auto context = [&h, &found] {
            ui::WizardContext c = h.context();
            c.locateProfile = [&h, &found](bool practice) {
                return h.services->locateProfile(found, practice);
            };
            return c;
        };
        {
            OnboardingWizard wizard(context(), &h.languages);
            wizard.show();
            toKeyReady(wizard);
            closeForLater(wizard);
        }
        QVERIFY(QFile::remove(a));
        found = b;
        OnboardingWizard wizard(context(), &h.languages);
        wizard.show();
        resumeTheOne(wizard);
        QCOMPARE(wizard.profile().vendorName, QStringLiteral("Vendor B"));
        const QStringList said = wizard.noticesFor(wizard.onboarding());
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QDir::toNativeSeparators(a)), qPrintable(said.first()));
        QVERIFY2(said.first().contains(QLatin1String("found now")), qPrintable(said.first()));
        clickNext(wizard); // sends the draft, with B
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(OnboardingWizard::ConfirmPageId), Slow);
        QCOMPARE(noticesOn(wizard)->texts(), said);
        QVERIFY(!noticesOn(wizard)->isHidden());
        QCOMPARE(wizard.onboarding()->data().setup.vendorProfile, b); // the next resume uses B
    }
};

QTEST_MAIN(TestWizardNotices)
#include "tst_wizard_notices.moc"
