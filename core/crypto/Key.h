#pragma once

#include "Algorithm.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QJsonObject>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of every header outside core/crypto

namespace sfm::crypto {

// An asymmetric key (RSA >= 2048 bits or EC P-256/384/521), public or with its private part.
// Immutable and cheap to copy (shared handle). Never printed: use thumbprint() to name it.
class Key
{
public:
    Key() = default;

    // Slow for RSA 4096 (seconds): call from a worker thread (QtConcurrent), never the UI thread.
    static Result<Key> generateRsa(int bits = DefaultRsaBits);
    static Result<Key> generateEc(Curve curve);
    // A key that fits the algorithm: RSA of rsaBits for RS*/PS*, the matching curve for ES*.
    static Result<Key> generateFor(Algorithm alg, int rsaBits = DefaultRsaBits);

    // JWK (RFC 7517/7518), public or private. Validates kty, crv, key size >= 2048, "use" (sig if present),
    // "alg" (allowed and fitting the key, if present), and that a private part matches the public part.
    static Result<Key> fromJwk(const QJsonObject &jwk);
    static Result<Key> fromJwkJson(QByteArrayView json);
    // PKCS#8 DER (private) as kept in the keychain; compact enough for Windows' 2560-byte limit.
    static Result<Key> fromPkcs8Der(const SecureBytes &der);
    // SubjectPublicKeyInfo DER (public).
    static Result<Key> fromPublicDer(const QByteArray &der);

    bool isNull() const { return !m_key; }
    bool hasPrivate() const;
    KeyType type() const;
    int bits() const; // RSA modulus bits, or the curve's field size
    std::optional<Curve> curve() const;
    bool supports(Algorithm alg) const;
    Algorithm defaultAlgorithm() const; // RSA: PS256; EC: ES256/384/512 by curve

    // RFC 7638 JWK SHA-256 thumbprint, base64url: the "kid" NHN's tools use.
    QString thumbprint() const;
    // Public JWK with kid, use "sig" and, when given, alg. Members in RFC 7638 order.
    QJsonObject publicJwk(std::optional<Algorithm> alg = std::nullopt) const;
    // Only the members RFC 7638 requires (kty, n, e or kty, crv, x, y): the "jwk" of a DPoP proof.
    QJsonObject minimalPublicJwk() const;
    // The private JWK as compact JSON, in a buffer that wipes itself. Only for an explicit export.
    SecureBytes privateJwkJson(std::optional<Algorithm> alg = std::nullopt) const;
    SecureBytes toPkcs8Der() const;
    QByteArray toPublicDer() const;
    Key publicOnly() const;
    bool samePublicKey(const Key &other) const;

    // For the rest of core/crypto only.
    evp_pkey_st *handle() const { return m_key.get(); }
    static Key adopt(evp_pkey_st *key); // takes ownership

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace sfm::crypto
