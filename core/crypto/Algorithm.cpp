#include "Algorithm.h"

#include <array>

namespace sfm::crypto {

namespace {

struct AlgorithmInfo
{
    Algorithm alg;
    const char *name;
};

constexpr std::array<AlgorithmInfo, 9> Algorithms = {{
    {Algorithm::RS256, "RS256"},
    {Algorithm::RS384, "RS384"},
    {Algorithm::RS512, "RS512"},
    {Algorithm::PS256, "PS256"},
    {Algorithm::PS384, "PS384"},
    {Algorithm::PS512, "PS512"},
    {Algorithm::ES256, "ES256"},
    {Algorithm::ES384, "ES384"},
    {Algorithm::ES512, "ES512"},
}};

} // namespace

QString algorithmName(Algorithm alg)
{
    for (const auto &info : Algorithms) {
        if (info.alg == alg)
            return QString::fromLatin1(info.name);
    }
    return {};
}

std::optional<Algorithm> algorithmFromName(QStringView name)
{
    // Exact, case-sensitive match (RFC 7515 4.1.1): "rs256" is not RS256.
    for (const auto &info : Algorithms) {
        if (name == QLatin1String(info.name))
            return info.alg;
    }
    return std::nullopt;
}

QList<Algorithm> allAlgorithms()
{
    QList<Algorithm> list;
    for (const auto &info : Algorithms)
        list.append(info.alg);
    return list;
}

KeyType keyTypeFor(Algorithm alg)
{
    switch (alg) {
    case Algorithm::ES256:
    case Algorithm::ES384:
    case Algorithm::ES512:
        return KeyType::Ec;
    default:
        return KeyType::Rsa;
    }
}

std::optional<Curve> curveFor(Algorithm alg)
{
    switch (alg) {
    case Algorithm::ES256:
        return Curve::P256;
    case Algorithm::ES384:
        return Curve::P384;
    case Algorithm::ES512:
        return Curve::P521;
    default:
        return std::nullopt;
    }
}

QString curveName(Curve curve)
{
    switch (curve) {
    case Curve::P256:
        return QStringLiteral("P-256");
    case Curve::P384:
        return QStringLiteral("P-384");
    case Curve::P521:
        return QStringLiteral("P-521");
    }
    return {};
}

std::optional<Curve> curveFromName(QStringView name)
{
    if (name == QLatin1String("P-256"))
        return Curve::P256;
    if (name == QLatin1String("P-384"))
        return Curve::P384;
    if (name == QLatin1String("P-521"))
        return Curve::P521;
    return std::nullopt;
}

} // namespace sfm::crypto
