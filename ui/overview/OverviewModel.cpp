#include "OverviewModel.h"

#include "fleet/OnboardingAttention.h"
#include "fleet/OnboardingCollection.h"
#include "onboarding/OnboardingState.h"

#include <QLocale>

namespace sfm::ui {

using fleet::OnboardingAttention;
using onboarding::OnboardingData;

namespace {

QString shortDateTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString shortDate(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

// The time alone for a check made today (the common case while waiting), the date otherwise.
QString whenChecked(const QDateTime &time, const QDateTime &now)
{
    const QDateTime local = time.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return shortDate(time);
}

} // namespace

OverviewModel::OverviewModel(fleet::OnboardingCollection *collection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_collection(collection)
{
    using C = fleet::OnboardingCollection;
    connect(collection, &C::rowsAboutToBeAppended, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(collection, &C::rowsAppended, this, [this] { endInsertRows(); });
    connect(collection, &C::rowAboutToBeRemoved, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(collection, &C::rowRemoved, this, [this] { endRemoveRows(); });
    connect(collection, &C::rowChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

void OverviewModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (rowCount() > 0)
        emit dataChanged(index(0, KeyExpiryColumn), index(rowCount() - 1, KeyExpiryColumn));
}

QDateTime OverviewModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_collection ? 0 : m_collection->count();
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverviewModel::environmentLabel(const QString &environment)
{
    if (environment == QLatin1String("demo"))
        return tr("Practice");
    if (environment == QLatin1String("test"))
        return tr("Test");
    if (environment == QLatin1String("prod"))
        return tr("Production");
    if (environment == QLatin1String("custom"))
        return tr("Custom");
    return environment;
}

QString OverviewModel::alternativeLabel(int alternative)
{
    switch (alternative) {
    case 1:
        return tr("1 – API");
    case 2:
        return tr("2 – Package");
    case 3:
        return tr("3 – Manual");
    default:
        return QString::number(alternative);
    }
}

QVariant OverviewModel::display(int row, int column) const
{
    const OnboardingData &d = m_collection->at(row);
    switch (column) {
    case JournalColumn:
        return d.setup.journalName.isEmpty() ? tr("(no name)") : d.setup.journalName;
    case OrganizationColumn:
        return d.setup.organizationNumber;
    case EnvironmentColumn:
        return environmentLabel(d.setup.environment.name());
    case AlternativeColumn:
        return alternativeLabel(int(d.setup.alternative));
    case StateColumn:
        return onboarding::stateLabel(d.state);
    case WaitingForColumn:
        return OnboardingAttention::waitingForText(d);
    case SinceColumn:
        return OnboardingAttention::waitingFor(d) == OnboardingAttention::WaitingFor::Nobody
                   ? QString()
                   : shortDateTime(OnboardingAttention::waitingSince(d));
    case KeyExpiryColumn: {
        const auto days = OnboardingAttention::keyDaysLeft(d, now());
        if (!days)
            return QString(); // not known (yet): an empty cell says it more quietly than a word in every row
        if (*days < 0)
            return tr("⚠ Expired %1").arg(shortDate(d.keyExpiresAt));
        const QString left = tr("%n day(s) left", nullptr, *days);
        return *days < OnboardingAttention::KeyWarningDays ? tr("⚠ %1").arg(left) : left;
    }
    case LastCheckColumn:
        if (!d.lastCheckedAt.isValid())
            return d.state == onboarding::State::Failed ? OnboardingAttention::lastCheckResult(d) : QString();
        return tr("%1 · %2").arg(whenChecked(d.lastCheckedAt, now()),
                                 OnboardingAttention::lastCheckResult(d));
    default:
        return {};
    }
}

QVariant OverviewModel::sortValue(int row, int column) const
{
    const OnboardingData &d = m_collection->at(row);
    switch (column) {
    case StateColumn:
        return int(d.state);
    case AlternativeColumn:
        return int(d.setup.alternative);
    case WaitingForColumn:
        return int(OnboardingAttention::waitingFor(d));
    case SinceColumn:
        return OnboardingAttention::waitingSince(d);
    case KeyExpiryColumn:
        // Unknown expiry sorts after every known one.
        return d.keyExpiresAt.isValid() ? d.keyExpiresAt
                                        : QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    case LastCheckColumn:
        return d.lastCheckedAt;
    default:
        return display(row, column).toString().toCaseFolded();
    }
}

QString OverviewModel::toolTip(int row, int column) const
{
    const OnboardingData &d = m_collection->at(row);
    switch (column) {
    case JournalColumn:
        return d.clientId.isEmpty() ? tr("Onboarding %1").arg(d.id)
                                    : tr("Onboarding %1, client ID %2").arg(d.id, d.clientId);
    case KeyExpiryColumn:
        return d.keyExpiresAt.isValid() ? tr("The key expires %1.").arg(shortDateTime(d.keyExpiresAt))
                                        : tr("When the key expires is not known yet.");
    case LastCheckColumn:
        return OnboardingAttention::lastCheckResult(d);
    default:
        return display(row, column).toString();
    }
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!m_collection || !index.isValid() || index.row() >= m_collection->count())
        return {};
    const int row = index.row();
    const int column = index.column();
    const OnboardingData &d = m_collection->at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case IdRole:
        return d.id;
    case ClientIdRole:
        return d.clientId;
    case SortRole:
        return sortValue(row, column);
    case StateRole:
        return int(d.state);
    case EnvironmentRole:
        return d.setup.environment.name();
    case WaitingForRole:
        return int(OnboardingAttention::waitingFor(d));
    case KeyExpiresSoonRole:
        return OnboardingAttention::keyExpiresSoon(d, now());
    case WarningRole:
        return column == KeyExpiryColumn && OnboardingAttention::keyExpiresSoon(d, now());
    case SearchTextRole:
        return QStringList{d.setup.journalName,
                           d.setup.organizationNumber,
                           d.id,
                           d.clientId,
                           d.sfmId,
                           d.setup.childOrganizationNumbers.join(u' '),
                           onboarding::stateLabel(d.state)}
            .join(u'\n')
            .toCaseFolded();
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case JournalColumn:
        return tr("Journal");
    case OrganizationColumn:
        // Short on screen (the column is narrow), spoken and shown in full on hover.
        return role == Qt::DisplayRole ? tr("Org. no.") : tr("Organization number");
    case EnvironmentColumn:
        return tr("Environment");
    case AlternativeColumn:
        return tr("Alternative");
    case StateColumn:
        return tr("State");
    case WaitingForColumn:
        return tr("Waiting for");
    case SinceColumn:
        return tr("Since");
    case KeyExpiryColumn:
        return tr("Key expires");
    case LastCheckColumn:
        return tr("Last check");
    default:
        return {};
    }
}

void OverviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace sfm::ui
