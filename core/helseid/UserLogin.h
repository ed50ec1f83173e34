#pragma once

#include "ClientCredentials.h"
#include "DiscoveryClient.h"
#include "Environment.h"
#include "Result.h"
#include "SystemBrowser.h"
#include "UserLoginResult.h"
#include "net/HttpResponse.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace sfm::net {
class HttpClient;
class LoopbackListener;
} // namespace sfm::net

namespace sfm::helseid {

// A user login against HelseID (reference section 8), the proof that the EPJ can call SFM: a pushed
// authorization request (PAR, private_key_jwt, PKCE S256, state, nonce) -> the system browser at the
// authorize endpoint -> the loopback listener for the callback (state as its per-use secret, iss checked)
// -> the code exchange with the verifier, a fresh client assertion and DPoP (with the nonce retry).
// In TEST and the simulator it can ask HelseID's test identity provider for a synthetic person, so nobody
// needs BankID. One login at a time per object; nothing is stored but the result handed back.
class UserLogin : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<UserLoginResult>)>;

    // A synthetic fødselsnummer (month + 80) for the test identity provider; the simulator knows it as a
    // prescriber with an HPR number.
    static inline const QString DefaultTestPid = QStringLiteral("13858340033");

    struct Options
    {
        QStringList scopes = defaultScopes();
        // The registered loopback URI (VendorProfile::loginRedirectUri()); without a port: any free one.
        QUrl redirectUri = QUrl(QStringLiteral("http://localhost/callback"));
        QString resource = QStringLiteral("e-helse:sfm.api"); // empty: not sent
        // HelseID TEST's test identity provider: acr_values=idp:testidp-oidc, test_pid,
        // test_security_level. Refused in production.
        bool useTestIdentityProvider = false;
        QString testPid = DefaultTestPid;
        int testSecurityLevel = 4;
        QString acrValues;        // other acr_values, e.g. "Level4"; empty: none
        int timeoutSeconds = 300; // how long to wait for the person in the browser
    };

    // openid profile offline_access and the identity, HPR and SFM scopes of reference section 8.
    static QStringList defaultScopes();

    UserLogin(net::HttpClient &http, DiscoveryClient &discovery, Environment environment,
              QObject *parent = nullptr);
    ~UserLogin() override;

    // The browser opener; default browserFromEnvironment(platformBrowser()).
    void setBrowser(Browser browser);

    // Starts a login; the callback runs once. Errors: helseid.login.* (busy, test_idp_in_prod,
    // no_par_endpoint, listener, refused, state, issuer, timeout, cancelled, not_dpop, bad_answer, id_token),
    // helseid.oauth.* from PAR or the token endpoint, helseid.browser.failed, helseid.discovery.*, net.*,
    // crypto.*.
    void start(const ClientCredentials &credentials, const Options &options, Callback callback);
    void cancel();
    bool isRunning() const { return bool(m_run); }
    // The running login's redirect_uri (with the port its listener took); empty when none runs.
    QUrl redirectUri() const;

signals:
    // The authorize address the browser was sent to (to show it, or let the user copy it). It holds the
    // client id and a one-use, 60-second request handle: no secret.
    void browserOpened(const QUrl &authorizeUrl);

private:
    struct Run;
    void pushRequest(const DiscoveryDocument &discovery);
    void openBrowser(const QUrl &authorizeUrl);
    void onCallback(const QUrlQuery &query);
    void exchangeCode(const QString &code, bool nonceRetried);
    std::optional<Error> callbackProblem(const QUrlQuery &query) const;
    Result<QString> clientAssertion() const;
    Result<QByteArray> dpopProof(const QUrl &url) const;
    // This computer's time: assertions and DPoP proofs are signed with it, as the EPJ's will be.
    qint64 signingNowEpoch() const;
    // The error of a refused answer, said as a clock problem when the clock is off (OAuthError).
    Error refusal(const net::HttpResponse &response) const;
    void finish(Result<UserLoginResult> result);

    QPointer<net::HttpClient> m_http;
    QPointer<DiscoveryClient> m_discovery;
    Environment m_environment;
    Browser m_browser;
    std::unique_ptr<Run> m_run;
};

} // namespace sfm::helseid
