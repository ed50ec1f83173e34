#include "OverviewFilterModel.h"

#include "OverviewModel.h"
#include "fleet/OnboardingAttention.h"

namespace sfm::ui {

using Waiting = fleet::OnboardingAttention::WaitingFor;

OverviewFilterModel::OverviewFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void OverviewFilterModel::setStateFilter(std::optional<int> state)
{
    if (m_state == state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void OverviewFilterModel::setEnvironmentFilter(const QString &environment)
{
    if (m_environment == environment)
        return;
    m_environment = environment;
    invalidateRowsFilter();
}

void OverviewFilterModel::setQuickFilter(Quick quick)
{
    if (m_quick == quick)
        return;
    m_quick = quick;
    invalidateRowsFilter();
}

void OverviewFilterModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    m_words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool OverviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && index.data(OverviewModel::StateRole).toInt() != *m_state)
        return false;
    if (!m_environment.isEmpty() && index.data(OverviewModel::EnvironmentRole).toString() != m_environment)
        return false;
    switch (m_quick) {
    case Quick::All:
        break;
    case Quick::NeedsMe:
        // Waiting for the user, or a key to renew soon.
        if (index.data(OverviewModel::WaitingForRole).toInt() != int(Waiting::You) &&
            !index.data(OverviewModel::KeyExpiresSoonRole).toBool())
            return false;
        break;
    case Quick::WaitingForCustomer:
        if (index.data(OverviewModel::WaitingForRole).toInt() != int(Waiting::Customer))
            return false;
        break;
    case Quick::KeyExpiresSoon:
        if (!index.data(OverviewModel::KeyExpiresSoonRole).toBool())
            return false;
        break;
    }
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(OverviewModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace sfm::ui
