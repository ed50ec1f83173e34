#pragma once

#include "crypto/Algorithm.h"
#include "crypto/Key.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sfm::helseid {

// Alternative 3 with an own key: the public JWK the user pastes into the portal, as a file and for the
// clipboard. Built on Key::publicJwk (kid = RFC 7638 thumbprint, use "sig", alg), never the private part.
class PublicJwkText
{
public:
    // Indented JSON ending in a newline, for a .json file. alg defaults to the key's default algorithm.
    static QByteArray forFile(const crypto::Key &key, std::optional<crypto::Algorithm> alg = std::nullopt);
    // Compact JSON on one line, for the clipboard.
    static QString forClipboard(const crypto::Key &key, std::optional<crypto::Algorithm> alg = std::nullopt);
};

} // namespace sfm::helseid
