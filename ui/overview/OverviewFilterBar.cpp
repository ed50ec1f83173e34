#include "OverviewFilterBar.h"

#include "OverviewFilterModel.h"
#include "OverviewModel.h"
#include "fleet/OnboardingCollection.h"
#include "onboarding/OnboardingState.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::State;

OverviewFilterBar::OverviewFilterBar(fleet::OnboardingCollection *collection, OverviewFilterModel *filter,
                                     QWidget *parent)
    : QWidget(parent)
    , m_collection(collection)
    , m_filter(filter)
{
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
    // The filters give way on a narrow screen (their texts elide) rather than widen the window, which must
    // fit a 1366×768 laptop at 150 % (WindowGeometry::fitToScreen) in all three languages.
    for (QComboBox *box : {m_show, m_state, m_environment}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setQuickFilter(m_show->currentData().value<OverviewFilterModel::Quick>()); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_state->currentData();
        m_filter->setStateFilter(v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt);
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEnvironmentFilter(m_environment->currentData().toString()); });

    // The search has a row of its own: beside three filters it was squeezed to a few letters on a laptop
    // screen, in the languages with the longer labels most of all.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *search = new QHBoxLayout;
    search->addWidget(m_searchLabel);
    search->addWidget(m_search, 1);
    rows->addLayout(search);
    auto *filters = new QHBoxLayout;
    for (const auto &[label, box] : {std::pair{m_showLabel, m_show}, std::pair{m_stateLabel, m_state},
                                     std::pair{m_environmentLabel, m_environment}}) {
        if (filters->count() > 0)
            filters->addSpacing(8);
        filters->addWidget(label);
        filters->addWidget(box, 1);
    }
    rows->addLayout(filters);

    setTabOrder(m_search, m_show);
    setTabOrder(m_show, m_state);
    setTabOrder(m_state, m_environment);

    connect(collection, &fleet::OnboardingCollection::rowsAppended, this, &OverviewFilterBar::fillFilters);
    retranslateUi();
}

QWidget *OverviewFilterBar::lastInTabOrder() const
{
    return m_environment;
}

void OverviewFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OverviewFilterBar::retranslateUi()
{
    m_searchLabel->setText(tr("Search:"));
    m_search->setPlaceholderText(tr("Journal, organization number, client ID…"));
    m_search->setAccessibleName(tr("Search the onboardings"));
    m_showLabel->setText(tr("Show:"));
    m_show->setAccessibleName(tr("Show"));
    m_stateLabel->setText(tr("State:"));
    m_state->setAccessibleName(tr("Filter by state"));
    m_environmentLabel->setText(tr("Environment:"));
    m_environment->setAccessibleName(tr("Filter by environment"));
    fillFilters();
}

void OverviewFilterBar::fillFilters()
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

bool OverviewFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            emit searchLeftDown(); // from the search straight into the results
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sfm::ui
