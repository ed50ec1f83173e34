#include "UserLogin.h"

#include "Logging.h"
#include "OAuthError.h"
#include "crypto/ClientAssertion.h"
#include "crypto/DpopProof.h"
#include "net/HttpClient.h"
#include "net/LoopbackListener.h"
#include "net/NetErrors.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace sfm::helseid {

namespace {

constexpr qint64 MaxAnswerBytes = 64 * 1024;
const QString JwtBearer = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

Error loginError(const QString &code, Error::Translator message, const QString &detail = {})
{
    return Error(QStringLiteral("helseid.login.") + code, std::move(message), detail);
}

} // namespace

struct UserLogin::Run
{
    ClientCredentials credentials;
    Options options;
    Callback callback;
    std::unique_ptr<net::LoopbackListener> listener;
    DiscoveryDocument discovery;
    QString redirectUri;
    QString verifier;
    QString nonce;
    QString dpopNonce;
    QPointer<QTimer> timeout; // owned by the UserLogin; deleted later (finish() may run in its signal)
    bool callbackSeen = false;
};

QStringList UserLogin::defaultScopes()
{
    return {QStringLiteral("openid"),
            QStringLiteral("profile"),
            QStringLiteral("offline_access"),
            QStringLiteral("helseid://scopes/identity/pid"),
            QStringLiteral("helseid://scopes/identity/security_level"),
            QStringLiteral("helseid://scopes/identity/assurance_level"),
            QStringLiteral("helseid://scopes/hpr/hpr_number"),
            QStringLiteral("e-helse:sfm.api/sfm.api2")};
}

UserLogin::UserLogin(net::HttpClient &http, DiscoveryClient &discovery, Environment environment,
                     QObject *parent)
    : QObject(parent)
    , m_http(&http)
    , m_discovery(&discovery)
    , m_environment(std::move(environment))
    , m_browser(browserFromEnvironment(platformBrowser()))
{}

UserLogin::~UserLogin() = default;

void UserLogin::setBrowser(Browser browser)
{
    m_browser = std::move(browser);
}

void UserLogin::start(const ClientCredentials &credentials, const Options &options, Callback callback)
{
    auto failSoon = [this, callback](Error error) {
        QTimer::singleShot(0, this, [callback, error] { callback(error); });
    };
    if (m_run)
        return failSoon(loginError(QStringLiteral("busy"), [] { return tr("A login is already running."); }));
    if (credentials.clientId.isEmpty() || credentials.key.isNull() || !credentials.key.hasPrivate())
        return failSoon(loginError(QStringLiteral("no_credentials"), [] {
            return tr(
                "The client id or its private key is missing, so nobody can log in with this client yet.");
        }));
    if (options.useTestIdentityProvider && m_environment.kind == Environment::Kind::Prod)
        return failSoon(loginError(QStringLiteral("test_idp_in_prod"), [] {
            return tr("The test person login exists only in the test environment. In production a real "
                      "person logs in.");
        }));

    m_run = std::make_unique<Run>();
    m_run->credentials = credentials;
    m_run->options = options;
    m_run->callback = std::move(callback);
    m_run->verifier = crypto::newJti() + crypto::newJti(); // 256 bits, 44 characters (RFC 7636)
    m_run->nonce = crypto::newJti();
    m_run->timeout = new QTimer(this);
    m_run->timeout->setSingleShot(true);
    connect(m_run->timeout, &QTimer::timeout, this, [this] {
        finish(loginError(QStringLiteral("timeout"), [] {
            return tr("Nobody finished the login in the browser in time. Start the login again.");
        }));
    });

    // The callback listener first: its port goes into the pushed request's redirect_uri. The OAuth state
    // is its per-use secret (the redirect URI must match the registered one exactly, so no secret path).
    net::LoopbackListener::Options lo;
    lo.path = options.redirectUri.path().isEmpty() ? QStringLiteral("/") : options.redirectUri.path();
    lo.secretPlace = net::LoopbackListener::SecretPlace::QueryParameter;
    lo.secretParameter = QStringLiteral("state");
    lo.hostName = options.redirectUri.host();
    m_run->listener = std::make_unique<net::LoopbackListener>(lo);
    m_run->listener->setPageMaker([this](const QUrlQuery &query) {
        const auto problem = callbackProblem(query);
        if (!problem)
            return net::LoopbackListener::answerPage(
                tr("You are logged in"), {tr("You can close this window and go back to the program.")});
        return net::LoopbackListener::answerPage(
            tr("The login did not succeed"), {problem->message, tr("Go back to the program to try again.")});
    });
    connect(m_run->listener.get(), &net::LoopbackListener::callbackReceived, this, &UserLogin::onCallback);
    const int fixedPort = options.redirectUri.port();
    auto port = m_run->listener->listen(fixedPort > 0 ? quint16(fixedPort) : 0);
    if (!port || (fixedPort > 0 && port.value() != fixedPort)) {
        const QString detail =
            port ? QStringLiteral("port %1 is in use").arg(fixedPort) : port.error().detail;
        m_run->timeout->deleteLater();
        m_run.reset();
        return failSoon(loginError(
            QStringLiteral("listener"),
            [fixedPort] {
                return fixedPort > 0 ? tr("The login needs the local port %1, and another program uses it. "
                                          "Close that program and try again.")
                                           .arg(fixedPort)
                                     : tr("Could not open a local port for the login's answer.");
            },
            detail));
    }
    m_run->redirectUri = m_run->listener->callbackUrl().toString();

    if (!m_discovery)
        return finish(net::NetErrors::cancelled(m_environment.issuer));
    QPointer<UserLogin> self(this);
    Run *run = m_run.get();
    m_discovery->fetch(m_environment, [self, run](Result<DiscoveryDocument> discovery) {
        if (!self || self->m_run.get() != run)
            return;
        if (!discovery)
            return self->finish(discovery.error());
        self->pushRequest(discovery.value());
    });
}

