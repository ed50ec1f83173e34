#pragma once

#include "Algorithm.h"
#include "Key.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace sfm::crypto {

// DPoP proof (RFC 9449): header typ "dpop+jwt", alg, jwk (public only); payload jti, htm, htu (no query or
// fragment), iat, and nonce / ath when given. ath = base64url(SHA-256(access token)).
struct DpopParams
{
    QString method;         // "POST", "GET", …
    QUrl url;               // query and fragment are stripped for htu
    QString nonce;          // from the server's DPoP-Nonce header, if any
    QByteArray accessToken; // for API calls: sets ath
    std::optional<qint64> nowEpochSeconds;
};

Result<QByteArray> buildDpopProof(const Key &key, Algorithm alg, const DpopParams &params);

// Helpers shared with verifiers.
QString dpopHtu(const QUrl &url);                 // scheme://host[:port]/path
QByteArray accessTokenHash(QByteArrayView token); // base64url(SHA-256(token))
QString newJti();                                 // 128 random bits, base64url

} // namespace sfm::crypto
