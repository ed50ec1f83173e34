#include "SelfServiceApi.h"

#include "AccessTokens.h"
#include "ClientKeys.h"
#include "ClientSpec.h"
#include "DpopVerifier.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sfm::sim {

namespace {

QByteArray quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

QByteArray supportedAlgs()
{
    QStringList names;
    for (crypto::Algorithm alg : crypto::allAlgorithms())
        names.append(crypto::algorithmName(alg));
    return names.join(QLatin1Char(' ')).toLatin1();
}

// 401 with a DPoP challenge (RFC 9449 section 7.1) and no body, as the API answers.
SimResponse unauthorized(const QString &error, const QString &description, const QString &clientId = {})
{
    QByteArray challenge = "DPoP algs=\"" + supportedAlgs() + '"';
    if (!error.isEmpty())
        challenge += ", error=" + quoted(error) + ", error_description=" + quoted(description);
    return SimResponse::empty(401)
        .withHeader(QByteArrayLiteral("WWW-Authenticate"), challenge)
        .forClient(clientId);
}

} // namespace

SelfServiceApi::SelfServiceApi(SimState &state, const SimUrls &urls)
    : m_state(state)
    , m_urls(urls)
{}

void SelfServiceApi::addRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/client-drafts"),
               [this](const SimRequest &r, const QStringList &) { return createDraft(r); });
    router.add("GET", QStringLiteral("/api/v1/client"),
               [this](const SimRequest &r, const QStringList &) { return getClient(r); });
    router.add("PUT", QStringLiteral("/api/v1/client"),
               [this](const SimRequest &r, const QStringList &) { return putClient(r); });
    router.add("POST", QStringLiteral("/api/v1/client-secret"),
               [this](const SimRequest &r, const QStringList &) { return postClientSecret(r); });
    router.add("GET", QStringLiteral("/api/v1/client-secret"),
               [this](const SimRequest &r, const QStringList &) { return getClientSecrets(r); });
}

SelfServiceApi::Caller SelfServiceApi::authenticate(const SimRequest &request)
{
    Caller caller;
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        caller.refusal = unauthorized({}, {});
        return caller;
    }
    // Authentication schemes are case-insensitive (RFC 9110 section 11.1).
    if (authorization.left(5).toLower() != "dpop ") {
        caller.refusal =
            unauthorized(QStringLiteral("invalid_token"),
                         QStringLiteral("Use the DPoP authorization scheme with a DPoP-bound token"));
        return caller;
    }
    const QByteArray token = authorization.mid(5).trimmed();
    const TokenCheck check =
        checkAccessToken(m_state, m_urls.issuer, token, QStringLiteral("nhn:selvbetjening/client"));
    if (!check.ok) {
        caller.refusal = unauthorized(QStringLiteral("invalid_token"), check.description, check.clientId);
        return caller;
    }
    DpopExpectation expected;
    expected.method = request.method;
    expected.acceptedHtu = {QStringLiteral("http://") + QString::fromLatin1(request.host()) + request.path,
                            m_urls.issuer + request.path};
    expected.accessToken = token;
    const DpopOutcome dpop = verifyDpopProof(request.header("dpop"), expected, m_state);
    if (dpop.kind != DpopOutcome::Kind::Ok) {
        caller.refusal = unauthorized(QStringLiteral("invalid_dpop_proof"), dpop.description, check.clientId);
        return caller;
    }
    if (dpop.jkt !=
        check.claims.value(QStringLiteral("cnf")).toObject().value(QStringLiteral("jkt")).toString()) {
        caller.refusal = unauthorized(
            QStringLiteral("invalid_token"),
            QStringLiteral("The DPoP proof key is not the key the token is bound to"), check.clientId);
        return caller;
    }
    caller.client = m_state.client(check.clientId);
    if (!caller.client || caller.client->stage != SimClient::Stage::Confirmed)
        caller.refusal = unauthorized(QStringLiteral("invalid_token"),
                                      QStringLiteral("The client is not active"), check.clientId);
    return caller;
}

SimResponse SelfServiceApi::createDraft(const SimRequest &request)
{
    const Klientmal *klientmal = m_state.klientmalByApiKey(QString::fromUtf8(request.header("api-key")));
    if (!klientmal)
        return SimResponse::empty(401);
    auto read = readClientSpec(request.body, *klientmal, m_state.settings(), SpecKind::Draft);
    if (auto *refusal = std::get_if<SimResponse>(&read))
        return *refusal;
    const ClientSpec &spec = std::get<ClientSpec>(read);

    SimClient client;
    client.klientmal = klientmal->name;
    client.clientName = klientmal->name + QStringLiteral(" – ") + spec.organizationNumber;
    client.organizationNumber = spec.organizationNumber;
    client.childOrganizationNumbers = spec.childOrganizationNumbers;
    client.redirectUris = spec.redirectUris;
    client.postLogoutRedirectUris = spec.postLogoutRedirectUris;
    client.postClientConfirmationRedirectUri = spec.postClientConfirmationRedirectUri;
    client.replaceScopes(spec.apiScopes);
    client.keys.append(newClientKey(spec.publicKey, spec.publicJwk, QStringLiteral("Api"), m_state.now(),
                                    m_state.settings()));
    const QString clientId = m_state.addClient(client);

    SimClient *stored = m_state.client(clientId);
    QList<QPair<QString, QString>> claims = spec.claims;
    const bool wantsSfm = std::any_of(spec.apiScopes.cbegin(), spec.apiScopes.cend(), [](const QString &s) {
        return s.startsWith(QLatin1String("e-helse:sfm.api/"));
    });
    // A new journal: no SFM-id in the draft, HelseID assigns one; the public sample shows it equal to the
    // client id (reference section 7).
    if (wantsSfm && claims.isEmpty())
        claims.append({SfmIdClaimType, clientId});
    stored->replaceClaims(claims);
    m_state.changed();
    qCInfo(lcSim).noquote() << "draft" << clientId << "for" << spec.organizationNumber << "from Klientmal"
                            << klientmal->name << "key" << stored->keys.first().thumbprint;
    return SimResponse::json(QJsonObject{{QStringLiteral("clientId"), clientId}}).forClient(clientId);
}

