// The token and discovery clients against a small fake STS on 127.0.0.1: what HelseID would see (the
// assertion and proof claims, the nonce retry, the clock offset) and what callers get back.
#include "../net/LocalHttpServer.h"
#include "crypto/Jws.h"
#include "helseid/DiscoveryClient.h"
#include "helseid/OAuthError.h"
#include "helseid/TokenClient.h"
#include "net/HttpClient.h"
#include "net/HttpDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace sfm;
using namespace sfm::helseid;

namespace {

QJsonObject jwtPayload(const QByteArray &jwt)
{
    const auto parts = crypto::parseCompact(jwt);
    return parts ? QJsonDocument::fromJson(parts->payload).object() : QJsonObject();
}
QJsonObject jwtHeader(const QByteArray &jwt)
{
    const auto parts = crypto::parseCompact(jwt);
    return parts ? parts->header : QJsonObject();
}

QUrlQuery form(const QByteArray &body)
{
    return QUrlQuery(QString::fromLatin1(body));
}

// A fake STS whose clock runs `skewSeconds` ahead, that wants a DPoP nonce first, like HelseID.
struct FakeSts
{
    int skewSeconds = 0;
    QByteArray tokenAnswer; // empty: a valid DPoP token
    int tokenStatus = 200;
    int tokens = 0;
    int discoveries = 0;
    QList<QByteArray> tokenBodies;
    QList<QByteArray> proofs;
    LocalHttpServer server;

    FakeSts()
        : server([this](const LocalHttpServer::Request &r) { return handle(r); })
    {}

    QString issuer() const { return QString::fromLatin1(server.baseUrl()); }
    Environment environment() const
    {
        const QUrl base(issuer());
        return Environment::custom(base, QUrl(issuer() + QStringLiteral("/api")),
                                   QUrl(issuer() + QStringLiteral("/portal")));
    }

