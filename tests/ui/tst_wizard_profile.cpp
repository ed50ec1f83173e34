// The wizard finds the EPJ vendor's profile as sfmctl does (VendorProfileLocator through
// ServiceFactory::locateProfile), here in the test's own folders: the Welcome page says which profile is used
// and where it came from, or — in TEST and PROD with none — that none was found, where it looked and how to
// get one; then Alternative 1 and the package link are not offered, Alternatives 2 and 3 are. The built-in
// demo profile is used in practice mode only.

#include "WizardHarness.h"

#include "InlineError.h"
#include "VendorProfilePanel.h"
#include "pages/ChooseWayPage.h"
#include "pages/ImportPage.h"
#include "pages/KeyPage.h"
#include "pages/OrganizationPage.h"
#include "pages/WaitingPage.h"
#include "pages/WelcomePage.h"
#include "storage/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>

using namespace sfm;
using Origin = helseid::VendorProfileLocator::Origin;
using ui::OnboardingWizard;

namespace {

// A vendor's profile with an API key for TEST (not PROD) and its own package link.
QByteArray acmeProfile(const QString &system = QStringLiteral("Acme Journal"))
{
    return QStringLiteral(R"({"schemaVersion": 1, "vendorName": "Acme EPJ AS", "systemName": "%1",
        "apiKeys": {"test": "acme-test-key"},
        "scopes": [{"name": "nhn:selvbetjening/client", "default": "preselected", "required": true},
                   {"name": "e-helse:sfm.api/sfm.api2", "default": "preselected"}],
        "packageLink": {"template": "{portal}/pakkekonfigurasjon?systemId={systemId}&packageId={packageId}",
                        "systemId": "acme-journal", "packages": {"SFM": "acme-sfm"}}})")
        .arg(system)
        .toUtf8();
}

} // namespace

class TestWizardProfile : public QObject
{
    Q_OBJECT

