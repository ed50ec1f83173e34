#include "OverviewWindow.h"

#include "Dialogs.h"
#include "OverviewDelegate.h"
#include "OverviewFilterModel.h"
#include "OverviewModel.h"
#include "fleet/OnboardingCollection.h"
#include "onboarding/OnboardingState.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
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

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    // The clear button's icon would be the first image the program decodes, and that loads Qt's image
    // plugins (about 5 ms, a quarter of the overview's start-up; bench_ui_startup). The button shows only
    // once there is text, so it is added after the first frame, as the window icon is (app/gui/main.cpp).
    QTimer::singleShot(0, m_search, [search = m_search] {
        QTimer::singleShot(0, search, [search] { search->setClearButtonEnabled(true); });
    });
    m_search->installEventFilter(this);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, m_filter, &OverviewFilterModel::setSearchText);

    m_showLabel = new QLabel(this);
    m_show = new QComboBox(this);
    m_showLabel->setBuddy(m_show);
    m_stateLabel = new QLabel(this);
    m_state = new QComboBox(this);
    m_stateLabel->setBuddy(m_state);
    m_environmentLabel = new QLabel(this);
    m_environment = new QComboBox(this);
    m_environmentLabel->setBuddy(m_environment);
    // Wide enough for the usual choices; the longest state names may elide rather than squeeze the search.
    for (QComboBox *combo : {m_show, m_state, m_environment}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_environment ? 12 : 18);
    }
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setQuickFilter(m_show->currentData().value<OverviewFilterModel::Quick>()); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_state->currentData();
        m_filter->setStateFilter(v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt);
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEnvironmentFilter(m_environment->currentData().toString()); });

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

    // The filters give way on a narrow screen (their texts elide) rather than widen the window.
    for (QComboBox *box : {m_show, m_state, m_environment}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 1);
    filters->addSpacing(8);
    filters->addWidget(m_showLabel);
    filters->addWidget(m_show);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_environmentLabel);
    filters->addWidget(m_environment);

    auto *actions = new QHBoxLayout;
    for (QToolButton *b : std::as_const(m_buttons))
        actions->addWidget(b);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addLayout(actions);

    setTabOrder(m_search, m_show);
    setTabOrder(m_show, m_state);
    setTabOrder(m_state, m_environment);
    setTabOrder(m_environment, m_table);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &OverviewWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &OverviewWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &OverviewWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &OverviewWindow::updateCount);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &OverviewWindow::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &OverviewWindow::updateActions);
    connect(collection, &fleet::OnboardingCollection::problemsChanged, this, &OverviewWindow::updateProblems);
    connect(collection, &fleet::OnboardingCollection::rowsAppended, this, &OverviewWindow::fillFilters);

    retranslateUi();
    updateProblems();
    updateActions();
    m_search->setFocus();
}

void OverviewWindow::buildActions()
{
    const auto make = [this](Action which, const QKeySequence &shortcut, Qt::ShortcutContext context) {
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
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons.append(button);
    };
    make(Action::Open, QKeySequence(Qt::CTRL | Qt::Key_O), Qt::WidgetWithChildrenShortcut);
    make(Action::CheckNow, QKeySequence(Qt::Key_F5), Qt::WidgetWithChildrenShortcut);
    make(Action::CopyLink, QKeySequence::Copy, Qt::WidgetShortcut);
    make(Action::EmailLink, QKeySequence(Qt::CTRL | Qt::Key_M), Qt::WidgetWithChildrenShortcut);
    make(Action::Export, QKeySequence(Qt::CTRL | Qt::Key_E), Qt::WidgetWithChildrenShortcut);
    make(Action::Archive, QKeySequence(), Qt::WidgetWithChildrenShortcut);
    make(Action::Delete, QKeySequence::Delete, Qt::WidgetShortcut);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
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
    m_searchLabel->setText(tr("Search:"));
    m_search->setPlaceholderText(tr("Journal, organization number, client ID…"));
    m_search->setAccessibleName(tr("Search the onboardings"));
    m_showLabel->setText(tr("Show:"));
    m_show->setAccessibleName(tr("Show"));
    m_stateLabel->setText(tr("State:"));
    m_state->setAccessibleName(tr("Filter by state"));
    m_environmentLabel->setText(tr("Environment:"));
    m_environment->setAccessibleName(tr("Filter by environment"));
    m_table->setAccessibleName(tr("Onboardings"));
    m_table->setAccessibleDescription(
        tr("One row per onboarding. Enter opens it; the Menu key shows what you can do with the selection."));
    m_problems->setAccessibleName(tr("Files that could not be read"));
    m_count->setAccessibleName(tr("Number of onboardings shown"));

    const QStringList texts = {tr("Open"),
                               tr("Check now"),
                               tr("Copy confirmation link"),
                               tr("E-mail confirmation link…"),
                               tr("Export configuration…"),
                               tr("Archive"),
                               tr("Delete…")};
    const QStringList tips = {
        tr("Resume the selected onboarding in the wizard"),
        tr("Ask HelseID now whether the selected onboardings are confirmed and ready"),
        tr("Copy the confirmation links of the selected onboardings"),
        tr("Write an e-mail to each customer with their confirmation links, in the customer's language"),
        tr("Write the EPJ configuration of the selected ready onboardings"),
        tr("Move the selected onboardings out of the list (their files go to the archive folder)"),
        tr("Delete the selected onboardings from this computer"),
    };
    for (int i = 0; i < m_actions.size(); ++i) {
        QAction *a = m_actions.at(i);
        a->setText(texts.value(i));
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        a->setToolTip(keys.isEmpty() ? tips.value(i) : tr("%1 (%2)").arg(tips.value(i), keys));
        m_buttons.at(i)->setAccessibleName(texts.value(i).remove(QChar(0x2026)));
        m_buttons.at(i)->setAccessibleDescription(tips.value(i));
    }
    fillFilters();
    m_model->retranslate();
    updateCount();
    updateProblems();
}

