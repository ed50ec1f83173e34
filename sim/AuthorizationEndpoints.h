#pragma once

#include "LoginSessions.h"
#include "Router.h"
#include "SimState.h"
#include "SimUrls.h"

// The simulated STS's user login (reference section 8): POST /connect/par (pushed authorization requests,
// private_key_jwt as on the token endpoint, PKCE S256), GET /connect/authorize (a test-person page, or
// none at all for HelseID TEST's test identity provider), and the authorization_code grant the token
// endpoint hands over (CodeExchange.cpp).
namespace sfm::sim {

class AuthorizationEndpoints
{
public:
    AuthorizationEndpoints(SimState &state, const SimUrls &urls);
    void addRoutes(Router &router);

    // grant_type=authorization_code on /connect/token (StsEndpoints passes it on).
    SimResponse exchangeCode(const SimRequest &request, const QHash<QString, QString> &form);
    // The discovery members of the login (merged into the STS's discovery document).
    QJsonObject discoveryMembers() const;

    QString parEndpoint() const { return m_urls.issuer + QStringLiteral("/connect/par"); }
    QString authorizeEndpoint() const { return m_urls.issuer + QStringLiteral("/connect/authorize"); }

private:
    SimResponse par(const SimRequest &request);
    SimResponse authorize(const SimRequest &request);
    SimResponse choosePerson(const SimRequest &request);
    SimResponse finishLogin(const PushedRequest &request, const TestPerson &person);
    SimResponse personPage(const PushedRequest &request);
    SimResponse redirectBack(const PushedRequest &request, const QList<QPair<QString, QString>> &params);

    SimState &m_state;
    const SimUrls &m_urls;
    LoginSessions m_sessions;
};

// True when uri is one of registered: exactly, or, for a loopback URI (http, 127.0.0.1, localhost or
// [::1]), the same but for the port (RFC 8252 section 7.3).
bool isRegisteredRedirectUri(const QString &uri, const QStringList &registered);

} // namespace sfm::sim
