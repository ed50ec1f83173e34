// The overview (issue 15) offscreen: a folder of onboarding files, filtering and search, selecting with
// the keyboard, actions as signals with the right ids, delete asking first, and a file changed on disk by
// another writer appearing without a restart.
#include "OverviewSamples.h"

#include "Dialogs.h"
#include "LanguageManager.h"
#include "fleet/OnboardingCollection.h"
#include "overview/OverviewFilterModel.h"
#include "overview/OverviewModel.h"
#include "overview/OverviewWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sfm;
using namespace sfm::ui;
using overview_samples::fixedNow;
using sfm::onboarding::OnboardingData;
using sfm::onboarding::State;

class TstOverview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<OnboardingData> m_samples;
    std::unique_ptr<fleet::OnboardingCollection> m_collection;
    std::unique_ptr<OverviewWindow> m_window;

    QString idOf(const QString &journal) const
    {
        for (const OnboardingData &d : m_samples)
            if (d.setup.journalName == journal)
                return d.id;
        return {};
    }
    QStringList shownJournals() const
    {
        QStringList out;
        const auto *f = m_window->filterModel();
        for (int r = 0; r < f->rowCount(); ++r)
            out << f->index(r, OverviewModel::JournalColumn).data().toString();
        out.sort();
        return out;
    }

    LanguageManager m_languages;

