#include "TokenClient.h"

#include "Logging.h"
#include "OAuthError.h"
#include "crypto/ClientAssertion.h"
#include "crypto/DpopProof.h"
#include "net/HttpClient.h"
#include "net/NetErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace sfm::helseid {

namespace {

constexpr qint64 MaxTokenResponseBytes = 64 * 1024;

} // namespace

struct TokenClient::Pending
{
    ClientCredentials credentials;
    QStringList scopes;
    bool dpop = true;
    QString key;
    Callback callback;
};

TokenClient::TokenClient(net::HttpClient &http, DiscoveryClient &discovery, Environment environment,
                         QObject *parent)
    : QObject(parent)
    , m_http(&http)
    , m_discovery(&discovery)
    , m_environment(std::move(environment))
{}

void TokenClient::setExpiryMarginSeconds(int seconds)
{
    m_marginSeconds = seconds;
}

void TokenClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void TokenClient::invalidate(const QString &clientId)
{
    const QString prefix = clientId + QLatin1Char('\n');
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (it.key().startsWith(prefix))
            it = m_cache.erase(it);
        else
            ++it;
    }
}

void TokenClient::clearCache()
{
    m_cache.clear();
}

QString TokenClient::cacheKey(const ClientCredentials &credentials, const QStringList &scopes,
                              bool dpop) const
{
    QStringList sorted = scopes;
    sorted.sort();
    sorted.removeDuplicates();
    // The key's thumbprint is part of it: after a key rotation the old token must not be reused.
    return credentials.clientId + QLatin1Char('\n') + credentials.key.thumbprint() + QLatin1Char('\n') +
           credentials.childOrganizationNumber + QLatin1Char('\n') + sorted.join(QLatin1Char(' ')) +
           (dpop ? QStringLiteral("\ndpop") : QStringLiteral("\nbearer"));
}

qint64 TokenClient::localNowEpoch() const
{
    // This computer's time, as the EPJ on it will use. Shifting iat/exp by the offset measured from HelseID's
    // Date header would let this program work while the EPJ fails (reference section 9, "Clocks").
    const QDateTime local = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return local.toSecsSinceEpoch();
}

qint64 TokenClient::serverNowEpoch() const
{
    return localNowEpoch() + measuredClockOffset().value_or(0);
}

std::optional<qint64> TokenClient::measuredClockOffset() const
{
    if (!m_http)
        return std::nullopt;
    if (auto o = m_http->clockOffsetSeconds(m_environment.issuer.host()))
        return o;
    return m_http->lastClockOffsetSeconds();
}

