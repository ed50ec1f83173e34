#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace sfm::ui {

// Sorting and filtering of the overview (OverviewModel's roles): by state, by environment, a quick
// filter ("needs me", "waiting for the customer", "key expires within 30 days") and free-text search over
// journal name, organization and child unit numbers, ids and the SFM-id. All filters apply together.
class OverviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Quick
    {
        All,
        NeedsMe,
        WaitingForCustomer,
        KeyExpiresSoon
    };
    Q_ENUM(Quick)

    explicit OverviewFilterModel(QObject *parent = nullptr);

    void setStateFilter(std::optional<int> state); // int(onboarding::State); nullopt = every state
    std::optional<int> stateFilter() const { return m_state; }
    void setEnvironmentFilter(const QString &environment); // empty = every environment
    QString environmentFilter() const { return m_environment; }
    void setQuickFilter(Quick quick);
    Quick quickFilter() const { return m_quick; }
    // Words separated by spaces; a row matches when it contains every word (case-insensitive).
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<int> m_state;
    QString m_environment;
    Quick m_quick = Quick::All;
    QString m_search;
    QStringList m_words;
};

} // namespace sfm::ui
