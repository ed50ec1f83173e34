// Known answers from the RFCs themselves: RFC 7515 A.2 (RS256) and A.3 (ES256) verify, RFC 7638 3.1's
// thumbprint, RFC 9449's example proofs verify and their jkt/ath match; base64url is strict.
#include "crypto/Base64Url.h"
#include "crypto/DpopProof.h"
#include "crypto/Jws.h"
#include "crypto/Key.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sfm::crypto;

namespace {

// RFC 7515 appendix A.2 (payload {"iss":"joe","exp":1300819380,"http://example.com/is_root":true}).
const QByteArray Rfc7515A2Token =
    "eyJhbGciOiJSUzI1NiJ9."
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0"
    "cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_"
    "O8W2Fp5jujGbds9u"
    "JdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_"
    "eSN9383L"
    "cOLn6_dO--xi12jzDwusC-"
    "eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtV"
    "rBp0igcN_IoypGlUPQGe77Rw";
const QByteArray Rfc7515A2Jwk = "{\"kty\":\"RSA\",\"n\":\"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_"
                                "wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEz"
                                "P1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_"
                                "7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsL"
                                "A9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_"
                                "I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj"
                                "8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ\",\"e\":\"AQAB\"}";

// RFC 7515 appendix A.3.
const QByteArray Rfc7515A3Token =
    "eyJhbGciOiJFUzI1NiJ9."
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0"
    "cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
const QByteArray Rfc7515A3Jwk =
    "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
    "\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\","
    "\"d\":\"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI\"}";

// RFC 7638 section 3.1.
const QByteArray Rfc7638Jwk =
    "{\"kty\":\"RSA\",\"n\":"
    "\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_"
    "BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_"
    "FDW2QvzqY368QQMicAtaSq"
    "zs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_"
    "xBniIqb"
    "w0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\",\"e\":\"AQAB\",\"alg\":\"RS256\",\"kid\":\"2011-04-29\"}";

// RFC 9449 figures 2 (token request) and 13 (resource request, with ath).
const QByteArray Rfc9449Figure2 = "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwieCI6Im"
                                  "w4dEZyaHgtMzR0VjNoUklDUkRZOXpDa0RscE"
                                  "JoRjQyVVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY5VERW"
                                  "clUwQ2R2R1JEQSIsImNydiI6IlAtMjU2In19"
                                  ".eyJqdGkiOiItQndDM0VTYzZhY2MybFRjIiwiaHRtIjoiUE9TVCIsImh0dSI6Imh0dHBzOi8vc"
                                  "2VydmVyLmV4YW1wbGUuY29tL3Rva2VuIiwia"
                                  "WF0IjoxNTYyMjYyNjE2fQ.2-GxA6T8lP4vfrg8v-"
                                  "FdWP0A0zdrj8igiMLvqRMUvwnQg4PtFLbdLXiOSsX0x7NVY-FNyJK70nfbV37xRZT3Lg";
const QByteArray Rfc9449Figure13 =
    "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwieCI6Imw4dEZyaHgtMzR0VjNoUklDUkRZOXpD"
    "a0RscE"
    "JoRjQyVVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY5VERWclUwQ2R2R1JEQSIsImNydiI6IlAtMj"
    "U2In19"
    ".eyJqdGkiOiJlMWozVl9iS2ljOC1MQUVCIiwiaHRtIjoiR0VUIiwiaHR1IjoiaHR0cHM6Ly9yZXNvdXJjZS5leGFtcGxlLm9yZy9wcm9"
    "0ZWN0Z"
    "WRyZXNvdXJjZSIsImlhdCI6MTU2MjI2MjYxOCwiYXRoIjoiZlVIeU8ycjJaM0RaNTNFc05yV0JiMHhXWG9hTnk1OUlpS0NBcWtzbVFFb"
    "yJ9.2oW"
    "9RP35yRqzhrtNP86L-Ey71EOptxRimPPToA1plemAgR6pxHF8y6-yqyVnmcw6Fy1dqd-jfxSYoMxhAJpLjA";
const QByteArray Rfc9449AccessToken = "Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU";

QByteArray flipLastSignatureChar(QByteArray token)
{
    token[token.size() - 1] = token.endsWith('A') ? 'Q' : 'A';
    return token;
}

} // namespace

