#include "StsEndpoints.h"

#include "AccessTokens.h"
#include "AssertionVerifier.h"
#include "DpopVerifier.h"
#include "Logging.h"
#include "LoginScopes.h"
#include "Validators.h"

#include <QJsonArray>

namespace sfm::sim {

namespace {

QJsonArray algorithmNames()
{
    QJsonArray names;
    for (crypto::Algorithm alg : crypto::allAlgorithms())
        names.append(crypto::algorithmName(alg));
    return names;
}

const QString EnhSystem = QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.101");

struct DetailsOutcome
{
    QString childOrganization;
    QString hidError; // "HID-100x: …" when refused
};

// assertion_details naming a child unit (reference section 6). The HID numbers used here are the
// simulator's own assignment: which HID-10xx HelseID uses for which case is UNCONFIRMED.
DetailsOutcome readAssertionDetails(const QJsonObject &claims, const SimClient &client)
{
    DetailsOutcome outcome;
    const QJsonValue details = claims.value(QStringLiteral("assertion_details"));
    if (details.isUndefined())
        return outcome;
    if (!details.isArray()) {
        outcome.hidError = QStringLiteral("HID-1001: assertion_details must be an array");
        return outcome;
    }
    for (const QJsonValue &v : details.toArray()) {
        const QJsonObject detail = v.toObject();
        if (detail.value(QStringLiteral("type")).toString() != QLatin1String("helseid_authorization")) {
            outcome.hidError = QStringLiteral("HID-1001: assertion_details entry has an unknown type");
            return outcome;
        }
        const QJsonObject identifier = detail.value(QStringLiteral("practitioner_role"))
                                           .toObject()
                                           .value(QStringLiteral("organization"))
                                           .toObject()
                                           .value(QStringLiteral("identifier"))
                                           .toObject();
        if (identifier.value(QStringLiteral("system")).toString() != EnhSystem ||
            identifier.value(QStringLiteral("type")).toString() != QLatin1String("ENH")) {
            outcome.hidError = QStringLiteral("HID-1002: the organization identifier must have system %1 and "
                                              "type ENH")
                                   .arg(EnhSystem);
            return outcome;
        }
        const QString number = identifier.value(QStringLiteral("value")).toString();
        if (!isValidOrganizationNumber(number)) {
            outcome.hidError = QStringLiteral("HID-1003: the child organization number is not valid");
            return outcome;
        }
        if (!client.childOrganizationNumbers.contains(number)) {
            outcome.hidError =
                QStringLiteral("HID-1004: the child organization number is not registered for this client");
            return outcome;
        }
        outcome.childOrganization = number;
    }
    return outcome;
}

} // namespace

StsEndpoints::StsEndpoints(SimState &state, const SimUrls &urls)
    : m_state(state)
    , m_urls(urls)
{}

void StsEndpoints::setUserLogin(std::function<QJsonObject()> discoveryMembers, GrantHandler authorizationCode)
{
    m_loginDiscovery = std::move(discoveryMembers);
    m_authorizationCode = std::move(authorizationCode);
}

void StsEndpoints::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/.well-known/openid-configuration"),
               [this](const SimRequest &, const QStringList &) { return discovery(); });
    router.add("GET", QStringLiteral("/.well-known/openid-configuration/jwks"),
               [this](const SimRequest &, const QStringList &) { return jwks(); });
    router.add("POST", QStringLiteral("/connect/token"),
               [this](const SimRequest &request, const QStringList &) { return token(request); });
}

SimResponse StsEndpoints::discovery() const
{
    QStringList scopes;
    for (const Klientmal &k : m_state.klientmaler()) {
        for (const QString &scope : k.scopes) {
            if (!scopes.contains(scope))
                scopes.append(scope);
        }
    }
    QJsonObject document{
        {QStringLiteral("issuer"), m_urls.issuer},
        {QStringLiteral("jwks_uri"), m_urls.jwksUri()},
        {QStringLiteral("token_endpoint"), m_urls.tokenEndpoint()},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("client_credentials"), QStringLiteral("authorization_code")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("private_key_jwt")}},
        {QStringLiteral("token_endpoint_auth_signing_alg_values_supported"), algorithmNames()},
        {QStringLiteral("dpop_signing_alg_values_supported"), algorithmNames()},
        {QStringLiteral("scopes_supported"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("claims_supported"),
         QJsonArray{QStringLiteral("client_id"), SfmIdClaimType,
                    QStringLiteral("helseid://claims/client/claims/orgnr_parent"),
                    QStringLiteral("helseid://claims/client/claims/orgnr_child")}},
    };
    if (m_loginDiscovery) {
        const QJsonObject login = m_loginDiscovery();
        for (auto it = login.begin(); it != login.end(); ++it)
            document.insert(it.key(), it.value());
    }
    return SimResponse::json(document);
}

SimResponse StsEndpoints::jwks() const
{
    return SimResponse::json(QJsonObject{
        {QStringLiteral("keys"), QJsonArray{m_state.signingKey().publicJwk(crypto::Algorithm::RS256)}}});
}

