#include "AuthorizationEndpoints.h"

#include "AccessTokens.h"
#include "AssertionVerifier.h"
#include "DpopVerifier.h"
#include "Html.h"
#include "Logging.h"
#include "LoginScopes.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace sfm::sim {

using html::esc;

namespace {

bool isLoopback(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") &&
           (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost") ||
            url.host() == QLatin1String("::1"));
}

bool isBase64UrlOfLength(const QString &text, int min, int max)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return text.size() >= min && text.size() <= max && pattern.match(text).hasMatch();
}

SimResponse errorPage(const QString &title, const QString &text, int status = 400)
{
    return SimResponse::html(html::page(title, QStringLiteral("<p>%1</p>").arg(esc(text))), status);
}

QString percent(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

bool isRegisteredRedirectUri(const QString &uri, const QStringList &registered)
{
    if (registered.contains(uri))
        return true;
    const QUrl sent(uri, QUrl::StrictMode);
    if (!sent.isValid() || !isLoopback(sent) || !sent.fragment().isEmpty() || !sent.userInfo().isEmpty())
        return false;
    for (const QString &r : registered) {
        const QUrl reg(r, QUrl::StrictMode);
        if (!reg.isValid() || !isLoopback(reg))
            continue;
        // RFC 8252 section 7.3: any port for a loopback redirect URI; everything else exactly.
        QUrl a = sent;
        QUrl b = reg;
        a.setPort(-1);
        b.setPort(-1);
        if (a == b)
            return true;
    }
    return false;
}

AuthorizationEndpoints::AuthorizationEndpoints(SimState &state, const SimUrls &urls)
    : m_state(state)
    , m_urls(urls)
{}

void AuthorizationEndpoints::addRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/connect/par"),
               [this](const SimRequest &request, const QStringList &) { return par(request); });
    router.add("GET", QStringLiteral("/connect/authorize"),
               [this](const SimRequest &request, const QStringList &) { return authorize(request); });
    router.add("POST", QStringLiteral("/connect/authorize/person"),
               [this](const SimRequest &request, const QStringList &) { return choosePerson(request); });
}

QJsonObject AuthorizationEndpoints::discoveryMembers() const
{
    return QJsonObject{
        {QStringLiteral("pushed_authorization_request_endpoint"), parEndpoint()},
        {QStringLiteral("require_pushed_authorization_requests"), true},
        {QStringLiteral("authorization_endpoint"), authorizeEndpoint()},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
        {QStringLiteral("acr_values_supported"),
         QJsonArray{QStringLiteral("Level4"), QStringLiteral("High"), QStringLiteral("idp:testidp-oidc")}},
    };
}

