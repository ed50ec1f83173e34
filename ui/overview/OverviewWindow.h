#pragma once

#include "OverviewFilterBar.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace sfm::fleet {
class OnboardingCollection;
}

namespace sfm::ui {

class OverviewFilterModel;
class OverviewModel;

// Every onboarding of the folder at a glance (issue 15): a sortable, filterable table over an
// OnboardingCollection, a search field, a "New onboarding" button and the actions a support person needs
// per row or on a selection. The window only renders and asks; each action is a signal carrying the ids
// it applies to, and the app does the work (the engine, the keychain, the clipboard). Delete asks first and
// says what is removed. Keyboard: Ctrl+F search, Down from the search into the table, Enter opens, F5
// checks, F2 edits the contact, Delete deletes, the Menu key opens the actions.
class OverviewWindow : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewWindow(fleet::OnboardingCollection *collection, QWidget *parent = nullptr);

    OverviewModel *model() const { return m_model; }
    OverviewFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    OverviewFilterBar *filterBar() const { return m_filterBar; }
    QLineEdit *searchField() const { return m_filterBar->searchField(); }
    QComboBox *showFilter() const { return m_filterBar->showFilter(); }
    QComboBox *stateFilter() const { return m_filterBar->stateFilter(); }
    QComboBox *environmentFilter() const { return m_filterBar->environmentFilter(); }
    QPushButton *newOnboardingButton() const { return m_new; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *countLabel() const { return m_count; }

    enum class Action
    {
        Open,
        CheckNow,
        CopyLink,
        EmailLink,
        EditContact, // in the menu only (F2): the button row must fit a small laptop screen
        Export,
        Archive,
        Delete
    };
    QAction *action(Action action) const;
    // Ids of the selected rows, in the table's order.
    QStringList selectedIds() const;
    // Selects the rows of these ids (and makes the first current); unknown ids are ignored.
    void selectIds(const QStringList &ids);

signals:
    void newOnboardingRequested();
    void openRequested(const QString &id);
    // Each carries the selected onboardings the action applies to (e.g. only those with a client id).
    void checkNowRequested(const QStringList &ids);
    void copyConfirmationLinkRequested(const QStringList &ids);
    void emailConfirmationLinkRequested(const QStringList &ids);
    // One onboarding: whom its confirmation e-mail goes to (the app asks with the contact dialog).
    void editContactRequested(const QString &id);
    void exportRequested(const QStringList &ids);
    void archiveRequested(const QStringList &ids);
    // Sent only after the user agreed in the confirmation dialog.
    void deleteRequested(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void retranslateUi();
    void updateActions();
    void updateCount();
    void updateProblems();
    void sizeColumns();
    void trigger(Action action);
    QStringList idsWhere(const std::function<bool(int sourceRow)> &applies) const;

    fleet::OnboardingCollection *m_collection = nullptr;
    OverviewModel *m_model = nullptr;
    OverviewFilterModel *m_filter = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_new = nullptr;
    OverviewFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_problems = nullptr;
    QList<QAction *> m_actions;
    QList<QToolButton *> m_buttons; // per action; null for one that is in the menu only
    bool m_sizedColumns = false;
};

} // namespace sfm::ui
