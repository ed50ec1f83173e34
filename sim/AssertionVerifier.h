#pragma once

#include "SimState.h"

#include <QHash>
#include <QJsonObject>

// Authenticates a token request's private_key_jwt client assertion as HelseID does (reference section 6):
// a client the STS knows (confirmed, past the cache delay), typ client-authentication+jwt, a signature by
// one of the client's registered keys, iss = sub = client_id, aud = issuer, exp in the future and at most
// 60 s ahead, sane iat/nbf, and a jti never seen before.
namespace sfm::sim {

struct AssertionOutcome
{
    bool ok = false;
    QString description; // for error_description (invalid_client)
    QString logReason;   // the real reason, for the simulator's log only
    QString clientId;
    QJsonObject claims;
};

AssertionOutcome verifyClientAssertion(const QHash<QString, QString> &form, SimState &state,
                                       const QString &issuer);

} // namespace sfm::sim
