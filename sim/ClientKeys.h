#pragma once

#include "SimClient.h"
#include "SimSettings.h"
#include "crypto/Key.h"

#include <QJsonObject>
#include <QJsonValue>

// Key lifetime as the simulated HelseID keeps it (reference section 3 "Key lifetime"): each key a client
// has registered expires on its own, keyLifetimeDays after it was added; an expired key no longer
// authenticates. One place for making a key record and for writing its dates, so the self-service API, the
// portal's packages and the control API agree.
namespace sfm::sim {

// A key registered now (the simulator's clock), expiring after settings.keyLifetimeDays (never when 0).
ClientKey newClientKey(const crypto::Key &key, const QJsonObject &publicJwk, const QString &origin,
                       qint64 now, const SimSettings &settings);

bool isExpired(const ClientKey &key, qint64 now);

// "expiration" as the self-service API writes it: a .NET DateTime, without an offset unless
// settings.expirationKind is "utc" (reference section 9 "Dates"); null when the key never expires.
QJsonValue apiExpiration(qint64 epochSeconds, const SimSettings &settings);

// An instant for people and the control API: ISO 8601 in UTC with a Z.
QString isoUtc(qint64 epochSeconds);

// One entry of GET /v1/client-secret: {expiration, kid, jwkThumbprint, origin, publicJwk (a JSON string)}.
QJsonObject apiKeyJson(const ClientKey &key, const SimSettings &settings);

// The control API's view: the API's members plus epoch seconds, createdAt and whether it has expired.
QJsonObject controlKeyJson(const ClientKey &key, qint64 now);

// The key with this kid or thumbprint, or nullptr.
ClientKey *findKey(SimClient &client, const QString &kidOrThumbprint);

} // namespace sfm::sim
