#include "SelfServiceClient.h"

#include "ApiError.h"
#include "Logging.h"
#include "TokenClient.h"
#include "crypto/DpopProof.h"
#include "net/HttpClient.h"
#include "net/NetErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sfm::helseid {

namespace {

constexpr qint64 MaxApiResponseBytes = 1024 * 1024;

} // namespace

SelfServiceClient::SelfServiceClient(net::HttpClient &http, TokenClient &tokens, Environment environment,
                                     QObject *parent)
    : QObject(parent)
    , m_http(&http)
    , m_tokens(&tokens)
    , m_environment(std::move(environment))
{}

void SelfServiceClient::createDraft(const ClientDraft &draft, const SecureBytes &apiKey,
                                    std::function<void(Result<QString>)> callback)
{
    const QUrl url = m_environment.apiUrl(u"/v1/client-drafts");
    if (!m_http) {
        callback(net::NetErrors::cancelled(url));
        return;
    }
    net::HttpRequest request = net::HttpRequest::postJson(url, draft.toJson());
    request.setHeader("Accept", "application/json");
    request.setHeader("api-key", apiKey.bytes()); // a secret: never logged
    // A repeat could register a second client; the caller decides after looking at the error.
    request.retry = net::HttpRequest::Retry::Never;
    request.maxResponseBytes = MaxApiResponseBytes;
    qCInfo(lcHelseId) << "creating client draft for organization" << draft.organizationNumber << "scopes"
                      << draft.apiScopes;
    m_http->send(request, [callback](Result<net::HttpResponse> response) {
        if (!response) {
            callback(response.error());
            return;
        }
        const net::HttpResponse &r = response.value();
        if (r.status == 401 || r.status == 403) {
            const ApiProblem p = ApiProblem::parse(r);
            callback(Error(
                QStringLiteral("helseid.api.bad_api_key"),
                [] {
                    return tr("The self-service API did not accept the Klientmal API key of the vendor "
                              "profile. Ask the EPJ vendor for a valid key for this environment.");
                },
                QStringLiteral("HTTP %1: %2").arg(r.status).arg(p.summary())));
            return;
        }
        if (!r.isSuccess()) {
            callback(ApiError::fromResponse(r, [] { return tr("the client draft"); }));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QString clientId = o.value(QLatin1String("clientId")).toString();
        if (clientId.isEmpty() || clientId.size() > 200) {
            callback(net::NetErrors::badJson(r.url, QStringLiteral("client draft answer without clientId")));
            return;
        }
        qCInfo(lcHelseId) << "client draft created, client id" << clientId;
        callback(clientId);
    });
}

void SelfServiceClient::callApi(const ClientCredentials &credentials, const QByteArray &method,
                                const QString &path, const QByteArray &jsonBody, Error::Translator operation,
                                RawCallback callback)
{
    if (!m_tokens || !m_http) {
        callback(net::NetErrors::cancelled(m_environment.apiUrl(path)));
        return;
    }
    QPointer<SelfServiceClient> self(this);
    struct State
    {
        bool nonceRetried = false;
        bool tokenRetried = false;
    };
    auto state = std::make_shared<State>();
    // std::function cannot hold itself; the attempt is re-entered through this shared holder. It refers to
    // itself weakly (no cycle): the pending callbacks below keep it alive while a retry may still come.
    auto holder = std::make_shared<std::function<void()>>();
    *holder = [self, credentials, method, path, jsonBody, operation, callback, state,
               weak = std::weak_ptr<std::function<void()>>(holder)] {
        const auto attempt = weak.lock();
        if (!attempt)
            return;
        if (!self || !self->m_tokens) {
            callback(net::NetErrors::cancelled(QUrl()));
            return;
        }
        self->m_tokens->requestToken(
            credentials, {SelfServiceScope},
            [self, credentials, method, path, jsonBody, operation, callback, state,
             attempt](Result<AccessToken> token) {
                if (!self || !self->m_http) {
                    return;
                }
                if (!token) {
                    callback(token.error());
                    return;
                }
                const QUrl url = self->m_environment.apiUrl(path);
                const AccessToken accessToken = token.value();
                auto build = [self, credentials, method, url,
                              accessToken](net::HttpRequest &r) -> Result<void> {
                    if (!self)
                        return net::NetErrors::cancelled(url);
                    crypto::DpopParams dp;
                    dp.method = QString::fromLatin1(method);
                    dp.url = url;
                    dp.nonce = self->m_apiNonce;
                    dp.accessToken = accessToken.token.bytes();
                    // This computer's own time, never shifted by the offset measured from the API's Date
                    // header: the EPJ signs with this clock too, so a wrong clock must show here as it
                    // does at the token endpoint (the refusal is explained there).
                    dp.nowEpochSeconds = QDateTime::currentSecsSinceEpoch();
                    const auto proof = crypto::buildDpopProof(credentials.key, credentials.algorithm, dp);
                    if (!proof)
                        return proof.error();
                    r.setHeader("Authorization", accessToken.authorizationHeader());
                    r.setHeader("DPoP", proof.value());
                    return {};
                };
                net::HttpRequest request;
                request.method = method;
                request.url = url;
                request.setHeader("Accept", "application/json");
                if (!jsonBody.isNull()) {
                    request.body = jsonBody;
                    request.contentType = QByteArrayLiteral("application/json");
                }
                // GET and PUT are idempotent; POST /v1/client-secret would add the key twice.
                request.retry =
                    method == "POST" ? net::HttpRequest::Retry::Never : net::HttpRequest::Retry::Safe;
                request.maxResponseBytes = MaxApiResponseBytes;
                if (const auto built = build(request); !built) {
                    callback(built.error());
                    return;
                }
                request.beforeRetry = [build](net::HttpRequest &r) { (void)build(r); };
                qCDebug(lcHelseId) << method << path << "as client" << credentials.clientId;
                self->m_http->send(request, [self, credentials, operation, callback, state,
                                             attempt](Result<net::HttpResponse> response) {
                    if (!self)
                        return;
                    if (!response) {
                        callback(response.error());
                        return;
                    }
                    const net::HttpResponse &r = response.value();
                    const QByteArray nonce = r.header("DPoP-Nonce");
                    if (!nonce.isEmpty() && nonce.size() <= 512)
                        self->m_apiNonce = QString::fromLatin1(nonce);
                    if (r.isSuccess()) {
                        callback(r.body);
                        return;
                    }
                    if (r.status == 401) {
                        const QByteArray challenge = r.header("WWW-Authenticate");
                        // RFC 9449 section 9: the resource server asks for a nonce with a 401.
                        if (challenge.contains("use_dpop_nonce") && !nonce.isEmpty() &&
                            !state->nonceRetried) {
                            state->nonceRetried = true;
                            (*attempt)();
                            return;
                        }
                        // An expired or revoked token: forget it and try once with a fresh one.
                        if (!state->tokenRetried && self->m_tokens) {
                            state->tokenRetried = true;
                            self->m_tokens->invalidate(credentials.clientId);
                            (*attempt)();
                            return;
                        }
                    }
                    qCInfo(lcHelseId)
                        << "self-service API answered" << r.status << "for client" << credentials.clientId;
                    callback(ApiError::fromResponse(r, operation));
                });
            });
    };
    (*holder)();
}

void SelfServiceClient::getClient(const ClientCredentials &credentials,
                                  std::function<void(Result<ClientInfo>)> callback)
{
    callApi(
        credentials, "GET", QStringLiteral("/v1/client"), QByteArray(),
        [] { return tr("reading the client's status"); },
        [callback](Result<QByteArray> body) {
            if (!body) {
                callback(body.error());
                return;
            }
            callback(parseClientInfo(body.value()));
        });
}

void SelfServiceClient::putClient(const ClientCredentials &credentials, const ClientUpdate &update,
                                  std::function<void(Result<void>)> callback)
{
    callApi(
        credentials, "PUT", QStringLiteral("/v1/client"), update.toJson(),
        [] { return tr("updating the client"); },
        [callback](Result<QByteArray> body) {
            if (!body) {
                callback(body.error());
                return;
            }
            callback(Result<void>());
        });
}

void SelfServiceClient::addClientSecret(const ClientCredentials &credentials, const QJsonObject &newPublicJwk,
                                        std::function<void(Result<std::optional<QDateTime>>)> callback)
{
    // UNCONFIRMED (reference section 3, step 7): [SBS]/[FHIT] send the JWK as a JSON string, [LIB] as a raw
    // object. The vendor profile decides.
    const QByteArray jwk = QJsonDocument(newPublicJwk).toJson(QJsonDocument::Compact);
    QByteArray body;
    if (m_secretShape == VendorProfile::SecretBodyShape::JsonString) {
        const QJsonArray wrapper{QString::fromUtf8(jwk)};
        const QByteArray array = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
        body = array.mid(1, array.size() - 2); // the JSON string literal alone
    } else {
        body = jwk;
    }
    qCInfo(lcHelseId) << "registering a new key for client" << credentials.clientId << "kid"
                      << newPublicJwk.value(QLatin1String("kid")).toString();
    callApi(
        credentials, "POST", QStringLiteral("/v1/client-secret"), body,
        [] { return tr("registering the new key"); },
        [callback](Result<QByteArray> answer) {
            if (!answer) {
                callback(answer.error());
                return;
            }
            callback(parseClientSecretExpiration(answer.value()));
        });
}

void SelfServiceClient::listClientSecrets(const ClientCredentials &credentials,
                                          std::function<void(Result<QList<ClientSecretInfo>>)> callback)
{
    callApi(
        credentials, "GET", QStringLiteral("/v1/client-secret"), QByteArray(),
        [] { return tr("listing the client's keys"); },
        [callback](Result<QByteArray> body) {
            if (!body) {
                callback(body.error());
                return;
            }
            callback(parseClientSecrets(body.value()));
        });
}

} // namespace sfm::helseid