    // Writes bytes to folder/file (made if missing); the file's path.
    static QString put(const QString &folder, const QString &file, const QByteArray &bytes)
    {
        QDir().mkpath(folder);
        const QString path = folder + u'/' + file;
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static ui::WelcomePage *welcome(OnboardingWizard &wizard)
    {
        return qobject_cast<ui::WelcomePage *>(wizard.page(OnboardingWizard::WelcomePageId));
    }

    static void clickNext(OnboardingWizard &wizard)
    {
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY2(next->isEnabled() && next->isVisible(), "Next is not available");
        next->click();
    }

    // From the Welcome page (TEST chosen) to the way page.
    static void toWayPage(OnboardingWizard &wizard)
    {
        clickNext(wizard);
        auto *org = qobject_cast<ui::OrganizationPage *>(wizard.currentPage());
        QVERIFY(org);
        QTest::keyClicks(org->organizationNumberEdit(), QStringLiteral("974760673"));
        QTest::keyClicks(org->journalNameEdit(), QStringLiteral("Helsehuset Nord"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ChooseWayPageId));
    }

    // Every saved setting of a test goes to its own file, never to the test user's settings.
    QTemporaryDir m_config;

    std::unique_ptr<storage::Settings> freshSettings()
    {
        const QString file = m_config.filePath(QStringLiteral("settings-%1.ini").arg(++m_settingsCount));
        return std::make_unique<storage::Settings>(file);
    }
    int m_settingsCount = 0;

private slots:
    // TEST with no profile in any folder: the page says so, names every folder looked in and where a
    // profile comes from; Alternative 1 is off, Alternative 2 has no package-link button (no guessed link
    // into the real portal), and Alternatives 2 and 3 can still be chosen.
    void testWithoutProfile()
    {
        WizardHarness h;
        auto settings = freshSettings();
        h.savedSettings = settings.get();
        auto wizard = h.makeWizard();
        auto *page = welcome(*wizard);
        page->testButton()->click();
        QCOMPARE(wizard->environment().kind, helseid::Environment::Kind::Test);
        QVERIFY(!wizard->hasProfile());
        QCOMPARE(wizard->profileChoice().error().code, QStringLiteral("profile.not_found"));
        QVERIFY(!wizard->profileHasApiKey());

        // Nothing to resume: no "start or resume" choice to make, so none is shown.
        QVERIFY(!page->resumeButton()->isVisible());
        // The folders looked in are folded away (the page fits without scrolling) until asked for.
        QVERIFY(page->profilePanel()->foldersButton()->isVisible());
        QVERIFY(!page->profilePanel()->text().contains(
            QDir::toNativeSeparators(h.profileFolder(QStringLiteral("system")))));
        page->profilePanel()->foldersButton()->click();
        const QString text = page->profilePanel()->text();
        QVERIFY2(text.contains(QStringLiteral("No vendor profile was found")), qPrintable(text));
        for (const char *folder : {"beside", "system", "user"})
            QVERIFY2(text.contains(QDir::toNativeSeparators(h.profileFolder(QLatin1String(folder)))),
                     qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("EPJ vendor")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Demo EPJ")));
        QVERIFY(page->profilePanel()->chooseButton()->isVisible());

        toWayPage(*wizard);
        auto *way = qobject_cast<ui::ChooseWayPage *>(wizard->currentPage());
        QVERIFY(!way->alternativeButton(1)->isEnabled());
        QVERIFY(way->alternativeButton(1)->text().contains(QStringLiteral("not available")));
        QVERIFY(way->alternativeButton(2)->isEnabled());
        QVERIFY(way->alternativeButton(3)->isEnabled());
        QVERIFY(way->alternativeButton(2)->isChecked()); // the first way that is possible
        way->alternativeButton(2)->click();
        clickNext(*wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ImportPageId));
        auto *import = qobject_cast<ui::ImportPage *>(wizard->currentPage());
        QVERIFY(!import->packageLinkButton()->isEnabled());
        QVERIFY(!import->packageLinkButton()->toolTip().isEmpty()); // the reason
        import->packageLinkButton()->click();
        QVERIFY(h.urls.opened.isEmpty()); // no link at all, least of all the demo profile's
        const QString guide = import->findChild<QLabel *>(QStringLiteral("portalGuide"))->text();
        QVERIFY2(guide.contains(QStringLiteral("No vendor profile was found")), qPrintable(guide));
        // The onboarding records that it has no profile (sfmctl resume then searches again).
        QVERIFY(wizard->onboarding());
        QVERIFY(wizard->onboarding()->data().setup.vendorProfile.isEmpty());
    }

    // A profile in the user's folder: its name and file on the Welcome page, Alternative 1 where it has a
    // key (TEST) and not where it has none (PROD), and the package link is the vendor's own.
    void profileInTheUserFolder()
    {
        WizardHarness h;
        auto settings = freshSettings();
        h.savedSettings = settings.get();
        const QString file =
            put(h.profileFolder(QStringLiteral("user")), QStringLiteral("acme.json"), acmeProfile());
        auto wizard = h.makeWizard();
        auto *page = welcome(*wizard);
        page->testButton()->click();
        QVERIFY(wizard->hasProfile());
        QCOMPARE(wizard->profileChoice()->origin, Origin::UserFolder);
        QCOMPARE(wizard->profileChoice()->path, file);
        QVERIFY(wizard->profileHasApiKey());
        const QString text = page->profilePanel()->text();
        QVERIFY2(text.contains(QStringLiteral("Acme EPJ AS, Acme Journal")), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(file)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("your own settings folder")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Alternative 1 (automatic) is possible")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("acme-test-key"))); // the API key is never shown

        // The file's path is elided to the label's width, whole in the tooltip.
        auto *fileLabel = page->profilePanel()->findChild<QLabel *>(QStringLiteral("vendorProfileFile"));
        QCOMPARE(fileLabel->toolTip(), QDir::toNativeSeparators(file));

        toWayPage(*wizard);
        auto *way = qobject_cast<ui::ChooseWayPage *>(wizard->currentPage());
        QVERIFY(way->alternativeButton(1)->isEnabled());
        QVERIFY(way->alternativeButton(1)->isChecked());
        way->alternativeButton(2)->click();
        clickNext(*wizard);
        auto *import = qobject_cast<ui::ImportPage *>(wizard->currentPage());
        QVERIFY(import->packageLinkButton()->isEnabled());
        import->packageLinkButton()->click();
        QCOMPARE(h.urls.opened.size(), 1);
        const QString link = h.urls.opened.first().toString();
        QVERIFY2(link.startsWith(helseid::Environment::test().portalBase.toString()), qPrintable(link));
        QVERIFY2(link.contains(QStringLiteral("systemId=acme-journal")), qPrintable(link));
        QVERIFY(!link.contains(QStringLiteral("demo-epj")));
        QCOMPARE(wizard->onboarding()->data().setup.vendorProfile, file);
    }

    // A long path does not widen the wizard: it is elided in the middle (the file name stays readable) and
    // whole in the tooltip.
    void longPathIsElided()
    {
        WizardHarness h;
        auto settings = freshSettings();
        h.savedSettings = settings.get();
        const QString deep =
            h.profileFolder(QStringLiteral("user")) + QStringLiteral("/..") +
            QStringLiteral("/a-very-long-folder-name-as-municipality-file-servers-have-them").repeated(3) +
            QStringLiteral("/profile");
        const QString file = put(deep, QStringLiteral("acme.json"), acmeProfile());
        settings->setVendorProfile(file);
        auto wizard = h.makeWizard();
        auto *page = welcome(*wizard);
        page->testButton()->click();
        QCOMPARE(wizard->profileChoice()->path, file);
        wizard->resize(wizard->minimumSize());
        QTRY_VERIFY(wizard->width() <= wizard->minimumWidth());
        QCoreApplication::processEvents();
        auto *label = page->profilePanel()->findChild<QLabel *>(QStringLiteral("vendorProfileFile"));
        QVERIFY2(label->text().contains(QChar(0x2026)), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("acme.json")));
        QVERIFY(label->text().startsWith(QStringLiteral("File: ")));
        QCOMPARE(label->toolTip(), QDir::toNativeSeparators(file));
        QVERIFY(page->profilePanel()->text().contains(QDir::toNativeSeparators(file)));
    }

    void prodWithoutAKeyForIt()
    {
        WizardHarness h;
        auto settings = freshSettings();
        h.savedSettings = settings.get();
        put(h.profileFolder(QStringLiteral("system")), QStringLiteral("acme.json"), acmeProfile());
        auto wizard = h.makeWizard();
        auto *page = welcome(*wizard);
        ui::Dialogs::setNextAnswer(QMessageBox::Yes);
        page->prodButton()->click();
        QCOMPARE(wizard->environment().kind, helseid::Environment::Kind::Prod);
        QCOMPARE(wizard->profileChoice()->origin, Origin::SystemFolder);
        QVERIFY(!wizard->profileHasApiKey());
        const QString text = page->profilePanel()->text();
        QVERIFY2(text.contains(QStringLiteral("the system folder")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("no API key for this environment")), qPrintable(text));
    }

    // Practice mode uses the built-in demo profile (the simulator knows only its Klientmal) even with a
    // vendor's profile installed, and nothing to choose; TEST then uses the installed one, and back again.
    void practiceUsesTheDemoProfile()
    {
        WizardHarness h;
        auto settings = freshSettings();
        h.savedSettings = settings.get();
        put(h.profileFolder(QStringLiteral("user")), QStringLiteral("acme.json"), acmeProfile());
        auto wizard = h.makeWizard();
        auto *page = welcome(*wizard);
        QVERIFY(wizard->isPractice());
        QCOMPARE(wizard->profileChoice()->origin, Origin::BuiltInDemo);
        QVERIFY(wizard->profileHasApiKey());
        QString text = page->profilePanel()->text();
        QVERIFY2(text.contains(QStringLiteral("Demo EPJ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("built-in practice profile")), qPrintable(text));
        QVERIFY(!page->profilePanel()->chooseButton()->isVisible());

        page->testButton()->click();
        QCOMPARE(wizard->profileChoice()->origin, Origin::UserFolder);
        QVERIFY(page->profilePanel()->text().contains(QStringLiteral("Acme EPJ AS")));
        page->practiceButton()->click();
        QCOMPARE(wizard->profileChoice()->origin, Origin::BuiltInDemo);
        QCOMPARE(wizard->profile().vendorName, QStringLiteral("Demo EPJ AS"));
    }

    // The wizard's search is sfmctl's: beside the program before the system folder before the user's
    // folder, and a file chosen in the settings before all three.
    void searchOrder()
    {
        WizardHarness h;
        auto settings = freshSettings();
        h.savedSettings = settings.get();
        auto wizard = h.makeWizard();
        auto *page = welcome(*wizard);
        const auto testProfile = [&] {
            page->practiceButton()->click(); // leaving practice mode looks again
            page->testButton()->click();
            return wizard->hasProfile() ? wizard->profileChoice()->origin : Origin::BuiltInDemo;
        };
        put(h.profileFolder(QStringLiteral("user")), QStringLiteral("u.json"),
            acmeProfile(QStringLiteral("U")));
        QCOMPARE(testProfile(), Origin::UserFolder);
        put(h.profileFolder(QStringLiteral("system")), QStringLiteral("s.json"),
            acmeProfile(QStringLiteral("S")));
        QCOMPARE(testProfile(), Origin::SystemFolder);
        put(h.profileFolder(QStringLiteral("beside")), QStringLiteral("b.json"),
            acmeProfile(QStringLiteral("B")));
        QCOMPARE(testProfile(), Origin::BesideProgram);
        QCOMPARE(wizard->profile().systemName, QStringLiteral("B"));
        settings->setVendorProfile(put(h.dir.filePath(QStringLiteral("elsewhere")), QStringLiteral("c.json"),
                                       acmeProfile(QStringLiteral("C"))));
        QCOMPARE(testProfile(), Origin::Setting);
        QCOMPARE(wizard->profile().systemName, QStringLiteral("C"));
        QVERIFY(page->profilePanel()->text().contains(QStringLiteral("chosen in the settings")));
    }

    // Choosing a profile file on the Welcome page (through the Dialogs seam): it is used at once and saved,
    // so the next start — and sfmctl — finds it. A file that is not a profile is explained and changes
    // nothing.
    void chooseAProfileFile()
    {
        WizardHarness h;
        auto settings = freshSettings();
        h.savedSettings = settings.get();
        auto wizard = h.makeWizard();
        auto *page = welcome(*wizard);
        page->testButton()->click();
        QVERIFY(!wizard->hasProfile());
        auto *panel = page->profilePanel();

        const QString broken =
            put(h.dir.filePath(QStringLiteral("downloads")), QStringLiteral("broken.json"), "{ no");
        ui::Dialogs::setNextFileName(broken);
        panel->chooseButton()->click();
        QVERIFY(!wizard->hasProfile());
        auto *error = panel->findChild<ui::InlineError *>();
        QVERIFY(!error->isHidden());
        QCOMPARE(error->error().code, QStringLiteral("profile.not_json"));
        QVERIFY(settings->vendorProfile().isEmpty());

        const QString good =
            put(h.dir.filePath(QStringLiteral("downloads")), QStringLiteral("acme.json"), acmeProfile());
        ui::Dialogs::setNextFileName(good);
        panel->chooseButton()->click();
        QVERIFY(error->isHidden());
        QVERIFY(wizard->hasProfile());
        QCOMPARE(wizard->profileChoice()->origin, Origin::Setting);
        QVERIFY(wizard->profileHasApiKey());
        QCOMPARE(settings->vendorProfile(), good);
        QVERIFY(panel->text().contains(QStringLiteral("Acme EPJ AS")));

        // Cancelling the dialog changes nothing.
        ui::Dialogs::setNextFileName(QString());
        panel->chooseButton()->click();
        QCOMPARE(wizard->profileChoice()->path, good);
    }

    // What needs no vendor profile really works without one: Alternative 2 (the portal's package file) and
    // Alternative 3 with an own key (the client id typed in) reach Ready against the simulator with an empty
    // profile — here in practice mode with even the demo profile taken away.
    void alternatives2And3WithoutAProfileReachReady()
    {
        for (const int alternative : {2, 3}) {
            WizardHarness h;
            QVERIFY(h.started);
            h.noProfile = true;
            auto wizard = h.makeWizard();
            QVERIFY(wizard->isPractice());
            QVERIFY(!wizard->hasProfile());
            toWayPage(*wizard);
            auto *way = qobject_cast<ui::ChooseWayPage *>(wizard->currentPage());
            QVERIFY(!way->alternativeButton(1)->isEnabled());
            way->alternativeButton(alternative)->click();
            if (alternative == 3)
                way->ownKeyBox()->click();
            clickNext(*wizard);
            if (alternative == 3) {
                auto *key = qobject_cast<ui::KeyPage *>(wizard->currentPage());
                QVERIFY(key);
                const int rsa2048 =
                    key->algorithmBox()->findText(QStringLiteral("RSA 2048"), Qt::MatchStartsWith);
                key->algorithmBox()->setCurrentIndex(rsa2048);
                emit key->algorithmBox()->activated(rsa2048);
                key->generateButton()->click();
                QTRY_VERIFY_WITH_TIMEOUT(wizard->onboarding() &&
                                             wizard->onboarding()->state() == onboarding::State::KeyReady,
                                         60000);
                clickNext(*wizard);
            }
            QCOMPARE(wizard->currentId(), int(OnboardingWizard::ImportPageId));
            auto *import = qobject_cast<ui::ImportPage *>(wizard->currentPage());
            if (alternative == 2) {
                const auto package =
                    h.makePackage({{QStringLiteral("organizationNumber"), QStringLiteral("974760673")},
                                   {QStringLiteral("rsaKeySizeBits"), 2048}});
                QVERIFY(!package.clientId.isEmpty());
                ui::Dialogs::setNextFileName(package.path);
                import->findChild<QPushButton *>(QStringLiteral("chooseFile"))->click();
                QTest::keyClicks(import->passwordEdit(), package.password);
                ui::Dialogs::setNextAnswer(QMessageBox::No); // keep the downloaded file
            } else {
                QTRY_VERIFY_WITH_TIMEOUT(!import->publicKeyEdit()->text().isEmpty(), 60000);
                const QString clientId =
                    h.registerOwnKeyInPortal(import->publicKeyEdit()->text(), QStringLiteral("974760673"));
                QVERIFY(!clientId.isEmpty());
                QTest::keyClicks(import->clientIdEdit(), clientId);
            }
            clickNext(*wizard);
            QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::WaitingPageId), 60000);
            QVERIFY(h.sim->sign(wizard->onboarding()->data().clientId).ok());
            auto *waiting = qobject_cast<ui::WaitingPage *>(wizard->currentPage());
            QTRY_VERIFY_WITH_TIMEOUT(waiting->checkNowButton()->isEnabled(), 60000);
            waiting->checkNowButton()->click();
            QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::DonePageId), 60000);
            QCOMPARE(wizard->onboarding()->state(), onboarding::State::Ready);
        }
    }

    // The texts follow a live language switch, and a Norwegian user reads Norwegian.
    void followsTheLanguage()
    {
        WizardHarness h;
        auto settings = freshSettings();
        h.savedSettings = settings.get();
        auto wizard = h.makeWizard();
        auto *page = welcome(*wizard);
        page->testButton()->click();
        page->profilePanel()->foldersButton()->click();
        const QString english = page->profilePanel()->text();
        for (const auto language :
             {ui::LanguageManager::Language::Bokmal, ui::LanguageManager::Language::Nynorsk}) {
            h.languages.setLanguage(language);
            QCoreApplication::processEvents();
            const QString shown = page->profilePanel()->text();
            QVERIFY2(shown != english && !shown.contains(QStringLiteral("No vendor profile")),
                     qPrintable(shown));
            QVERIFY(shown.contains(QDir::toNativeSeparators(h.profileFolder(QStringLiteral("system")))));
        }
    }
};

QTEST_MAIN(TestWizardProfile)
#include "tst_wizard_profile.moc"
