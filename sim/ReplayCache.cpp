#include "ReplayCache.h"

namespace sfm::sim {

bool ReplayCache::useOnce(const QString &jti, qint64 forgetAfter, qint64 now)
{
    if (now - m_lastPrune >= 60)
        prune(now);
    const auto it = m_seen.constFind(jti);
    if (it != m_seen.cend() && it.value() >= now)
        return false;
    m_seen.insert(jti, forgetAfter);
    return true;
}

void ReplayCache::prune(qint64 now)
{
    m_lastPrune = now;
    m_seen.removeIf([now](const QHash<QString, qint64>::iterator &it) { return it.value() < now; });
}

QJsonObject ReplayCache::toJson() const
{
    QJsonObject json;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

void ReplayCache::load(const QJsonObject &json)
{
    m_seen.clear();
    for (auto it = json.begin(); it != json.end(); ++it)
        m_seen.insert(it.key(), qint64(it.value().toDouble()));
}

} // namespace sfm::sim
