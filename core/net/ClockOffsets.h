#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace sfm::net {

// How far each server's clock is from this computer's (server - local, whole seconds), measured from the
// Date headers of its answers. Client assertions and DPoP proofs carry this computer's time, and HelseID
// accepts them only within a short window, so the offset is applied to them and a large one is reported.
class ClockOffsets
{
public:
    // Records the offset a Date header shows (host in lower case). Returns the offset when it is newly over
    // warningSeconds for that host (it was not before), so the skew is reported once, not per answer.
    std::optional<qint64> record(const QString &host, const QDateTime &serverDate, const QDateTime &now,
                                 int warningSeconds);
    // The last offset of that host; nullopt before its first answer with a Date header.
    std::optional<qint64> offset(const QString &host) const;
    // The last offset of any host.
    std::optional<qint64> last() const { return m_last; }

private:
    QHash<QString, qint64> m_offsets;
    std::optional<qint64> m_last;
};

} // namespace sfm::net
