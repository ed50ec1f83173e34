// Compact JWS: every algorithm HelseID accepts signs and verifies with our own keys, and the verifier
// refuses what it must (tampering, wrong key, alg/key mismatch, alg none, HMAC, broken encodings).
#include "crypto/Base64Url.h"
#include "crypto/Jws.h"
#include "crypto/Key.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sfm::crypto;

class TstJws : public QObject
{
    Q_OBJECT

private:
    // One key per kind, made once: key generation is the slow part (RSA under ASan especially).
    Key m_rsa;
    Key m_rsaOther;
    Key m_p256;
    Key m_p384;
    Key m_p521;

    const Key &keyFor(Algorithm alg) const
    {
        switch (curveFor(alg).value_or(Curve::P256)) {
        case Curve::P384:
            return keyTypeFor(alg) == KeyType::Ec ? m_p384 : m_rsa;
        case Curve::P521:
            return keyTypeFor(alg) == KeyType::Ec ? m_p521 : m_rsa;
        case Curve::P256:
            break;
        }
        return keyTypeFor(alg) == KeyType::Ec ? m_p256 : m_rsa;
    }

    static QByteArray unsignedToken(const QByteArray &alg)
    {
        return base64UrlEncode(QByteArray(QByteArray("{\"alg\":\"") + alg + "\"}")) + '.' +
               base64UrlEncode("{\"a\":1}") + '.';
    }

private slots:
    void initTestCase()
    {
        auto rsa = Key::generateRsa(2048);
        QVERIFY2(rsa.ok(), qPrintable(rsa.ok() ? QString() : rsa.error().toString()));
        m_rsa = *rsa;
        m_rsaOther = *Key::generateRsa(2048);
        m_p256 = *Key::generateEc(Curve::P256);
        m_p384 = *Key::generateEc(Curve::P384);
        m_p521 = *Key::generateEc(Curve::P521);
        QVERIFY(m_p521.curve() == Curve::P521);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Algorithm>("alg");
        for (const Algorithm alg : allAlgorithms())
            QTest::newRow(qPrintable(algorithmName(alg))) << alg;
    }

