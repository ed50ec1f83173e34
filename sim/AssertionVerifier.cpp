#include "AssertionVerifier.h"

#include "ClientKeys.h"
#include "crypto/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sfm::sim {

namespace {

const QString JwtBearer = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

AssertionOutcome refuse(const QString &description, const QString &clientId = {},
                        const QString &logReason = {})
{
    AssertionOutcome o;
    o.description = description;
    o.logReason = logReason.isEmpty() ? description : logReason;
    o.clientId = clientId;
    return o;
}

bool audienceIs(const QJsonValue &aud, const QString &issuer)
{
    if (aud.isString())
        return aud.toString() == issuer;
    const QJsonArray list = aud.toArray();
    return list.size() == 1 && list.first().toString() == issuer;
}

} // namespace

AssertionOutcome verifyClientAssertion(const QHash<QString, QString> &form, SimState &state,
                                       const QString &issuer)
{
    const QString assertion = form.value(QStringLiteral("client_assertion"));
    if (assertion.isEmpty())
        return refuse(QStringLiteral("Client authentication with private_key_jwt is required"));
    if (form.value(QStringLiteral("client_assertion_type")) != JwtBearer)
        return refuse(QStringLiteral("client_assertion_type must be %1").arg(JwtBearer));
    if (form.contains(QStringLiteral("client_secret")))
        return refuse(QStringLiteral("Only private_key_jwt is accepted"));
    const QByteArray token = assertion.toLatin1();
    const auto parts = crypto::parseCompact(token);
    if (!parts)
        return refuse(QStringLiteral("client_assertion is not a compact JWS"));
    if (parts->header.value(QStringLiteral("typ")).toString() != QLatin1String("client-authentication+jwt"))
        return refuse(QStringLiteral("client_assertion typ must be client-authentication+jwt"));
    const auto alg = crypto::algorithmFromName(parts->header.value(QStringLiteral("alg")).toString());
    if (!alg)
        return refuse(QStringLiteral("client_assertion alg is not supported"));
    const QJsonObject unverified = QJsonDocument::fromJson(parts->payload).object();
    const QString iss = unverified.value(QStringLiteral("iss")).toString();
    const QString formClientId = form.value(QStringLiteral("client_id"));
    if (iss.isEmpty())
        return refuse(QStringLiteral("client_assertion has no iss"));
    if (!formClientId.isEmpty() && formClientId != iss)
        return refuse(QStringLiteral("client_id does not match the client assertion"), formClientId);

    const QString unknown = QStringLiteral("Unknown client or client not enabled");
    SimClient *client = state.client(iss);
    if (!client)
        return refuse(unknown, iss, QStringLiteral("no such client"));
    if (client->stage == SimClient::Stage::Draft)
        return refuse(unknown, iss, QStringLiteral("the draft has not been confirmed in the portal"));
    if (client->stage == SimClient::Stage::Cancelled)
        return refuse(unknown, iss, QStringLiteral("the draft was cancelled in the portal"));
    const qint64 now = state.now();
    const SimSettings &s = state.settings();
    if (now < client->confirmedAt + s.cacheDelaySeconds)
        return refuse(unknown, iss,
                      QStringLiteral("confirmed %1 s ago; HelseID's cache needs %2 s")
                          .arg(now - client->confirmedAt)
                          .arg(s.cacheDelaySeconds));

    // The header's kid picks the registered key (and its registered alg) the assertion must verify with.
    const QString kid = parts->header.value(QStringLiteral("kid")).toString();
    const QString algName = crypto::algorithmName(*alg);
    std::optional<crypto::VerifiedJws> verified;
    bool kidKnown = false;
    QString registeredAlg;
    const ClientKey *expiredKey = nullptr; // an expired key the assertion was in fact signed with
    auto verifyWith = [&](const ClientKey &k) -> std::optional<crypto::VerifiedJws> {
        const auto key = crypto::Key::fromJwk(k.publicJwk);
        if (!key || !key->supports(*alg))
            return std::nullopt;
        auto result = crypto::verifyCompact(token, key.value(), {*alg});
        return result ? std::optional(result.value()) : std::nullopt;
    };
    for (const ClientKey &k : std::as_const(client->keys)) {
        if (s.matchAssertionKid && k.kid != kid)
            continue;
        if (isExpired(k, now)) {
            if (!expiredKey && verifyWith(k))
                expiredKey = &k;
            continue;
        }
        kidKnown = true;
        const QString keyAlg = k.publicJwk.value(QStringLiteral("alg")).toString();
        if (s.matchAssertionAlg && !keyAlg.isEmpty() && keyAlg != algName) {
            registeredAlg = keyAlg;
            continue;
        }
        verified = verifyWith(k);
        if (verified)
            break;
    }
    // A key past its expiration no longer authenticates (reference section 3 "Key lifetime"); say so and
    // when, so a client can tell the user to renew rather than to check the key.
    if (!verified && expiredKey)
        return refuse(QStringLiteral("The client's key %1 expired at %2; register a new key")
                          .arg(expiredKey->kid.left(100), isoUtc(expiredKey->expiration)),
                      iss);
    if (!verified && !kidKnown) {
        QStringList kids;
        for (const ClientKey &k : std::as_const(client->keys))
            kids << k.kid;
        return refuse(QStringLiteral("client_assertion kid does not name a key of the client"), iss,
                      QStringLiteral("kid \"%1\" is not a registered, unexpired key of the client (kids: %2)")
                          .arg(kid.left(100), kids.join(QStringLiteral(", "))));
    }
    if (!verified && !registeredAlg.isEmpty())
        return refuse(QStringLiteral("client_assertion alg is not the one the key was registered for"), iss,
                      QStringLiteral("the key %1 is registered for %2; the assertion uses %3")
                          .arg(kid.left(100), registeredAlg, algName));
    if (!verified)
        return refuse(QStringLiteral("client_assertion signature does not verify with any key of the client"),
                      iss);

    const QJsonObject claims = verified->payloadObject();
    if (claims.value(QStringLiteral("sub")).toString() != iss)
        return refuse(QStringLiteral("client_assertion sub must equal iss"), iss);
    if (!audienceIs(claims.value(QStringLiteral("aud")), issuer))
        return refuse(QStringLiteral("client_assertion aud must be the issuer %1").arg(issuer), iss);
    for (const char *name : {"exp", "iat", "nbf"}) {
        if (!claims.value(QLatin1String(name)).isDouble())
            return refuse(
                QStringLiteral("client_assertion %1 missing or not a number").arg(QLatin1String(name)), iss);
    }
    const qint64 exp = qint64(claims.value(QStringLiteral("exp")).toDouble());
    const qint64 iat = qint64(claims.value(QStringLiteral("iat")).toDouble());
    const qint64 nbf = qint64(claims.value(QStringLiteral("nbf")).toDouble());
    if (exp <= now - s.clockSkewSeconds)
        return refuse(QStringLiteral("client_assertion has expired"), iss);
    if (exp > now + s.assertionMaxLifetimeSeconds + s.clockSkewSeconds)
        return refuse(
            QStringLiteral("client_assertion exp is more than %1 s ahead").arg(s.assertionMaxLifetimeSeconds),
            iss);
    if (iat > now + s.clockSkewSeconds || nbf > now + s.clockSkewSeconds)
        return refuse(QStringLiteral("client_assertion iat or nbf is in the future"), iss);
    if (iat < now - s.assertionMaxLifetimeSeconds - s.clockSkewSeconds)
        return refuse(QStringLiteral("client_assertion iat is too old"), iss);
    const QString jti = claims.value(QStringLiteral("jti")).toString();
    if (jti.isEmpty() || jti.size() > 256)
        return refuse(QStringLiteral("client_assertion jti missing"), iss);
    if (!state.assertionJtis().useOnce(iss + QLatin1Char(' ') + jti, exp + s.clockSkewSeconds, now))
        return refuse(QStringLiteral("client_assertion jti was already used"), iss);
    state.changed();

    AssertionOutcome ok;
    ok.ok = true;
    ok.clientId = iss;
    ok.claims = claims;
    return ok;
}

} // namespace sfm::sim