QUrl UserLogin::redirectUri() const
{
    return m_run ? QUrl(m_run->redirectUri) : QUrl();
}

void UserLogin::cancel()
{
    if (m_run)
        finish(loginError(QStringLiteral("cancelled"), [] { return tr("The login was cancelled."); }));
}

qint64 UserLogin::signingNowEpoch() const
{
    // This computer's own time, never shifted by the offset measured from HelseID's Date header: the EPJ
    // signs with this clock too, so a wrong clock must show (reference section 9, "Clocks"); a refusal
    // while it is off is explained by refusal() below.
    return QDateTime::currentSecsSinceEpoch();
}

Error UserLogin::refusal(const net::HttpResponse &response) const
{
    const Error error = OAuthError::fromResponse(response);
    std::optional<qint64> offset;
    if (m_http) {
        offset = m_http->clockOffsetSeconds(m_environment.issuer.host());
        if (!offset)
            offset = m_http->lastClockOffsetSeconds();
    }
    return offset ? OAuthError::explainClockSkew(error, *offset) : error;
}

Result<QString> UserLogin::clientAssertion() const
{
    const ClientCredentials &c = m_run->credentials;
    crypto::ClientAssertionParams params;
    params.clientId = c.clientId;
    params.audience = m_environment.issuerString();
    params.nowEpochSeconds = signingNowEpoch();
    params.kid = c.kid;
    if (!c.childOrganizationNumber.isEmpty())
        params.assertionDetails.append(crypto::childOrganizationDetail(c.childOrganizationNumber));
    auto assertion = crypto::buildClientAssertion(c.key, c.algorithm, params);
    if (!assertion)
        return assertion.error();
    return QString::fromLatin1(assertion.value());
}

Result<QByteArray> UserLogin::dpopProof(const QUrl &url) const
{
    crypto::DpopParams dp;
    dp.method = QStringLiteral("POST");
    dp.url = url;
    dp.nonce = m_run->dpopNonce;
    dp.nowEpochSeconds = signingNowEpoch();
    return crypto::buildDpopProof(m_run->credentials.key, m_run->credentials.algorithm, dp);
}

