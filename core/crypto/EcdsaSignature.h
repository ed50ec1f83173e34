#pragma once

#include <QByteArray>
#include <QByteArrayView>

// JWS carries an ECDSA signature as raw R||S, each exactly the curve's field size (RFC 7518 section 3.4);
// OpenSSL speaks DER. Internal to core/crypto.
namespace sfm::crypto::ecdsa {

// Empty when der is not one well-formed ECDSA-Sig-Value or R/S do not fit width.
QByteArray derToRaw(QByteArrayView der, int width);
// Empty when raw is not exactly 2 * width bytes.
QByteArray rawToDer(QByteArrayView raw, int width);

} // namespace sfm::crypto::ecdsa