SimResponse SelfServiceApi::getClient(const SimRequest &request)
{
    const Caller caller = authenticate(request);
    if (caller.refusal)
        return *caller.refusal;
    return SimResponse::json(caller.client->toApiJson()).forClient(caller.client->clientId);
}

SimResponse SelfServiceApi::putClient(const SimRequest &request)
{
    const Caller caller = authenticate(request);
    if (caller.refusal)
        return *caller.refusal;
    SimClient *client = caller.client;
    const Klientmal *klientmal = m_state.klientmalByName(client->klientmal);
    if (!klientmal)
        return SimResponse::problem(500, QStringLiteral("The client template is gone"), {})
            .forClient(client->clientId);
    auto read = readClientSpec(request.body, *klientmal, m_state.settings(), SpecKind::Update);
    if (auto *refusal = std::get_if<SimResponse>(&read))
        return refusal->forClient(client->clientId);
    const ClientSpec &spec = std::get<ClientSpec>(read);
    // Whole-object replace: what is missing or null is cleared (reference section 3.6).
    client->replaceScopes(spec.apiScopes);
    client->replaceClaims(spec.claims);
    client->redirectUris = spec.redirectUris;
    client->postLogoutRedirectUris = spec.postLogoutRedirectUris;
    client->childOrganizationNumbers = spec.childOrganizationNumbers;
    m_state.changed();
    return SimResponse::json(client->toApiJson()).forClient(client->clientId);
}

SimResponse SelfServiceApi::postClientSecret(const SimRequest &request)
{
    const Caller caller = authenticate(request);
    if (caller.refusal)
        return *caller.refusal;
    SimClient *client = caller.client;
    // The body shape is UNCONFIRMED (reference section 3.7): accept exactly the one the setting names, so a
    // client sending the other one is caught here rather than by HelseID.
    const QString shape = m_state.settings().clientSecretBodyShape;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + request.body + "]");
    const QJsonValue body = doc.array().size() == 1 ? doc.array().first() : QJsonValue();
    QString jwkText;
    if (body.isString() && shape == QLatin1String("string")) {
        jwkText = body.toString();
    } else if (body.isObject() && shape == QLatin1String("object")) {
        jwkText = QString::fromUtf8(QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
    } else {
        const QString expected = shape == QLatin1String("string")
                                     ? QStringLiteral("a JSON string holding the public JWK")
                                     : QStringLiteral("the public JWK as a JSON object");
        return SimResponse::problem(
                   400, QStringLiteral("One or more validation errors occurred."), {},
                   QJsonObject{{QStringLiteral("$"),
                                QJsonArray{QStringLiteral("The body must be %1.").arg(expected)}}})
            .forClient(client->clientId);
    }
    auto key = readPublicJwk(jwkText, QStringLiteral("publicJwk"), m_state.settings());
    if (auto *refusal = std::get_if<SimResponse>(&key))
        return refusal->forClient(client->clientId);
    const crypto::Key &newKey = std::get<crypto::Key>(key);
    for (const ClientKey &existing : std::as_const(client->keys)) {
        if (existing.thumbprint == newKey.thumbprint())
            return SimResponse::propertyError(
                       QStringLiteral("publicJwk"),
                       QStringLiteral("The key is already registered for this client."))
                .forClient(client->clientId);
    }
    const ClientKey added = newClientKey(newKey, QJsonDocument::fromJson(jwkText.toUtf8()).object(),
                                         QStringLiteral("Api"), m_state.now(), m_state.settings());
    client->keys.append(added);
    m_state.changed();
    qCInfo(lcSim).noquote() << "client" << client->clientId << "registered key" << added.thumbprint;
    return SimResponse::json(QJsonObject{{QStringLiteral("expiration"),
                                          apiExpiration(added.expiration, m_state.settings())}})
        .forClient(client->clientId);
}

SimResponse SelfServiceApi::getClientSecrets(const SimRequest &request)
{
    const Caller caller = authenticate(request);
    if (caller.refusal)
        return *caller.refusal;
    QJsonArray list;
    for (const ClientKey &k : std::as_const(caller.client->keys))
        list.append(apiKeyJson(k, m_state.settings()));
    return SimResponse::json(list).forClient(caller.client->clientId);
}

} // namespace sfm::sim