void UserLogin::pushRequest(const DiscoveryDocument &discovery)
{
    m_run->discovery = discovery;
    if (discovery.pushedAuthorizationRequestEndpoint.isEmpty() || discovery.authorizationEndpoint.isEmpty())
        return finish(loginError(
            QStringLiteral("no_par_endpoint"),
            [] {
                return tr(
                    "HelseID does not offer the login this program uses (pushed authorization requests).");
            },
            QStringLiteral("discovery without pushed_authorization_request_endpoint")));

    const Options &o = m_run->options;
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("client_id"), m_run->credentials.clientId},
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("redirect_uri"), m_run->redirectUri},
        {QStringLiteral("scope"), o.scopes.join(QLatin1Char(' '))},
        {QStringLiteral("state"), m_run->listener->secret()},
        {QStringLiteral("nonce"), m_run->nonce},
        {QStringLiteral("code_challenge"),
         QString::fromLatin1(crypto::accessTokenHash(m_run->verifier.toLatin1()))},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
    };
    if (!o.resource.isEmpty())
        fields.append({QStringLiteral("resource"), o.resource});
    QStringList acr = o.acrValues.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (o.useTestIdentityProvider) {
        acr.append(QStringLiteral("idp:testidp-oidc"));
        fields.append({QStringLiteral("test_pid"), o.testPid});
        fields.append({QStringLiteral("test_security_level"), QString::number(o.testSecurityLevel)});
    }
    if (!acr.isEmpty())
        fields.append({QStringLiteral("acr_values"), acr.join(QLatin1Char(' '))});

    const QUrl endpoint = discovery.pushedAuthorizationRequestEndpoint;
    auto build = [this, fields](net::HttpRequest &request) -> Result<void> {
        const auto assertion = clientAssertion(); // fresh for every attempt: its jti is one use
        if (!assertion)
            return assertion.error();
        auto all = fields;
        all.append({QStringLiteral("client_assertion_type"), JwtBearer});
        all.append({QStringLiteral("client_assertion"), assertion.value()});
        request.body = net::HttpRequest::formBody(all);
        return {};
    };
    net::HttpRequest request = net::HttpRequest::postForm(endpoint, {});
    request.setHeader("Accept", "application/json");
    request.retry = net::HttpRequest::Retry::Safe; // a pushed request that was lost is only a spare handle
    request.maxResponseBytes = MaxAnswerBytes;
    if (auto built = build(request); !built)
        return finish(built.error());
    QPointer<UserLogin> self(this);
    Run *run = m_run.get();
    request.beforeRetry = [self, run, build](net::HttpRequest &r) {
        if (self && self->m_run.get() == run)
            (void)build(r);
    };
    qCInfo(lcHelseId) << "login: pushed authorization request for client" << m_run->credentials.clientId;
    m_http->send(request, [self, run](Result<net::HttpResponse> response) {
        if (!self || self->m_run.get() != run)
            return;
        if (!response)
            return self->finish(response.error());
        if (!response->isSuccess())
            return self->finish(self->refusal(response.value()));
        const QJsonObject answer = QJsonDocument::fromJson(response->body).object();
        const QString requestUri = answer.value(QLatin1String("request_uri")).toString();
        if (requestUri.isEmpty() || requestUri.size() > 2048)
            return self->finish(
                net::NetErrors::badJson(response->url, QStringLiteral("PAR answer without request_uri")));
        QUrl authorize = run->discovery.authorizationEndpoint;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"),
                           QString::fromLatin1(QUrl::toPercentEncoding(run->credentials.clientId)));
        query.addQueryItem(QStringLiteral("request_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(requestUri)));
        authorize.setQuery(query);
        self->openBrowser(authorize);
    });
}

void UserLogin::openBrowser(const QUrl &authorizeUrl)
{
    m_run->timeout->start(std::chrono::seconds(qMax(1, m_run->options.timeoutSeconds)));
    emit browserOpened(authorizeUrl);
    const Browser browser = m_browser ? m_browser : browserFromEnvironment(platformBrowser());
    if (auto opened = browser(authorizeUrl); !opened)
        finish(opened.error());
}

std::optional<Error> UserLogin::callbackProblem(const QUrlQuery &query) const
{
    if (!m_run)
        return loginError(QStringLiteral("cancelled"), [] { return tr("This login is over."); });
    // RFC 9207: the issuer that answers must be the one this login went to.
    const QString iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    const bool issRequired =
        m_run->discovery.raw.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool();
    if ((issRequired || !iss.isEmpty()) && iss != m_environment.issuerString())
        return loginError(
            QStringLiteral("issuer"),
            [] {
                return tr("The answer did not come from the HelseID this login went to. Nothing was kept.");
            },
            QStringLiteral("iss %1").arg(iss.left(200)));
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded).left(100);
    if (!error.isEmpty()) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).left(300);
        if (error == QLatin1String("access_denied"))
            return loginError(
                QStringLiteral("refused"),
                [description] {
                    return tr("HelseID did not let the login through: it was cancelled, or the person does "
                              "not "
                              "meet the requirements. HelseID said: %1")
                        .arg(description);
                },
                error);
        return loginError(
            QStringLiteral("refused"),
            [error, description] { return tr("HelseID refused the login: %1 %2").arg(error, description); },
            error);
    }
    if (query.queryItemValue(QStringLiteral("code")).isEmpty())
        return loginError(QStringLiteral("bad_answer"),
                          [] { return tr("The answer carried no login code."); });
    return std::nullopt;
}

