#include "KeyExpiry.h"

#include <QRegularExpression>

namespace sfm::helseid {

KeyExpiry::KeyExpiry(std::optional<QDateTime> expiration)
    : m_expiration(expiration ? std::optional(expiration->toUTC()) : std::nullopt)
{}

std::optional<qint64> KeyExpiry::daysLeft(const QDateTime &now) const
{
    if (!m_expiration)
        return std::nullopt;
    const qint64 seconds = now.secsTo(*m_expiration);
    constexpr qint64 Day = 24 * 3600;
    // Rounded down, also below zero: one second past the expiration is day -1, not 0.
    return seconds >= 0 ? seconds / Day : -((-seconds + Day - 1) / Day);
}

bool KeyExpiry::isExpired(const QDateTime &now) const
{
    return m_expiration && *m_expiration <= now;
}

bool KeyExpiry::isDueWithin(const QDateTime &now, int windowDays) const
{
    return m_expiration && now.secsTo(*m_expiration) < qint64(windowDays) * 24 * 3600;
}

KeyExpiry::State KeyExpiry::state(const QDateTime &now, int windowDays) const
{
    if (!m_expiration)
        return State::NotStated;
    if (isExpired(now))
        return State::Expired;
    return isDueWithin(now, windowDays) ? State::Due : State::Valid;
}

Result<int> KeyExpiry::parseWindow(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,5})\\s*([dDwW]?)\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    const qint64 days =
        m.hasMatch() ? m.captured(1).toLongLong() * (m.captured(2).toLower() == QLatin1String("w") ? 7 : 1)
                     : -1;
    if (days < 0 || days > MaxWindowDays) {
        const QString shown = text.left(40);
        return Error(
            QStringLiteral("helseid.key.bad_window"),
            [shown]() -> QString {
                return tr("«%1» is not a renewal window. Give a number of days, such as 30d, or of weeks, "
                          "such as 4w (at most %2 days).")
                    .arg(shown)
                    .arg(MaxWindowDays);
            },
            shown);
    }
    return int(days);
}

const ClientSecretInfo *findClientSecret(const QList<ClientSecretInfo> &secrets, const QString &thumbprint)
{
    for (const ClientSecretInfo &s : secrets) {
        if (!s.jwkThumbprint.isEmpty() ? s.jwkThumbprint == thumbprint : s.kid == thumbprint)
            return &s;
    }
    return nullptr;
}

bool hasOtherValidKey(const QList<ClientSecretInfo> &secrets, const QString &thumbprint, const QDateTime &now)
{
    for (const ClientSecretInfo &s : secrets) {
        const bool same = !s.jwkThumbprint.isEmpty() ? s.jwkThumbprint == thumbprint : s.kid == thumbprint;
        if (!same && !KeyExpiry(s.expiration).isExpired(now))
            return true;
    }
    return false;
}

} // namespace sfm::helseid
