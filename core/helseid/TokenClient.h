#pragma once

#include "AccessToken.h"
#include "ClientCredentials.h"
#include "DiscoveryClient.h"
#include "Environment.h"
#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace sfm::net {
class HttpClient;
}

namespace sfm::helseid {

// Gets client-credentials tokens from HelseID (reference section 6): private_key_jwt with aud = issuer and
// this computer's own time (never shifted by the offset measured from HelseID's Date header: the EPJ will
// sign with this clock too, so a wrong clock must show now; a refusal while the clock is off says so,
// OAuthError::explainClockSkew), DPoP with the use_dpop_nonce retry (once) and the nonce remembered for
// the next request, child organizations in assertion_details, and a cache until expires_in minus a margin.
class TokenClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<AccessToken>)>;
    using Clock = std::function<QDateTime()>;

    TokenClient(net::HttpClient &http, DiscoveryClient &discovery, Environment environment,
                QObject *parent = nullptr);

    // Errors: helseid.oauth.* (see OAuthError; invalid_client is distinguishable), helseid.discovery.*,
    // net.*, crypto.*. dpop = false asks for a Bearer token (only for scopes that need it).
    void requestToken(const ClientCredentials &credentials, const QStringList &scopes, Callback callback,
                      bool dpop = true);

    // Forgets cached tokens of that client (e.g. after an API answered 401).
    void invalidate(const QString &clientId);
    void clearCache();
    int cachedTokenCount() const { return int(m_cache.size()); }

    // The last DPoP nonce the token endpoint gave (empty before); used for the next proof.
    QString dpopNonce() const { return m_nonce; }

    const Environment &environment() const { return m_environment; }
    void setExpiryMarginSeconds(int seconds); // default 60
    void setClock(Clock clock);
    // HelseID's time: this PC's clock (or setClock's) plus the offset measured from the issuer's Date
    // headers. What key expiry must be compared with (KeyExpiry); never used for signing.
    QDateTime serverNow() const { return QDateTime::fromSecsSinceEpoch(serverNowEpoch(), Qt::UTC); }

private:
    struct Pending;
    void post(const std::shared_ptr<Pending> &pending, const QUrl &tokenEndpoint, bool nonceRetried);
    QString cacheKey(const ClientCredentials &credentials, const QStringList &scopes, bool dpop) const;
    qint64 localNowEpoch() const;
    // This computer's time plus the offset measured from HelseID's Date header: for comparing with dates
    // HelseID wrote (key expiry), never for signing.
    qint64 serverNowEpoch() const;
    // HelseID's clock minus ours, from its Date headers; nullopt before any answer.
    std::optional<qint64> measuredClockOffset() const;

    QPointer<net::HttpClient> m_http;
    QPointer<DiscoveryClient> m_discovery;
    Environment m_environment;
    QHash<QString, AccessToken> m_cache;
    QString m_nonce;
    int m_marginSeconds = 60;
    Clock m_clock;
};

} // namespace sfm::helseid
