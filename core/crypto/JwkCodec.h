#pragma once

#include "Algorithm.h"
#include "Key.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace sfm::crypto {

// Converts between Key and JWK (RFC 7517/7518) and makes the RFC 7638 thumbprint input; Key's JWK
// functions delegate here. Internal to core/crypto.
class JwkCodec
{
public:
    static Result<Key> parse(const QJsonObject &jwk);
    // Only the members RFC 7638 requires: kty plus n, e (RSA) or crv, x, y (EC).
    static QJsonObject requiredPublicMembers(const Key &key);
    // Those members as canonical JSON: lexicographic order, no whitespace (RFC 7638 section 3).
    static QByteArray thumbprintInput(const Key &key);
    static SecureBytes privateJson(const Key &key, std::optional<Algorithm> alg);
};

} // namespace sfm::crypto
