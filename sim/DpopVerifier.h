#pragma once

#include "SimState.h"

#include <QByteArray>
#include <QStringList>

// Checks a DPoP proof (RFC 9449 section 4.3) as HelseID does, on the token endpoint and on API calls: typ,
// alg, a public-only jwk in the header, the signature, htm, htu (no query), iat window, jti never reused,
// the server nonce, and ath when an access token comes with it.
namespace sfm::sim {

struct DpopExpectation
{
    QByteArray method;
    QStringList acceptedHtu;   // the endpoint's URL as the client may write it (no query, no fragment)
    QByteArray accessToken;    // set on API calls: "ath" must match it
    bool requireNonce = false; // the token endpoint's use_dpop_nonce dance
};

struct DpopOutcome
{
    enum class Kind
    {
        Ok,
        Invalid,  // invalid_dpop_proof (STS) / invalid_token (API)
        NeedNonce // use_dpop_nonce: missing or stale server nonce
    };
    Kind kind = Kind::Invalid;
    QString description;
    QString jkt; // RFC 7638 thumbprint of the proof's key, for cnf.jkt
};

DpopOutcome verifyDpopProof(const QByteArray &proof, const DpopExpectation &expected, SimState &state);

} // namespace sfm::sim
