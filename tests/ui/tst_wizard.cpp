// The wizard end to end against the in-process simulator: Alternative 1 to Ready and export, Alternatives 2
// and 3 through import to Ready, resume after closing mid-wait, a live language switch that keeps all state
// and takes the errors on screen along, cancel during key generation, and the pages' own checks (org number,
// production confirmation, keychain fallback, confirmation link hand-over).

#include "WizardHarness.h"

#include "InlineError.h"
#include "NetworkSettingsDialog.h"
#include "NoticeList.h"
#include "QrCodeWidget.h"
#include "TestLoginPanel.h"
#include "onboarding/EpjConfiguration.h"
#include "onboarding/OrganizationNumber.h"
#include "pages/ChooseWayPage.h"
#include "pages/ConfirmPage.h"
#include "pages/DonePage.h"
#include "pages/ImportPage.h"
#include "pages/KeyPage.h"
#include "pages/OrganizationPage.h"
#include "pages/ScopesPage.h"
#include "pages/WaitingPage.h"
#include "pages/WelcomePage.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSpinBox>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace sfm;
using onboarding::State;
using ui::OnboardingWizard;

namespace {
// Generous: under ASan an RSA key and a few simulator round trips take seconds.
constexpr int Slow = 60000;
} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private:
    static void clickNext(OnboardingWizard &wizard)
    {
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY2(next->isEnabled() && next->isVisible(), "Next is not available");
        next->click();
    }

    static void toWayPage(OnboardingWizard &wizard, const QString &orgNumber = QStringLiteral("974760673"),
                          const QString &contactEmail = {})
    {
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::WelcomePageId));
        QVERIFY(wizard.isPractice());
        clickNext(wizard);
        auto *org = qobject_cast<ui::OrganizationPage *>(wizard.currentPage());
        QVERIFY(org);
        QTest::keyClicks(org->organizationNumberEdit(), orgNumber);
        QTest::keyClicks(org->journalNameEdit(), QStringLiteral("Helsehuset Nord"));
        QTest::keyClicks(org->contactEmailEdit(), contactEmail);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ChooseWayPageId));
    }

    static void chooseWay(OnboardingWizard &wizard, int alternative, bool ownKey = false)
    {
        auto *way = qobject_cast<ui::ChooseWayPage *>(wizard.currentPage());
        QVERIFY(way);
        way->alternativeButton(alternative)->click();
        if (ownKey)
            way->ownKeyBox()->click();
        clickNext(wizard);
    }

    // On the key page: RSA 2048 (quick under ASan), generate, wait for KeyReady.
    static void makeKey(OnboardingWizard &wizard, const QString &choice = QStringLiteral("RSA 2048"))
    {
        auto *key = qobject_cast<ui::KeyPage *>(wizard.currentPage());
        QVERIFY(key);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no key yet
        const int rsa2048 = key->algorithmBox()->findText(choice, Qt::MatchStartsWith);
        QVERIFY(rsa2048 >= 0);
        key->algorithmBox()->setCurrentIndex(rsa2048);
        emit key->algorithmBox()->activated(rsa2048);
        key->generateButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.onboarding() && wizard.onboarding()->state() == State::KeyReady,
                                 Slow);
        QVERIFY(!key->keyIdLabel()->text().isEmpty());
        QCOMPARE(key->keyIdLabel()->text(), wizard.onboarding()->data().kid);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // From the waiting page: the simulator signs, the wizard notices and moves to Done.
    static void signAndReachDone(WizardHarness &h, OnboardingWizard &wizard)
    {
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(OnboardingWizard::WaitingPageId), Slow);
        auto *waiting = qobject_cast<ui::WaitingPage *>(wizard.currentPage());
        QVERIFY(waiting);
        QTRY_VERIFY_WITH_TIMEOUT(waiting->rowCount() >= 2 && !waiting->cellText(1, 2).isEmpty(), Slow);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // statusReason is shown verbatim, as the simulator (HelseID) wrote it.
        const auto &statuses = wizard.onboarding()->data().scopeStatuses;
        QVERIFY(!statuses.isEmpty());
        bool shown = false;
        for (int row = 0; row < waiting->rowCount(); ++row)
            shown = shown || (!statuses.last().statusReason.isEmpty() &&
                              waiting->cellText(row, 2) == statuses.last().statusReason);
        QVERIFY(shown);
        QVERIFY(h.sim->sign(wizard.onboarding()->data().clientId).ok());
        waiting->checkNowButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(OnboardingWizard::DonePageId), Slow);
        QCOMPARE(wizard.onboarding()->state(), State::Ready);
    }

    // Switches nb -> en -> nn and checks each time that the error on screen (and its accessible name, and
    // the engine's last error when given) says what expected() says in that language. The three texts must
    // differ, so a text left in the previous language cannot pass.
    // Alternative 2 up to its import page; null when the wizard did not get there.
    static ui::ImportPage *toPackageImport(OnboardingWizard &wizard)
    {
        toWayPage(wizard);
        chooseWay(wizard, 2);
        return qobject_cast<ui::ImportPage *>(wizard.currentPage());
    }

    static void expectInEveryLanguage(WizardHarness &h, ui::InlineError *shown,
                                      const std::function<QString()> &expected,
                                      const onboarding::Onboarding *engine = nullptr)
    {
        using Language = ui::LanguageManager::Language;
        QStringList seen;
        for (Language language : {Language::Bokmal, Language::English, Language::Nynorsk}) {
            h.languages.setLanguage(language);
            // LanguageChange reaches the widgets through the event loop.
            QTRY_COMPARE(shown->text(), expected());
            QVERIFY(!shown->isHidden());
            QCOMPARE(shown->accessibleName(), expected());
            if (engine)
                QCOMPARE(engine->lastError().message, expected());
            QVERIFY2(!seen.contains(expected()), qPrintable(expected()));
            seen.append(expected());
        }
    }