    void roundTrip()
    {
        QFETCH(Algorithm, alg);
        const Key &key = keyFor(alg);
        QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")}, {QStringLiteral("alg"), 7}};
        const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("æøå")}};
        auto token = signCompact(header, claims, key, alg);
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().toString()));

        auto parts = parseCompact(*token);
        QVERIFY(parts.ok());
        QCOMPARE(parts->header.value(QLatin1String("alg")).toString(), algorithmName(alg)); // overwritten
        QCOMPARE(parts->header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
        // ECDSA signatures are raw R||S of twice the field size; RSA ones as long as the modulus.
        const int expected = keyTypeFor(alg) == KeyType::Ec ? (key.bits() + 7) / 8 * 2 : key.bits() / 8;
        QCOMPARE(parts->signature.size(), expected);

        // Verifies with the public key alone.
        auto verified = verifyCompact(*token, key.publicOnly());
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().toString()));
        QCOMPARE(verified->algorithm, alg);
        QCOMPARE(verified->payloadObject(), claims);

        // Restricting the allowed algorithms to another one refuses it.
        const Algorithm other = alg == Algorithm::PS256 ? Algorithm::RS256 : Algorithm::PS256;
        auto refused = verifyCompact(*token, key, {other});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("crypto.jws.alg_not_allowed"));
    }

    void tamperedPayloadIsRefused_data() { roundTrip_data(); }
    void tamperedPayloadIsRefused()
    {
        QFETCH(Algorithm, alg);
        const Key &key = keyFor(alg);
        auto token = signCompact({}, QJsonObject{{QStringLiteral("sub"), QStringLiteral("a")}}, key, alg);
        QVERIFY(token.ok());
        QList<QByteArray> parts = token->split('.');
        parts[1] = base64UrlEncode("{\"sub\":\"b\"}");
        auto result = verifyCompact(parts.join('.'), key);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("crypto.jws.bad_signature"));
    }

    void tamperedSignatureIsRefused_data() { roundTrip_data(); }
    void tamperedSignatureIsRefused()
    {
        QFETCH(Algorithm, alg);
        const Key &key = keyFor(alg);
        auto token = signCompact({}, QByteArrayView("payload"), key, alg);
        QVERIFY(token.ok());
        QList<QByteArray> parts = token->split('.');
        QByteArray signature = *base64UrlDecode(parts[2]);
        signature[signature.size() / 2] = char(signature[signature.size() / 2] ^ 0x01);
        parts[2] = base64UrlEncode(signature);
        auto result = verifyCompact(parts.join('.'), key);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("crypto.jws.bad_signature"));

        // A signature one byte short is refused before OpenSSL sees it.
        signature.chop(1);
        parts[2] = base64UrlEncode(signature);
        result = verifyCompact(parts.join('.'), key);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("crypto.jws.bad_signature"));
    }

    void wrongKeyIsRefused()
    {
        auto token = signCompact({}, QByteArrayView("x"), m_rsa, Algorithm::PS256);
        QVERIFY(token.ok());
        auto result = verifyCompact(*token, m_rsaOther);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("crypto.jws.bad_signature"));
        QVERIFY(!result.error().message.isEmpty());
    }

    void algKeyMismatchIsRefused()
    {
        // Signing: an RSA algorithm with an EC key, and ES384 with a P-256 key.
        auto signed1 = signCompact({}, QByteArrayView("x"), m_p256, Algorithm::RS256);
        QVERIFY(!signed1.ok());
        QCOMPARE(signed1.error().code, QStringLiteral("crypto.jws.alg_key_mismatch"));
        auto signed2 = signCompact({}, QByteArrayView("x"), m_p256, Algorithm::ES384);
        QVERIFY(!signed2.ok());
        QCOMPARE(signed2.error().code, QStringLiteral("crypto.jws.alg_key_mismatch"));

        // Verifying: a valid ES256 token checked against an RSA key.
        auto token = signCompact({}, QByteArrayView("x"), m_p256, Algorithm::ES256);
        QVERIFY(token.ok());
        auto result = verifyCompact(*token, m_rsa);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("crypto.jws.alg_key_mismatch"));
    }

    void signingNeedsPrivateKey()
    {
        auto token = signCompact({}, QByteArrayView("x"), m_p256.publicOnly(), Algorithm::ES256);
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, QStringLiteral("crypto.jws.no_private_key"));
    }

    void refusedAlgorithms_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("code");
        QTest::newRow("none") << unsignedToken("none") << QStringLiteral("crypto.jws.alg_none");
        QTest::newRow("HS256") << QByteArray(unsignedToken("HS256") + "c2lnbmF0dXJl")
                               << QStringLiteral("crypto.jws.alg_hmac");
        QTest::newRow("lower-case rs256")
            << QByteArray(unsignedToken("rs256") + "c2ln") << QStringLiteral("crypto.jws.unsupported_alg");
        QTest::newRow("EdDSA") << QByteArray(unsignedToken("EdDSA") + "c2ln")
                               << QStringLiteral("crypto.jws.unsupported_alg");
    }

    void refusedAlgorithms()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, code);
        auto result = verifyCompact(token, m_rsa);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
    }

    void malformedTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        auto good = signCompact({}, QByteArrayView("{}"), m_p256, Algorithm::ES256);
        QVERIFY(good.ok());
        const QList<QByteArray> parts = good->split('.');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one part") << parts[0];
        QTest::newRow("two parts (truncated)") << QByteArray(parts[0] + '.' + parts[1]);
        QTest::newRow("four parts") << QByteArray(*good + ".x");
        QTest::newRow("padding in header") << QByteArray(parts[0] + "=." + parts[1] + '.' + parts[2]);
        QTest::newRow("standard base64 in signature")
            << QByteArray(parts[0] + '.' + parts[1] + '.' + parts[2].left(10) + '+' + parts[2].mid(11));
        QTest::newRow("whitespace") << QByteArray(parts[0] + ". " + parts[1] + '.' + parts[2]);
        QTest::newRow("header not JSON")
            << QByteArray(base64UrlEncode("{alg:ES256") + '.' + parts[1] + '.' + parts[2]);
        QTest::newRow("header an array")
            << QByteArray(base64UrlEncode("[\"ES256\"]") + '.' + parts[1] + '.' + parts[2]);
        QTest::newRow("no alg") << QByteArray(base64UrlEncode("{\"typ\":\"JWT\"}") + '.' + parts[1] + '.' +
                                              parts[2]);
        QTest::newRow("alg a number")
            << QByteArray(base64UrlEncode("{\"alg\":256}") + '.' + parts[1] + '.' + parts[2]);
        QTest::newRow("too large") << QByteArray(300 * 1024, 'A');
    }

    void malformedTokens()
    {
        QFETCH(QByteArray, token);
        auto result = verifyCompact(token, m_p256);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().code == QLatin1String("crypto.jws.malformed") ||
                     result.error().code == QLatin1String("crypto.jws.too_large"),
                 qPrintable(result.error().code));
        QVERIFY(!result.error().message.isEmpty());
    }

    void criticalExtensionIsRefused()
    {
        QJsonObject header{{QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")}}};
        auto token = signCompact(header, QByteArrayView("x"), m_p256, Algorithm::ES256);
        QVERIFY(token.ok());
        auto result = verifyCompact(*token, m_p256);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("crypto.jws.unsupported_crit"));
    }

    void ecdsaSignaturesAreRandomised()
    {
        // Two ECDSA signatures of the same input differ (a fixed k would leak the key).
        auto a = signBytes("same", m_p256, Algorithm::ES256);
        auto b = signBytes("same", m_p256, Algorithm::ES256);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(*a != *b);
        QVERIFY(verifyBytes("same", *a, m_p256, Algorithm::ES256));
        QVERIFY(!verifyBytes("other", *a, m_p256, Algorithm::ES256));
    }
};

QTEST_GUILESS_MAIN(TstJws)
#include "tst_jws.moc"
