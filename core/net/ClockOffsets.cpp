#include "ClockOffsets.h"

#include <QtGlobal>

namespace sfm::net {

std::optional<qint64> ClockOffsets::record(const QString &host, const QDateTime &serverDate,
                                           const QDateTime &now, int warningSeconds)
{
    // The Date header has whole seconds and is taken a little before we read it, so the measured offset
    // never overstates how far ahead the server is: applying it cannot put iat into the server's future.
    const qint64 offset = now.msecsTo(serverDate) / 1000;
    const auto previous = m_offsets.constFind(host);
    const bool wasSkewed = previous != m_offsets.constEnd() && qAbs(*previous) > warningSeconds;
    m_offsets.insert(host, offset);
    m_last = offset;
    if (qAbs(offset) > warningSeconds && !wasSkewed)
        return offset;
    return std::nullopt;
}

std::optional<qint64> ClockOffsets::offset(const QString &host) const
{
    const auto it = m_offsets.constFind(host.toLower());
    if (it == m_offsets.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace sfm::net
