#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

// Remembers one-time identifiers (assertion and DPoP proof "jti") until they could no longer be accepted
// anyway, so a replay is refused however late it comes.
namespace sfm::sim {

class ReplayCache
{
public:
    // False when jti was already used; otherwise records it until forgetAfter (epoch seconds).
    bool useOnce(const QString &jti, qint64 forgetAfter, qint64 now);
    qsizetype size() const { return m_seen.size(); }

    QJsonObject toJson() const;
    void load(const QJsonObject &json);

private:
    void prune(qint64 now);

    QHash<QString, qint64> m_seen;
    qint64 m_lastPrune = 0;
};

} // namespace sfm::sim
