#pragma once

#include "Algorithm.h"
#include "Key.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace sfm::crypto {

// A compact JWS split into its parts, not yet verified.
struct JwsParts
{
    QJsonObject header;
    QByteArray payload;      // decoded bytes
    QByteArray signingInput; // "b64(header).b64(payload)"
    QByteArray signature;    // decoded; ECDSA as raw R||S (RFC 7518 section 3.4)
};

struct VerifiedJws
{
    QJsonObject header;
    QByteArray payload;
    Algorithm algorithm;
    QJsonObject payloadObject() const; // empty when the payload is not a JSON object
};

// Parses "h.p.s" strictly (three parts, base64url, header a JSON object with an "alg"). No verification.
Result<JwsParts> parseCompact(QByteArrayView token);

// Signs: header gets "alg" set from alg (any "alg" given is overwritten); the key must fit alg.
Result<QByteArray> signCompact(QJsonObject header, QByteArrayView payload, const Key &key, Algorithm alg);
Result<QByteArray> signCompact(QJsonObject header, const QJsonObject &payload, const Key &key, Algorithm alg);

// Verifies with key; refuses "none", HMAC, unknown algs, algs not in allowed, and an alg that does not fit
// the key. allowed empty means all nine.
Result<VerifiedJws> verifyCompact(QByteArrayView token, const Key &key, const QList<Algorithm> &allowed = {});

// Raw signature primitives (used by the above and by benchmarks).
Result<QByteArray> signBytes(QByteArrayView data, const Key &key, Algorithm alg);
bool verifyBytes(QByteArrayView data, QByteArrayView signature, const Key &key, Algorithm alg);

} // namespace sfm::crypto