private slots:
    void alternative1ToReadyAndExport()
    {
        WizardHarness h;
        QVERIFY(h.started);
        auto wizard = h.makeWizard();
        toWayPage(*wizard, QStringLiteral("974760673"), QStringLiteral("bekrefter@kommune.no"));
        chooseWay(*wizard, 1);
        makeKey(*wizard);
        clickNext(*wizard); // scopes
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ScopesPageId));
        clickNext(*wizard); // sends the draft; the page moves on by itself
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::ConfirmPageId), Slow);

        auto *confirm = qobject_cast<ui::ConfirmPage *>(wizard->currentPage());
        const QUrl link = wizard->onboarding()->confirmationUrl();
        QVERIFY(link.toString().contains(wizard->onboarding()->data().clientId));
        confirm->openButton()->click();
        QCOMPARE(h.urls.opened.size(), 1);
        QCOMPARE(h.urls.opened.first(), link);
        QVERIFY(confirm->qrCode()->moduleCount() > 0);
        QCOMPARE(confirm->qrCode()->text(), link.toString());
        confirm->mailButton()->click();
        QCOMPARE(h.urls.opened.last().scheme(), QStringLiteral("mailto"));
        QCOMPARE(h.urls.opened.last().path(), QStringLiteral("bekrefter@kommune.no")); // the stored contact
        QVERIFY(h.urls.opened.last().query(QUrl::FullyDecoded).contains(link.toString()));

        // A status on the redirect comes from outside: the page shows it as text, never renders it.
        QUrl answer = wizard->onboarding()->confirmationRedirectUri();
        answer.setQuery(QStringLiteral("status=%3Cb%3ENo%3C/b%3E"));
        QNetworkAccessManager portalBrowser;
        std::unique_ptr<QNetworkReply> redirected(portalBrowser.get(QNetworkRequest(answer)));
        QTRY_VERIFY_WITH_TIMEOUT(redirected->isFinished(), Slow);
        QTRY_COMPARE(confirm->notices()->items().size(), 1);
        QVERIFY(!confirm->notices()->isHidden());
        QVERIFY(confirm->notices()->texts().first().contains(QLatin1String("<b>No</b>")));
        QCOMPARE(confirm->notices()->items().first()->textFormat(), Qt::PlainText);
        QCOMPARE(wizard->onboarding()->state(), State::AwaitingConfirmation);

        // Someone confirms in the portal (on another machine): the wizard notices without a button press.
        QVERIFY(h.sim->confirm(wizard->onboarding()->data().clientId).ok());
        signAndReachDone(h, *wizard);

        auto *done = qobject_cast<ui::DonePage *>(wizard->currentPage());
        const QString path = h.dir.filePath(QStringLiteral("epj.json"));
        ui::Dialogs::setNextFileName(path);
        done->exportButton()->click();
        QCOMPARE(wizard->onboarding()->state(), State::Exported);
        auto config = onboarding::EpjConfiguration::load(path);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->clientId, wizard->onboarding()->data().clientId);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray exported = file.readAll();
        QVERIFY(!exported.contains("\"d\"")); // never the private key

        // The test login as a prescriber: the wizard opens the authorize page through QDesktopServices (the
        // test's URL handler), and the test plays the browser: it follows the redirect to the callback.
        const qsizetype openedBefore = h.urls.opened.size();
        done->testLogin()->loginButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(h.urls.opened.size() > openedBefore, Slow);
        const QUrl authorize = h.urls.opened.last();
        QVERIFY2(authorize.path().endsWith(QLatin1String("/connect/authorize")),
                 qPrintable(authorize.toString()));
        QNetworkAccessManager browser;
        std::unique_ptr<QNetworkReply> visit(browser.get(QNetworkRequest(authorize)));
        QTRY_VERIFY_WITH_TIMEOUT(done->testLogin()->resultView()->isVisible(), Slow);
        const QString shown = done->testLogin()->resultView()->text();
        QVERIFY2(shown.contains(QStringLiteral("e-helse:sfm.api/sfm.api2")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("SFM will accept this token.")), qPrintable(shown));
        QVERIFY(!wizard->onboarding()->data().sfmId.isEmpty());
        QVERIFY(shown.contains(wizard->onboarding()->data().sfmId));
        QVERIFY(wizard->onboarding()->data().loginProvedAt.isValid());
        // Raw JSON only behind «Details».
        QVERIFY(!done->testLogin()->detailsView()->isVisible());
        done->testLogin()->detailsButton()->click();
        QVERIFY(done->testLogin()->detailsView()->isVisible());
        QVERIFY(done->testLogin()->detailsView()->toPlainText().contains(QStringLiteral("sfm-id")));
        QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    }

    // The wizard runs the engine on the vendor's profile, not on a default one: every profile field the
    // draft is built from reaches the simulator as the profile says (it once silently used the defaults).
    void vendorProfileReachesTheDraft()
    {
        WizardHarness h;
        QVERIFY(h.started);
        helseid::VendorProfile profile = helseid::VendorProfile::demo().value();
        const helseid::VendorProfile defaults;
        profile.redirectUris = {QStringLiteral("http://localhost:4711/login")};
        profile.postLogoutRedirectUris = {QStringLiteral("http://localhost:4711/logged-out")};
        profile.loopbackCallbackPath = QStringLiteral("/epj-confirmed");
        profile.sfmIdMode = helseid::VendorProfile::SfmIdMode::None;
        QVERIFY(profile.redirectUris != defaults.redirectUris);
        QVERIFY(profile.postLogoutRedirectUris != defaults.postLogoutRedirectUris);
        QVERIFY(profile.loopbackCallbackPath != defaults.loopbackCallbackPath);
        QVERIFY(profile.sfmIdMode != defaults.sfmIdMode);
        h.profile = profile;
        auto wizard = h.makeWizard();
        toWayPage(*wizard);
        // An existing journal: with SfmIdMode::None the draft carries no SFM-id claim.
        wizard->setup().journal = onboarding::OnboardingSetup::Journal::Existing;
        wizard->setup().existingSfmId = QStringLiteral("journal-17");
        chooseWay(*wizard, 1);
        makeKey(*wizard);
        clickNext(*wizard); // scopes
        clickNext(*wizard); // sends the draft
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::ConfirmPageId), Slow);

        const sim::SimClient *received = h.sim->state().client(wizard->onboarding()->data().clientId);
        QVERIFY(received);
        const QJsonObject json = received->toJson();
        // The profile's redirect URIs and, once, the test login's loopback URI.
        QCOMPARE(json.value(QStringLiteral("redirectUris")).toArray(),
                 QJsonArray::fromStringList(profile.redirectUris +
                                            QStringList{QStringLiteral("http://localhost/callback")}));
        QCOMPARE(profile.redirectUrisFor(QStringLiteral("demo")).size(), profile.redirectUris.size() + 1);
        QCOMPARE(json.value(QStringLiteral("postLogoutRedirectUris")).toArray(),
                 QJsonArray::fromStringList(profile.postLogoutRedirectUris));
        const QUrl redirect(json.value(QStringLiteral("postClientConfirmationRedirectUri")).toString());
        QVERIFY2(redirect.path().endsWith(profile.loopbackCallbackPath), qPrintable(redirect.path()));
        // HelseID (the simulator) may assign an SFM-id of its own; the pasted one was not sent.
        for (const QJsonValue &claim : json.value(QStringLiteral("audienceSpecificClientClaims")).toArray()) {
            QVERIFY(claim[QStringLiteral("pendingClaimValue")].toString() != QStringLiteral("journal-17"));
            QVERIFY(claim[QStringLiteral("activeClaimValue")].toString() != QStringLiteral("journal-17"));
        }
        QCOMPARE(wizard->onboarding()->services().profile.loopbackCallbackPath, profile.loopbackCallbackPath);
    }

    void alternative2ImportToReady()
    {
        WizardHarness h;
        QVERIFY(h.started);
        auto wizard = h.makeWizard();
        toWayPage(*wizard);
        chooseWay(*wizard, 2);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ImportPageId));
        auto *import = qobject_cast<ui::ImportPage *>(wizard->currentPage());
        import->packageLinkButton()->click();
        QCOMPARE(h.urls.opened.size(), 1);
        QVERIFY(h.urls.opened.first().toString().startsWith(h.sim->urls().portal));

        // The portal registered the key under a kid that is not its thumbprint, for PS384: the simulator
        // refuses any assertion under another kid or alg, so Ready proves the page carried both.
        const auto package =
            h.makePackage({{QStringLiteral("organizationNumber"), QStringLiteral("974760673")},
                           {QStringLiteral("rsaKeySizeBits"), 2048},
                           {QStringLiteral("kid"), QStringLiteral("portal-key-7")},
                           {QStringLiteral("alg"), QStringLiteral("PS384")}});
        QVERIFY(!package.clientId.isEmpty());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no file yet
        ui::Dialogs::setNextFileName(package.path);
        wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("chooseFile"))->click();
        QCOMPARE(import->filePath(), package.path);

        // A wrong password is reported next to the file, and nothing moves.
        QTest::keyClicks(import->passwordEdit(), QStringLiteral("wrong-password"));
        clickNext(*wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!import->fileError()->text().isEmpty(), Slow);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ImportPageId));

        import->passwordEdit()->clear();
        QTest::keyClicks(import->passwordEdit(), package.password);
        ui::Dialogs::setNextAnswer(QMessageBox::Yes); // delete the downloaded file
        clickNext(*wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::WaitingPageId), Slow);
        QCOMPARE(wizard->onboarding()->data().clientId, package.clientId);
        QCOMPARE(wizard->onboarding()->data().kid, QStringLiteral("portal-key-7"));
        QCOMPARE(wizard->onboarding()->data().setup.algorithm, crypto::Algorithm::PS384);
        QVERIFY(!QFile::exists(package.path));
        QVERIFY(!h.secrets.keys.isEmpty());
        signAndReachDone(h, *wizard);
    }

    void alternative3ImportToReady()
    {
        WizardHarness h;
        QVERIFY(h.started);
        auto wizard = h.makeWizard();
        toWayPage(*wizard);
        chooseWay(*wizard, 3);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ImportPageId));
        auto *import = qobject_cast<ui::ImportPage *>(wizard->currentPage());
        const auto package =
            h.makePackage({{QStringLiteral("organizationNumber"), QStringLiteral("974760673")},
                           {QStringLiteral("encryption"), QStringLiteral("zipcrypto")},
                           {QStringLiteral("rsaKeySizeBits"), 2048}});
        import->setFile(package.path);
        QTest::keyClicks(import->passwordEdit(), package.password);
        ui::Dialogs::setNextAnswer(QMessageBox::No); // keep the file: the user was told what that means
        clickNext(*wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::WaitingPageId), Slow);
        QVERIFY(ui::Dialogs::lastQuestion().contains(package.path.section(QLatin1Char('/'), -1)));
        QVERIFY(ui::Dialogs::lastQuestion().contains(QLatin1String("keychain"))); // where the key went
        QVERIFY(QFile::exists(package.path));
        signAndReachDone(h, *wizard);
    }

    void alternative3OwnKeyToReady()
    {
        WizardHarness h;
        QVERIFY(h.started);
        auto wizard = h.makeWizard();
        toWayPage(*wizard);
        chooseWay(*wizard, 3, true);
        // Not the default algorithm: the key pasted into the portal must name the one the client signs with.
        makeKey(*wizard, QStringLiteral("RSA 4096 bits with RS256"));
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ImportPageId));
        auto *import = qobject_cast<ui::ImportPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!import->publicKeyEdit()->text().isEmpty(), Slow);
        const QString publicJwk = import->publicKeyEdit()->text();
        QVERIFY(!publicJwk.contains(QLatin1String("\"d\""))); // only the public part is offered
        QCOMPARE(QJsonDocument::fromJson(publicJwk.toUtf8()).object().value(QStringLiteral("alg")).toString(),
                 QStringLiteral("RS256"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no client id yet

        // Someone pastes the key in the portal and sends back the client id it gave.
        const QString clientId = h.registerOwnKeyInPortal(publicJwk, QStringLiteral("974760673"));
        QVERIFY(!clientId.isEmpty());
        QTest::keyClicks(import->clientIdEdit(), clientId);
        clickNext(*wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::WaitingPageId), Slow);
        QCOMPARE(wizard->onboarding()->data().clientId, clientId);
        signAndReachDone(h, *wizard);
    }

    void aboutShowsTheVersion()
    {
        WizardHarness h;
        QVERIFY(h.started);
        auto wizard = h.makeWizard();
        QAbstractButton *about = wizard->button(QWizard::CustomButton2);
        QVERIFY(about->isVisible());
        QVERIFY(!about->accessibleName().isEmpty());
        QVERIFY(wizard->aboutText().contains(QStringLiteral(SFM_VERSION)));
    }

    // Alternative 1 up to the confirmation page, then Cancel and "Close and resume later" (asked first).
    static void closeAtConfirmation(WizardHarness &h, onboarding::OnboardingData *closed)
    {
        auto wizard = h.makeWizard();
        toWayPage(*wizard);
        chooseWay(*wizard, 1);
        makeKey(*wizard);
        clickNext(*wizard);
        clickNext(*wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::ConfirmPageId), Slow);
        *closed = wizard->onboarding()->data();
        const int askedBefore = ui::Dialogs::askedCount();
        ui::Dialogs::setNextChoice(1);
        wizard->reject();
        QCOMPARE(ui::Dialogs::askedCount(), askedBefore + 1);
        QVERIFY(!wizard->isVisible());
    }

    void resumeAfterClosingMidWait()
    {
        WizardHarness h;
        QVERIFY(h.started);
        onboarding::OnboardingData closed;
        closeAtConfirmation(h, &closed);
        if (QTest::currentTestFailed())
            return;
        const QString clientId = closed.clientId, kid = closed.kid, id = closed.id;
        const auto draftsBefore = h.sim->state().clients().size();

        auto wizard = h.makeWizard();
        auto *welcome = qobject_cast<ui::WelcomePage *>(wizard->currentPage());
        QVERIFY(welcome->resumeButton()->isEnabled());
        QVERIFY(welcome->resumeButton()->isVisibleTo(welcome)); // something to resume: the choice is offered
        QCOMPARE(welcome->resumeList()->topLevelItemCount(), 1);
        QCOMPARE(welcome->resumeList()->headerItem()->text(0), QStringLiteral("Journal"));
        QVERIFY(!welcome->resumeList()->accessibleName().isEmpty());
        welcome->resumeButton()->click();
        QVERIFY(welcome->resumeList()->currentItem());
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ConfirmPageId));
        QCOMPARE(wizard->onboarding()->id(), id);
        QCOMPARE(wizard->onboarding()->data().clientId, clientId);
        QCOMPARE(wizard->onboarding()->data().kid, kid);

        QVERIFY(h.sim->confirm(clientId).ok());
        signAndReachDone(h, *wizard);
        QCOMPARE(h.sim->state().clients().size(), draftsBefore); // no second draft
    }

    // Another program (here: on another computer, sharing the folder) works the onboarding: the Welcome list
    // says so, and resuming it shows who has it and opens nothing; once it is let go, it resumes.
    void lockedOnboardingIsNotOpened()
    {
        WizardHarness h;
        QVERIFY(h.started);
        onboarding::OnboardingData closed;
        closeAtConfirmation(h, &closed);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QDir().mkpath(h.store->lockDirectory()));
        const QString lockFile = h.store->lockDirectory() + u'/' + closed.id + QStringLiteral(".lock");
        QFile lock(lockFile);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\nsfmctl\nsupport-pc\nother-host-id\nother-boot-id\n");
        lock.close();

        auto wizard = h.makeWizard();
        auto *welcome = qobject_cast<ui::WelcomePage *>(wizard->currentPage());
        QCOMPARE(welcome->resumeList()->topLevelItemCount(), 1);
        const QString listed = welcome->resumeList()->topLevelItem(0)->text(1);
        QVERIFY2(listed.contains(QStringLiteral(" — in use by ")) &&
                     listed.contains(QLatin1String("support-pc (sfmctl, process 4242) since ")),
                 qPrintable(listed));
        welcome->resumeButton()->click();
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::WelcomePageId));
        QVERIFY(!wizard->onboarding());
        const auto errors = welcome->findChildren<ui::InlineError *>();
        const auto shown = std::find_if(errors.begin(), errors.end(), [](const ui::InlineError *e) {
            return e->error().code == QLatin1String("storage.onboarding.locked");
        });
        QVERIFY(shown != errors.end());
        QVERIFY2((*shown)->text().contains(QLatin1String("support-pc (sfmctl, process 4242)")),
                 qPrintable((*shown)->text()));
        QCOMPARE(h.store->load(closed.id)->revision, closed.revision); // nothing written

        QVERIFY(QFile::remove(lockFile)); // the other program is gone
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ConfirmPageId));
        QCOMPARE(wizard->onboarding()->id(), closed.id);
        QVERIFY(h.store->lockHolder(closed.id)->isThisProcess()); // now this wizard holds it
    }

    // Practice mode: the wizard was closed mid-wait and its simulator came back on another port (the old one
    // was taken). The onboarding resumes against the simulator where it is now and reaches Ready.
    void resumeAfterThePracticeSimulatorMoved()
    {
        WizardHarness h(true);
        QVERIFY(h.started);
        onboarding::OnboardingData closed;
        closeAtConfirmation(h, &closed);
        if (QTest::currentTestFailed())
            return;
        const QString clientId = closed.clientId, id = closed.id;
        QVERIFY(h.moveSimulator());

        auto wizard = h.makeWizard();
        auto *welcome = qobject_cast<ui::WelcomePage *>(wizard->currentPage());
        welcome->resumeButton()->click();
        clickNext(*wizard);
        QCOMPARE(wizard->onboarding()->id(), id);
        QCOMPARE(wizard->onboarding()->data().setup.environment.issuer, QUrl(h.sim->urls().issuer));
        QCOMPARE(wizard->onboarding()->data().confirmationUrl().port(), int(h.sim->port()));
        QVERIFY(h.sim->confirm(clientId).ok());
        signAndReachDone(h, *wizard);
    }

    void languageSwitchKeepsState()
    {
        WizardHarness h;
        auto wizard = h.makeWizard();
        toWayPage(*wizard);
        chooseWay(*wizard, 1); // the onboarding exists from here on
        wizard->back();
        wizard->back();
        auto *org = qobject_cast<ui::OrganizationPage *>(wizard->currentPage());
        QVERIFY(org);
        const QString englishTitle = org->title();
        const QString englishNext = wizard->buttonText(QWizard::NextButton);

        h.languages.setLanguage(ui::LanguageManager::Language::Nynorsk);
        const QString nynorskTitle =
            QCoreApplication::translate("sfm::ui::OrganizationPage", "Organization and journal");
        QVERIFY2(nynorskTitle != englishTitle, "no Nynorsk translation loaded");
        // LanguageChange reaches the widgets through the event loop.
        QTRY_COMPARE(org->title(), nynorskTitle);
        QTRY_VERIFY(wizard->buttonText(QWizard::NextButton) != englishNext); // Qt's own buttons too
        QCOMPARE(org->organizationNumberEdit()->text(), QStringLiteral("974760673"));
        QCOMPARE(org->journalNameEdit()->text(), QStringLiteral("Helsehuset Nord"));
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::OrganizationPageId));
        QVERIFY(wizard->onboarding()); // the onboarding made on the way page is still there
        const QString id = wizard->onboarding()->id();

        const QString nynorskSubTitle = org->subTitle();
        h.languages.setLanguage(ui::LanguageManager::Language::Bokmal);
        QTRY_VERIFY(org->subTitle() != nynorskSubTitle); // «Hvem …» / «Kven …»
        QVERIFY(org->title() != englishTitle);
        h.languages.setLanguage(ui::LanguageManager::Language::English);
        QTRY_COMPARE(org->title(), englishTitle);
        QTRY_COMPARE(wizard->buttonText(QWizard::NextButton), englishNext);
        clickNext(*wizard);
        QCOMPARE(wizard->onboarding()->id(), id);
    }

    // A page's own check stays on screen while the user switches language, and follows the switch.
    void validationErrorFollowsLanguageSwitch()
    {
        WizardHarness h;
        auto wizard = h.makeWizard();
        clickNext(*wizard);
        auto *org = qobject_cast<ui::OrganizationPage *>(wizard->currentPage());
        QVERIFY(org);
        const QString wrong = QStringLiteral("974760674"); // wrong check digit
        QTest::keyClicks(org->organizationNumberEdit(), wrong);
        QVERIFY(!org->organizationError()->isHidden());
        // What the check says in the language installed at the moment of asking.
        const auto expected = [wrong] { return onboarding::checkOrganizationNumber(wrong).error().message; };
        expectInEveryLanguage(h, org->organizationError(), expected);
        QCOMPARE(org->organizationNumberEdit()->text(), wrong);
    }

    // An error from the engine (HelseID's answer to the client draft, inside the engine's own words) stays
    // on screen while the user switches language, and follows the switch, as does the engine's last error.
    void engineErrorFollowsLanguageSwitch()
    {
        WizardHarness h;
        QVERIFY(h.started);
        auto wizard = h.makeWizard();
        toWayPage(*wizard);
        chooseWay(*wizard, 1);
        makeKey(*wizard);
        clickNext(*wizard);
        auto *scopes = qobject_cast<ui::ScopesPage *>(wizard->currentPage());
        QVERIFY(scopes);
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::Status;
        fault.status = 503;
        fault.pathPrefix = QStringLiteral("/api/v1/client-drafts");
        fault.method = "POST";
        fault.remaining = 1;
        h.sim->faults().add(fault);
        clickNext(*wizard); // sends the draft; HelseID answers 503
        QTRY_COMPARE_WITH_TIMEOUT(wizard->onboarding()->state(), State::Failed, Slow);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ScopesPageId));
        QVERIFY(!scopes->pageError()->isHidden());
        QCOMPARE(scopes->pageError()->error().code, QStringLiteral("onboarding.draft.uncertain"));

        // The three layers' words, each as tr() gives them in the language installed when asked.
        const auto expected = [] {
            const QString operation =
                QCoreApplication::translate("sfm::helseid::SelfServiceClient", "the client draft");
            const QString api = QCoreApplication::translate(
                                    "ApiError", "The self-service API has a problem right now (HTTP %1) and "
                                                "could not complete %2. Try again later.")
                                    .arg(503)
                                    .arg(operation);
            return QCoreApplication::translate(
                       "sfm::onboarding::Onboarding",
                       "The answer to the registration was lost (%1). Try again: a new client draft will be "
                       "made. If the first one was created, it is harmless: nobody can confirm it without "
                       "its "
                       "link.")
                .arg(api);
        };
        expectInEveryLanguage(h, scopes->pageError(), expected, wizard->onboarding());
    }

    // The portal file's check (a wrong SMS password, reported next to the file) follows a switch too.
    void importErrorFollowsLanguageSwitch()
    {
        WizardHarness h;
        QVERIFY(h.started);
        auto wizard = h.makeWizard();
        auto *import = toPackageImport(*wizard);
        QVERIFY(import);
        const auto package =
            h.makePackage({{QStringLiteral("organizationNumber"), QStringLiteral("974760673")},
                           {QStringLiteral("rsaKeySizeBits"), 2048}});
        import->setFile(package.path);
        QTest::keyClicks(import->passwordEdit(), QStringLiteral("wrong-password"));
        clickNext(*wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!import->fileError()->isHidden(), Slow);
        QCOMPARE(import->fileError()->error().code, QStringLiteral("import.wrong_password"));
        const auto expected = [] {
            return QCoreApplication::translate("PackageZip",
                                               "The password does not open the zip file. Check the password "
                                               "from the SMS and try again (it is case-sensitive).");
        };
        expectInEveryLanguage(h, import->fileError(), expected);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ImportPageId));
    }

    // The import summary (client, key, scopes and the import's warnings) is shown again in the language the
    // user switches to.
    void importSummaryFollowsLanguageSwitch()
    {
        WizardHarness h;
        QVERIFY(h.started);
        auto wizard = h.makeWizard();
        auto *import = toPackageImport(*wizard);
        QVERIFY(import);
        // Without the self-service scope: the import warns that the key cannot be renewed automatically.
        const QString sfmScope = QStringLiteral("e-helse:sfm.api/sfm.api2");
        const auto package =
            h.makePackage({{QStringLiteral("organizationNumber"), QStringLiteral("974760673")},
                           {QStringLiteral("rsaKeySizeBits"), 2048},
                           {QStringLiteral("scopes"), QJsonArray{sfmScope}}});
        import->setFile(package.path);
        QTest::keyClicks(import->passwordEdit(), package.password);
        ui::Dialogs::setNextAnswer(QMessageBox::No); // keep the file
        clickNext(*wizard);
        auto *summary = import->findChild<QLabel *>(QStringLiteral("importResult"));
        QVERIFY(summary);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(package.clientId), Slow);
        const auto expectedNote = [] {
            return QCoreApplication::translate("sfm::ui::ImportPage", "Note: %1")
                .arg(QCoreApplication::translate(
                         "PortalConfigurationValidator",
                         "The client does not have the scope «%1», so its key cannot be renewed "
                         "automatically: "
                         "renew it in the portal before it expires. NHN recommends adding this scope.")
                         .arg(QStringLiteral("nhn:selvbetjening/client")));
        };
        QStringList seen;
        using Language = ui::LanguageManager::Language;
        for (Language language : {Language::Bokmal, Language::Nynorsk, Language::English}) {
            h.languages.setLanguage(language);
            QTRY_VERIFY2(summary->text().contains(expectedNote()), qPrintable(summary->text()));
            QVERIFY(summary->text().contains(package.clientId));
            QVERIFY(!seen.contains(expectedNote()));
            seen.append(expectedNote());
        }
    }

    void cancelDuringKeyGeneration()
    {
        WizardHarness h;
        auto wizard = h.makeWizard();
        toWayPage(*wizard);
        chooseWay(*wizard, 1);
        auto *key = qobject_cast<ui::KeyPage *>(wizard->currentPage());
        key->generateButton()->click(); // RSA 4096: seconds, long enough to cancel meanwhile
        QVERIFY(wizard->onboarding()->isBusy());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        ui::Dialogs::setNextChoice(0); // cancel the onboarding
        wizard->reject();
        QCOMPARE(wizard->onboarding()->state(), State::Cancelled);
        QVERIFY(!wizard->isVisible());
        QThreadPool::globalInstance()->waitForDone(); // the worker finishes; its key is dropped
        QTest::qWait(50);
        QCOMPARE(wizard->onboarding()->state(), State::Cancelled);
        QVERIFY(h.secrets.keys.isEmpty());
        auto saved = h.store->load(wizard->onboarding()->id());
        QVERIFY(saved.ok());
        QCOMPARE(saved->state, State::Cancelled);
    }

    void keepWorkingAfterCancelQuestion()
    {
        WizardHarness h;
        auto wizard = h.makeWizard();
        toWayPage(*wizard);
        chooseWay(*wizard, 1);
        makeKey(*wizard);
        ui::Dialogs::setNextChoice(2); // keep working
        wizard->reject();
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->onboarding()->state(), State::KeyReady);
    }

    void organizationNumberIsCheckedLive()
    {
        WizardHarness h;
        auto wizard = h.makeWizard();
        clickNext(*wizard);
        auto *org = qobject_cast<ui::OrganizationPage *>(wizard->currentPage());
        QTest::keyClicks(org->organizationNumberEdit(), QStringLiteral("97476067"));
        QVERIFY(org->organizationError()->isHidden()); // still typing
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(org->organizationNumberEdit(), QStringLiteral("4")); // wrong check digit
        QVERIFY(!org->organizationError()->isHidden());
        QCOMPARE(org->organizationError()->error().code, QStringLiteral("onboarding.orgnr.check_digit"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClick(org->organizationNumberEdit(), Qt::Key_Backspace);
        QTest::keyClicks(org->organizationNumberEdit(), QStringLiteral("3"));
        QVERIFY(org->organizationError()->isHidden());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(org->childUnitsEdit(), QStringLiteral("974760673"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // a child unit is not the parent
    }

    void contactIsOptionalAndChecked()
    {
        WizardHarness h;
        auto wizard = h.makeWizard();
        clickNext(*wizard);
        auto *org = qobject_cast<ui::OrganizationPage *>(wizard->currentPage());
        QTest::keyClicks(org->organizationNumberEdit(), QStringLiteral("974760673"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // no contact is fine
        QTest::keyClicks(org->contactEmailEdit(), QStringLiteral("bekrefter@kommune"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // still typing: no error yet
        QTest::keyClicks(org->contactEmailEdit(), QStringLiteral(".no; leder@kommune.no"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // two addresses
        org->contactEmailEdit()->setText(QStringLiteral(" bekrefter@kommune.no "));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QComboBox *language = org->contactLanguageBox();
        QCOMPARE(language->currentData().toString(), QString()); // the program's language
        language->setCurrentIndex(language->findData(QStringLiteral("nn")));
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ChooseWayPageId));
        QCOMPARE(wizard->setup().contactEmail, QStringLiteral("bekrefter@kommune.no"));
        QCOMPARE(wizard->setup().contactLanguage, QStringLiteral("nn"));
    }

    // After registration the contact is still ours to change (issue 15): on the confirm page with Edit
    // contact…, and on the organization page, whose other fields are locked by then.
    void contactChangesAfterRegistration()
    {
        WizardHarness h;
        QVERIFY(h.started);
        auto wizard = h.makeWizard();
        toWayPage(*wizard);
        chooseWay(*wizard, 1);
        makeKey(*wizard);
        clickNext(*wizard);
        clickNext(*wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::ConfirmPageId), Slow);
        auto *confirm = qobject_cast<ui::ConfirmPage *>(wizard->currentPage());
        const QString id = wizard->onboarding()->id();

        ui::Dialogs::setNextContact(ui::ContactAnswer{QStringLiteral("ny@kommune.no"), QStringLiteral("nb")});
        QVERIFY(confirm->contactButton()->isEnabled());
        confirm->contactButton()->click();
        QCOMPARE(h.store->load(id)->setup.contactEmail, QStringLiteral("ny@kommune.no"));
        QCOMPARE(h.store->load(id)->setup.contactLanguage, QStringLiteral("nb"));
        confirm->mailButton()->click();
        QCOMPARE(h.urls.opened.last().path(), QStringLiteral("ny@kommune.no"));

        ui::Dialogs::setNextContact(ui::ContactAnswer{QStringLiteral("ny@"), QString()});
        confirm->contactButton()->click();
        QVERIFY2(confirm->pageError()->text().contains(QStringLiteral("«ny@»")),
                 qPrintable(confirm->pageError()->text()));
        QCOMPARE(h.store->load(id)->setup.contactEmail, QStringLiteral("ny@kommune.no"));

        while (wizard->currentId() != int(OnboardingWizard::OrganizationPageId) &&
               wizard->currentId() != int(OnboardingWizard::WelcomePageId))
            wizard->back();
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::OrganizationPageId));
        auto *org = qobject_cast<ui::OrganizationPage *>(wizard->currentPage());
        QVERIFY(!org->organizationNumberEdit()->isEnabled());
        QVERIFY(!org->journalNameEdit()->isEnabled());
        QVERIFY(org->contactEmailEdit()->isEnabled());
        QVERIFY(org->contactLanguageBox()->isEnabled());
        QCOMPARE(org->contactEmailEdit()->text(),
                 QStringLiteral("ny@kommune.no")); // as the confirm page left it
        org->contactEmailEdit()->setText(QStringLiteral("tredje@kommune.no"));
        org->contactLanguageBox()->setCurrentIndex(org->contactLanguageBox()->findData(QStringLiteral("en")));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clickNext(*wizard);
        QCOMPARE(h.store->load(id)->setup.contactEmail, QStringLiteral("tredje@kommune.no"));
        QCOMPARE(h.store->load(id)->setup.contactLanguage, QStringLiteral("en"));
        QCOMPARE(h.store->load(id)->state, State::AwaitingConfirmation);
    }

    void productionNeedsConfirmation()
    {
        WizardHarness h;
        auto wizard = h.makeWizard();
        auto *welcome = qobject_cast<ui::WelcomePage *>(wizard->currentPage());
        ui::Dialogs::setNextAnswer(QMessageBox::No);
        welcome->prodButton()->click();
        QVERIFY(wizard->isPractice());
        QVERIFY(welcome->practiceButton()->isChecked());
        ui::Dialogs::setNextAnswer(QMessageBox::Yes);
        welcome->prodButton()->click();
        QCOMPARE(wizard->environment().kind, helseid::Environment::Kind::Prod);
        QVERIFY(!wizard->profileHasApiKey()); // the demo profile has no PROD key: Alternative 1 is off
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::OrganizationPageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no organization number yet
    }

    // The proxy and an extra root certificate can be set inside the wizard; they reach the HTTP client at
    // once and are saved. A file that is not a certificate is explained in the dialog and cannot be taken.
    void networkSettingsReachTheHttpClient()
    {
        WizardHarness h;
        QTemporaryDir configDir;
        storage::Settings saved(configDir.filePath(QStringLiteral("settings.ini")));
        h.savedSettings = &saved;
        auto context = h.context();
        ui::OnboardingWizard wizard(context, &h.languages);
        wizard.show();
        auto *welcome = qobject_cast<ui::WelcomePage *>(wizard.currentPage());
        const QString notACertificate = h.dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(notACertificate);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a certificate\n");
        }
        const QString root = QStringLiteral(SFM_TEST_DATA_DIR "/test-root.pem");
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::NetworkSettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // A failed check below must not leave the dialog open (and the test hanging).
            const auto closeAnyway = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            const auto radios = dialog->findChildren<QRadioButton *>();
            QCOMPARE(radios.size(), 3);
            radios.at(2)->click(); // manual
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("proxyHost")),
                             QStringLiteral("proxy.kommune.no"));
            dialog->findChild<QSpinBox *>(QStringLiteral("proxyPort"))->setValue(3128);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *choose = dialog->findChild<QPushButton *>(QStringLiteral("chooseExtraCa"));
            auto *error = dialog->findChild<ui::InlineError *>();

            ui::Dialogs::setNextFileName(notACertificate);
            choose->click();
            QVERIFY(error->isVisibleTo(dialog));
            QCOMPARE(error->error().code, QStringLiteral("net.extra_ca.none"));
            QVERIFY(!ok->isEnabled());

            ui::Dialogs::setNextFileName(root);
            choose->click();
            QVERIFY(!error->isVisibleTo(dialog));
            QVERIFY(ok->isEnabled());
            QCOMPARE(dialog->extraCaFile(), root);
            checked = true;
            dialog->accept();
        });
        welcome->networkButton()->click();
        QVERIFY(checked);
        QCOMPARE(h.http.settings().proxy.mode, net::ProxySettings::Mode::Manual);
        QCOMPARE(h.http.settings().proxy.host, QStringLiteral("proxy.kommune.no"));
        QCOMPARE(h.http.settings().proxy.port, quint16(3128));
        QCOMPARE(h.http.settings().extraCaFile, root);
        QCOMPARE(saved.netSettings().extraCaFile, root);
        QCOMPARE(saved.netSettings().proxy.host, QStringLiteral("proxy.kommune.no"));
    }

    void keychainMissingOffersEncryptedFile()
    {
        WizardHarness h;
        h.secrets.unavailable = true;
        auto wizard = h.makeWizard();
        toWayPage(*wizard);
        chooseWay(*wizard, 1);
        auto *key = qobject_cast<ui::KeyPage *>(wizard->currentPage());
        wizard->setup().rsaBits = 2048;
        key->generateButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->onboarding()->state(), State::Failed, Slow);
        QVERIFY(!key->pageError()->isHidden());
        QVERIFY(key->fallbackButton()->isVisible());
        ui::Dialogs::setNextPassword(QStringLiteral("a long enough passphrase"));
        key->fallbackButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->onboarding()->state(), State::KeyReady, Slow);
        QCOMPARE(h.lastPassphrase, QStringLiteral("a long enough passphrase"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    }

    void practiceBannerOnEveryPage()
    {
        WizardHarness h;
        auto wizard = h.makeWizard();
        wizard->ensureAllPages();
        QCOMPARE(wizard->pageIds().size(), 9);
        for (int id : wizard->pageIds()) {
            auto *banner = wizard->page(id)->findChild<QWidget *>(QStringLiteral("practiceBanner"));
            QVERIFY(banner);
            QVERIFY2(!banner->isHidden(), qPrintable(wizard->page(id)->objectName()));
        }
        QVERIFY(wizard->windowTitle().contains(QStringLiteral("practice")));
    }

    // Keyboard users reach every control with Alt+letter: no two controls of a page (with the wizard's own
    // buttons) share a mnemonic, in any of the three languages.
    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("nb") << int(ui::LanguageManager::Language::Bokmal);
        QTest::newRow("nn") << int(ui::LanguageManager::Language::Nynorsk);
        QTest::newRow("en") << int(ui::LanguageManager::Language::English);
    }
    void mnemonicsAreUnique()
    {
        QFETCH(int, language);
        WizardHarness h;
        h.languages.setLanguage(ui::LanguageManager::Language(language));
        auto wizard = h.makeWizard();
        wizard->ensureAllPages();
        QCoreApplication::processEvents(); // LanguageChange
        auto mnemonic = [](QString text) -> QChar {
            text.remove(QStringLiteral("&&"));
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
        };
        QStringList problems;
        for (int id : wizard->pageIds()) {
            QWizardPage *page = wizard->page(id);
            QHash<QChar, QString> seen;
            auto add = [&](const QString &text) {
                const QChar m = mnemonic(text);
                if (m.isNull())
                    return;
                if (seen.contains(m))
                    problems
                        << QStringLiteral("%1: «%2» and «%3»").arg(page->objectName(), seen.value(m), text);
                seen.insert(m, text);
            };
            for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CustomButton1})
                add(wizard->buttonText(which));
            if (id == OnboardingWizard::DonePageId)
                add(wizard->buttonText(QWizard::FinishButton));
            for (auto *button : page->findChildren<QAbstractButton *>())
                add(button->text());
            for (auto *label : page->findChildren<QLabel *>()) {
                if (label->buddy())
                    add(label->text());
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A keyboard user types at once: every page, when it opens, has the keyboard focus in its first field
    // (the first control of the page's content in tab order), not on the wizard's buttons or nowhere.
    void everyPageFocusesItsFirstField()
    {
        WizardHarness h;
        auto wizard = h.makeWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        QApplication::setActiveWindow(wizard.get());
        wizard->ensureAllPages();
        const auto isField = [](const QWidget *w) {
            return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
                   !qobject_cast<const QLabel *>(w) && !qobject_cast<const QScrollBar *>(w);
        };
        QStringList problems;
        for (int id : wizard->pageIds()) {
            wizard->setStartId(id);
            wizard->restart();
            QWizardPage *page = wizard->page(id);
            auto *content = page->findChild<QWidget *>(QStringLiteral("pageContent"));
            QVERIFY(content);
            QWidget *first = nullptr;
            QTRY_VERIFY2_WITH_TIMEOUT(
                QApplication::focusWidget() && content->isAncestorOf(QApplication::focusWidget()),
                qPrintable(page->objectName() + QStringLiteral(": focus on ") +
                           (QApplication::focusWidget()
                                ? QString::fromLatin1(QApplication::focusWidget()->metaObject()->className())
                                : QStringLiteral("nothing"))),
                2000);
            for (QWidget *w = content->nextInFocusChain(); w != content; w = w->nextInFocusChain()) {
                if (content->isAncestorOf(w) && isField(w)) {
                    first = w;
                    break;
                }
            }
            if (QApplication::focusWidget() != first)
                problems << QStringLiteral("%1: focus on %2, first field %3")
                                .arg(page->objectName(), QApplication::focusWidget()->objectName(),
                                     first ? first->objectName() : QStringLiteral("none"));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyInputHasAnAccessibleNameOrBuddy()
    {
        WizardHarness h;
        auto wizard = h.makeWizard();
        wizard->ensureAllPages();
        for (int id : wizard->pageIds()) {
            QWizardPage *page = wizard->page(id);
            const auto labels = page->findChildren<QLabel *>();
            for (auto *edit : page->findChildren<QLineEdit *>()) {
                if (edit->parent() && qobject_cast<QComboBox *>(edit->parent()))
                    continue;
                bool buddied = false;
                for (const QLabel *label : labels)
                    buddied = buddied || label->buddy() == edit;
                QVERIFY2(!edit->accessibleName().isEmpty() || buddied,
                         qPrintable(page->objectName() + QLatin1Char('/') + edit->objectName()));
            }
        }
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
