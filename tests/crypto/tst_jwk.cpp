// Keys and JWKs: generation, JWK/PKCS#8/SPKI round trips, and import refusing each thing HelseID would
// refuse (or that would hurt us) with its own error code — never a crash, never a secret in the error.
#include "crypto/Base64Url.h"
#include "crypto/Jws.h"
#include "crypto/Key.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/evp.h>

using namespace sfm::crypto;

namespace {

QString errorText(const sfm::Error &error)
{
    return error.code + QLatin1Char(' ') + error.toString();
}

QJsonObject jsonObject(const sfm::SecureBytes &json)
{
    return QJsonDocument::fromJson(json.bytes()).object();
}

// A key OpenSSL makes but we refuse (RSA 1024, secp256k1), wrapped without our checks.
Key foreignKey(const char *type, const char *curve, size_t bits)
{
    EVP_PKEY *raw = curve ? EVP_PKEY_Q_keygen(nullptr, nullptr, type, curve)
                          : EVP_PKEY_Q_keygen(nullptr, nullptr, type, bits);
    return Key::adopt(raw);
}

} // namespace

class TstJwk : public QObject
{
    Q_OBJECT

private:
    Key m_rsa;
    Key m_rsaOther;
    QList<Key> m_ec; // P-256, P-384, P-521

    const Key &keyNamed(const QString &name) const
    {
        if (name == QLatin1String("P-256"))
            return m_ec[0];
        if (name == QLatin1String("P-384"))
            return m_ec[1];
        if (name == QLatin1String("P-521"))
            return m_ec[2];
        return m_rsa;
    }

    void addKeyRows()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"RSA", "P-256", "P-384", "P-521"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void expectRefused(const QJsonObject &jwk, const QString &code)
    {
        auto key = Key::fromJwk(jwk);
        QVERIFY2(!key.ok(), qPrintable(QStringLiteral("accepted, expected ") + code));
        QCOMPARE(key.error().code, code);
        QVERIFY(!key.error().message.isEmpty());
        // Whatever went wrong, the private exponent/scalar never appears in the error.
        const QString d = jwk.value(QLatin1String("d")).toString();
        if (!d.isEmpty()) {
            QVERIFY(!key.error().message.contains(d));
            QVERIFY(!key.error().detail.contains(d));
        }
    }

    QJsonObject privateJwk(const Key &key) const { return jsonObject(key.privateJwkJson()); }

private slots:
    void initTestCase()
    {
        m_rsa = *Key::generateRsa(2048);
        m_rsaOther = *Key::generateRsa(2048);
        for (const Curve curve : {Curve::P256, Curve::P384, Curve::P521}) {
            auto key = Key::generateEc(curve);
            QVERIFY(key.ok());
            m_ec.append(*key);
        }
    }

    void properties()
    {
        QCOMPARE(m_rsa.type(), KeyType::Rsa);
        QCOMPARE(m_rsa.bits(), 2048);
        QVERIFY(!m_rsa.curve());
        QCOMPARE(m_rsa.defaultAlgorithm(), Algorithm::PS256);
        QVERIFY(m_rsa.supports(Algorithm::RS512) && m_rsa.supports(Algorithm::PS384));
        QVERIFY(!m_rsa.supports(Algorithm::ES256));
        QCOMPARE(m_ec[1].type(), KeyType::Ec);
        QCOMPARE(m_ec[1].curve(), std::optional<Curve>(Curve::P384));
        QCOMPARE(m_ec[1].defaultAlgorithm(), Algorithm::ES384);
        QCOMPARE(m_ec[2].bits(), 521);
        QCOMPARE(m_ec[2].defaultAlgorithm(), Algorithm::ES512);
        QVERIFY(m_ec[0].supports(Algorithm::ES256) && !m_ec[0].supports(Algorithm::ES512));
        QVERIFY(m_rsa.hasPrivate());
        QVERIFY(!m_rsa.publicOnly().hasPrivate());
        QVERIFY(Key().isNull() && !Key().hasPrivate() && Key().thumbprint().isEmpty());
    }