    QByteArray handle(const LocalHttpServer::Request &r)
    {
        const QByteArray date =
            sfm::net::formatHttpDate(QDateTime::currentDateTimeUtc().addSecs(skewSeconds));
        if (r.target == "/.well-known/openid-configuration") {
            ++discoveries;
            const QJsonObject doc{
                {QStringLiteral("issuer"), issuer()},
                {QStringLiteral("token_endpoint"), QString(issuer() + QStringLiteral("/connect/token"))}};
            return LocalHttpServer::response(200, QJsonDocument(doc).toJson(), {{"Date", date}});
        }
        if (r.target == "/connect/token") {
            ++tokens;
            tokenBodies.append(r.body);
            const QByteArray proof = r.headers.value("dpop");
            proofs.append(proof);
            if (!proof.isEmpty() && !jwtPayload(proof).contains(QStringLiteral("nonce")))
                return LocalHttpServer::response(400,
                                                 "{\"error\":\"use_dpop_nonce\",\"error_description\":"
                                                 "\"Authorization server requires nonce\"}",
                                                 {{"DPoP-Nonce", "nonce-1"}, {"Date", date}});
            if (!tokenAnswer.isEmpty())
                return LocalHttpServer::response(tokenStatus, tokenAnswer, {{"Date", date}});
            return LocalHttpServer::response(
                200,
                "{\"access_token\":\"at-" + QByteArray::number(tokens) +
                    "\",\"token_type\":\"DPoP\",\"expires_in\":3600,\"scope\":\"nhn:selvbetjening/client\"}",
                {{"Date", date}});
        }
        return LocalHttpServer::response(404, "");
    }
};

Result<AccessToken> requestToken(TokenClient &client, const ClientCredentials &c, const QStringList &scopes)
{
    std::optional<Result<AccessToken>> result;
    client.requestToken(c, scopes, [&](Result<AccessToken> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return Error(QStringLiteral("test.no_answer"), QStringLiteral("no callback"));
    return std::move(*result);
}

net::NetSettings settings()
{
    net::NetSettings s;
    s.proxy.mode = net::ProxySettings::Mode::None;
    s.retry.maxAttempts = 1;
    return s;
}

} // namespace

class TestTokenClient : public QObject
{
    Q_OBJECT

private:
    ClientCredentials m_credentials;

private slots:
    void initTestCase()
    {
        auto key = crypto::Key::generateEc(crypto::Curve::P256);
        QVERIFY(key.ok());
        m_credentials.clientId = QStringLiteral("client-123");
        m_credentials.key = key.value();
        m_credentials.algorithm = crypto::Algorithm::ES256;
    }

    void nonceRetryClockOffsetAndClaims()
    {
        FakeSts sts;
        sts.skewSeconds = 300; // the server's clock is five minutes ahead of ours
        QVERIFY(sts.server.listen());
        net::HttpClient http(settings());
        DiscoveryClient discovery(http);
        discovery.setCacheDirectory({});
        TokenClient tokens(http, discovery, sts.environment());

        const auto token = requestToken(tokens, m_credentials, {QStringLiteral("nhn:selvbetjening/client")});
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().toString()));
        QCOMPARE(token->token.bytes(), QByteArray("at-2"));
        QVERIFY(token->isDpop());
        QCOMPARE(token->authorizationHeader(), QByteArray("DPoP at-2"));
        QCOMPARE(sts.tokens, 2); // use_dpop_nonce, then retried once with the nonce
        QCOMPARE(tokens.dpopNonce(), QStringLiteral("nonce-1"));

        const QUrlQuery f = form(sts.tokenBodies.last());
        QCOMPARE(f.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
                 QStringLiteral("client_credentials"));
        QCOMPARE(f.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), m_credentials.clientId);
        QCOMPARE(f.queryItemValue(QStringLiteral("client_assertion_type"), QUrl::FullyDecoded),
                 QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        QCOMPARE(f.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("nhn:selvbetjening/client"));

        const QByteArray assertion =
            f.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded).toLatin1();
        const QJsonObject claims = jwtPayload(assertion);
        QCOMPARE(jwtHeader(assertion).value(QStringLiteral("typ")).toString(),
                 QStringLiteral("client-authentication+jwt"));
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_credentials.clientId);
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), m_credentials.clientId);
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), sts.issuer());
        // iat is this computer's own time, not shifted towards the server's (reference section 9, "Clocks":
        // the EPJ signs with this clock too, so a wrong clock must show, not be hidden).
        const qint64 ourNow = QDateTime::currentSecsSinceEpoch();
        const qint64 iat = qint64(claims.value(QStringLiteral("iat")).toDouble());
        QVERIFY2(qAbs(iat - ourNow) <= 3, qPrintable(QString::number(iat - ourNow)));
        QVERIFY(qint64(claims.value(QStringLiteral("exp")).toDouble()) - iat <= 60);
        QVERIFY(!claims.contains(QStringLiteral("assertion_details")));

        const QJsonObject proof = jwtPayload(sts.proofs.last());
        QCOMPARE(proof.value(QStringLiteral("nonce")).toString(), QStringLiteral("nonce-1"));
        QCOMPARE(proof.value(QStringLiteral("htm")).toString(), QStringLiteral("POST"));
        QCOMPARE(proof.value(QStringLiteral("htu")).toString(),
                 sts.issuer() + QStringLiteral("/connect/token"));
        QVERIFY(qAbs(qint64(proof.value(QStringLiteral("iat")).toDouble()) - ourNow) <= 3);
        // One-use parts are fresh on the retry.
        QVERIFY(jwtPayload(sts.proofs.first()).value(QStringLiteral("jti")) !=
                proof.value(QStringLiteral("jti")));
        QVERIFY(jwtPayload(form(sts.tokenBodies.first())
                               .queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded)
                               .toLatin1())
                    .value(QStringLiteral("jti")) != claims.value(QStringLiteral("jti")));
    }

    void cachedTokenIsReused()
    {
        FakeSts sts;
        QVERIFY(sts.server.listen());
        net::HttpClient http(settings());
        DiscoveryClient discovery(http);
        discovery.setCacheDirectory({});
        TokenClient tokens(http, discovery, sts.environment());
        const QStringList scopes{QStringLiteral("nhn:selvbetjening/client")};

        QVERIFY(requestToken(tokens, m_credentials, scopes).ok());
        const int afterFirst = sts.server.requestCount();
        const auto again = requestToken(tokens, m_credentials, scopes);
        QVERIFY(again.ok());
        QCOMPARE(again->token.bytes(), QByteArray("at-2"));
        QCOMPARE(sts.server.requestCount(), afterFirst); // no request at all

        // Another scope set is another token; the remembered nonce makes it one request.
        QVERIFY(requestToken(tokens, m_credentials, {QStringLiteral("e-helse:sfm.api/sfm.api2")}).ok());
        QCOMPARE(sts.tokens, 3);

        tokens.invalidate(m_credentials.clientId);
        QVERIFY(requestToken(tokens, m_credentials, scopes).ok());
        QCOMPARE(sts.tokens, 4);
    }

    void expiredTokenIsNotReused()
    {
        FakeSts sts;
        QVERIFY(sts.server.listen());
        net::HttpClient http(settings());
        DiscoveryClient discovery(http);
        discovery.setCacheDirectory({});
        TokenClient tokens(http, discovery, sts.environment());
        QDateTime now = QDateTime::currentDateTimeUtc();
        tokens.setClock([&now] { return now; });
        const QStringList scopes{QStringLiteral("nhn:selvbetjening/client")};
        QVERIFY(requestToken(tokens, m_credentials, scopes).ok());
        QCOMPARE(sts.tokens, 2);
        now = now.addSecs(3600 - 120); // inside the lifetime, outside the 60 s margin? still cached
        QVERIFY(requestToken(tokens, m_credentials, scopes).ok());
        QCOMPARE(sts.tokens, 2);
        now = now.addSecs(90); // within the last 60 s of expires_in: not presented any more
        QVERIFY(requestToken(tokens, m_credentials, scopes).ok());
        QCOMPARE(sts.tokens, 3);
    }

    void childOrganizationGoesIntoAssertionDetails()
    {
        FakeSts sts;
        QVERIFY(sts.server.listen());
        net::HttpClient http(settings());
        DiscoveryClient discovery(http);
        discovery.setCacheDirectory({});
        TokenClient tokens(http, discovery, sts.environment());
        ClientCredentials child = m_credentials;
        child.childOrganizationNumber = QStringLiteral("974600951");
        QVERIFY(requestToken(tokens, child, {QStringLiteral("e-helse:sfm.api/sfm.api2")}).ok());
        const QJsonObject claims =
            jwtPayload(form(sts.tokenBodies.last())
                           .queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded)
                           .toLatin1());
        const QJsonObject detail =
            claims.value(QStringLiteral("assertion_details")).toArray().first().toObject();
        QCOMPARE(detail.value(QStringLiteral("type")).toString(), QStringLiteral("helseid_authorization"));
        QCOMPARE(detail.value(QStringLiteral("practitioner_role"))
                     .toObject()
                     .value(QStringLiteral("organization"))
                     .toObject()
                     .value(QStringLiteral("identifier"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("974600951"));
    }

    void invalidClientIsReported()
    {
        FakeSts sts;
        sts.tokenStatus = 400;
        sts.tokenAnswer = "{\"error\":\"invalid_client\",\"error_description\":\"Client not found\"}";
        QVERIFY(sts.server.listen());
        net::HttpClient http(settings());
        DiscoveryClient discovery(http);
        discovery.setCacheDirectory({});
        TokenClient tokens(http, discovery, sts.environment());
        const auto r = requestToken(tokens, m_credentials, {QStringLiteral("nhn:selvbetjening/client")});
        QVERIFY(!r.ok());
        QVERIFY(OAuthError::isInvalidClient(r.error()));
        QVERIFY(r.error().detail.contains(QStringLiteral("Client not found")));
        QCOMPARE(tokens.cachedTokenCount(), 0);
    }

    void malformedTokenAnswer()
    {
        FakeSts sts;
        sts.tokenAnswer = "{\"access_token\": 42";
        QVERIFY(sts.server.listen());
        net::HttpClient http(settings());
        DiscoveryClient discovery(http);
        discovery.setCacheDirectory({});
        TokenClient tokens(http, discovery, sts.environment());
        const auto r = requestToken(tokens, m_credentials, {QStringLiteral("nhn:selvbetjening/client")});
        QCOMPARE(r.ok() ? QString() : r.error().code, QStringLiteral("net.bad_json"));

        sts.tokenAnswer = "{\"access_token\":\"x\",\"token_type\":\"Bearer\",\"expires_in\":60}";
        const auto bearer = requestToken(tokens, m_credentials, {QStringLiteral("nhn:selvbetjening/client")});
        QCOMPARE(bearer.ok() ? QString() : bearer.error().code, QStringLiteral("helseid.token.not_dpop"));
    }

    void missingKeyIsRefusedBeforeSending()
    {
        FakeSts sts;
        QVERIFY(sts.server.listen());
        net::HttpClient http(settings());
        DiscoveryClient discovery(http);
        TokenClient tokens(http, discovery, sts.environment());
        ClientCredentials publicOnly = m_credentials;
        publicOnly.key = m_credentials.key.publicOnly();
        const auto r = requestToken(tokens, publicOnly, {QStringLiteral("x")});
        QCOMPARE(r.error().code, QStringLiteral("helseid.token.no_credentials"));
        QCOMPARE(sts.server.requestCount(), 0);
    }

    void discoveryIsCachedInMemoryAndOnDisk()
    {
        FakeSts sts;
        QVERIFY(sts.server.listen());
        QTemporaryDir dir;
        net::HttpClient http(settings());
        QDateTime now = QDateTime::currentDateTimeUtc();
        auto fetch = [&](DiscoveryClient &d) {
            std::optional<Result<DiscoveryDocument>> result;
            d.fetch(sts.environment(), [&](Result<DiscoveryDocument> r) { result.emplace(std::move(r)); });
            (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
            return result.value_or(Result<DiscoveryDocument>(Error(QStringLiteral("test.no_answer"), {})));
        };
        DiscoveryClient first(http);
        first.setCacheDirectory(dir.path());
        first.setClock([&now] { return now; });
        QVERIFY(fetch(first).ok());
        QVERIFY(fetch(first).ok());
        QCOMPARE(sts.discoveries, 1);

        DiscoveryClient restarted(http); // a new run of the program
        restarted.setCacheDirectory(dir.path());
        restarted.setClock([&now] { return now; });
        const auto fromDisk = fetch(restarted);
        QVERIFY(fromDisk.ok());
        QCOMPARE(fromDisk->tokenEndpoint.toString(), sts.issuer() + QStringLiteral("/connect/token"));
        QCOMPARE(sts.discoveries, 1);

        now = now.addSecs(25 * 3600); // older than 24 h
        QVERIFY(fetch(restarted).ok());
        QCOMPARE(sts.discoveries, 2);
    }
};

QTEST_MAIN(TestTokenClient)
#include "tst_token_client.moc"