SimResponse StsEndpoints::needNonce(const QString &description, const QString &clientId)
{
    const QString nonce =
        m_state.nonces().current(m_state.now(), m_state.settings().dpopNonceLifetimeSeconds);
    return SimResponse::oauthError(QStringLiteral("use_dpop_nonce"), description)
        .withHeader(QByteArrayLiteral("DPoP-Nonce"), nonce.toLatin1())
        .forClient(clientId);
}

SimResponse StsEndpoints::token(const SimRequest &request)
{
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return SimResponse::oauthError(QStringLiteral("invalid_request"),
                                       QStringLiteral("The body must be application/x-www-form-urlencoded"));
    const auto form = request.formFields();
    if (!form)
        return SimResponse::oauthError(QStringLiteral("invalid_request"),
                                       QStringLiteral("A parameter is repeated or the body is not UTF-8"));
    const QString grantType = form->value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return SimResponse::oauthError(QStringLiteral("invalid_request"),
                                       QStringLiteral("grant_type is missing"));
    if (grantType == QLatin1String("authorization_code") && m_authorizationCode)
        return m_authorizationCode(request, *form);
    if (grantType != QLatin1String("client_credentials"))
        return SimResponse::oauthError(QStringLiteral("unsupported_grant_type"), {});

    const AssertionOutcome auth = verifyClientAssertion(*form, m_state, m_urls.issuer);
    if (!auth.ok) {
        qCInfo(lcSim).noquote() << "invalid_client for" << auth.clientId << "-" << auth.logReason;
        return SimResponse::oauthError(QStringLiteral("invalid_client"), auth.description)
            .forClient(auth.clientId);
    }
    const QString clientId = auth.clientId;
    SimClient *client = m_state.client(clientId);

    const QByteArray proof = request.header("dpop");
    if (proof.isEmpty())
        return SimResponse::oauthError(QStringLiteral("invalid_request"),
                                       QStringLiteral("A DPoP proof is required for this client"))
            .forClient(clientId);
    DpopExpectation expected;
    expected.method = "POST";
    expected.acceptedHtu = {QStringLiteral("http://") + QString::fromLatin1(request.host()) + request.path,
                            m_urls.tokenEndpoint()};
    expected.requireNonce = m_state.settings().requireDpopNonce;
    const DpopOutcome dpop = verifyDpopProof(proof, expected, m_state);
    if (dpop.kind == DpopOutcome::Kind::NeedNonce)
        return needNonce(dpop.description, clientId);
    if (dpop.kind != DpopOutcome::Kind::Ok)
        return SimResponse::oauthError(QStringLiteral("invalid_dpop_proof"), dpop.description)
            .forClient(clientId);

    QStringList scopes = form->value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (scopes.isEmpty()) {
        for (const ScopeGrant &s : std::as_const(client->scopes)) {
            if (s.status == QLatin1String("ok") &&
                (!isSfmScope(s.scope) || m_state.settings().allowClientCredentialsForSfm))
                scopes.append(s.scope);
        }
        if (scopes.isEmpty())
            return SimResponse::oauthError(QStringLiteral("invalid_scope"),
                                           QStringLiteral("The client has no scope it may use yet"))
                .forClient(clientId);
    }
    scopes.removeDuplicates();
    for (const QString &scope : std::as_const(scopes)) {
        const ScopeGrant *grant = client->scope(scope);
        if (!grant)
            return SimResponse::oauthError(
                       QStringLiteral("invalid_scope"),
                       QStringLiteral("The client is not allowed the scope %1").arg(scope))
                .forClient(clientId);
        if (grant->status != QLatin1String("ok"))
            return SimResponse::oauthError(QStringLiteral("invalid_scope"),
                                           QStringLiteral("Access to the scope %1 is pending").arg(scope))
                .forClient(clientId);
        // SFM is called with a user's token (reference section 9); HelseID's exact refusal is UNCONFIRMED.
        if (isSfmScope(scope) && !m_state.settings().allowClientCredentialsForSfm)
            return SimResponse::oauthError(
                       QStringLiteral("invalid_scope"),
                       QStringLiteral("The scope %1 needs a user: use the authorization code flow (a user "
                                      "login) instead of client credentials")
                           .arg(scope))
                .forClient(clientId);
    }
    const DetailsOutcome details = readAssertionDetails(auth.claims, *client);
    if (!details.hidError.isEmpty())
        return SimResponse::oauthError(QStringLiteral("invalid_request"), details.hidError)
            .forClient(clientId);

    const auto token = issueAccessToken(m_state, m_urls.issuer, *client,
                                        {scopes, dpop.jkt, details.childOrganization, {}, {}});
    if (!token)
        return SimResponse::oauthError(QStringLiteral("server_error"), token.error().detail, 500)
            .forClient(clientId);
    return SimResponse::json(
               QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token.value())},
                           {QStringLiteral("token_type"), QStringLiteral("DPoP")},
                           {QStringLiteral("expires_in"), m_state.settings().accessTokenLifetimeSeconds},
                           {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}})
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"))
        .forClient(clientId);
}

} // namespace sfm::sim
