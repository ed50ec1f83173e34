#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace sfm::crypto {

// base64url without padding (RFC 7515 section 2).
QByteArray base64UrlEncode(QByteArrayView data);
// Strict: only the base64url alphabet, no padding, no whitespace; nullopt otherwise.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

} // namespace sfm::crypto
