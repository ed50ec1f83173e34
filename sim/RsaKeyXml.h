#pragma once

#include "SecureBytes.h"
#include "crypto/Key.h"

// The .NET <RSAKeyValue> XML form of an RSA private key (Modulus, Exponent, P, Q, DP, DQ, InverseQ, D in
// standard base64), as the portal's configuration file carries it in "rsaPrivateKey" (reference §4).
namespace sfm::sim {

// Empty when key is not an RSA private key.
SecureBytes rsaKeyValueXml(const crypto::Key &key);

} // namespace sfm::sim