private slots:
    void initTestCase()
    {
        // English from the .qm (the plural forms of "%n onboarding(s)" live there).
        QVERIFY(m_languages.setLanguage(LanguageManager::Language::English));
    }

    void init()
    {
        m_samples = overview_samples::dozen();
        QVERIFY(overview_samples::writeAll(m_dir.path(), m_samples));
        m_collection = std::make_unique<fleet::OnboardingCollection>(m_dir.path());
        m_collection->setCoalesceInterval(20);
        m_collection->refresh();
        m_window = std::make_unique<OverviewWindow>(m_collection.get());
        m_window->model()->setClock(fixedNow);
        m_window->resize(1200, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        Dialogs::resetForTests();
    }
    void cleanup()
    {
        m_window.reset();
        m_collection.reset();
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(f));
    }

    void everyRowAndReadableColumns()
    {
        QCOMPARE(m_window->table()->model()->rowCount(), 12);
        QCOMPARE(m_window->countLabel()->text(), QStringLiteral("12 onboardings"));
        // Every column header has a name a screen reader can read; every control has an accessible name.
        const auto *model = m_window->model();
        QCOMPARE(model->headerData(OverviewModel::OrganizationColumn, Qt::Horizontal, Qt::AccessibleTextRole)
                     .toString(),
                 QStringLiteral("Organization number"));
        for (int c = 0; c < OverviewModel::ColumnCount; ++c)
            QVERIFY2(!model->headerData(c, Qt::Horizontal, Qt::AccessibleTextRole).toString().isEmpty(),
                     qPrintable(QString::number(c)));
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                                 qobject_cast<QLineEdit *>(w) || qobject_cast<QTableView *>(w);
            if (control && w->isVisibleTo(m_window.get()) && w->parentWidget() == m_window.get())
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        // Key expiry in words, and the warning role on the cell that needs it.
        const int bryne = m_collection->rowOf(idOf(QStringLiteral("Fastlegekontoret Bryne")));
        const QModelIndex expiry = model->index(bryne, OverviewModel::KeyExpiryColumn);
        QCOMPARE(expiry.data().toString(), QStringLiteral("⚠ 12 days left"));
        QVERIFY(expiry.data(OverviewModel::WarningRole).toBool());
        const int aas = m_collection->rowOf(idOf(QStringLiteral("Legesenteret Ås")));
        QVERIFY(!model->index(aas, OverviewModel::KeyExpiryColumn).data(OverviewModel::WarningRole).toBool());
        QCOMPARE(model->index(bryne, OverviewModel::StateColumn).data().toString(),
                 QStringLiteral("Configuration exported"));
    }

    void filtersAndSearch()
    {
        auto *w = m_window.get();
        w->showFilter()->setCurrentIndex(
            w->showFilter()->findData(QVariant::fromValue(OverviewFilterModel::Quick::WaitingForCustomer)));
        QCOMPARE(
            shownJournals(),
            (QStringList{QStringLiteral("Fengselshelsetjenesten"), QStringLiteral("Helsestasjonen Sentrum"),
                         QStringLiteral("Legekontoret Førde"), QStringLiteral("Legevakta Nordfjord")}));
        QCOMPARE(w->countLabel()->text(), QStringLiteral("Showing 4 of 12 onboardings"));
        w->environmentFilter()->setCurrentIndex(w->environmentFilter()->findData(QStringLiteral("test")));
        QCOMPARE(shownJournals(), QStringList{QStringLiteral("Fengselshelsetjenesten")});
        w->environmentFilter()->setCurrentIndex(0);

        w->showFilter()->setCurrentIndex(
            w->showFilter()->findData(QVariant::fromValue(OverviewFilterModel::Quick::KeyExpiresSoon)));
        QCOMPARE(shownJournals(), (QStringList{QStringLiteral("Fastlegekontoret Bryne"),
                                               QStringLiteral("Psykisk helse Sør")}));
        w->showFilter()->setCurrentIndex(
            w->showFilter()->findData(QVariant::fromValue(OverviewFilterModel::Quick::NeedsMe)));
        // Waiting for the user (draft, key ready, failed, ready) or a key to renew.
        QCOMPARE(shownJournals().size(), 6);
        w->showFilter()->setCurrentIndex(0);

        w->stateFilter()->setCurrentIndex(w->stateFilter()->findData(int(State::Exported)));
        QCOMPARE(shownJournals().size(), 3);
        w->stateFilter()->setCurrentIndex(0);

        // Free text: several words, any case, journal names, organization numbers and client ids.
        QTest::keyClicks(w->searchField(), QStringLiteral("ÅRDAL sjuke"));
        QCOMPARE(shownJournals(), QStringList{QStringLiteral("Sjukeheimen Øvre Årdal")});
        w->searchField()->clear();
        QTest::keyClicks(w->searchField(), QStringLiteral("c-1009"));
        QCOMPARE(shownJournals(), QStringList{QStringLiteral("Legekontoret Førde")});
        QTest::keyClick(w->searchField(), Qt::Key_Escape);
        QCOMPARE(w->filterModel()->rowCount(), 12);
    }

    void keyboardSelectionAndActions()
    {
        auto *w = m_window.get();
        QSignalSpy open(w, &OverviewWindow::openRequested);
        QSignalSpy check(w, &OverviewWindow::checkNowRequested);
        QSignalSpy copy(w, &OverviewWindow::copyConfirmationLinkRequested);
        QSignalSpy exportSpy(w, &OverviewWindow::exportRequested);

        // Search, Down into the table, Enter opens the one found.
        w->activateWindow();
        w->searchField()->setFocus();
        QTest::keyClicks(w->searchField(), QStringLiteral("Nordfjord"));
        QTest::keyClick(w->searchField(), Qt::Key_Down);
        QVERIFY(w->table()->hasFocus());
        QCOMPARE(w->selectedIds(), QStringList{idOf(QStringLiteral("Legevakta Nordfjord"))});
        QTest::keyClick(w->table(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), idOf(QStringLiteral("Legevakta Nordfjord")));
        QTest::keyClick(w->table(), Qt::Key_F5);
        QCOMPARE(check.size(), 1);
        QCOMPARE(check.first().first().toStringList(),
                 QStringList{idOf(QStringLiteral("Legevakta Nordfjord"))});
        w->searchField()->clear();

        // A selection of three: the link goes only for those with a client, export only for ready ones.
        const QStringList three = {idOf(QStringLiteral("Rusomsorgen Midt")),
                                   idOf(QStringLiteral("Legekontoret Førde")),
                                   idOf(QStringLiteral("Sjukeheimen Øvre Årdal"))};
        w->selectIds(three);
        QCOMPARE(w->selectedIds().size(), 3);
        QVERIFY(!w->action(OverviewWindow::Action::Open)->isEnabled()); // one at a time
        w->table()->setFocus();
        QTest::keyClick(w->table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(copy.size(), 1);
        QStringList copied = copy.first().first().toStringList();
        copied.sort();
        QStringList expected = {three.at(1), three.at(2)};
        expected.sort();
        QCOMPARE(copied, expected);
        w->action(OverviewWindow::Action::Export)->trigger();
        QCOMPARE(exportSpy.size(), 1);
        QCOMPARE(exportSpy.first().first().toStringList(), QStringList{three.at(2)});

        // Only a draft selected: nothing to check, copy or export.
        w->selectIds({idOf(QStringLiteral("Tannhelsetjenesten Nord"))});
        QVERIFY(!w->action(OverviewWindow::Action::CheckNow)->isEnabled());
        QVERIFY(!w->action(OverviewWindow::Action::CopyLink)->isEnabled());
        QVERIFY(!w->action(OverviewWindow::Action::Export)->isEnabled());
        QVERIFY(w->action(OverviewWindow::Action::Delete)->isEnabled());
    }

    void deleteAsksAndSaysWhatIsRemoved()
    {
        auto *w = m_window.get();
        QSignalSpy removed(w, &OverviewWindow::deleteRequested);
        const QString id = idOf(QStringLiteral("Legesenteret Ås"));
        w->selectIds({id});
        w->table()->setFocus();
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(w->table(), Qt::Key_Delete);
        QCOMPARE(Dialogs::askedCount(), 1);
        QCOMPARE(removed.size(), 0);
        const QString question = Dialogs::lastQuestion();
        QVERIFY2(question.contains(QDir::toNativeSeparators(m_dir.filePath(id + QStringLiteral(".json")))),
                 qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("keychain")));
        QVERIFY(question.contains(QStringLiteral("The client in HelseID is not removed")));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(w->table(), Qt::Key_Delete);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toStringList(), QStringList{id});
    }

    void changesOnDiskAppearWithoutRestart()
    {
        auto *w = m_window.get();
        const QString id = idOf(QStringLiteral("Legevakta Nordfjord"));
        w->selectIds({id});
        // sfmctl (another writer) moves the onboarding on.
        onboarding::OnboardingStore other(m_dir.path());
        auto data = other.load(id);
        QVERIFY(data.ok());
        data->state = State::Ready;
        QVERIFY(other.save(*data).ok());
        const auto stateOf = [&] {
            const int row = m_collection->rowOf(id);
            return w->model()->index(row, OverviewModel::StateColumn).data().toString();
        };
        QTRY_COMPARE(stateOf(), QStringLiteral("Ready"));
        QCOMPARE(w->selectedIds(), QStringList{id}); // the selection stays
        QVERIFY(w->action(OverviewWindow::Action::Export)->isEnabled());

        // A new onboarding written elsewhere appears; a damaged file is shown, not hidden.
        OnboardingData fresh = overview_samples::make(
            QStringLiteral("Ny journal"), QStringLiteral("974760673"), QStringLiteral("test"), State::Draft);
        QVERIFY(other.save(fresh).ok());
        QTRY_COMPARE(w->filterModel()->rowCount(), 13);
        QCOMPARE(w->countLabel()->text(), QStringLiteral("13 onboardings"));
        QFile broken(m_dir.filePath(QStringLiteral("damaged.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{");
        broken.close();
        QTRY_VERIFY(w->problemsLabel()->isVisible());
        QVERIFY(w->problemsLabel()->text().contains(QStringLiteral("damaged.json")));
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("damaged.json"))));
        QTRY_VERIFY(!w->problemsLabel()->isVisible());
        QVERIFY(other.remove(id).ok());
        QTRY_COMPARE(w->filterModel()->rowCount(), 12);
        QVERIFY(w->selectedIds().isEmpty());
    }
};

QTEST_MAIN(TstOverview)
#include "tst_overview.moc"
