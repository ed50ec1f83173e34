// The authorization_code grant of the simulated STS (reference section 8): a fresh client assertion, a
// DPoP proof with the use_dpop_nonce round trip, the code once and within 60 s, the same redirect_uri and
// the PKCE verifier; answers a DPoP access token carrying the person, an id_token and, with offline_access,
// a refresh token.
#include "AccessTokens.h"
#include "AssertionVerifier.h"
#include "AuthorizationEndpoints.h"
#include "DpopVerifier.h"
#include "Logging.h"
#include "LoginScopes.h"
#include "crypto/Base64Url.h"
#include "crypto/DpopProof.h"
#include "crypto/Jws.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace sfm::sim {

namespace {

const QString PidClaim = QStringLiteral("helseid://claims/identity/pid");
const QString SecurityLevelClaim = QStringLiteral("helseid://claims/identity/security_level");
const QString AssuranceLevelClaim = QStringLiteral("helseid://claims/identity/assurance_level");
const QString HprNumberClaim = QStringLiteral("helseid://claims/hpr/hpr_number");
constexpr int IdTokenLifetimeSeconds = 300;

bool isValidVerifier(const QString &verifier)
{
    // RFC 7636 section 4.1: 43 to 128 unreserved characters.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return pattern.match(verifier).hasMatch();
}

QString assuranceLevel(int securityLevel)
{
    return securityLevel >= 4 ? QStringLiteral("high")
                              : (securityLevel == 3 ? QStringLiteral("substantial") : QStringLiteral("low"));
}

// The person's claims; the identity claims always (SFM's API resource asks for them), the names with the
// profile scope only.
QJsonObject personClaims(const TestPerson &person, const QStringList &scopes, const QString &subject)
{
    QJsonObject claims{{QStringLiteral("sub"), subject},
                       {PidClaim, person.pid},
                       {SecurityLevelClaim, QString::number(person.securityLevel)},
                       {AssuranceLevelClaim, assuranceLevel(person.securityLevel)},
                       {QStringLiteral("idp"), QStringLiteral("testidp-oidc")}};
    if (!person.hprNumber.isEmpty())
        claims.insert(HprNumberClaim, person.hprNumber);
    if (scopes.contains(QLatin1String("profile")) && !person.name.isEmpty()) {
        claims.insert(QStringLiteral("name"), person.name);
        claims.insert(QStringLiteral("given_name"), person.givenName);
        claims.insert(QStringLiteral("family_name"), person.familyName);
    }
    return claims;
}

} // namespace

