#include "ClientKeys.h"

#include <QDateTime>
#include <QJsonDocument>

namespace sfm::sim {

ClientKey newClientKey(const crypto::Key &key, const QJsonObject &publicJwk, const QString &origin,
                       qint64 now, const SimSettings &settings)
{
    ClientKey k;
    k.publicJwk = publicJwk;
    k.thumbprint = key.thumbprint();
    k.kid = publicJwk.value(QStringLiteral("kid")).toString(k.thumbprint);
    k.origin = origin;
    k.createdAt = now;
    const int days = settings.keyLifetimeDays;
    k.expiration = days > 0 ? now + qint64(days) * 24 * 3600 : 0;
    return k;
}

bool isExpired(const ClientKey &key, qint64 now)
{
    return key.expiration != 0 && key.expiration <= now;
}

QJsonValue apiExpiration(qint64 epochSeconds, const SimSettings &settings)
{
    if (epochSeconds == 0)
        return QJsonValue(QJsonValue::Null);
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC);
    // What System.Text.Json writes for a DateTime: no offset for kind Unspecified (as read back from a
    // database), a Z for kind Utc.
    const QString text = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return settings.expirationKind == QLatin1String("utc") ? text + QLatin1Char('Z') : text;
}

QString isoUtc(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject apiKeyJson(const ClientKey &key, const SimSettings &settings)
{
    return QJsonObject{{QStringLiteral("expiration"), apiExpiration(key.expiration, settings)},
                       {QStringLiteral("kid"), key.kid},
                       {QStringLiteral("jwkThumbprint"), key.thumbprint},
                       {QStringLiteral("origin"), key.origin},
                       {QStringLiteral("publicJwk"),
                        QString::fromUtf8(QJsonDocument(key.publicJwk).toJson(QJsonDocument::Compact))}};
}

QJsonObject controlKeyJson(const ClientKey &key, qint64 now)
{
    return QJsonObject{{QStringLiteral("kid"), key.kid},
                       {QStringLiteral("jwkThumbprint"), key.thumbprint},
                       {QStringLiteral("origin"), key.origin},
                       {QStringLiteral("expiration"), key.expiration == 0
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(isoUtc(key.expiration))},
                       {QStringLiteral("expirationEpochSeconds"),
                        key.expiration == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(key.expiration)},
                       {QStringLiteral("createdAt"), isoUtc(key.createdAt)},
                       {QStringLiteral("expired"), isExpired(key, now)},
                       {QStringLiteral("publicJwk"), key.publicJwk}};
}

ClientKey *findKey(SimClient &client, const QString &kidOrThumbprint)
{
    for (ClientKey &k : client.keys) {
        if (k.kid == kidOrThumbprint || k.thumbprint == kidOrThumbprint)
            return &k;
    }
    return nullptr;
}

} // namespace sfm::sim