    void generationRefusesWeakSizes()
    {
        for (const int bits : {512, 1024, 2047, 2049}) {
            auto key = Key::generateRsa(bits);
            QVERIFY(!key.ok());
            QCOMPARE(key.error().code, QStringLiteral("crypto.key.bad_size"));
        }
        auto ec = Key::generateFor(Algorithm::ES384);
        QVERIFY(ec.ok());
        QCOMPARE(ec->curve(), std::optional<Curve>(Curve::P384));
    }

    void publicJwkRoundTrip_data() { addKeyRows(); }
    void publicJwkRoundTrip()
    {
        QFETCH(QString, name);
        const Key &key = keyNamed(name);
        const Algorithm alg = key.defaultAlgorithm();
        const QJsonObject jwk = key.publicJwk(alg);
        QCOMPARE(jwk.value(QLatin1String("kid")).toString(), key.thumbprint());
        QCOMPARE(jwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        QCOMPARE(jwk.value(QLatin1String("alg")).toString(), algorithmName(alg));
        for (const char *secret : {"d", "p", "q", "dp", "dq", "qi"})
            QVERIFY2(!jwk.contains(QLatin1String(secret)), secret);
        QVERIFY(!key.publicJwk().contains(QLatin1String("alg")));
        if (key.type() == KeyType::Ec) {
            // Coordinates are exactly the field size (RFC 7518 6.2.1.2).
            const int width = (key.bits() + 7) / 8;
            QCOMPARE(base64UrlDecode(jwk.value(QLatin1String("x")).toString().toLatin1())->size(), width);
            QCOMPARE(base64UrlDecode(jwk.value(QLatin1String("y")).toString().toLatin1())->size(), width);
        }

        auto back = Key::fromJwk(jwk);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : errorText(back.error())));
        QVERIFY(!back->hasPrivate());
        QVERIFY(back->samePublicKey(key));
        QCOMPARE(back->thumbprint(), key.thumbprint());
        QVERIFY(!back->samePublicKey(key.type() == KeyType::Rsa ? m_rsaOther : m_rsa));
    }

    void privateJwkRoundTrip_data() { addKeyRows(); }
    void privateJwkRoundTrip()
    {
        QFETCH(QString, name);
        const Key &key = keyNamed(name);
        const sfm::SecureBytes json = key.privateJwkJson(key.defaultAlgorithm());
        const QJsonObject jwk = jsonObject(json);
        QCOMPARE(jwk.value(QLatin1String("kid")).toString(), key.thumbprint());
        QCOMPARE(jwk.value(QLatin1String("alg")).toString(), algorithmName(key.defaultAlgorithm()));
        QVERIFY(jwk.contains(QLatin1String("d")));
        if (key.type() == KeyType::Rsa) {
            for (const char *member : {"p", "q", "dp", "dq", "qi"})
                QVERIFY2(jwk.contains(QLatin1String(member)), member);
        }
        QVERIFY(!json.bytes().contains(' ') && !json.bytes().contains('\n')); // compact

        auto back = Key::fromJwkJson(json.bytes());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : errorText(back.error())));
        QVERIFY(back->hasPrivate());
        QVERIFY(back->samePublicKey(key));
        // The imported private key signs what the original verifies.
        auto token = signCompact({}, QByteArrayView("x"), *back, key.defaultAlgorithm());
        QVERIFY(token.ok());
        QVERIFY(verifyCompact(*token, key.publicOnly()).ok());

        // A public key has no private JWK to give.
        QVERIFY(key.publicOnly().privateJwkJson().isEmpty());
    }

    void derRoundTrips_data() { addKeyRows(); }
    void derRoundTrips()
    {
        QFETCH(QString, name);
        const Key &key = keyNamed(name);
        const sfm::SecureBytes pkcs8 = key.toPkcs8Der();
        QVERIFY(!pkcs8.isEmpty());
        auto fromPkcs8 = Key::fromPkcs8Der(pkcs8);
        QVERIFY2(fromPkcs8.ok(), qPrintable(fromPkcs8.ok() ? QString() : errorText(fromPkcs8.error())));
        QVERIFY(fromPkcs8->hasPrivate());
        QCOMPARE(fromPkcs8->thumbprint(), key.thumbprint());

        auto fromSpki = Key::fromPublicDer(key.toPublicDer());
        QVERIFY(fromSpki.ok());
        QVERIFY(!fromSpki->hasPrivate());
        QVERIFY(fromSpki->samePublicKey(key));
        QVERIFY(key.publicOnly().toPkcs8Der().isEmpty());

        // Damaged DER: truncated, trailing garbage, or the other kind.
        QByteArray truncated = pkcs8.bytes().left(pkcs8.size() - 1);
        QCOMPARE(Key::fromPkcs8Der(sfm::SecureBytes(truncated)).error().code,
                 QStringLiteral("crypto.key.bad_pkcs8"));
        QCOMPARE(Key::fromPkcs8Der(sfm::SecureBytes(pkcs8.bytes() + '\0')).error().code,
                 QStringLiteral("crypto.key.bad_pkcs8"));
        QCOMPARE(Key::fromPkcs8Der(sfm::SecureBytes(key.toPublicDer())).error().code,
                 QStringLiteral("crypto.key.bad_pkcs8"));
        QCOMPARE(Key::fromPublicDer(key.toPublicDer().chopped(3)).error().code,
                 QStringLiteral("crypto.key.bad_spki"));
        QCOMPARE(Key::fromPkcs8Der(sfm::SecureBytes()).error().code, QStringLiteral("crypto.key.bad_pkcs8"));
    }

    void rsa4096FitsTheWindowsKeychain()
    {
        // Older QtKeychain on Windows caps an entry at 2560 bytes; the default key must fit as PKCS#8 DER.
        auto key = Key::generateFor(DefaultAlgorithm);
        QVERIFY(key.ok());
        QCOMPARE(key->bits(), DefaultRsaBits);
        QVERIFY2(key->toPkcs8Der().size() < 2560, qPrintable(QString::number(key->toPkcs8Der().size())));
    }

    void weakOrForeignKeysAreRefused()
    {
        const Key rsa1024 = foreignKey("RSA", nullptr, 1024);
        QVERIFY(!rsa1024.isNull());
        expectRefused(rsa1024.publicJwk(), QStringLiteral("crypto.jwk.rsa_too_small"));
        expectRefused(jsonObject(rsa1024.privateJwkJson()), QStringLiteral("crypto.jwk.rsa_too_small"));
        QCOMPARE(Key::fromPkcs8Der(rsa1024.toPkcs8Der()).error().code,
                 QStringLiteral("crypto.key.rsa_too_small"));
        QCOMPARE(Key::fromPublicDer(rsa1024.toPublicDer()).error().code,
                 QStringLiteral("crypto.key.rsa_too_small"));

        const Key k1 = foreignKey("EC", "secp256k1", 0);
        QVERIFY(!k1.isNull());
        QCOMPARE(Key::fromPublicDer(k1.toPublicDer()).error().code,
                 QStringLiteral("crypto.key.unsupported_curve"));
        QCOMPARE(Key::fromPkcs8Der(k1.toPkcs8Der()).error().code,
                 QStringLiteral("crypto.key.unsupported_curve"));

        const Key ed = foreignKey("ED25519", nullptr, 0);
        QVERIFY(!ed.isNull());
        QCOMPARE(Key::fromPublicDer(ed.toPublicDer()).error().code,
                 QStringLiteral("crypto.key.unsupported_type"));
    }

    void refusedJwks_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<QString>("code");
        const QJsonObject rsa = m_rsa.publicJwk();
        const QJsonObject rsaPrivate = privateJwk(m_rsa);
        const QJsonObject ec = m_ec[0].publicJwk();
        const QJsonObject ecPrivate = privateJwk(m_ec[0]);
        const auto with = [](QJsonObject jwk, const char *name, const QJsonValue &value) {
            if (value.isUndefined())
                jwk.remove(QLatin1String(name));
            else
                jwk.insert(QLatin1String(name), value);
            return jwk;
        };
        const QJsonValue none = QJsonValue(QJsonValue::Undefined);

        QTest::newRow("kty oct") << with(rsa, "kty", QStringLiteral("oct")) << "crypto.jwk.unsupported_kty";
        QTest::newRow("kty OKP") << with(ec, "kty", QStringLiteral("OKP")) << "crypto.jwk.unsupported_kty";
        QTest::newRow("kty lower case")
            << with(rsa, "kty", QStringLiteral("rsa")) << "crypto.jwk.unsupported_kty";
        QTest::newRow("no kty") << with(rsa, "kty", none) << "crypto.jwk.missing_member";
        QTest::newRow("crv secp256k1")
            << with(ec, "crv", QStringLiteral("secp256k1")) << "crypto.jwk.unsupported_curve";
        QTest::newRow("crv P-192") << with(ec, "crv", QStringLiteral("P-192"))
                                   << "crypto.jwk.unsupported_curve";
        QTest::newRow("no crv") << with(ec, "crv", none) << "crypto.jwk.missing_member";
        QTest::newRow("use enc") << with(rsa, "use", QStringLiteral("enc")) << "crypto.jwk.bad_use";
        QTest::newRow("alg HS256") << with(rsa, "alg", QStringLiteral("HS256"))
                                   << "crypto.jwk.unsupported_alg";
        QTest::newRow("alg none") << with(ec, "alg", QStringLiteral("none")) << "crypto.jwk.unsupported_alg";
        QTest::newRow("alg RSA-OAEP")
            << with(rsa, "alg", QStringLiteral("RSA-OAEP")) << "crypto.jwk.unsupported_alg";
        QTest::newRow("ES384 on P-256")
            << with(ec, "alg", QStringLiteral("ES384")) << "crypto.jwk.alg_mismatch";
        QTest::newRow("ES256 on RSA")
            << with(rsa, "alg", QStringLiteral("ES256")) << "crypto.jwk.alg_mismatch";
        QTest::newRow("PS256 on EC") << with(ec, "alg", QStringLiteral("PS256")) << "crypto.jwk.alg_mismatch";
        QTest::newRow("no e") << with(rsa, "e", none) << "crypto.jwk.missing_member";
        QTest::newRow("no y") << with(ec, "y", none) << "crypto.jwk.missing_member";
        QTest::newRow("n padded")
            << with(rsa, "n", QString(rsa.value(QLatin1String("n")).toString() + QStringLiteral("==")))
            << "crypto.jwk.bad_encoding";
        QTest::newRow("x standard base64")
            << with(ec, "x", QString(QStringLiteral("+") + ec.value(QLatin1String("x")).toString().mid(1)))
            << "crypto.jwk.bad_encoding";
        QTest::newRow("n a number") << with(rsa, "n", 12345) << "crypto.jwk.bad_encoding";
        QTest::newRow("e empty") << with(rsa, "e", QString()) << "crypto.jwk.bad_encoding";
        QTest::newRow("x too long") << with(ec, "x",
                                            QString::fromLatin1(base64UrlEncode(QByteArray(33, '\x01'))))
                                    << "crypto.jwk.bad_coordinate";
        QTest::newRow("point not on curve")
            << with(ec, "y", m_ec[0].publicJwk().value(QLatin1String("x"))) << "crypto.jwk.invalid_key";
        QTest::newRow("RSA d only")
            << with(with(with(with(with(rsaPrivate, "p", none), "q", none), "dp", none), "dq", none), "qi",
                    none)
            << "crypto.jwk.incomplete_private";
        QTest::newRow("RSA without qi") << with(rsaPrivate, "qi", none) << "crypto.jwk.incomplete_private";
        QTest::newRow("RSA multi-prime")
            << with(rsaPrivate, "oth", QJsonArray()) << "crypto.jwk.unsupported_multiprime";
        // A private part taken from another key: caught by the pairwise check.
        QJsonObject mixed = privateJwk(m_rsaOther);
        mixed.insert(QStringLiteral("n"), rsa.value(QLatin1String("n")));
        QTest::newRow("RSA private of another key") << mixed << "crypto.key.private_mismatch";
        QTest::newRow("EC d of another key")
            << with(ecPrivate, "d",
                    jsonObject(Key::generateEc(Curve::P256)->privateJwkJson()).value(QLatin1String("d")))
            << "crypto.key.private_mismatch";
        QTest::newRow("EC d of P-384 key on P-256")
            << with(ecPrivate, "d", privateJwk(m_ec[1]).value(QLatin1String("d")))
            << "crypto.jwk.bad_coordinate";
    }

    void refusedJwks()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(QString, code);
        expectRefused(jwk, code);
    }

    void refusedJwkText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        const QByteArray good = m_ec[0].privateJwkJson().bytes();
        QTest::newRow("empty") << QByteArray() << "crypto.jwk.bad_json";
        QTest::newRow("not JSON") << QByteArray("-----BEGIN PRIVATE KEY-----") << "crypto.jwk.bad_json";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "crypto.jwk.bad_json";
        QTest::newRow("array") << QByteArray("[") + good + "]"
                               << "crypto.jwk.bad_json";
        QTest::newRow("a JSON string") << QByteArray("\"{\\\"kty\\\":\\\"EC\\\"}\"") << "crypto.jwk.bad_json";
        QTest::newRow("too large") << QByteArray(100 * 1024, ' ') << "crypto.jwk.too_large";
    }

    void refusedJwkText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        auto key = Key::fromJwkJson(text);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, code);
        // The parser's position only, never the text (which may hold a private key).
        const QByteArray d = m_ec[0].privateJwkJson().bytes();
        QVERIFY(!key.error().detail.contains(QString::fromLatin1(d.mid(d.indexOf("\"d\":") + 5, 20))));
    }

    void leadingZerosAreTolerated()
    {
        // An extra leading zero byte on n (as some encoders write it) names the same key.
        QJsonObject rsa = m_rsa.publicJwk();
        const QByteArray n = *base64UrlDecode(rsa.value(QLatin1String("n")).toString().toLatin1());
        rsa.insert(QStringLiteral("n"),
                   QString::fromLatin1(base64UrlEncode(QByteArray(QByteArray(1, '\0') + n))));
        auto key = Key::fromJwk(rsa);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : errorText(key.error())));
        QCOMPARE(key->thumbprint(), m_rsa.thumbprint());

        // An EC coordinate whose top byte is zero, written short (without it), is padded back.
        Key shortX;
        for (int i = 0; i < 4000 && shortX.isNull(); ++i) {
            Key candidate = *Key::generateEc(Curve::P256);
            if (base64UrlDecode(candidate.publicJwk().value(QLatin1String("x")).toString().toLatin1())
                    ->at(0) == 0)
                shortX = candidate;
        }
        QVERIFY(!shortX.isNull());
        QJsonObject ec = shortX.publicJwk();
        const QByteArray x = *base64UrlDecode(ec.value(QLatin1String("x")).toString().toLatin1());
        ec.insert(QStringLiteral("x"), QString::fromLatin1(base64UrlEncode(x.mid(1))));
        auto ecKey = Key::fromJwk(ec);
        QVERIFY2(ecKey.ok(), qPrintable(ecKey.ok() ? QString() : errorText(ecKey.error())));
        QCOMPARE(ecKey->thumbprint(), shortX.thumbprint()); // re-encoded at full width
    }

    void importAcceptsUsualExtras()
    {
        // kid, key_ops, x5t and a matching alg/use do not stop an import.
        QJsonObject jwk = m_ec[0].publicJwk(Algorithm::ES256);
        jwk.insert(QStringLiteral("kid"), QStringLiteral("my-own-kid"));
        jwk.insert(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("verify")});
        auto key = Key::fromJwk(jwk);
        QVERIFY(key.ok());
        QCOMPARE(key->thumbprint(), m_ec[0].thumbprint());
    }
};

QTEST_GUILESS_MAIN(TstJwk)
#include "tst_jwk.moc"