class TstKnownAnswers : public QObject
{
    Q_OBJECT

private slots:
    void rfc7515A2VerifiesRs256()
    {
        auto key = Key::fromJwkJson(Rfc7515A2Jwk);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QCOMPARE(key->bits(), 2048);
        QVERIFY(!key->hasPrivate());
        auto verified = verifyCompact(Rfc7515A2Token, *key);
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().toString()));
        QCOMPARE(verified->algorithm, Algorithm::RS256);
        QCOMPARE(verified->payloadObject().value(QLatin1String("iss")).toString(), QStringLiteral("joe"));
        QCOMPARE(verified->payloadObject().value(QLatin1String("exp")).toInteger(), 1300819380);

        auto tampered = verifyCompact(flipLastSignatureChar(Rfc7515A2Token), *key);
        QVERIFY(!tampered.ok());
        QCOMPARE(tampered.error().code, QStringLiteral("crypto.jws.bad_signature"));
    }

    void rfc7515A3VerifiesEs256()
    {
        auto key = Key::fromJwkJson(Rfc7515A3Jwk);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QVERIFY(key->hasPrivate()); // d matched x,y (pairwise check)
        QCOMPARE(key->curve(), std::optional<Curve>(Curve::P256));
        auto verified = verifyCompact(Rfc7515A3Token, key->publicOnly());
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().toString()));
        QCOMPARE(verified->algorithm, Algorithm::ES256);
        QCOMPARE(verified->payloadObject().value(QLatin1String("iss")).toString(), QStringLiteral("joe"));

        // The RFC's raw R||S is 64 bytes; a DER-encoded signature in its place is refused.
        auto parts = parseCompact(Rfc7515A3Token);
        QVERIFY(parts.ok());
        QCOMPARE(parts->signature.size(), 64);
        QVERIFY(!verifyCompact(flipLastSignatureChar(Rfc7515A3Token), *key).ok());

        // The RFC's private key signs a fresh token that verifies.
        auto token = signCompact({}, QByteArrayView("fresh"), *key, Algorithm::ES256);
        QVERIFY(token.ok());
        QVERIFY(verifyCompact(*token, *key).ok());
    }

    void rfc7638Thumbprint()
    {
        auto key = Key::fromJwkJson(Rfc7638Jwk);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QCOMPARE(key->thumbprint(), QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
        // Our public JWK names the key by that thumbprint, not by the kid it came with.
        QCOMPARE(key->publicJwk().value(QLatin1String("kid")).toString(),
                 QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    }

    void rfc9449ExampleProofsVerify()
    {
        auto parts = parseCompact(Rfc9449Figure2);
        QVERIFY(parts.ok());
        QCOMPARE(parts->header.value(QLatin1String("typ")).toString(), QStringLiteral("dpop+jwt"));
        auto key = Key::fromJwk(parts->header.value(QLatin1String("jwk")).toObject());
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        // RFC 9449 figures 8/9: the key's thumbprint (jkt).
        QCOMPARE(key->thumbprint(), QStringLiteral("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"));

        auto proof = verifyCompact(Rfc9449Figure2, *key);
        QVERIFY2(proof.ok(), qPrintable(proof.ok() ? QString() : proof.error().toString()));
        const QJsonObject claims = proof->payloadObject();
        QCOMPARE(claims.value(QLatin1String("htm")).toString(), QStringLiteral("POST"));
        QCOMPARE(claims.value(QLatin1String("htu")).toString(),
                 QStringLiteral("https://server.example.com/token"));
        QCOMPARE(claims.value(QLatin1String("iat")).toInteger(), 1562262616);

        auto resource = verifyCompact(Rfc9449Figure13, *key);
        QVERIFY(resource.ok());
        QCOMPARE(resource->payloadObject().value(QLatin1String("ath")).toString(),
                 QString::fromLatin1(accessTokenHash(Rfc9449AccessToken)));
        QCOMPARE(accessTokenHash(Rfc9449AccessToken),
                 QByteArray("fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo"));
    }

    void ourProofHasRfc9449Structure()
    {
        auto key = Key::fromJwkJson(Rfc7515A3Jwk);
        QVERIFY(key.ok());
        DpopParams params;
        params.method = QStringLiteral("GET");
        params.url = QUrl(QStringLiteral("https://resource.example.org/protectedresource?x=1#frag"));
        params.accessToken = Rfc9449AccessToken;
        params.nonce = QStringLiteral("eyJ7S_zG.eyJH0-Z.HX4w-7v");
        params.nowEpochSeconds = 1562262618;
        auto proof = buildDpopProof(*key, Algorithm::ES256, params);
        QVERIFY(proof.ok());
        auto parts = parseCompact(*proof);
        QVERIFY(parts.ok());
        const QJsonObject header = parts->header;
        QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("dpop+jwt"));
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        const QJsonObject jwk = header.value(QLatin1String("jwk")).toObject();
        QCOMPARE(jwk.keys(), (QStringList{QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x"),
                                          QStringLiteral("y")})); // public members only, never "d"
        QCOMPARE(jwk.value(QLatin1String("x")).toString(),
                 QStringLiteral("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"));

        // The proof verifies with the key its own header carries, as a server checks it.
        auto embedded = Key::fromJwk(jwk);
        QVERIFY(embedded.ok());
        auto verified = verifyCompact(*proof, *embedded);
        QVERIFY(verified.ok());
        const QJsonObject claims = verified->payloadObject();
        QCOMPARE(claims.value(QLatin1String("htm")).toString(), QStringLiteral("GET"));
        QCOMPARE(claims.value(QLatin1String("htu")).toString(),
                 QStringLiteral("https://resource.example.org/protectedresource"));
        QCOMPARE(claims.value(QLatin1String("iat")).toInteger(), 1562262618);
        QCOMPARE(claims.value(QLatin1String("ath")).toString(),
                 QStringLiteral("fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo"));
        QCOMPARE(claims.value(QLatin1String("nonce")).toString(), QStringLiteral("eyJ7S_zG.eyJH0-Z.HX4w-7v"));
        QCOMPARE(base64UrlDecode(claims.value(QLatin1String("jti")).toString().toLatin1())->size(), 16);
    }

    void base64UrlIsStrict_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("empty") << QByteArray() << true << QByteArray();
        QTest::newRow("f") << QByteArray("Zg") << true << QByteArray("f");
        QTest::newRow("fo") << QByteArray("Zm8") << true << QByteArray("fo");
        QTest::newRow("foo") << QByteArray("Zm9v") << true << QByteArray("foo");
        QTest::newRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff");
        QTest::newRow("padding") << QByteArray("Zg==") << false << QByteArray();
        QTest::newRow("plus") << QByteArray("+_8") << false << QByteArray();
        QTest::newRow("slash") << QByteArray("-/8") << false << QByteArray();
        QTest::newRow("space") << QByteArray("Zm 9v") << false << QByteArray();
        QTest::newRow("newline") << QByteArray("Zm9v\n") << false << QByteArray();
        QTest::newRow("impossible length") << QByteArray("Zm9vY") << false << QByteArray();
        QTest::newRow("non-zero trailing bits") << QByteArray("Zh") << false << QByteArray();
    }

    void base64UrlIsStrict()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(QByteArray, decoded);
        const auto result = base64UrlDecode(text);
        QCOMPARE(result.has_value(), valid);
        if (valid) {
            QCOMPARE(*result, decoded);
            QCOMPARE(base64UrlEncode(decoded), text);
        }
    }
};

QTEST_GUILESS_MAIN(TstKnownAnswers)
#include "tst_known_answers.moc"