void TokenClient::requestToken(const ClientCredentials &credentials, const QStringList &scopes,
                               Callback callback, bool dpop)
{
    auto fail = [this, callback](Error error) {
        QTimer::singleShot(0, this, [callback, error] { callback(error); });
    };
    if (credentials.clientId.isEmpty() || credentials.key.isNull() || !credentials.key.hasPrivate()) {
        fail(Error(
            QStringLiteral("helseid.token.no_credentials"),
            [] {
                return tr("The client id or its private key is missing, so no token can be requested. Import "
                          "or create the key first.");
            },
            QStringLiteral("client %1").arg(credentials.clientId)));
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->credentials = credentials;
    pending->scopes = scopes;
    pending->dpop = dpop;
    pending->key = cacheKey(credentials, scopes, dpop);
    pending->callback = std::move(callback);

    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    if (const auto it = m_cache.constFind(pending->key); it != m_cache.constEnd()) {
        if (now < it->expiresAt) {
            qCDebug(lcHelseId) << "token from cache for client" << credentials.clientId;
            QTimer::singleShot(0, this, [pending, token = *it] { pending->callback(token); });
            return;
        }
        m_cache.erase(it);
    }

    if (!m_discovery) {
        fail(net::NetErrors::cancelled(m_environment.issuer));
        return;
    }
    QPointer<TokenClient> self(this);
    m_discovery->fetch(m_environment, [self, pending](Result<DiscoveryDocument> discovery) {
        if (!self)
            return;
        if (!discovery) {
            pending->callback(discovery.error());
            return;
        }
        self->post(pending, discovery->tokenEndpoint, false);
    });
}

void TokenClient::post(const std::shared_ptr<Pending> &pending, const QUrl &tokenEndpoint, bool nonceRetried)
{
    if (!m_http) {
        pending->callback(net::NetErrors::cancelled(tokenEndpoint));
        return;
    }
    const ClientCredentials &c = pending->credentials;

    // Builds the one-use parts (assertion jti, proof jti, iat) afresh: for the first attempt and for every
    // retry the HTTP layer makes.
    QPointer<TokenClient> self(this);
    auto build = [self, pending, tokenEndpoint](net::HttpRequest &request) -> Result<void> {
        if (!self)
            return net::NetErrors::cancelled(tokenEndpoint);
        const ClientCredentials &cred = pending->credentials;
        const qint64 now = self->localNowEpoch();
        crypto::ClientAssertionParams params;
        params.clientId = cred.clientId;
        params.audience = self->m_environment.issuerString();
        params.nowEpochSeconds = now;
        params.kid = cred.kid;
        if (!cred.childOrganizationNumber.isEmpty())
            params.assertionDetails.append(crypto::childOrganizationDetail(cred.childOrganizationNumber));
        const auto assertion = crypto::buildClientAssertion(cred.key, cred.algorithm, params);
        if (!assertion)
            return assertion.error();
        request.body = net::HttpRequest::formBody({
            {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
            {QStringLiteral("client_id"), cred.clientId},
            {QStringLiteral("client_assertion_type"),
             QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
            {QStringLiteral("client_assertion"), QString::fromLatin1(assertion.value())},
            {QStringLiteral("scope"), pending->scopes.join(QLatin1Char(' '))},
        });
        if (pending->dpop) {
            crypto::DpopParams dp;
            dp.method = QStringLiteral("POST");
            dp.url = tokenEndpoint;
            dp.nonce = self->m_nonce;
            dp.nowEpochSeconds = now;
            const auto proof = crypto::buildDpopProof(cred.key, cred.algorithm, dp);
            if (!proof)
                return proof.error();
            request.setHeader("DPoP", proof.value());
        }
        return {};
    };

    net::HttpRequest request = net::HttpRequest::postForm(tokenEndpoint, {});
    request.setHeader("Accept", "application/json");
    request.retry = net::HttpRequest::Retry::Safe; // a new assertion every attempt: no grant is used twice
    request.maxResponseBytes = MaxTokenResponseBytes;
    if (const Result<void> built = build(request); !built) {
        pending->callback(built.error());
        return;
    }
    request.beforeRetry = [build](net::HttpRequest &r) { (void)build(r); };

    qCInfo(lcHelseId) << "token request for client" << c.clientId << "scopes" << pending->scopes
                      << (nonceRetried ? "(with nonce)" : "");
    m_http->send(request, [self, pending, tokenEndpoint, nonceRetried](Result<net::HttpResponse> response) {
        if (!self)
            return;
        if (!response) {
            pending->callback(response.error());
            return;
        }
        const net::HttpResponse &r = response.value();
        // RFC 9449 section 8: a server may hand out a new nonce on any answer; the next proof uses it.
        const QByteArray nonce = r.header("DPoP-Nonce");
        if (!nonce.isEmpty() && nonce.size() <= 512)
            self->m_nonce = QString::fromLatin1(nonce);

        if (!r.isSuccess()) {
            const Error error = OAuthError::fromResponse(r);
            if (error.code == OAuthError::UseDpopNonce && pending->dpop && !nonceRetried &&
                !nonce.isEmpty()) {
                qCDebug(lcHelseId) << "token endpoint asked for a DPoP nonce; retrying once";
                self->post(pending, tokenEndpoint, true);
                return;
            }
            if (r.status == 404 && self->m_discovery)
                self->m_discovery->invalidate(self->m_environment.issuerString());
            const auto offset = self->measuredClockOffset();
            const Error explained = offset ? OAuthError::explainClockSkew(error, *offset) : error;
            qCInfo(lcHelseId) << "token request for client" << pending->credentials.clientId
                              << "refused:" << explained.code;
            pending->callback(explained);
            return;
        }

        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(r.body, &parseError).object();
        const QJsonValue tokenValue = o.value(QLatin1String("access_token"));
        if (parseError.error != QJsonParseError::NoError || !tokenValue.isString() ||
            tokenValue.toString().isEmpty()) {
            pending->callback(
                net::NetErrors::badJson(r.url, QStringLiteral("token answer without access_token")));
            return;
        }
        AccessToken token;
        token.token = SecureBytes(tokenValue.toString().toLatin1());
        token.tokenType = o.value(QLatin1String("token_type")).toString();
        if (pending->dpop && !token.isDpop()) {
            pending->callback(Error(
                QStringLiteral("helseid.token.not_dpop"),
                [] {
                    return tr("HelseID answered with another kind of token than the DPoP token asked for. "
                              "Contact support with the technical details.");
                },
                QStringLiteral("token_type %1").arg(token.tokenType.left(40))));
            return;
        }
        const QString scope = o.value(QLatin1String("scope")).toString();
        token.scopes = scope.isEmpty() ? pending->scopes : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const qint64 expiresIn = qint64(o.value(QLatin1String("expires_in")).toDouble(0));
        const QDateTime now = self->m_clock ? self->m_clock() : QDateTime::currentDateTimeUtc();
        token.expiresAt = now.addSecs(qMax<qint64>(0, expiresIn));
        // Cached until expires_in minus a margin (half the lifetime for very short ones), so a token is
        // never presented in its last seconds.
        const qint64 margin = qMin<qint64>(self->m_marginSeconds, expiresIn / 2);
        if (expiresIn > 0) {
            AccessToken cached = token;
            cached.expiresAt = now.addSecs(expiresIn - margin);
            self->m_cache.insert(pending->key, cached);
        }
        qCInfo(lcHelseId) << "token for client" << pending->credentials.clientId << "type" << token.tokenType
                          << "expires in" << expiresIn << "s";
        pending->callback(std::move(token));
    });
}

} // namespace sfm::helseid
