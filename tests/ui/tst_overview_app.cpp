// The overview as the program shows it (issue 15): OverviewMainWindow over a folder of onboarding files,
// with its actions wired to the real services. A support person filters and searches with the keyboard,
// selects a customer, copies the confirmation text and archives the onboarding; then another process
// (sfmctl, through its own OnboardingStore) changes and adds onboardings, and the open window follows
// without a restart. No network: none of these actions talks to HelseID.
#include "OverviewSamples.h"

#include "Dialogs.h"
#include "LanguageManager.h"
#include "fleet/OnboardingCollection.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "overview/OverviewFilterModel.h"
#include "overview/OverviewMainWindow.h"
#include "overview/OverviewModel.h"
#include "overview/OverviewWindow.h"
#include "storage/Settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace sfm;
using namespace sfm::ui;
using sfm::onboarding::OnboardingData;
using sfm::onboarding::State;

// Catches what the program hands to the mail program.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TstOverviewApp : public QObject
{
    Q_OBJECT

    LanguageManager m_languages;

    static QStringList shownJournals(const OverviewWindow *w)
    {
        QStringList out;
        const auto *f = w->filterModel();
        for (int r = 0; r < f->rowCount(); ++r)
            out << f->index(r, OverviewModel::JournalColumn).data().toString();
        out.sort();
        return out;
    }
    static QString idOf(const QList<OnboardingData> &list, const QString &journal)
    {
        for (const OnboardingData &d : list)
            if (d.setup.journalName == journal)
                return d.id;
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(LanguageManager::Language::English)); }

    void filterSelectActAndFollowAnotherWriter()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("onboardings"));
        QVERIFY(QDir().mkpath(folder));
        const QList<OnboardingData> samples = overview_samples::dozen();
        QVERIFY(overview_samples::writeAll(folder, samples));
        storage::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        onboarding::ServiceFactory::Config config;
        config.onboardingDir = folder;
        config.settings = &settings;
        onboarding::ServiceFactory services(config);
        helseid::VendorProfile profile;
        profile.vendorName = QStringLiteral("Test-EPJ AS");

        OverviewMainWindow main(&services, profile);
        OverviewWindow *w = main.overview();
        main.collection()->setCoalesceInterval(20);
        main.resize(1200, 700);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        // The folder is read after the first frame.
        QTRY_COMPARE(w->filterModel()->rowCount(), int(samples.size()));

        // Filter: only those waiting for the customer; then search for one of them with the keyboard.
        w->showFilter()->setCurrentIndex(
            w->showFilter()->findData(QVariant::fromValue(OverviewFilterModel::Quick::WaitingForCustomer)));
        QCOMPARE(
            shownJournals(w),
            (QStringList{QStringLiteral("Fengselshelsetjenesten"), QStringLiteral("Helsestasjonen Sentrum"),
                         QStringLiteral("Legekontoret Førde"), QStringLiteral("Legevakta Nordfjord")}));
        w->table()->setFocus();
        QTest::keyClick(&main, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w->searchField()->hasFocus());
        QTest::keyClicks(w->searchField(), QStringLiteral("legevakta"));
        QTRY_COMPARE(shownJournals(w), QStringList{QStringLiteral("Legevakta Nordfjord")});

        // Select: Down from the search goes into the table and selects the row.
        QTest::keyClick(w->searchField(), Qt::Key_Down);
        QTRY_VERIFY(w->table()->hasFocus());
        const QString legevakta = idOf(samples, QStringLiteral("Legevakta Nordfjord"));
        if (w->selectedIds().isEmpty())
            QTest::keyClick(w->table(), Qt::Key_Space);
        QCOMPARE(w->selectedIds(), QStringList{legevakta});

        // Action: copy the confirmation text; the clipboard holds the customer's link, the status bar says
        // so.
        QApplication::clipboard()->clear();
        w->action(OverviewWindow::Action::CopyLink)->trigger();
        const QString link = samples.first().confirmationUrl().toString();
        QVERIFY(!link.isEmpty());
        QTRY_VERIFY2(QApplication::clipboard()->text().contains(link),
                     qPrintable(QApplication::clipboard()->text()));
        QCOMPARE(main.statusBar()->currentMessage(),
                 QStringLiteral("The confirmation text for 1 customer is copied."));

        // Action: archive it. The row leaves the list, the file goes to archive/, nothing else is touched.
        w->action(OverviewWindow::Action::Archive)->trigger();
        QTRY_COMPARE(w->filterModel()->rowCount(), 0);
        QCOMPARE(w->model()->rowCount(), int(samples.size()) - 1);
        QVERIFY(!QFile::exists(QDir(folder).filePath(legevakta + QStringLiteral(".json"))));
        QVERIFY(QFile::exists(
            QDir(folder).filePath(QStringLiteral("archive/") + legevakta + QStringLiteral(".json"))));
        QVERIFY(main.statusBar()->currentMessage().startsWith(QStringLiteral("1 onboarding moved to ")));

        // Clear the search (Escape or select-all + delete both work; the filter stays).
        w->searchField()->clear();
        QTRY_COMPARE(shownJournals(w), (QStringList{QStringLiteral("Fengselshelsetjenesten"),
                                                    QStringLiteral("Helsestasjonen Sentrum"),
                                                    QStringLiteral("Legekontoret Førde")}));

        // Another writer (sfmctl in another process has its own store): the customer confirmed one
        // onboarding, and a new one was started. The window follows without a restart, filter included.
        onboarding::OnboardingStore other(folder);
        auto moved = other.load(idOf(samples, QStringLiteral("Helsestasjonen Sentrum")));
        QVERIFY(moved.ok());
        moved->state = State::Ready;
        moved->waitingSince = {};
        QVERIFY(other.save(*moved).ok());
        OnboardingData fresh = overview_samples::make(
            QStringLiteral("Tannhelsetjenesten Nord"), QStringLiteral("974760673"), QStringLiteral("prod"),
            State::AwaitingConfirmation, 1, QStringLiteral("c-2001"));
        QVERIFY(other.save(fresh).ok());
        QTRY_COMPARE(shownJournals(w), (QStringList{QStringLiteral("Fengselshelsetjenesten"),
                                                    QStringLiteral("Legekontoret Førde"),
                                                    QStringLiteral("Tannhelsetjenesten Nord")}));
        QCOMPARE(w->model()->rowCount(), int(samples.size()));
    }

    void emailUsesTheCustomersStoredContact()
    {
        // Two customers: one with a stored contact in Nynorsk, one without. One e-mail each: the first to
        // the stored address in Nynorsk, the second to nobody yet (the mail program asks) in the program's
        // language (English here).
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("onboardings"));
        QVERIFY(QDir().mkpath(folder));
        QList<OnboardingData> samples;
        samples << overview_samples::make(QStringLiteral("Legevakta Nordfjord"), QStringLiteral("974760673"),
                                          QStringLiteral("prod"), State::AwaitingConfirmation, 1,
                                          QStringLiteral("c-1001"));
        samples.last().setup.contactEmail = QStringLiteral("stadfestar@nordfjord.kommune.no");
        samples.last().setup.contactLanguage = QStringLiteral("nn");
        samples << overview_samples::make(QStringLiteral("Legekontoret Førde"), QStringLiteral("964967636"),
                                          QStringLiteral("prod"), State::AwaitingConfirmation, 1,
                                          QStringLiteral("c-1009"));
        QVERIFY(overview_samples::writeAll(folder, samples));
        storage::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        onboarding::ServiceFactory::Config config;
        config.onboardingDir = folder;
        config.settings = &settings;
        onboarding::ServiceFactory services(config);
        OverviewMainWindow main(&services, helseid::VendorProfile());
        OverviewWindow *w = main.overview();
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QTRY_COMPARE(w->filterModel()->rowCount(), 2);

        OpenedUrls urls;
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &urls, "open");
        w->selectIds({samples.at(0).id, samples.at(1).id});
        w->action(OverviewWindow::Action::EmailLink)->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QTRY_COMPARE(urls.opened.size(), 2);
        QUrl nordfjord = urls.opened.at(0), forde = urls.opened.at(1);
        if (nordfjord.path().isEmpty())
            std::swap(nordfjord, forde);
        QCOMPARE(nordfjord.scheme(), QStringLiteral("mailto"));
        QCOMPARE(nordfjord.path(), QStringLiteral("stadfestar@nordfjord.kommune.no"));
        QCOMPARE(QUrlQuery(nordfjord).queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("Stadfest HelseID-klienten for Legevakta Nordfjord (974760673)"));
        QVERIFY(QUrlQuery(nordfjord)
                    .queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                    .contains(samples.at(0).confirmationUrl().toString()));
        QCOMPARE(forde.path(), QString());
        QCOMPARE(QUrlQuery(forde).queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("Confirm the HelseID client for Legekontoret Førde (964967636)"));
    }

    void editContactChangesWhomTheMailGoesTo()
    {
        // A customer who waits for the confirmation, without a contact: F2 on its row asks (the contact
        // dialog, answered through Dialogs' seam), the file gets the new contact, and the e-mail goes to it
        // in its language. A bad answer is refused with the reason; while another program works the
        // onboarding the change is refused and the file stays as it was.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("onboardings"));
        QVERIFY(QDir().mkpath(folder));
        QList<OnboardingData> samples;
        samples << overview_samples::make(QStringLiteral("Legekontoret Førde"), QStringLiteral("964967636"),
                                          QStringLiteral("prod"), State::AwaitingConfirmation, 1,
                                          QStringLiteral("c-1009"));
        samples << overview_samples::make(QStringLiteral("Legesenteret Ås"), QStringLiteral("983974724"),
                                          QStringLiteral("test"), State::Exported, 3,
                                          QStringLiteral("c-1010"));
        QVERIFY(overview_samples::writeAll(folder, samples));
        storage::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        onboarding::ServiceFactory::Config config;
        config.onboardingDir = folder;
        config.settings = &settings;
        onboarding::ServiceFactory services(config);
        OverviewMainWindow main(&services, helseid::VendorProfile());
        OverviewWindow *w = main.overview();
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QTRY_COMPARE(w->filterModel()->rowCount(), 2);
        const QString forde = samples.at(0).id;
        onboarding::OnboardingStore store(folder);

        // Only for one onboarding at a time; in the row's menu.
        w->selectIds({samples.at(0).id, samples.at(1).id});
        QVERIFY(!w->action(OverviewWindow::Action::EditContact)->isEnabled());
        w->selectIds({forde});
        QVERIFY(w->action(OverviewWindow::Action::EditContact)->isEnabled());
        QCOMPARE(w->action(OverviewWindow::Action::EditContact)->shortcut(), QKeySequence(Qt::Key_F2));

        Dialogs::resetForTests();
        Dialogs::setNextContact(
            ContactAnswer{QStringLiteral("stadfestar@forde.kommune.no"), QStringLiteral("nn")});
        w->table()->setFocus();
        QTest::keyClick(w->table(), Qt::Key_F2);
        QTRY_COMPARE(store.load(forde)->setup.contactEmail, QStringLiteral("stadfestar@forde.kommune.no"));
        QCOMPARE(store.load(forde)->setup.contactLanguage, QStringLiteral("nn"));
        QCOMPARE(store.load(forde)->state, State::AwaitingConfirmation);
        QVERIFY2(main.statusBar()->currentMessage().contains(QStringLiteral("stadfestar@forde.kommune.no")),
                 qPrintable(main.statusBar()->currentMessage()));

        OpenedUrls urls;
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &urls, "open");
        w->selectIds({forde});
        w->action(OverviewWindow::Action::EmailLink)->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QTRY_COMPARE(urls.opened.size(), 1);
        QCOMPARE(urls.opened.first().path(), QStringLiteral("stadfestar@forde.kommune.no"));
        QCOMPARE(QUrlQuery(urls.opened.first()).queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("Stadfest HelseID-klienten for Legekontoret Førde (964967636)"));

        // A bad address: the reason in the status line, the file unchanged.
        const qint64 revision = store.load(forde)->revision;
        Dialogs::setNextContact(ContactAnswer{QStringLiteral("kari@"), QString()});
        w->selectIds({forde});
        w->action(OverviewWindow::Action::EditContact)->trigger();
        QVERIFY2(main.statusBar()->currentMessage().contains(QStringLiteral("«kari@»")),
                 qPrintable(main.statusBar()->currentMessage()));
        QCOMPARE(store.load(forde)->revision, revision);

        // Cancelled: nothing happens.
        Dialogs::setNextContact(std::nullopt);
        w->action(OverviewWindow::Action::EditContact)->trigger();
        QCOMPARE(store.load(forde)->revision, revision);

        // In use by another program (here: a lock this test holds): refused, nothing written.
        auto lock = store.lock(forde);
        QVERIFY(lock);
        Dialogs::setNextContact(ContactAnswer{QStringLiteral("ola@forde.kommune.no"), QStringLiteral("nb")});
        w->action(OverviewWindow::Action::EditContact)->trigger();
        QVERIFY2(main.statusBar()->currentMessage().contains(QStringLiteral("in use")),
                 qPrintable(main.statusBar()->currentMessage()));
        QCOMPARE(store.load(forde)->setup.contactEmail, QStringLiteral("stadfestar@forde.kommune.no"));
        Dialogs::resetForTests();
    }
};

QTEST_MAIN(TstOverviewApp)
#include "tst_overview_app.moc"
