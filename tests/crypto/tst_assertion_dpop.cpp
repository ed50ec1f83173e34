// The two tokens the client sends HelseID: the client assertion (reference section 6) and the DPoP proof
// (RFC 9449), checked claim by claim as HelseID and the simulator read them.
#include "crypto/Base64Url.h"
#include "crypto/ClientAssertion.h"
#include "crypto/Clock.h"
#include "crypto/DpopProof.h"
#include "crypto/Jws.h"
#include "crypto/Key.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace sfm::crypto;

namespace {

const QString Issuer = QStringLiteral("https://helseid-sts.test.nhn.no");
const QString ClientId = QStringLiteral("a1b2c3d4-e5f6-4711-8a9b-0c1d2e3f4a5b");

} // namespace

class TstAssertionDpop : public QObject
{
    Q_OBJECT

private:
    Key m_rsa;
    Key m_ec;

    VerifiedJws verified(const QByteArray &token, const Key &key)
    {
        auto result = verifyCompact(token, key.publicOnly());
        if (!result.ok())
            qWarning() << result.error().toString();
        return result.ok() ? *result : VerifiedJws{};
    }

private slots:
    void initTestCase()
    {
        m_rsa = *Key::generateRsa(2048);
        m_ec = *Key::generateEc(Curve::P256);
    }

    void cleanup() { setClockOffsetSeconds(0); }

    void assertionHasHelseIdClaims_data()
    {
        QTest::addColumn<Algorithm>("alg");
        QTest::newRow("PS256") << Algorithm::PS256;
        QTest::newRow("RS512") << Algorithm::RS512;
        QTest::newRow("ES256") << Algorithm::ES256;
    }

