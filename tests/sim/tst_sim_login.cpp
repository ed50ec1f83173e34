// Conformance of the simulated STS's user login with reference sections 8 and 9: SFM scopes only for users,
// PAR with private_key_jwt and PKCE, the authorize step (test identity provider and the test-person page),
// the authorization_code grant with DPoP, and each refusal, driven with raw HTTP and hand-built JWTs; and
// the draft as NHN sends it (section 9: empty optional members left out).
#include "SimTestSupport.h"

#include "crypto/DpopProof.h"
#include "crypto/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace sfm;
using namespace simtest;

namespace {

const QString SfmScope = QStringLiteral("e-helse:sfm.api/sfm.api2");
const QString Registered = QStringLiteral("http://localhost/callback");
const QString SynthPid = QStringLiteral("13858340033"); // the simulator's Kari Nordmann (HPR 9144850)
const QString LoginScopes =
    QStringLiteral("openid profile helseid://scopes/identity/pid helseid://scopes/identity/security_level "
                   "helseid://scopes/hpr/hpr_number e-helse:sfm.api/sfm.api2");

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QString error(const Reply &r)
{
    return r.json().value(QStringLiteral("error")).toString();
}

QUrlQuery locationQuery(const Reply &r)
{
    return QUrlQuery(QUrl::fromEncoded(r.header("location")));
}

} // namespace

class TstSimLogin : public QObject
{
    Q_OBJECT

private:
    Fixture f;
    crypto::Key clientKey;
    crypto::Key dpopKey;
    QString clientId;        // ready, with the SFM scope and a registered loopback redirect URI
    QString pendingClientId; // confirmed, documents not signed: SFM still pending

    QString tokenUrl() const { return f.urls().issuer + QStringLiteral("/connect/token"); }
    QString parUrl() const { return f.urls().issuer + QStringLiteral("/connect/par"); }

    struct Pushed
    {
        Reply reply;
        QString verifier;
        QString state;
        QString nonce;
        QString redirectUri;
    };