SimResponse AuthorizationEndpoints::exchangeCode(const SimRequest &request,
                                                 const QHash<QString, QString> &form)
{
    const AssertionOutcome auth = verifyClientAssertion(form, m_state, m_urls.issuer);
    if (!auth.ok) {
        qCInfo(lcSim).noquote() << "invalid_client for" << auth.clientId << "-" << auth.logReason;
        return SimResponse::oauthError(QStringLiteral("invalid_client"), auth.description)
            .forClient(auth.clientId);
    }
    const QString clientId = auth.clientId;
    auto refuse = [&clientId](const QString &error, const QString &description) {
        return SimResponse::oauthError(error, description).forClient(clientId);
    };

    // The proof before the code: a use_dpop_nonce answer must not spend the code.
    const QByteArray proof = request.header("dpop");
    if (proof.isEmpty())
        return refuse(QStringLiteral("invalid_request"),
                      QStringLiteral("A DPoP proof is required for this client"));
    DpopExpectation expected;
    expected.method = "POST";
    expected.acceptedHtu = {QStringLiteral("http://") + QString::fromLatin1(request.host()) + request.path,
                            m_urls.tokenEndpoint()};
    expected.requireNonce = m_state.settings().requireDpopNonce;
    const DpopOutcome dpop = verifyDpopProof(proof, expected, m_state);
    if (dpop.kind == DpopOutcome::Kind::NeedNonce) {
        const QString nonce =
            m_state.nonces().current(m_state.now(), m_state.settings().dpopNonceLifetimeSeconds);
        return refuse(QStringLiteral("use_dpop_nonce"), dpop.description)
            .withHeader(QByteArrayLiteral("DPoP-Nonce"), nonce.toLatin1());
    }
    if (dpop.kind != DpopOutcome::Kind::Ok)
        return refuse(QStringLiteral("invalid_dpop_proof"), dpop.description);

    const QString code = form.value(QStringLiteral("code"));
    if (code.isEmpty())
        return refuse(QStringLiteral("invalid_request"), QStringLiteral("code is missing"));
    const qint64 now = m_state.now();
    const auto grant = m_sessions.takeCode(code, now);
    if (!grant)
        return refuse(QStringLiteral("invalid_grant"),
                      QStringLiteral("The authorization code is unknown, already used or expired"));
    const PushedRequest &pushed = grant->request;
    if (pushed.clientId != clientId)
        return refuse(QStringLiteral("invalid_grant"),
                      QStringLiteral("The code was issued to another client"));
    if (form.value(QStringLiteral("redirect_uri")) != pushed.redirectUri)
        return refuse(QStringLiteral("invalid_grant"),
                      QStringLiteral("redirect_uri is not the one of the authorization request"));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (!isValidVerifier(verifier) ||
        QString::fromLatin1(crypto::accessTokenHash(verifier.toLatin1())) != pushed.codeChallenge)
        return refuse(QStringLiteral("invalid_grant"),
                      QStringLiteral("code_verifier does not match the challenge"));
    if (!pushed.dpopJkt.isEmpty() && pushed.dpopJkt != dpop.jkt)
        return refuse(QStringLiteral("invalid_dpop_proof"),
                      QStringLiteral("The DPoP key is not the one the authorization request was bound to"));

    const SimClient *client = m_state.client(clientId);
    QStringList apiScopes;
    QStringList identityScopes;
    for (const QString &scope : pushed.scopes) {
        if (isIdentityScope(scope)) {
            identityScopes.append(scope);
            continue;
        }
        // Access may have been withdrawn since the request was pushed.
        const ScopeGrant *s = client->scope(scope);
        if (!s || s->status != QLatin1String("ok"))
            return refuse(QStringLiteral("invalid_scope"),
                          QStringLiteral("The client may not use the scope %1 (any more)").arg(scope));
        apiScopes.append(scope);
    }
    // A subject per person and client, as HelseID's pairwise subjects: never the fødselsnummer itself.
    const QString subject = QString::fromLatin1(
        crypto::accessTokenHash((clientId + QLatin1Char(' ') + grant->person.pid).toUtf8()));
    QJsonObject user = personClaims(grant->person, pushed.scopes, subject);
    user.insert(QStringLiteral("auth_time"), grant->authTime);
    user.insert(QStringLiteral("amr"), QJsonArray{QStringLiteral("pwd")});

    TokenGrant tokenGrant;
    tokenGrant.scopes = apiScopes;
    tokenGrant.jkt = dpop.jkt;
    tokenGrant.identityScopes = identityScopes;
    tokenGrant.userClaims = user;
    const auto accessToken = issueAccessToken(m_state, m_urls.issuer, *client, tokenGrant);
    if (!accessToken)
        return SimResponse::oauthError(QStringLiteral("server_error"), accessToken.error().detail, 500)
            .forClient(clientId);

    QJsonObject answer{{QStringLiteral("access_token"), QString::fromLatin1(accessToken.value())},
                       {QStringLiteral("token_type"), QStringLiteral("DPoP")},
                       {QStringLiteral("expires_in"), m_state.settings().accessTokenLifetimeSeconds},
                       {QStringLiteral("scope"), pushed.scopes.join(QLatin1Char(' '))}};
    if (pushed.scopes.contains(QLatin1String("openid"))) {
        QJsonObject idClaims = user;
        idClaims.insert(QStringLiteral("iss"), m_urls.issuer);
        idClaims.insert(QStringLiteral("aud"), clientId);
        idClaims.insert(QStringLiteral("iat"), now);
        idClaims.insert(QStringLiteral("nbf"), now);
        idClaims.insert(QStringLiteral("exp"), now + IdTokenLifetimeSeconds);
        idClaims.insert(QStringLiteral("jti"), crypto::newJti());
        if (!pushed.nonce.isEmpty())
            idClaims.insert(QStringLiteral("nonce"), pushed.nonce);
        idClaims.insert(
            QStringLiteral("at_hash"),
            QString::fromLatin1(crypto::base64UrlEncode(
                QCryptographicHash::hash(accessToken.value(), QCryptographicHash::Sha256).left(16))));
        const crypto::Key &key = m_state.signingKey();
        const auto idToken = crypto::signCompact(QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                                                             {QStringLiteral("kid"), key.thumbprint()}},
                                                 idClaims, key, crypto::Algorithm::RS256);
        if (!idToken)
            return SimResponse::oauthError(QStringLiteral("server_error"), idToken.error().detail, 500)
                .forClient(clientId);
        answer.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken.value()));
    }
    if (pushed.scopes.contains(QLatin1String("offline_access")))
        // Handed out as HelseID does; the simulator has no refresh_token grant (yet).
        answer.insert(QStringLiteral("refresh_token"), QString(crypto::newJti() + crypto::newJti()));
    return SimResponse::json(answer)
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"))
        .forClient(clientId);
}

} // namespace sfm::sim
