#pragma once

#include "fleet/OnboardingCollection.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <functional>

namespace sfm::ui {

// The overview's table: one row per onboarding of an OnboardingCollection, in the collection's order
// (sorting and filtering are OverviewFilterModel's). Display text is translated and follows a language
// switch (retranslate()); the raw values for sorting and filtering are in the roles below.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        JournalColumn,
        OrganizationColumn,
        EnvironmentColumn,
        AlternativeColumn,
        StateColumn,
        WaitingForColumn,
        SinceColumn,
        KeyExpiryColumn,
        LastCheckColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString, the onboarding's id
        SortRole,                  // a value that sorts right (dates as QDateTime, days as int)
        StateRole,                 // int(onboarding::State)
        EnvironmentRole,           // "demo", "test", "prod", "custom"
        WaitingForRole,            // int(fleet::OnboardingAttention::WaitingFor)
        KeyExpiresSoonRole,        // bool: the key expires within 30 days (or has expired)
        WarningRole,               // bool, on the cell that should stand out (the key expiry)
        SearchTextRole,            // everything free-text search looks in, lower case
        ClientIdRole,              // QString, empty before registration
    };
    using Clock = std::function<QDateTime()>;

    explicit OverviewModel(fleet::OnboardingCollection *collection, QObject *parent = nullptr);

    fleet::OnboardingCollection *collection() const { return m_collection; }
    // "Now" for the days left until a key expires; a seam for tests and screenshots.
    void setClock(Clock clock);
    QDateTime now() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Header and cell texts again in the language installed now (called on QEvent::LanguageChange).
    void retranslate();

    static QString environmentLabel(const QString &environment); // "Test environment", "Practice", …
    static QString alternativeLabel(int alternative);

private:
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QString toolTip(int row, int column) const;

    QPointer<fleet::OnboardingCollection> m_collection;
    Clock m_clock;
};

} // namespace sfm::ui