void OverviewWindow::fillFilters()
{
    // Rebuilt on a language switch and when new environments appear; the choice is kept.
    const QVariant show = m_show->currentData();
    const QVariant state = m_state->currentData();
    const QString environment = m_environment->currentData().toString();
    const QSignalBlocker b1(m_show), b2(m_state), b3(m_environment);

    m_show->clear();
    m_show->addItem(tr("All onboardings"), QVariant::fromValue(OverviewFilterModel::Quick::All));
    m_show->addItem(tr("Needs me"), QVariant::fromValue(OverviewFilterModel::Quick::NeedsMe));
    m_show->addItem(tr("Waiting for the customer"),
                    QVariant::fromValue(OverviewFilterModel::Quick::WaitingForCustomer));
    m_show->addItem(tr("Key expires within 30 days"),
                    QVariant::fromValue(OverviewFilterModel::Quick::KeyExpiresSoon));
    m_show->setCurrentIndex(std::max(0, m_show->findData(show)));

    m_state->clear();
    m_state->addItem(tr("All states"));
    for (int s = int(State::Draft); s <= int(State::Cancelled); ++s)
        m_state->addItem(onboarding::stateLabel(State(s)), s);
    m_state->setCurrentIndex(state.isValid() ? std::max(0, m_state->findData(state)) : 0);

    m_environment->clear();
    m_environment->addItem(tr("All environments"), QString());
    QStringList present;
    for (int row = 0; row < m_collection->count(); ++row) {
        const QString env = m_collection->at(row).setup.environment.name();
        if (!present.contains(env))
            present.append(env);
    }
    for (const char *env : {"prod", "test", "demo", "custom"}) {
        if (present.contains(QLatin1String(env)))
            m_environment->addItem(OverviewModel::environmentLabel(QLatin1String(env)), QLatin1String(env));
    }
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(environment)));
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

QString OverviewWindow::deleteQuestion(const QStringList &ids) const
{
    QStringList removed;
    QStringList names;
    bool keychain = false;
    QStringList keyFiles;
    for (const QString &id : ids) {
        const int row = m_collection->rowOf(id);
        if (row < 0)
            continue;
        const OnboardingData &d = m_collection->at(row);
        names << (d.setup.journalName.isEmpty() ? d.id : d.setup.journalName);
        removed << QDir::toNativeSeparators(m_collection->pathAt(row));
        if (d.keyReference.kind == onboarding::KeyReference::Kind::Keychain)
            keychain = true;
        else if (d.keyReference.kind == onboarding::KeyReference::Kind::EncryptedFile)
            keyFiles << QDir::toNativeSeparators(d.keyReference.entry);
    }
    QStringList parts;
    parts << (ids.size() == 1 ? tr("Delete the onboarding «%1»?").arg(names.value(0))
                              : tr("Delete %n onboarding(s)?", nullptr, int(ids.size())));
    QStringList what;
    what << tr("• the onboarding file: %1").arg(removed.join(QStringLiteral(", ")));
    if (keychain)
        what << tr("• the private key in this computer's keychain");
    if (!keyFiles.isEmpty())
        what << tr("• the encrypted key file: %1").arg(keyFiles.join(QStringLiteral(", ")));
    parts << tr("This removes from this computer:\n%1").arg(what.join(u'\n'));
    parts << tr(
        "The client in HelseID is not removed: an EPJ that already uses it keeps working. Remove it in "
        "the HelseID self-service portal (Selvbetjening) if it should go too. A deleted key cannot be "
        "brought back.");
    return parts.join(QStringLiteral("\n\n"));
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
        const auto answer = Dialogs::ask(this, tr("Delete onboarding"), deleteQuestion(ids),
                                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            emit deleteRequested(ids);
        break;
    }
    }
}

bool OverviewWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            // From the search straight into the results.
            m_table->setFocus(Qt::OtherFocusReason);
            if (!m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0)
                m_table->selectRow(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