    void assertionHasHelseIdClaims()
    {
        QFETCH(Algorithm, alg);
        const Key &key = keyTypeFor(alg) == KeyType::Ec ? m_ec : m_rsa;
        ClientAssertionParams params;
        params.clientId = ClientId;
        params.audience = Issuer;
        params.nowEpochSeconds = 1700000000;
        auto token = buildClientAssertion(key, alg, params);
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().toString()));

        const VerifiedJws jws = verified(*token, key);
        QCOMPARE(jws.algorithm, alg);
        QCOMPARE(jws.header.value(QLatin1String("typ")).toString(),
                 QStringLiteral("client-authentication+jwt"));
        QCOMPARE(jws.header.value(QLatin1String("kid")).toString(), key.thumbprint());
        QCOMPARE(jws.header.value(QLatin1String("alg")).toString(), algorithmName(alg));
        const QJsonObject claims = jws.payloadObject();
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), ClientId);
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), ClientId);
        QCOMPARE(claims.value(QLatin1String("aud")).toString(), Issuer);
        // Numbers, not strings, and exp 30 s after iat (clearly under HelseID's 60 s limit).
        QVERIFY(claims.value(QLatin1String("iat")).isDouble());
        QCOMPARE(claims.value(QLatin1String("iat")).toInteger(), 1700000000);
        QCOMPARE(claims.value(QLatin1String("nbf")).toInteger(), 1700000000);
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger(), 1700000030);
        QVERIFY(jws.payload.contains("\"iat\":1700000000")); // integer, not 1.7e+09
        QCOMPARE(base64UrlDecode(claims.value(QLatin1String("jti")).toString().toLatin1())->size(), 16);
        QVERIFY(!claims.contains(QLatin1String("assertion_details")));
    }

    void lifetimeIsClampedToSixtySeconds_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("default") << -1 << 30;
        QTest::newRow("300 s") << 300 << 60;
        QTest::newRow("30 s") << 30 << 30;
        QTest::newRow("0 s") << 0 << 1;
        QTest::newRow("negative") << -100 << 1;
    }

    void lifetimeIsClampedToSixtySeconds()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        ClientAssertionParams params;
        params.clientId = ClientId;
        params.audience = Issuer;
        params.nowEpochSeconds = 1000;
        if (requested != -1)
            params.lifetimeSeconds = requested;
        auto token = buildClientAssertion(m_ec, Algorithm::ES256, params);
        QVERIFY(token.ok());
        QCOMPARE(verified(*token, m_ec).payloadObject().value(QLatin1String("exp")).toInteger(),
                 1000 + expected);
    }

    void assertionNamesChildOrganization()
    {
        ClientAssertionParams params;
        params.clientId = ClientId;
        params.audience = Issuer;
        params.assertionDetails = QJsonArray{childOrganizationDetail(QStringLiteral("987654321"))};
        params.kid = QStringLiteral("registered-kid");
        auto token = buildClientAssertion(m_rsa, Algorithm::PS256, params);
        QVERIFY(token.ok());
        const VerifiedJws jws = verified(*token, m_rsa);
        QCOMPARE(jws.header.value(QLatin1String("kid")).toString(), QStringLiteral("registered-kid"));
        // Exactly the structure of reference section 6.
        const QJsonArray expected =
            QJsonDocument::fromJson(
                R"([{"type":"helseid_authorization","practitioner_role":{"organization":{
                "identifier":{"system":"urn:oid:2.16.578.1.12.4.1.4.101","type":"ENH","value":"987654321"}}}}])")
                .array();
        QCOMPARE(jws.payloadObject().value(QLatin1String("assertion_details")).toArray(), expected);
    }

    void assertionUsesTheKnownClockOffset()
    {
        ClientAssertionParams params;
        params.clientId = ClientId;
        params.audience = Issuer;
        setClockOffsetSeconds(-3600); // this PC is an hour ahead of HelseID
        const qint64 before = QDateTime::currentSecsSinceEpoch() - 3600;
        auto token = buildClientAssertion(m_ec, Algorithm::ES256, params);
        const qint64 after = QDateTime::currentSecsSinceEpoch() - 3600;
        QVERIFY(token.ok());
        const qint64 iat = verified(*token, m_ec).payloadObject().value(QLatin1String("iat")).toInteger();
        QVERIFY2(iat >= before && iat <= after, qPrintable(QString::number(iat - before)));
    }

    void jtiIsUniquePerAssertion()
    {
        ClientAssertionParams params;
        params.clientId = ClientId;
        params.audience = Issuer;
        params.nowEpochSeconds = 1;
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            auto token = buildClientAssertion(m_ec, Algorithm::ES256, params);
            QVERIFY(token.ok());
            auto parts = parseCompact(*token);
            QVERIFY(parts.ok());
            seen.insert(
                QJsonDocument::fromJson(parts->payload).object().value(QLatin1String("jti")).toString());
        }
        QCOMPARE(seen.size(), 200);
        QCOMPARE(newJti().size(), 22); // 128 bits in base64url
        QVERIFY(newJti() != newJti());
    }

    void assertionRefusals()
    {
        ClientAssertionParams params;
        params.audience = Issuer;
        QCOMPARE(buildClientAssertion(m_ec, Algorithm::ES256, params).error().code,
                 QStringLiteral("crypto.assertion.missing_client_id"));
        params.clientId = ClientId;
        params.audience = QStringLiteral("  ");
        QCOMPARE(buildClientAssertion(m_ec, Algorithm::ES256, params).error().code,
                 QStringLiteral("crypto.assertion.missing_audience"));
        params.audience = Issuer;
        QCOMPARE(buildClientAssertion(m_ec.publicOnly(), Algorithm::ES256, params).error().code,
                 QStringLiteral("crypto.assertion.no_private_key"));
        QCOMPARE(buildClientAssertion(Key(), Algorithm::ES256, params).error().code,
                 QStringLiteral("crypto.assertion.no_private_key"));
        QCOMPARE(buildClientAssertion(m_ec, Algorithm::PS256, params).error().code,
                 QStringLiteral("crypto.jws.alg_key_mismatch"));
    }

    void htuDropsQueryFragmentAndUserInfo_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("htu");
        QTest::newRow("plain") << "https://api.selvbetjening.test.nhn.no/v1/client"
                               << "https://api.selvbetjening.test.nhn.no/v1/client";
        QTest::newRow("query and fragment") << "https://h.example/connect/token?a=1&b=2#x"
                                            << "https://h.example/connect/token";
        QTest::newRow("user info") << "https://user:pw@h.example/p"
                                   << "https://h.example/p";
        QTest::newRow("empty path") << "https://h.example"
                                    << "https://h.example/";
        QTest::newRow("loopback port kept") << "http://127.0.0.1:8443/connect/token?x"
                                            << "http://127.0.0.1:8443/connect/token";
        QTest::newRow("upper-case host") << "https://HELSEID-STS.test.nhn.no/connect/token"
                                         << "https://helseid-sts.test.nhn.no/connect/token";
    }

    void htuDropsQueryFragmentAndUserInfo()
    {
        QFETCH(QString, url);
        QFETCH(QString, htu);
        QCOMPARE(dpopHtu(QUrl(url)), htu);
    }

    void proofClaims()
    {
        DpopParams params;
        params.method = QStringLiteral("POST");
        params.url = QUrl(QStringLiteral("https://helseid-sts.test.nhn.no/connect/token?x=y"));
        params.nowEpochSeconds = 1700000000;
        auto proof = buildDpopProof(m_rsa, Algorithm::PS256, params);
        QVERIFY2(proof.ok(), qPrintable(proof.ok() ? QString() : proof.error().toString()));
        auto parts = parseCompact(*proof);
        QVERIFY(parts.ok());
        const QJsonObject jwk = parts->header.value(QLatin1String("jwk")).toObject();
        QCOMPARE(jwk.keys(), (QStringList{QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n")}));
        QCOMPARE(Key::fromJwk(jwk)->thumbprint(), m_rsa.thumbprint());
        const VerifiedJws jws = verified(*proof, *Key::fromJwk(jwk));
        QCOMPARE(jws.header.value(QLatin1String("typ")).toString(), QStringLiteral("dpop+jwt"));
        const QJsonObject claims = jws.payloadObject();
        QCOMPARE(claims.value(QLatin1String("htm")).toString(), QStringLiteral("POST"));
        QCOMPARE(claims.value(QLatin1String("htu")).toString(),
                 QStringLiteral("https://helseid-sts.test.nhn.no/connect/token"));
        QCOMPARE(claims.value(QLatin1String("iat")).toInteger(), 1700000000);
        // No nonce and no ath unless given: the first token request has neither.
        QVERIFY(!claims.contains(QLatin1String("nonce")));
        QVERIFY(!claims.contains(QLatin1String("ath")));
        QVERIFY(!claims.contains(QLatin1String("exp")));

        params.nonce = QStringLiteral("server-nonce-1");
        params.accessToken = "an.access.token";
        auto second = buildDpopProof(m_rsa, Algorithm::PS256, params);
        QVERIFY(second.ok());
        const QJsonObject secondClaims = verified(*second, m_rsa).payloadObject();
        QCOMPARE(secondClaims.value(QLatin1String("nonce")).toString(), QStringLiteral("server-nonce-1"));
        QCOMPARE(secondClaims.value(QLatin1String("ath")).toString(),
                 QString::fromLatin1(base64UrlEncode(
                     QCryptographicHash::hash("an.access.token", QCryptographicHash::Sha256))));
        QVERIFY(secondClaims.value(QLatin1String("jti")) != claims.value(QLatin1String("jti")));
        QVERIFY(!second->contains(params.accessToken)); // only its hash travels in the proof
    }

    void proofRefusals_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::newRow("no method") << ""
                                   << "https://h.example/"
                                   << "crypto.dpop.bad_method";
        QTest::newRow("method with space") << "PO ST"
                                           << "https://h.example/"
                                           << "crypto.dpop.bad_method";
        QTest::newRow("no url") << "GET"
                                << ""
                                << "crypto.dpop.bad_url";
        QTest::newRow("relative url") << "GET"
                                      << "/connect/token"
                                      << "crypto.dpop.bad_url";
        QTest::newRow("ftp") << "GET"
                             << "ftp://h.example/x"
                             << "crypto.dpop.bad_url";
    }

    void proofRefusals()
    {
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(QString, code);
        DpopParams params;
        params.method = method;
        params.url = QUrl(url);
        auto proof = buildDpopProof(m_ec, Algorithm::ES256, params);
        QVERIFY(!proof.ok());
        QCOMPARE(proof.error().code, code);
        QVERIFY(!proof.error().message.isEmpty());
    }

    void proofNeedsPrivateKey()
    {
        DpopParams params;
        params.method = QStringLiteral("GET");
        params.url = QUrl(QStringLiteral("https://h.example/"));
        QCOMPARE(buildDpopProof(m_ec.publicOnly(), Algorithm::ES256, params).error().code,
                 QStringLiteral("crypto.dpop.no_private_key"));
    }
};

QTEST_GUILESS_MAIN(TstAssertionDpop)
#include "tst_assertion_dpop.moc"
