#include "OverviewWindow.h"

#include "Dialogs.h"
#include "OverviewDelegate.h"
#include "OverviewDeleteQuestion.h"
#include "OverviewFilterBar.h"
#include "OverviewFilterModel.h"
#include "OverviewModel.h"
#include "fleet/OnboardingCollection.h"
#include "onboarding/OnboardingState.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::OnboardingData;
using onboarding::State;

namespace {

bool hasClient(const OnboardingData &d)
{
    return !d.clientId.isEmpty();
}

bool canExport(const OnboardingData &d)
{
    return d.state == State::Ready || d.state == State::Exported;
}

bool canCheck(const OnboardingData &d)
{
    return hasClient(d) && d.state != State::Cancelled;
}

} // namespace

OverviewWindow::OverviewWindow(fleet::OnboardingCollection *collection, QWidget *parent)
    : QWidget(parent)
    , m_collection(collection)
    , m_model(new OverviewModel(collection, this))
    , m_filter(new OverviewFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_new = new QPushButton(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QPushButton::clicked, this, &OverviewWindow::newOnboardingRequested);

    m_filterBar = new OverviewFilterBar(collection, m_filter, this);

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new OverviewDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OverviewModel::JournalColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // Column widths from the first rows only: measuring a thousand rows would stall the window.
    header->setResizeContentsPrecision(64);
    connect(m_table, &QTableView::activated, this, [this] { trigger(Action::Open); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OverviewWindow::updateActions);

    m_count = new QLabel(this);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problems->setFocusPolicy(Qt::NoFocus);

    buildActions();
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (QAction *a : std::as_const(m_actions)) {
            menu.addAction(a);
            if (a == action(Action::CheckNow) || a == action(Action::Export))
                menu.addSeparator();
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    // The count sits by the heading, not by the buttons: the button row is the widest line, and the window
    // must fit a 1366×768 laptop at 150 % (WindowGeometry::fitToScreen) in all three languages.
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(m_count, 0, Qt::AlignBottom);
    top->addStretch(1);
    top->addWidget(m_new);

    auto *actions = new QHBoxLayout;
    for (QToolButton *b : std::as_const(m_buttons))
        if (b)
            actions->addWidget(b);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addLayout(actions);

    setTabOrder(m_filterBar->lastInTabOrder(), m_table);
    connect(m_filterBar, &OverviewFilterBar::searchLeftDown, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0)
            m_table->selectRow(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0);
    });

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &OverviewWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &OverviewWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &OverviewWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &OverviewWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &OverviewWindow::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &OverviewWindow::updateActions);
    connect(collection, &fleet::OnboardingCollection::problemsChanged, this, &OverviewWindow::updateProblems);

    retranslateUi();
    updateProblems();
    updateActions();
    m_filterBar->searchField()->setFocus();
}

void OverviewWindow::buildActions()
{
    const auto make = [this](Action which, const QKeySequence &shortcut, Qt::ShortcutContext context,
                             bool button = true) {
        auto *a = new QAction(this);
        a->setShortcut(shortcut);
        a->setShortcutContext(context);
        connect(a, &QAction::triggered, this, [this, which] { trigger(which); });
        m_actions.append(a);
        // Table-only shortcuts (Delete, Ctrl+C) must not steal the keys from the search field.
        if (context == Qt::WidgetShortcut)
            m_table->addAction(a);
        else
            addAction(a);
        if (!button) {
            m_buttons.append(nullptr);
            return;
        }
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons.append(b);
    };
    make(Action::Open, QKeySequence(Qt::CTRL | Qt::Key_O), Qt::WidgetWithChildrenShortcut);
    make(Action::CheckNow, QKeySequence(Qt::Key_F5), Qt::WidgetWithChildrenShortcut);
    make(Action::CopyLink, QKeySequence::Copy, Qt::WidgetShortcut);
    make(Action::EmailLink, QKeySequence(Qt::CTRL | Qt::Key_M), Qt::WidgetWithChildrenShortcut);
    make(Action::EditContact, QKeySequence(Qt::Key_F2), Qt::WidgetWithChildrenShortcut, false);
    make(Action::Export, QKeySequence(Qt::CTRL | Qt::Key_E), Qt::WidgetWithChildrenShortcut);
    make(Action::Archive, QKeySequence(), Qt::WidgetWithChildrenShortcut);
    make(Action::Delete, QKeySequence::Delete, Qt::WidgetShortcut);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filterBar, &OverviewFilterBar::focusSearch);
    addAction(find);
}

QAction *OverviewWindow::action(Action which) const
{
    return m_actions.value(int(which));
}

