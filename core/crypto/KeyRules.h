#pragma once

#include "Algorithm.h"
#include "Result.h"

#include <optional>

struct evp_pkey_st;

// The rules every key must meet before core/crypto accepts it (RSA 2048..16384 bits, EC P-256/384/521,
// consistent private part), shared by every import path so none of them can forget one. Internal.
namespace sfm::crypto::rules {

constexpr int MaximumRsaBits = 16384; // caps the work an untrusted key can cause
constexpr int MaximumKeyInputBytes = 64 * 1024;

std::optional<Curve> curveOf(const evp_pkey_st *key);
// Field size in bytes: JWK coordinates and ECDSA R and S are exactly this long (RFC 7518 6.2.1.2, 3.4).
int coordinateSize(Curve curve);
const char *groupName(Curve curve); // OpenSSL's name for the curve
const char *digestName(Algorithm alg);

// Checks type, size and curve; then the public part (EC point on the curve, RSA modulus sane) and, when
// the key has one, that the private part belongs to the public part.
Result<void> checkKey(evp_pkey_st *key, bool hasPrivate);

} // namespace sfm::crypto::rules
