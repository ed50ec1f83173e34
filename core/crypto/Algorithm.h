#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sfm::crypto {

// The JWS algorithms HelseID accepts (reference section 5). Asymmetric only: "none" and HMAC do not exist
// here.
enum class Algorithm
{
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512
};

enum class KeyType
{
    Rsa,
    Ec
};
enum class Curve
{
    P256,
    P384,
    P521
};

QString algorithmName(Algorithm alg);                         // "PS256"
std::optional<Algorithm> algorithmFromName(QStringView name); // nullopt for "none", "HS256", unknown
QList<Algorithm> allAlgorithms();
KeyType keyTypeFor(Algorithm alg);
std::optional<Curve> curveFor(Algorithm alg); // ES256 -> P256; RSA algs -> nullopt
QString curveName(Curve curve);               // "P-256"
std::optional<Curve> curveFromName(QStringView name);

// The recommended default, as NHN's own library: RSA 4096 with PS256.
constexpr Algorithm DefaultAlgorithm = Algorithm::PS256;
constexpr int DefaultRsaBits = 4096;
constexpr int MinimumRsaBits = 2048;

} // namespace sfm::crypto