SimResponse AuthorizationEndpoints::par(const SimRequest &request)
{
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return SimResponse::oauthError(QStringLiteral("invalid_request"),
                                       QStringLiteral("The body must be application/x-www-form-urlencoded"));
    const auto form = request.formFields();
    if (!form)
        return SimResponse::oauthError(QStringLiteral("invalid_request"),
                                       QStringLiteral("A parameter is repeated or the body is not UTF-8"));

    // Client authentication exactly as on the token endpoint (reference sections 6 and 8).
    const AssertionOutcome auth = verifyClientAssertion(*form, m_state, m_urls.issuer);
    if (!auth.ok) {
        qCInfo(lcSim).noquote() << "PAR invalid_client for" << auth.clientId << "-" << auth.logReason;
        return SimResponse::oauthError(QStringLiteral("invalid_client"), auth.description)
            .forClient(auth.clientId);
    }
    const QString clientId = auth.clientId;
    const SimClient *client = m_state.client(clientId);
    auto refuse = [&clientId](const QString &error, const QString &description) {
        return SimResponse::oauthError(error, description).forClient(clientId);
    };
    const QString invalidRequest = QStringLiteral("invalid_request");

    if (form->contains(QStringLiteral("request_uri")))
        return refuse(invalidRequest, QStringLiteral("request_uri must not be pushed (RFC 9126)"));
    if (form->value(QStringLiteral("response_type")) != QLatin1String("code"))
        return refuse(QStringLiteral("unsupported_response_type"),
                      QStringLiteral("response_type must be code"));

    PushedRequest pushed;
    pushed.clientId = clientId;
    pushed.redirectUri = form->value(QStringLiteral("redirect_uri"));
    if (pushed.redirectUri.isEmpty())
        return refuse(invalidRequest, QStringLiteral("redirect_uri is missing"));
    if (!isRegisteredRedirectUri(pushed.redirectUri, client->redirectUris))
        return refuse(invalidRequest, QStringLiteral("redirect_uri is not registered for the client"));

    if (form->value(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return refuse(invalidRequest, QStringLiteral("PKCE with code_challenge_method S256 is required"));
    pushed.codeChallenge = form->value(QStringLiteral("code_challenge"));
    if (!isBase64UrlOfLength(pushed.codeChallenge, 43, 43))
        return refuse(invalidRequest,
                      QStringLiteral("code_challenge must be a base64url SHA-256 (43 characters)"));
    pushed.state = form->value(QStringLiteral("state"));
    if (pushed.state.isEmpty() || pushed.state.size() > 512)
        return refuse(invalidRequest, QStringLiteral("state is missing or too long"));
    pushed.nonce = form->value(QStringLiteral("nonce")).left(512);

    pushed.scopes = form->value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    pushed.scopes.removeDuplicates();
    if (pushed.scopes.isEmpty())
        return refuse(QStringLiteral("invalid_scope"), QStringLiteral("scope is missing"));
    QStringList audiences;
    for (const QString &scope : std::as_const(pushed.scopes)) {
        if (isIdentityScope(scope))
            continue;
        const ScopeGrant *grant = client->scope(scope);
        if (!grant)
            return refuse(QStringLiteral("invalid_scope"),
                          QStringLiteral("The client is not allowed the scope %1").arg(scope));
        if (grant->status != QLatin1String("ok"))
            return refuse(QStringLiteral("invalid_scope"),
                          QStringLiteral("Access to the scope %1 is pending").arg(scope));
        audiences.append(audienceOf(scope));
    }
    const QString resource = form->value(QStringLiteral("resource"));
    if (!resource.isEmpty() && !audiences.contains(resource))
        return refuse(QStringLiteral("invalid_target"),
                      QStringLiteral("resource must be the audience of a requested API scope"));

    pushed.acrValues = form->value(QStringLiteral("acr_values"));
    pushed.testPid = form->value(QStringLiteral("test_pid"));
    if (!pushed.testPid.isEmpty() && !isValidPid(pushed.testPid))
        return refuse(invalidRequest, QStringLiteral("test_pid is not a valid fødselsnummer"));
    const QString level = form->value(QStringLiteral("test_security_level"));
    if (!level.isEmpty()) {
        bool ok = false;
        pushed.testSecurityLevel = level.toInt(&ok);
        if (!ok || pushed.testSecurityLevel < 1 || pushed.testSecurityLevel > 4)
            return refuse(invalidRequest, QStringLiteral("test_security_level must be 1, 2, 3 or 4"));
    }

    // DPoP binding at PAR: the reference does not say whether HelseID wants dpop_jkt or a DPoP proof
    // here (UNCONFIRMED), so both are accepted and neither is required; when given, the code may only be
    // exchanged with a proof by that key (RFC 9449 section 10).
    const QString dpopJkt = form->value(QStringLiteral("dpop_jkt"));
    if (!dpopJkt.isEmpty() && !isBase64UrlOfLength(dpopJkt, 43, 43))
        return refuse(invalidRequest, QStringLiteral("dpop_jkt must be a base64url SHA-256 thumbprint"));
    pushed.dpopJkt = dpopJkt;
    const QByteArray proof = request.header("dpop");
    if (!proof.isEmpty()) {
        DpopExpectation expected;
        expected.method = "POST";
        expected.acceptedHtu = {
            QStringLiteral("http://") + QString::fromLatin1(request.host()) + request.path, parEndpoint()};
        const DpopOutcome dpop = verifyDpopProof(proof, expected, m_state);
        if (dpop.kind != DpopOutcome::Kind::Ok)
            return refuse(QStringLiteral("invalid_dpop_proof"), dpop.description);
        if (!dpopJkt.isEmpty() && dpopJkt != dpop.jkt)
            return refuse(QStringLiteral("invalid_dpop_proof"),
                          QStringLiteral("dpop_jkt does not match the DPoP proof's key"));
        pushed.dpopJkt = dpop.jkt;
    }

    const QString requestUri = m_sessions.push(pushed, m_state.now());
    return SimResponse::json(
               QJsonObject{{QStringLiteral("request_uri"), requestUri},
                           {QStringLiteral("expires_in"), LoginSessions::RequestLifetimeSeconds}},
               201)
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"))
        .forClient(clientId);
}

SimResponse AuthorizationEndpoints::authorize(const SimRequest &request)
{
    const QString clientId = request.query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString requestUri =
        request.query.queryItemValue(QStringLiteral("request_uri"), QUrl::FullyDecoded);
    const QString title = QStringLiteral("Innloggingen kan ikke fortsette");
    if (clientId.isEmpty() || requestUri.isEmpty())
        return errorPage(title, QStringLiteral("Lenken mangler client_id eller request_uri. HelseID tar bare "
                                               "imot innlogginger som er sendt inn på forhånd (PAR)."));
    const auto pushed = m_sessions.takeRequest(requestUri, clientId, m_state.now());
    if (!pushed)
        return errorPage(title, QStringLiteral("Innloggingsforespørselen er ukjent, allerede brukt eller "
                                               "utløpt (den gjelder i 60 sekunder). Start innloggingen på "
                                               "nytt fra programmet."))
            .forClient(clientId);
    if (pushed->usesTestIdp())
        return finishLogin(*pushed, TestPerson::byPid(pushed->testPid, pushed->testSecurityLevel));
    return personPage(*pushed);
}

SimResponse AuthorizationEndpoints::personPage(const PushedRequest &request)
{
    const QString handle = m_sessions.openPage(request, m_state.now());
    const QString action = authorizeEndpoint() + QStringLiteral("/person");
    QString rows;
    for (const TestPerson &p : TestPerson::all()) {
        rows +=
            QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td><td>%4</td><td>%5</td></tr>")
                .arg(esc(p.name), esc(p.pid), esc(p.hprNumber), QString::number(p.securityLevel),
                     html::button(action, QStringLiteral("Logg inn"),
                                  {{QStringLiteral("handle"), handle}, {QStringLiteral("pid"), p.pid}}));
    }
    const QString body =
        QStringLiteral("<p>Klienten <code>%1</code> ber om innlogging. Velg en testperson (syntetiske data, "
                       "ingen ekte personer).</p>"
                       "<table><thead><tr><th>Navn</th><th>Fødselsnummer</th><th>HPR-nummer</th>"
                       "<th>Sikkerhetsnivå</th><th></th></tr></thead><tbody>%2</tbody></table><p>%3</p>")
            .arg(esc(request.clientId), rows,
                 html::button(
                     action, QStringLiteral("Avbryt"),
                     {{QStringLiteral("handle"), handle}, {QStringLiteral("cancel"), QStringLiteral("1")}},
                     false));
    SimResponse page = SimResponse::html(html::page(QStringLiteral("Logg inn med HelseID"), body));
    // The button's redirect goes on to the client's loopback address: form-action must allow it, or a
    // browser stops at the redirect.
    QUrl origin(request.redirectUri);
    origin.setPath({});
    origin.setQuery(QString());
    for (auto &[name, value] : page.headers) {
        if (name == "Content-Security-Policy")
            value = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' " +
                    origin.toEncoded(QUrl::RemoveUserInfo);
    }
    return page.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"))
        .forClient(request.clientId);
}

SimResponse AuthorizationEndpoints::choosePerson(const SimRequest &request)
{
    const auto form = request.formFields();
    const QString title = QStringLiteral("Innloggingen kan ikke fortsette");
    const auto pushed =
        form ? m_sessions.takePage(form->value(QStringLiteral("handle")), m_state.now()) : std::nullopt;
    if (!pushed)
        return errorPage(title, QStringLiteral("Innloggingssiden er allerede brukt eller utløpt. Start "
                                               "innloggingen på nytt fra programmet."));
    if (form->contains(QStringLiteral("cancel")))
        return redirectBack(
            *pushed, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                      {QStringLiteral("error_description"), QStringLiteral("The user cancelled the login")}});
    for (const TestPerson &p : TestPerson::all()) {
        if (p.pid == form->value(QStringLiteral("pid")))
            return finishLogin(*pushed, p);
    }
    return errorPage(title, QStringLiteral("Testpersonen finnes ikke."));
}

SimResponse AuthorizationEndpoints::finishLogin(const PushedRequest &request, const TestPerson &person)
{
    const bool sfm = std::any_of(request.scopes.cbegin(), request.scopes.cend(), isSfmScope);
    // SFM requires security level 4 (reference section 8).
    if (sfm && person.securityLevel < 4)
        return redirectBack(request, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                      {QStringLiteral("error_description"),
                                       QStringLiteral("SFM requires security level 4; the login had level %1")
                                           .arg(person.securityLevel)}});
    CodeGrant grant;
    grant.request = request;
    grant.person = person;
    grant.authTime = m_state.now();
    const QString code = m_sessions.issueCode(grant);
    qCInfo(lcSim).noquote() << "user login for client" << request.clientId << "security level"
                            << person.securityLevel;
    return redirectBack(request, {{QStringLiteral("code"), code}});
}

SimResponse AuthorizationEndpoints::redirectBack(const PushedRequest &request,
                                                 const QList<QPair<QString, QString>> &params)
{
    // RFC 6749 section 4.1.2 plus RFC 9207's iss; every value percent-encoded ('+' too).
    QUrl target(request.redirectUri);
    QString query = target.query(QUrl::FullyEncoded);
    auto add = [&query](const QString &name, const QString &value) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += percent(name) + QLatin1Char('=') + percent(value);
    };
    for (const auto &[name, value] : params)
        add(name, value);
    add(QStringLiteral("state"), request.state);
    add(QStringLiteral("iss"), m_urls.issuer);
    target.setQuery(query, QUrl::StrictMode);
    SimResponse r = SimResponse::empty(302);
    r.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return r.forClient(request.clientId);
}

} // namespace sfm::sim
