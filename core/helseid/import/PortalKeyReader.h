#pragma once

#include "PortalConfiguration.h"
#include "Result.h"
#include "crypto/Key.h"

#include <QJsonObject>

#include <optional>

namespace sfm::helseid {

// The client's private key in a portal configuration: "privateJwk" (a JSON-encoded JWK, reference §4)
// and/or "rsaPrivateKey" (.NET RSA XML), checked to be the same key when both are there. Keys HelseID does
// not accept (RSA under 2048 bits, other curves) are refused before OpenSSL sees them, and the JWK's own
// "kid" and "alg" -- what the portal registered -- come with the key, checked to fit it.
class PortalKeyReader
{
public:
    struct Key
    {
        crypto::Key key;
        QString kid; // privateJwk's own kid; empty when it has none (or there is only rsaPrivateKey)
        std::optional<crypto::Algorithm> algorithm; // privateJwk's alg, if it names one
        PortalConfiguration::KeySource source = PortalConfiguration::KeySource::PrivateJwk;
    };

    // True when object has a key field at all.
    static bool hasKey(const QJsonObject &object);
    static Result<Key> read(const QJsonObject &object);
};

} // namespace sfm::helseid