void UserLogin::onCallback(const QUrlQuery &query)
{
    // The listener checked the state (its secret). One callback per login: the listener closes now.
    if (!m_run || m_run->callbackSeen)
        return;
    m_run->callbackSeen = true;
    m_run->timeout->stop();
    m_run->listener->close();
    if (auto problem = callbackProblem(query))
        return finish(*problem);
    exchangeCode(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), false);
}

void UserLogin::exchangeCode(const QString &code, bool nonceRetried)
{
    const QUrl endpoint = m_run->discovery.tokenEndpoint;
    const auto assertion = clientAssertion();
    if (!assertion)
        return finish(assertion.error());
    const auto proof = dpopProof(endpoint);
    if (!proof)
        return finish(proof.error());
    net::HttpRequest request = net::HttpRequest::postForm(
        endpoint, net::HttpRequest::formBody({
                      {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("client_id"), m_run->credentials.clientId},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("redirect_uri"), m_run->redirectUri},
                      {QStringLiteral("code_verifier"), m_run->verifier},
                      {QStringLiteral("client_assertion_type"), JwtBearer},
                      {QStringLiteral("client_assertion"), assertion.value()},
                  }));
    request.setHeader("Accept", "application/json");
    request.setHeader("DPoP", proof.value());
    request.retry = net::HttpRequest::Retry::Never; // the code is one use: a blind repeat cannot succeed
    request.maxResponseBytes = MaxAnswerBytes;
    QPointer<UserLogin> self(this);
    Run *run = m_run.get();
    m_http->send(request, [self, run, code, nonceRetried](Result<net::HttpResponse> response) {
        if (!self || self->m_run.get() != run)
            return;
        if (!response)
            return self->finish(response.error());
        const net::HttpResponse &r = response.value();
        const QByteArray nonce = r.header("DPoP-Nonce");
        if (!nonce.isEmpty() && nonce.size() <= 512)
            run->dpopNonce = QString::fromLatin1(nonce);
        if (!r.isSuccess()) {
            const Error error = self->refusal(r);
            // use_dpop_nonce comes before the code is looked at: one retry with the nonce.
            if (error.code == OAuthError::UseDpopNonce && !nonceRetried && !nonce.isEmpty())
                return self->exchangeCode(code, true);
            return self->finish(error);
        }
        const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
        auto result = UserLoginResult::fromTokenAnswer(answer, self->m_environment.issuerString(),
                                                       run->credentials.clientId, run->nonce,
                                                       QDateTime::currentDateTimeUtc());
        if (result && !result->tokenType.isEmpty() &&
            result->tokenType.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) != 0)
            return self->finish(loginError(
                QStringLiteral("not_dpop"),
                [] {
                    return tr(
                        "HelseID answered the login with another kind of token than the DPoP token asked "
                        "for. Contact support with the technical details.");
                },
                QStringLiteral("token_type %1").arg(result->tokenType)));
        self->finish(std::move(result));
    });
}

void UserLogin::finish(Result<UserLoginResult> result)
{
    if (!m_run)
        return;
    std::unique_ptr<Run> run = std::move(m_run);
    if (run->timeout) {
        run->timeout->stop();
        run->timeout->deleteLater();
    }
    if (run->listener)
        run->listener->close();
    if (result)
        qCInfo(lcHelseId) << "login: token for client" << run->credentials.clientId << "scopes"
                          << result->scopes;
    else
        qCInfo(lcHelseId) << "login for client" << run->credentials.clientId
                          << "ended:" << result.error().code;
    Callback callback = std::move(run->callback);
    // The listener may be in the middle of answering the browser: delete it once that is done.
    if (run->listener)
        run->listener.release()->deleteLater();
    callback(std::move(result));
}

} // namespace sfm::helseid