    // A PAR request; 'changes' replaces fields (an empty value removes one).
    Pushed par(const QList<QPair<QString, QString>> &changes = {}, const QString &id = {},
               bool authenticate = true)
    {
        Pushed p;
        p.verifier = crypto::newJti() + crypto::newJti();
        p.state = crypto::newJti();
        p.nonce = crypto::newJti();
        p.redirectUri = QStringLiteral("http://localhost:49152/callback");
        const QString client = id.isEmpty() ? clientId : id;
        QList<QPair<QString, QString>> fields{
            {QStringLiteral("client_id"), client},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("redirect_uri"), p.redirectUri},
            {QStringLiteral("scope"), LoginScopes},
            {QStringLiteral("state"), p.state},
            {QStringLiteral("nonce"), p.nonce},
            {QStringLiteral("code_challenge"),
             QString::fromLatin1(crypto::accessTokenHash(p.verifier.toLatin1()))},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
            {QStringLiteral("acr_values"), QStringLiteral("idp:testidp-oidc")},
            {QStringLiteral("test_pid"), SynthPid},
            {QStringLiteral("test_security_level"), QStringLiteral("4")},
        };
        if (authenticate) {
            fields.append({QStringLiteral("client_assertion_type"),
                           QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")});
            fields.append({QStringLiteral("client_assertion"),
                           QString::fromLatin1(assertion(clientKey, client, f.urls().issuer))});
        }
        for (const auto &[name, value] : changes) {
            fields.removeIf([&name](const auto &field) { return field.first == name; });
            if (!value.isEmpty())
                fields.append({name, value});
            if (name == QLatin1String("redirect_uri"))
                p.redirectUri = value;
        }
        p.reply = f.http().send("POST", parUrl(), formBody(fields),
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
        return p;
    }

    Reply authorize(const QString &requestUri, const QString &id = {})
    {
        QUrl url(f.urls().issuer + QStringLiteral("/connect/authorize"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"), id.isEmpty() ? clientId : id);
        query.addQueryItem(QStringLiteral("request_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(requestUri)));
        url.setQuery(query);
        return f.http().send("GET", url.toString());
    }

    // The code exchange with the use_dpop_nonce round trip; a fresh assertion each attempt.
    Reply exchange(const QString &code, const QString &verifier, const QString &redirectUri,
                   const crypto::Key &proofKey, qint64 clockOffset = 0)
    {
        Reply r;
        for (int attempt = 0; attempt < 2; ++attempt) {
            const QByteArray body = formBody({
                {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("client_id"), clientId},
                {QStringLiteral("code"), code},
                {QStringLiteral("redirect_uri"), redirectUri},
                {QStringLiteral("code_verifier"), verifier},
                {QStringLiteral("client_assertion_type"),
                 QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                {QStringLiteral("client_assertion"),
                 QString::fromLatin1(assertion(clientKey, clientId, f.urls().issuer, {}, {}, clockOffset))},
            });
            r = f.http().send(
                "POST", tokenUrl(), body,
                {{"Content-Type", "application/x-www-form-urlencoded"},
                 {"DPoP", proof(proofKey, "POST", tokenUrl(), m_nonce, {}, {}, {}, clockOffset)}});
            if (r.status == 400 && error(r) == QLatin1String("use_dpop_nonce")) {
                m_nonce = QString::fromLatin1(r.header("dpop-nonce"));
                continue;
            }
            break;
        }
        return r;
    }
    QString m_nonce;

    // PAR and authorize through the test identity provider: the callback's code.
    QString codeFor(const Pushed &p)
    {
        if (p.reply.status != 201)
            return {};
        const Reply a = authorize(p.reply.json().value(QStringLiteral("request_uri")).toString());
        return a.status == 302 ? locationQuery(a).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)
                               : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        QVERIFY(f.setSettings({{QStringLiteral("cacheDelaySeconds"), 0}}));
        clientKey = crypto::Key::generateRsa(2048).value();
        dpopKey = crypto::Key::generateEc(crypto::Curve::P256).value();
        QJsonObject body = draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client"), SfmScope});
        body.insert(QStringLiteral("redirectUris"), QJsonArray{Registered});
        clientId = f.createDraft(clientKey, body);
        QVERIFY(!clientId.isEmpty());
        QVERIFY(f.confirm(clientId));
        QVERIFY(f.signDocuments(clientId));
        pendingClientId = f.createDraft(clientKey, body);
        QVERIFY(!pendingClientId.isEmpty());
        QVERIFY(f.confirm(pendingClientId));
    }

    void discoveryNamesTheLoginEndpoints()
    {
        const QJsonObject d =
            f.http()
                .send("GET", f.urls().issuer + QStringLiteral("/.well-known/openid-configuration"))
                .json();
        QCOMPARE(d.value(QStringLiteral("pushed_authorization_request_endpoint")).toString(), parUrl());
        QCOMPARE(d.value(QStringLiteral("authorization_endpoint")).toString(),
                 f.urls().issuer + QStringLiteral("/connect/authorize"));
        QCOMPARE(d.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
                 QJsonArray{QStringLiteral("S256")});
        QCOMPARE(d.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool(), true);
        QVERIFY(d.value(QStringLiteral("grant_types_supported"))
                    .toArray()
                    .contains(QStringLiteral("authorization_code")));
    }

    void clientCredentialsForSfmNeedAUser()
    {
        const Reply refused = f.token(clientKey, dpopKey, clientId, SfmScope);
        QCOMPARE(refused.status, 400);
        QCOMPARE(error(refused), QStringLiteral("invalid_scope"));
        QVERIFY2(refused.json()
                     .value(QStringLiteral("error_description"))
                     .toString()
                     .contains(QStringLiteral("needs a user")),
                 refused.body.constData());
        // The self-service scope is still for the client itself.
        QCOMPARE(f.token(clientKey, dpopKey, clientId, QStringLiteral("nhn:selvbetjening/client")).status,
                 200);
        // A request without scope gets the scopes the client may use without a user.
        const Reply all = f.token(clientKey, dpopKey, clientId, {});
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("nhn:selvbetjening/client"));

        QVERIFY(f.setSettings({{QStringLiteral("allowClientCredentialsForSfm"), true}}));
        const Reply allowed = f.token(clientKey, dpopKey, clientId, SfmScope);
        QVERIFY(f.setSettings({{QStringLiteral("allowClientCredentialsForSfm"), false}}));
        QCOMPARE(allowed.status, 200);
    }

    void testIdentityProviderLoginGivesDpopTokenWithSfmClaims()
    {
        const Pushed p = par({{QStringLiteral("scope"), LoginScopes + QStringLiteral(" offline_access")},
                              {QStringLiteral("resource"), QStringLiteral("e-helse:sfm.api")}});
        QCOMPARE(p.reply.status, 201);
        QCOMPARE(p.reply.json().value(QStringLiteral("expires_in")).toInt(), 60);
        const QString requestUri = p.reply.json().value(QStringLiteral("request_uri")).toString();
        QVERIFY(requestUri.startsWith(QStringLiteral("urn:ietf:params:oauth:request_uri:")));

        const Reply a = authorize(requestUri);
        QCOMPARE(a.status, 302); // no page: HelseID TEST's test identity provider
        const QUrl callback = QUrl::fromEncoded(a.header("location"));
        QCOMPARE(callback.host(), QStringLiteral("localhost"));
        QCOMPARE(callback.port(), 49152);
        QCOMPARE(callback.path(), QStringLiteral("/callback"));
        const QUrlQuery q(callback);
        QCOMPARE(q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), p.state);
        QCOMPARE(q.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), f.urls().issuer);
        const QString code = q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());

        const Reply t = exchange(code, p.verifier, p.redirectUri, dpopKey);
        QCOMPARE(t.status, 200);
        const QJsonObject answer = t.json();
        QCOMPARE(answer.value(QStringLiteral("token_type")).toString(), QStringLiteral("DPoP"));
        QVERIFY(!answer.value(QStringLiteral("refresh_token")).toString().isEmpty());
        const QJsonObject claims =
            jwtPayload(answer.value(QStringLiteral("access_token")).toString().toLatin1());
        QVERIFY(claims.value(QStringLiteral("scope")).toArray().contains(SfmScope));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("e-helse:sfm.api"));
        QCOMPARE(claims.value(QStringLiteral("helseid://claims/identity/pid")).toString(), SynthPid);
        QCOMPARE(claims.value(QStringLiteral("helseid://claims/hpr/hpr_number")).toString(),
                 QStringLiteral("9144850"));
        QCOMPARE(claims.value(QStringLiteral("helseid://claims/identity/security_level")).toString(),
                 QStringLiteral("4"));
        QCOMPARE(claims.value(QStringLiteral("helseid://claims/client/claims/orgnr_parent")).toString(),
                 QLatin1String(OrgNumber));
        QVERIFY(!claims.value(QStringLiteral("e-helse:sfm.api/client/claims/sfm-id")).toString().isEmpty());
        QCOMPARE(claims.value(QStringLiteral("cnf")).toObject().value(QStringLiteral("jkt")).toString(),
                 dpopKey.thumbprint());
        QCOMPARE(claims.value(QStringLiteral("name")).toString(), QStringLiteral("Kari Nordmann"));

        const QByteArray idToken = answer.value(QStringLiteral("id_token")).toString().toLatin1();
        const auto verified =
            crypto::verifyCompact(idToken, f.sim().state().signingKey(), {crypto::Algorithm::RS256});
        QVERIFY(verified.ok());
        const QJsonObject id = verified->payloadObject();
        QCOMPARE(id.value(QStringLiteral("nonce")).toString(), p.nonce);
        QCOMPARE(id.value(QStringLiteral("aud")).toString(), clientId);
        QCOMPARE(id.value(QStringLiteral("iss")).toString(), f.urls().issuer);
        QCOMPARE(id.value(QStringLiteral("helseid://claims/identity/pid")).toString(), SynthPid);

        const Reply again = exchange(code, p.verifier, p.redirectUri, dpopKey);
        QCOMPARE(again.status, 400);
        QCOMPARE(error(again), QStringLiteral("invalid_grant")); // reused code
    }

    void noRefreshTokenWithoutOfflineAccess()
    {
        const Pushed p = par();
        const Reply t = exchange(codeFor(p), p.verifier, p.redirectUri, dpopKey);
        QCOMPARE(t.status, 200);
        QVERIFY(!t.json().contains(QStringLiteral("refresh_token")));
        QVERIFY(t.json().contains(QStringLiteral("id_token")));
    }

    void personPageLogsInAChosenTestPerson()
    {
        const Pushed p = par({{QStringLiteral("acr_values"), {}},
                              {QStringLiteral("test_pid"), {}},
                              {QStringLiteral("test_security_level"), {}}});
        QCOMPARE(p.reply.status, 201);
        const Reply page = authorize(p.reply.json().value(QStringLiteral("request_uri")).toString());
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(QStringLiteral("Kari Nordmann")));
        QVERIFY(html.contains(SynthPid));
        QVERIFY(page.header("content-security-policy").contains("form-action 'self' http://localhost:49152"));
        const QRegularExpression handle(QStringLiteral("name=\"handle\" value=\"([^\"]+)\""));
        const QString h = handle.match(html).captured(1);
        QVERIFY(!h.isEmpty());
        const Reply chosen =
            f.http().send("POST", f.urls().issuer + QStringLiteral("/connect/authorize/person"),
                          formBody({{QStringLiteral("handle"), h}, {QStringLiteral("pid"), SynthPid}}),
                          {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(chosen.status, 302);
        const QString code = locationQuery(chosen).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QCOMPARE(exchange(code, p.verifier, p.redirectUri, dpopKey).status, 200);
        // The page is one use.
        const Reply twice =
            f.http().send("POST", f.urls().issuer + QStringLiteral("/connect/authorize/person"),
                          formBody({{QStringLiteral("handle"), h}, {QStringLiteral("pid"), SynthPid}}),
                          {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(twice.status, 400);
    }

    void wrongVerifierIsRefused()
    {
        const Pushed p = par();
        const Reply t = exchange(codeFor(p), crypto::newJti() + crypto::newJti(), p.redirectUri, dpopKey);
        QCOMPARE(t.status, 400);
        QCOMPARE(error(t), QStringLiteral("invalid_grant"));
    }

    void otherRedirectUriAtExchangeIsRefused()
    {
        const Pushed p = par();
        const Reply t =
            exchange(codeFor(p), p.verifier, QStringLiteral("http://localhost:49153/callback"), dpopKey);
        QCOMPARE(error(t), QStringLiteral("invalid_grant"));
    }

    void codeAndRequestUriLiveSixtySeconds()
    {
        const Pushed p = par();
        const QString code = codeFor(p);
        const Pushed waiting = par();
        QVERIFY(f.setSettings({{QStringLiteral("clockOffsetSeconds"), 61}}));
        // A fresh assertion and proof on the simulator's clock: only the code's age is wrong.
        const Reply late = exchange(code, p.verifier, p.redirectUri, dpopKey, 61);
        const Reply lateAuthorize =
            authorize(waiting.reply.json().value(QStringLiteral("request_uri")).toString());
        QVERIFY(f.setSettings({{QStringLiteral("clockOffsetSeconds"), 0}}));
        QCOMPARE(late.status, 400);
        QCOMPARE(error(late), QStringLiteral("invalid_grant"));
        QCOMPARE(lateAuthorize.status, 400);
    }

    void requestUriIsOneUse()
    {
        const Pushed p = par();
        const QString uri = p.reply.json().value(QStringLiteral("request_uri")).toString();
        QCOMPARE(authorize(uri).status, 302);
        QCOMPARE(authorize(uri).status, 400);
        // And only for the client that pushed it.
        const Pushed other = par();
        QCOMPARE(
            authorize(other.reply.json().value(QStringLiteral("request_uri")).toString(), pendingClientId)
                .status,
            400);
    }

    void parRefusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("unregistered redirect URI") << "redirect_uri"
                                                   << "http://localhost:49152/other"
                                                   << "invalid_request";
        QTest::newRow("unregistered host") << "redirect_uri"
                                           << "http://127.0.0.1:49152/callback"
                                           << "invalid_request";
        QTest::newRow("https is not the registered loopback URI") << "redirect_uri"
                                                                  << "https://localhost:49152/callback"
                                                                  << "invalid_request";
        QTest::newRow("no redirect URI") << "redirect_uri"
                                         << ""
                                         << "invalid_request";
        QTest::newRow("plain PKCE") << "code_challenge_method"
                                    << "plain"
                                    << "invalid_request";
        QTest::newRow("no PKCE") << "code_challenge"
                                 << ""
                                 << "invalid_request";
        QTest::newRow("no state") << "state"
                                  << ""
                                  << "invalid_request";
        QTest::newRow("token response type") << "response_type"
                                             << "token"
                                             << "unsupported_response_type";
        QTest::newRow("scope the client lacks") << "scope"
                                                << "openid e-helse:sfm.api/sfm-migrering.api2"
                                                << "invalid_scope";
        QTest::newRow("unknown scope") << "scope"
                                       << "openid nhn:something/else"
                                       << "invalid_scope";
        QTest::newRow("no scope") << "scope"
                                  << ""
                                  << "invalid_scope";
        QTest::newRow("wrong resource") << "resource"
                                        << "nhn:selvbetjening"
                                        << "invalid_target";
        QTest::newRow("test_pid not a fødselsnummer") << "test_pid"
                                                      << "13858340034"
                                                      << "invalid_request";
        QTest::newRow("test_security_level 5") << "test_security_level"
                                               << "5"
                                               << "invalid_request";
        QTest::newRow("request_uri pushed") << "request_uri"
                                            << "urn:x"
                                            << "invalid_request";
    }
    void parRefusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedError);
        const Pushed p = par({{field, value}});
        QCOMPARE(p.reply.status, 400);
        QCOMPARE(error(p.reply), expectedError);
    }

    void loopbackRedirectUriTakesAnyPort()
    {
        QCOMPARE(par({{QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1/callback")}})
                     .reply.status,
                 201);
        QCOMPARE(par({{QStringLiteral("redirect_uri"), Registered}}).reply.status, 201);
    }

    void parWithoutClientAuthenticationIsRefused()
    {
        const Pushed p = par({}, {}, false);
        QCOMPARE(p.reply.status, 400);
        QCOMPARE(error(p.reply), QStringLiteral("invalid_client"));
        // A replayed assertion is refused too (the same strict checks as the token endpoint).
        const QByteArray used = assertion(clientKey, clientId, f.urls().issuer);
        auto withAssertion = [&](const QByteArray &a) {
            return par({{QStringLiteral("client_assertion_type"),
                         QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                        {QStringLiteral("client_assertion"), QString::fromLatin1(a)}});
        };
        QCOMPARE(withAssertion(used).reply.status, 201);
        QCOMPARE(error(withAssertion(used).reply), QStringLiteral("invalid_client"));
    }

    void pendingScopeIsRefused()
    {
        const Pushed p = par({}, pendingClientId);
        QCOMPARE(p.reply.status, 400);
        QCOMPARE(error(p.reply), QStringLiteral("invalid_scope"));
        QVERIFY(p.reply.json()
                    .value(QStringLiteral("error_description"))
                    .toString()
                    .contains(QStringLiteral("pending")));
    }

    void securityLevelBelowFourIsRefusedForSfm()
    {
        const Pushed p = par({{QStringLiteral("test_security_level"), QStringLiteral("3")}});
        QCOMPARE(p.reply.status, 201);
        const Reply a = authorize(p.reply.json().value(QStringLiteral("request_uri")).toString());
        QCOMPARE(a.status, 302);
        const QUrlQuery q = locationQuery(a);
        QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("code")));
        QCOMPARE(q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), p.state);
        // Without an SFM scope, level 3 logs in.
        const Pushed identity = par({{QStringLiteral("test_security_level"), QStringLiteral("3")},
                                     {QStringLiteral("scope"), QStringLiteral("openid profile")}});
        QVERIFY(!codeFor(identity).isEmpty());
    }

    void draftWithEmptyOptionalMemberIsRefused_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        for (const char *member : {"audienceSpecificClientClaims", "childOrganizationNumbers", "redirectUris",
                                   "postLogoutRedirectUris"}) {
            QTest::addRow("%s null", member) << QString::fromLatin1(member) << QJsonValue(QJsonValue::Null);
            QTest::addRow("%s []", member) << QString::fromLatin1(member) << QJsonValue(QJsonArray());
        }
    }
    void draftWithEmptyOptionalMemberIsRefused()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject body = draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")});
        body.insert(member, value);
        const auto post = [&] {
            return f.http().postJson(f.urls().api + QStringLiteral("/v1/client-drafts"), body,
                                     {{"api-key", "demo-klientmal-api-key"}});
        };
        const Reply refused = post();
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QStringLiteral("property")).toString(), member);
        QVERIFY(f.setSettings({{QStringLiteral("acceptEmptyDraftMembers"), true}}));
        const Reply accepted = post();
        QVERIFY(f.setSettings({{QStringLiteral("acceptEmptyDraftMembers"), false}}));
        QCOMPARE(accepted.status, 200);
    }

    void codeBoundAtParNeedsThatDpopKey()
    {
        const crypto::Key other = crypto::Key::generateEc(crypto::Curve::P256).value();
        const Pushed p = par({{QStringLiteral("dpop_jkt"), dpopKey.thumbprint()}});
        QCOMPARE(p.reply.status, 201);
        const Reply t = exchange(codeFor(p), p.verifier, p.redirectUri, other);
        QCOMPARE(error(t), QStringLiteral("invalid_dpop_proof"));

        // A DPoP proof on PAR binds the same way.
        const QString verifier = crypto::newJti() + crypto::newJti();
        const QByteArray body = formBody({
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("redirect_uri"), Registered},
            {QStringLiteral("scope"), LoginScopes},
            {QStringLiteral("state"), QStringLiteral("s")},
            {QStringLiteral("code_challenge"),
             QString::fromLatin1(crypto::accessTokenHash(verifier.toLatin1()))},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
            {QStringLiteral("acr_values"), QStringLiteral("idp:testidp-oidc")},
            {QStringLiteral("test_pid"), SynthPid},
            {QStringLiteral("test_security_level"), QStringLiteral("4")},
            {QStringLiteral("client_assertion_type"),
             QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
            {QStringLiteral("client_assertion"),
             QString::fromLatin1(assertion(clientKey, clientId, f.urls().issuer))},
        });
        const Reply pushed = f.http().send("POST", parUrl(), body,
                                           {{"Content-Type", "application/x-www-form-urlencoded"},
                                            {"DPoP", proof(other, "POST", parUrl())}});
        QCOMPARE(pushed.status, 201);
        Pushed bound;
        bound.reply = pushed;
        const QString code = codeFor(bound);
        QCOMPARE(error(exchange(code, verifier, Registered, dpopKey)), QStringLiteral("invalid_dpop_proof"));
    }
};

QTEST_GUILESS_MAIN(TstSimLogin)
#include "tst_sim_login.moc"
