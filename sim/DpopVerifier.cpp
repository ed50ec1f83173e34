#include "DpopVerifier.h"

#include "Validators.h"
#include "crypto/DpopProof.h"
#include "crypto/Jws.h"

#include <QJsonDocument>

namespace sfm::sim {

namespace {

DpopOutcome invalid(const QString &description)
{
    return {DpopOutcome::Kind::Invalid, description, {}};
}

} // namespace

DpopOutcome verifyDpopProof(const QByteArray &proof, const DpopExpectation &expected, SimState &state)
{
    if (proof.isEmpty())
        return invalid(QStringLiteral("DPoP proof missing"));
    if (proof.size() > 16 * 1024)
        return invalid(QStringLiteral("DPoP proof too large"));
    const auto parts = crypto::parseCompact(proof);
    if (!parts)
        return invalid(QStringLiteral("DPoP proof is not a compact JWS"));
    const QJsonObject header = parts->header;
    if (header.value(QStringLiteral("typ")).toString() != QLatin1String("dpop+jwt"))
        return invalid(QStringLiteral("DPoP proof typ must be dpop+jwt"));
    const auto alg = crypto::algorithmFromName(header.value(QStringLiteral("alg")).toString());
    if (!alg)
        return invalid(QStringLiteral("DPoP proof alg is not supported"));
    if (!header.value(QStringLiteral("jwk")).isObject())
        return invalid(QStringLiteral("DPoP proof header has no jwk"));
    const QJsonObject jwk = header.value(QStringLiteral("jwk")).toObject();
    if (hasPrivateMembers(jwk))
        return invalid(QStringLiteral("DPoP proof jwk contains private key material"));
    const auto key = crypto::Key::fromJwk(jwk);
    if (!key)
        return invalid(QStringLiteral("DPoP proof jwk is not a usable public key"));
    if (!key->supports(*alg))
        return invalid(QStringLiteral("DPoP proof alg does not fit its jwk"));
    const auto verified = crypto::verifyCompact(proof, key.value(), {*alg});
    if (!verified)
        return invalid(QStringLiteral("DPoP proof signature is invalid"));

    const QJsonObject claims = verified->payloadObject();
    const QString jti = claims.value(QStringLiteral("jti")).toString();
    if (jti.isEmpty() || jti.size() > 256)
        return invalid(QStringLiteral("DPoP proof jti missing"));
    if (claims.value(QStringLiteral("htm")).toString() != QString::fromLatin1(expected.method))
        return invalid(QStringLiteral("DPoP proof htm does not match the request method"));
    const QString htu = claims.value(QStringLiteral("htu")).toString();
    if (htu.contains(QLatin1Char('?')) || htu.contains(QLatin1Char('#')))
        return invalid(QStringLiteral("DPoP proof htu must not contain a query or fragment"));
    if (!expected.acceptedHtu.contains(htu))
        return invalid(QStringLiteral("DPoP proof htu does not match the request URL"));
    if (!claims.value(QStringLiteral("iat")).isDouble())
        return invalid(QStringLiteral("DPoP proof iat missing or not a number"));
    const qint64 iat = qint64(claims.value(QStringLiteral("iat")).toDouble());
    const qint64 now = state.now();
    const SimSettings &s = state.settings();
    if (iat > now + s.clockSkewSeconds)
        return invalid(QStringLiteral("DPoP proof iat is in the future"));
    if (iat < now - s.dpopProofMaxAgeSeconds - s.clockSkewSeconds)
        return invalid(QStringLiteral("DPoP proof is too old"));
    if (!expected.accessToken.isEmpty()) {
        const QString ath = claims.value(QStringLiteral("ath")).toString();
        if (ath.isEmpty())
            return invalid(QStringLiteral("DPoP proof ath missing"));
        if (ath.toLatin1() != crypto::accessTokenHash(expected.accessToken))
            return invalid(QStringLiteral("DPoP proof ath does not match the access token"));
    }
    if (expected.requireNonce) {
        const QString nonce = claims.value(QStringLiteral("nonce")).toString();
        if (!state.nonces().isValid(nonce, now, s.dpopNonceLifetimeSeconds))
            return {DpopOutcome::Kind::NeedNonce,
                    nonce.isEmpty() ? QStringLiteral("DPoP proof nonce required")
                                    : QStringLiteral("DPoP proof nonce is not valid (any more)"),
                    {}};
    }
    if (!state.proofJtis().useOnce(jti, iat + s.dpopProofMaxAgeSeconds + 2 * s.clockSkewSeconds, now))
        return invalid(QStringLiteral("DPoP proof jti was already used"));
    state.changed();
    return {DpopOutcome::Kind::Ok, {}, key->thumbprint()};
}

} // namespace sfm::sim