void OverviewWindow::retranslateUi()
{
    m_heading->setText(tr("Onboardings"));
    m_new->setText(tr("New onboarding…"));
    m_new->setAccessibleName(tr("New onboarding"));
    m_new->setToolTip(tr("Start the wizard for a new journal (%1)")
                          .arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    m_table->setAccessibleName(tr("Onboardings"));
    m_table->setAccessibleDescription(
        tr("One row per onboarding. Enter opens it; the Menu key shows what you can do with the selection."));
    m_problems->setAccessibleName(tr("Files that could not be read"));
    m_count->setAccessibleName(tr("Number of onboardings shown"));

    const QStringList texts = {tr("Open"),
                               tr("Check now"),
                               tr("Copy confirmation link"),
                               tr("E-mail confirmation link…"),
                               tr("Edit contact…"),
                               tr("Export configuration…"),
                               tr("Archive"),
                               tr("Delete…")};
    const QStringList tips = {
        tr("Resume the selected onboarding in the wizard"),
        tr("Ask HelseID now whether the selected onboardings are confirmed and ready"),
        tr("Copy the confirmation links of the selected onboardings"),
        tr("Write an e-mail to each customer with their confirmation links, in the customer's language"),
        tr("Change whom the confirmation e-mail of the selected onboarding goes to, and its language"),
        tr("Write the EPJ configuration of the selected ready onboardings"),
        tr("Move the selected onboardings out of the list (their files go to the archive folder)"),
        tr("Delete the selected onboardings from this computer"),
    };
    for (int i = 0; i < m_actions.size(); ++i) {
        QAction *a = m_actions.at(i);
        a->setText(texts.value(i));
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        a->setToolTip(keys.isEmpty() ? tips.value(i) : tr("%1 (%2)").arg(tips.value(i), keys));
        if (QToolButton *b = m_buttons.at(i)) {
            b->setAccessibleName(QString(texts.value(i)).remove(QChar(0x2026)));
            b->setAccessibleDescription(tips.value(i));
        }
    }
    m_model->retranslate();
    updateCount();
    updateProblems();
}

QStringList OverviewWindow::idsWhere(const std::function<bool(int sourceRow)> &applies) const
{
    QStringList ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const int sourceRow = m_filter->mapToSource(index).row();
        if (sourceRow >= 0 && sourceRow < m_collection->count() && applies(sourceRow))
            ids.append(m_collection->at(sourceRow).id);
    }
    return ids;
}

QStringList OverviewWindow::selectedIds() const
{
    return idsWhere([](int) { return true; });
}

void OverviewWindow::selectIds(const QStringList &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : ids) {
        const int sourceRow = m_collection->rowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(OverviewModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
}

void OverviewWindow::updateActions()
{
    const auto count = [this](const std::function<bool(const OnboardingData &)> &applies) {
        return idsWhere([&](int row) { return applies(m_collection->at(row)); }).size();
    };
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    action(Action::Open)->setEnabled(selected == 1);
    action(Action::CheckNow)->setEnabled(count(canCheck) > 0);
    action(Action::CopyLink)->setEnabled(count(hasClient) > 0);
    action(Action::EmailLink)->setEnabled(count(hasClient) > 0);
    action(Action::EditContact)->setEnabled(selected == 1); // any state: the contact is ours only
    action(Action::Export)->setEnabled(count(canExport) > 0);
    action(Action::Archive)->setEnabled(selected > 0);
    action(Action::Delete)->setEnabled(selected > 0);
}

void OverviewWindow::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n onboarding(s)", nullptr, total)
                                    : tr("Showing %1 of %n onboarding(s)", nullptr, total).arg(shown));
}

void OverviewWindow::updateProblems()
{
    const auto &problems = m_collection->problems();
    m_problems->setVisible(!problems.isEmpty());
    if (problems.isEmpty()) {
        m_problems->clear();
        return;
    }
    // Every unreadable file is named (a long list is cut, with the count of the rest); never hidden.
    constexpr int Shown = 5;
    QStringList lines;
    lines << tr("%n file(s) in the onboarding folder could not be read:", nullptr, int(problems.size()));
    for (int i = 0; i < problems.size() && i < Shown; ++i)
        lines << QStringLiteral("• %1 — %2")
                     .arg(QDir::toNativeSeparators(problems.at(i).path),
                          problems.at(i).error.retranslated().message);
    if (problems.size() > Shown)
        lines << tr("… and %n more.", nullptr, int(problems.size() - Shown));
    m_problems->setText(lines.join(u'\n'));
    QPalette p = m_problems->palette();
    p.setColor(QPalette::WindowText, OverviewDelegate::warningColour(palette()));
    m_problems->setPalette(p);
}

void OverviewWindow::trigger(Action which)
{
    const auto where = [this](bool (*applies)(const OnboardingData &)) {
        return idsWhere([this, applies](int row) { return applies(m_collection->at(row)); });
    };
    switch (which) {
    case Action::Open: {
        const QModelIndex current = m_table->currentIndex();
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            emit openRequested(ids.first());
        else if (current.isValid())
            emit openRequested(current.data(OverviewModel::IdRole).toString());
        break;
    }
    case Action::CheckNow:
        if (const QStringList ids = where(canCheck); !ids.isEmpty())
            emit checkNowRequested(ids);
        break;
    case Action::CopyLink:
        if (const QStringList ids = where(hasClient); !ids.isEmpty())
            emit copyConfirmationLinkRequested(ids);
        break;
    case Action::EmailLink:
        if (const QStringList ids = where(hasClient); !ids.isEmpty())
            emit emailConfirmationLinkRequested(ids);
        break;
    case Action::EditContact:
        if (const QStringList ids = selectedIds(); ids.size() == 1)
            emit editContactRequested(ids.first());
        break;
    case Action::Export:
        if (const QStringList ids = where(canExport); !ids.isEmpty())
            emit exportRequested(ids);
        break;
    case Action::Archive:
        if (const QStringList ids = selectedIds(); !ids.isEmpty())
            emit archiveRequested(ids);
        break;
    case Action::Delete: {
        const QStringList ids = selectedIds();
        if (ids.isEmpty())
            break;
        const auto answer =
            Dialogs::ask(this, tr("Delete onboarding"), OverviewDeleteQuestion::text(*m_collection, ids),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            emit deleteRequested(ids);
        break;
    }
    }
}

void OverviewWindow::sizeColumns()
{
    m_table->resizeColumnsToContents();
    // A long journal name or error text elides (its tooltip has it all) rather than push the other columns
    // out of sight.
    const int cap = m_table->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c + 1 < OverviewModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), cap));
    // The last column takes the room that is left (measuring it ended its stretching).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void OverviewWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_sizedColumns) {
        m_sizedColumns = true;
        sizeColumns();
    }
}

void OverviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_sizedColumns)
            sizeColumns();
    }
    QWidget::changeEvent(event);
}

} // namespace sfm::ui
