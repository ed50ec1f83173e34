#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>

namespace sfm::helseid {

// Reads the .NET RSA key format the portal puts in "rsaPrivateKey" (<RSAKeyValue> with Modulus, Exponent, P,
// Q, DP, DQ, InverseQ, D in base64) and turns it into a private JWK, so sfm::crypto::Key::fromJwk does all
// key validation in one place. Strict: no DTD, no entities, no unknown or repeated elements.
class DotNetRsaKeyXml
{
    Q_DECLARE_TR_FUNCTIONS(DotNetRsaKeyXml)

public:
    // The private JWK {kty, n, e, d, p, q, dp, dq, qi} with minimal-length base64url numbers.
    // Errors: import.bad_key_xml, import.no_private_key (only Modulus and Exponent), import.too_large.
    static Result<QJsonObject> toPrivateJwk(QByteArrayView xml);
};

} // namespace sfm::helseid
