// Conformance of the simulated STS with reference sections 5 and 6: every rule HelseID applies to a
// token request, each with its refusal, driven with raw HTTP and hand-built JWTs.
#include "SimTestSupport.h"

#include "crypto/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sfm;
using namespace simtest;

class TstSimSts : public QObject
{
    Q_OBJECT

private:
    Fixture f;
    crypto::Key clientKey;
    crypto::Key otherKey;
    crypto::Key dpopKey;
    QString clientId; // confirmed, documents not signed

    QString tokenUrl() const { return f.urls().issuer + QStringLiteral("/connect/token"); }
    Reply rawToken(const QByteArray &clientAssertion, const QByteArray &dpopProof, const QString &scope,
                   const QString &id = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!dpopProof.isEmpty())
            headers.append(qMakePair(QByteArray("DPoP"), dpopProof));
        return f.http().send("POST", tokenUrl(),
                             tokenForm(id.isEmpty() ? clientId : id, clientAssertion, scope), headers);
    }
    QByteArray goodProof() { return proof(dpopKey, "POST", tokenUrl(), f.nonce()); }
    static QString error(const Reply &r) { return r.json().value(QStringLiteral("error")).toString(); }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        QVERIFY(f.setSettings({{QStringLiteral("cacheDelaySeconds"), 0}}));
        clientKey = crypto::Key::generateRsa(2048).value();
        otherKey = crypto::Key::generateRsa(2048).value();
        dpopKey = crypto::Key::generateEc(crypto::Curve::P256).value();
        clientId =
            f.createDraft(clientKey, draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client"),
                                                           QStringLiteral("e-helse:sfm.api/sfm.api2")}));
        QVERIFY(!clientId.isEmpty());
        QVERIFY(f.confirm(clientId));
    }

    void discoveryAndJwks()
    {
        const Reply d =
            f.http().send("GET", f.urls().issuer + QStringLiteral("/.well-known/openid-configuration"));
        QCOMPARE(d.status, 200);
        QCOMPARE(d.json().value(QStringLiteral("issuer")).toString(), f.urls().issuer);
        QCOMPARE(d.json().value(QStringLiteral("token_endpoint")).toString(), tokenUrl());
        QCOMPARE(d.json().value(QStringLiteral("token_endpoint_auth_methods_supported")).toArray(),
                 QJsonArray{QStringLiteral("private_key_jwt")});
        const Reply jwks = f.http().send("GET", d.json().value(QStringLiteral("jwks_uri")).toString());
        QCOMPARE(jwks.status, 200);
        const QJsonObject jwk = jwks.json().value(QStringLiteral("keys")).toArray().first().toObject();
        QVERIFY(!jwk.contains(QStringLiteral("d")));
        QVERIFY(crypto::Key::fromJwk(jwk).ok());
    }

    void firstRequestGetsDpopNonceThenToken()
    {
        const Reply first =
            rawToken(assertion(clientKey, clientId, f.urls().issuer), proof(dpopKey, "POST", tokenUrl()),
                     QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(first.status, 400);
        QCOMPARE(error(first), QStringLiteral("use_dpop_nonce"));
        const QByteArray nonce = first.header("dpop-nonce");
        QVERIFY(!nonce.isEmpty());

        const Reply second = rawToken(assertion(clientKey, clientId, f.urls().issuer),
                                      proof(dpopKey, "POST", tokenUrl(), QString::fromLatin1(nonce)),
                                      QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(second.status, 200);
        const QJsonObject body = second.json();
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("DPoP"));
        QVERIFY(body.value(QStringLiteral("expires_in")).toInt() > 0);
        const QByteArray token = body.value(QStringLiteral("access_token")).toString().toLatin1();

        // Signed by the key in the JWKS, bound to the proof's key, for this client and scope.
        const Reply jwks =
            f.http().send("GET", f.urls().issuer + QStringLiteral("/.well-known/openid-configuration/jwks"));
        const auto simKey =
            crypto::Key::fromJwk(jwks.json().value(QStringLiteral("keys")).toArray().first().toObject());
        QVERIFY(simKey.ok());
        const auto verified = crypto::verifyCompact(token, simKey.value());
        QVERIFY(verified.ok());
        const QJsonObject claims = verified->payloadObject();
        QCOMPARE(claims.value(QStringLiteral("client_id")).toString(), clientId);
        QCOMPARE(claims.value(QStringLiteral("scope")).toArray(),
                 QJsonArray{QStringLiteral("nhn:selvbetjening/client")});
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("nhn:selvbetjening"));
        QCOMPARE(claims.value(QStringLiteral("cnf")).toObject().value(QStringLiteral("jkt")).toString(),
                 dpopKey.thumbprint());
        QCOMPARE(claims.value(QStringLiteral("helseid://claims/client/claims/orgnr_parent")).toString(),
                 QLatin1String(OrgNumber));
        QVERIFY(claims.value(QStringLiteral("exp")).toInteger() >
                claims.value(QStringLiteral("iat")).toInteger());
    }

    void assertionRefused_data()
    {
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QJsonObject>("headerChanges");
        QTest::addColumn<bool>("signWithOtherKey");
        const qint64 t = now();
        QTest::newRow("wrong aud") << QJsonObject{{QStringLiteral("aud"),
                                                   QStringLiteral("https://helseid-sts.test.nhn.no")}}
                                   << QJsonObject() << false;
        QTest::newRow("aud with trailing slash")
            << QJsonObject{{QStringLiteral("aud"), QStringLiteral("%1/").arg(f.urls().issuer)}}
            << QJsonObject() << false;
        QTest::newRow("aud token endpoint")
            << QJsonObject{{QStringLiteral("aud"), tokenUrl()}} << QJsonObject() << false;
        QTest::newRow("exp too far ahead")
            << QJsonObject{{QStringLiteral("exp"), t + 300}} << QJsonObject() << false;
        QTest::newRow("exp in the past")
            << QJsonObject{{QStringLiteral("exp"), t - 30}} << QJsonObject() << false;
        QTest::newRow("no exp") << QJsonObject{{QStringLiteral("exp"), QJsonValue::Null}} << QJsonObject()
                                << false;
        QTest::newRow("iat in the future")
            << QJsonObject{{QStringLiteral("iat"), t + 120}} << QJsonObject() << false;
        QTest::newRow("no nbf") << QJsonObject{{QStringLiteral("nbf"), QJsonValue::Null}} << QJsonObject()
                                << false;
        QTest::newRow("iat not numeric")
            << QJsonObject{{QStringLiteral("iat"), QStringLiteral("now")}} << QJsonObject() << false;
        QTest::newRow("no jti") << QJsonObject{{QStringLiteral("jti"), QJsonValue::Null}} << QJsonObject()
                                << false;
        QTest::newRow("sub differs from iss")
            << QJsonObject{{QStringLiteral("sub"), QStringLiteral("someone-else")}} << QJsonObject() << false;
        QTest::newRow("missing typ") << QJsonObject()
                                     << QJsonObject{{QStringLiteral("typ"), QJsonValue::Null}} << false;
        QTest::newRow("typ JWT") << QJsonObject()
                                 << QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")}} << false;
        QTest::newRow("wrong signature") << QJsonObject() << QJsonObject() << true;
        // HelseID matches the header's kid against the kid the key was registered with.
        QTest::newRow("no kid") << QJsonObject() << QJsonObject{{QStringLiteral("kid"), QJsonValue::Null}}
                                << false;
        QTest::newRow("kid not the registered one")
            << QJsonObject() << QJsonObject{{QStringLiteral("kid"), QStringLiteral("some-other-kid")}}
            << false;
    }

    void assertionRefused()
    {
        QFETCH(QJsonObject, changes);
        QFETCH(QJsonObject, headerChanges);
        QFETCH(bool, signWithOtherKey);
        f.token(clientKey, dpopKey, clientId, QStringLiteral("nhn:selvbetjening/client")); // a fresh nonce
        const QByteArray a = assertion(signWithOtherKey ? otherKey : clientKey, clientId, f.urls().issuer,
                                       changes, headerChanges);
        const Reply r = rawToken(a, goodProof(), QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(r.status, 400);
        QCOMPARE(error(r), QStringLiteral("invalid_client"));
    }

    void replayedAssertionRefused()
    {
        f.token(clientKey, dpopKey, clientId, QStringLiteral("nhn:selvbetjening/client"));
        const QByteArray a = assertion(clientKey, clientId, f.urls().issuer);
        QCOMPARE(rawToken(a, goodProof(), QStringLiteral("nhn:selvbetjening/client")).status, 200);
        const Reply again = rawToken(a, goodProof(), QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(again.status, 400);
        QCOMPARE(error(again), QStringLiteral("invalid_client"));
    }

    void assertionSpentByNonceRoundTrip()
    {
        // HelseID checks the client before DPoP: an assertion answered with use_dpop_nonce is used up, so
        // a client must sign a new one for the retry.
        const QByteArray a = assertion(clientKey, clientId, f.urls().issuer);
        const Reply first = rawToken(a, proof(dpopKey, "POST", tokenUrl(), QStringLiteral("stale")),
                                     QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(error(first), QStringLiteral("use_dpop_nonce"));
        const Reply retry =
            rawToken(a, proof(dpopKey, "POST", tokenUrl(), QString::fromLatin1(first.header("dpop-nonce"))),
                     QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(error(retry), QStringLiteral("invalid_client"));
    }

    void clientIdMustMatchAssertion()
    {
        const Reply r =
            rawToken(assertion(clientKey, clientId, f.urls().issuer), goodProof(),
                     QStringLiteral("nhn:selvbetjening/client"), QStringLiteral("another-client"));
        QCOMPARE(error(r), QStringLiteral("invalid_client"));
    }

    void proofRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("htuSuffix");
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QJsonObject>("headerChanges");
        const qint64 t = now();
        QTest::newRow("htu with query")
            << QByteArray("POST") << QStringLiteral("?x=1") << QJsonObject() << QJsonObject();
        QTest::newRow("htu with fragment")
            << QByteArray("POST") << QStringLiteral("#a") << QJsonObject() << QJsonObject();
        QTest::newRow("wrong htm") << QByteArray("GET") << QString() << QJsonObject() << QJsonObject();
        QTest::newRow("wrong htu") << QByteArray("POST") << QStringLiteral("/other") << QJsonObject()
                                   << QJsonObject();
        QTest::newRow("typ jwt") << QByteArray("POST") << QString() << QJsonObject()
                                 << QJsonObject{{QStringLiteral("typ"), QStringLiteral("jwt")}};
        QTest::newRow("no jwk") << QByteArray("POST") << QString() << QJsonObject()
                                << QJsonObject{{QStringLiteral("jwk"), QJsonValue::Null}};
        QTest::newRow("iat too old") << QByteArray("POST") << QString()
                                     << QJsonObject{{QStringLiteral("iat"), t - 600}} << QJsonObject();
        QTest::newRow("iat in the future") << QByteArray("POST") << QString()
                                           << QJsonObject{{QStringLiteral("iat"), t + 600}} << QJsonObject();
        QTest::newRow("no jti") << QByteArray("POST") << QString()
                                << QJsonObject{{QStringLiteral("jti"), QJsonValue::Null}} << QJsonObject();
    }

    void proofRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, htuSuffix);
        QFETCH(QJsonObject, changes);
        QFETCH(QJsonObject, headerChanges);
        f.token(clientKey, dpopKey, clientId, QStringLiteral("nhn:selvbetjening/client"));
        const QByteArray p =
            proof(dpopKey, method, tokenUrl() + htuSuffix, f.nonce(), {}, changes, headerChanges);
        const Reply r = rawToken(assertion(clientKey, clientId, f.urls().issuer), p,
                                 QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(r.status, 400);
        QCOMPARE(error(r), QStringLiteral("invalid_dpop_proof"));
    }

    void proofWithPrivateJwkRefused()
    {
        f.token(clientKey, dpopKey, clientId, QStringLiteral("nhn:selvbetjening/client"));
        const QJsonObject privateJwk = QJsonDocument::fromJson(dpopKey.privateJwkJson().bytes()).object();
        const QByteArray p =
            proof(dpopKey, "POST", tokenUrl(), f.nonce(), {}, {}, {{QStringLiteral("jwk"), privateJwk}});
        const Reply r = rawToken(assertion(clientKey, clientId, f.urls().issuer), p,
                                 QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(error(r), QStringLiteral("invalid_dpop_proof"));
    }

    void proofSignedByAnotherKeyRefused()
    {
        f.token(clientKey, dpopKey, clientId, QStringLiteral("nhn:selvbetjening/client"));
        const auto stranger = crypto::Key::generateEc(crypto::Curve::P256).value();
        const QByteArray p = proof(stranger, "POST", tokenUrl(), f.nonce(), {}, {},
                                   {{QStringLiteral("jwk"), dpopKey.publicJwk()}});
        const Reply r = rawToken(assertion(clientKey, clientId, f.urls().issuer), p,
                                 QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(error(r), QStringLiteral("invalid_dpop_proof"));
    }

    void reusedProofRefused()
    {
        f.token(clientKey, dpopKey, clientId, QStringLiteral("nhn:selvbetjening/client"));
        const QByteArray p = goodProof();
        QCOMPARE(rawToken(assertion(clientKey, clientId, f.urls().issuer), p,
                          QStringLiteral("nhn:selvbetjening/client"))
                     .status,
                 200);
        const Reply again = rawToken(assertion(clientKey, clientId, f.urls().issuer), p,
                                     QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(error(again), QStringLiteral("invalid_dpop_proof"));
    }

    void unknownNonceAsksForANewOne()
    {
        const Reply r = rawToken(assertion(clientKey, clientId, f.urls().issuer),
                                 proof(dpopKey, "POST", tokenUrl(), QStringLiteral("made-up")),
                                 QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(error(r), QStringLiteral("use_dpop_nonce"));
        QVERIFY(!r.header("dpop-nonce").isEmpty());
    }

    void missingDpopRefused()
    {
        const Reply r = rawToken(assertion(clientKey, clientId, f.urls().issuer), {},
                                 QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(r.status, 400);
        QCOMPARE(error(r), QStringLiteral("invalid_request"));
    }

    void unsupportedGrantType()
    {
        const Reply r = f.http().send("POST", tokenUrl(), "grant_type=password&username=a&password=b",
                                      {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(error(r), QStringLiteral("unsupported_grant_type"));
    }

    void unconfirmedDraftIsInvalidClient()
    {
        const QString draft =
            f.createDraft(clientKey, draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")}));
        QVERIFY(!draft.isEmpty());
        const Reply r = f.token(clientKey, dpopKey, draft, QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(error(r), QStringLiteral("invalid_client"));
    }

    void invalidClientDuringCacheDelay()
    {
        QVERIFY(f.setSettings({{QStringLiteral("cacheDelaySeconds"), 15}}));
        const QString id =
            f.createDraft(clientKey, draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")}));
        QVERIFY(f.confirm(id));
        QCOMPARE(error(f.token(clientKey, dpopKey, id, QStringLiteral("nhn:selvbetjening/client"))),
                 QStringLiteral("invalid_client"));
        // Twenty seconds later on the simulator's clock (the assertion follows that clock).
        QVERIFY(f.setSettings({{QStringLiteral("clockOffsetSeconds"), 20}}));
        const qint64 t = now(20);
        const Reply later = f.token(
            clientKey, dpopKey, id, QStringLiteral("nhn:selvbetjening/client"),
            {{QStringLiteral("iat"), t}, {QStringLiteral("nbf"), t}, {QStringLiteral("exp"), t + 60}});
        QCOMPARE(later.status, 200);
        QVERIFY(f.setSettings(
            {{QStringLiteral("clockOffsetSeconds"), 0}, {QStringLiteral("cacheDelaySeconds"), 0}}));
    }

    void scopeRulesThenOkAfterSigning()
    {
        const QString id =
            f.createDraft(clientKey, draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client"),
                                                           QStringLiteral("e-helse:sfm.api/sfm.api2")}));
        QVERIFY(f.confirm(id));
        const Reply notOffered =
            f.token(clientKey, dpopKey, id, QStringLiteral("e-helse:sfm.api/sfm-migrering.api2"));
        QCOMPARE(error(notOffered), QStringLiteral("invalid_scope"));
        const Reply pending = f.token(clientKey, dpopKey, id, QStringLiteral("e-helse:sfm.api/sfm.api2"));
        QCOMPARE(error(pending), QStringLiteral("invalid_scope"));
        QVERIFY(f.signDocuments(id));
        // The client-credentials path for SFM scopes, kept behind a setting: by default the STS refuses
        // it (SFM needs a user; tst_sim_login checks that and the SFM-id in a user's token).
        QVERIFY(f.setSettings({{QStringLiteral("allowClientCredentialsForSfm"), true}}));
        const Reply ok = f.token(clientKey, dpopKey, id, QStringLiteral("e-helse:sfm.api/sfm.api2"));
        QVERIFY(f.setSettings({{QStringLiteral("allowClientCredentialsForSfm"), false}}));
        QCOMPARE(ok.status, 200);
        const QJsonObject claims =
            jwtPayload(ok.json().value(QStringLiteral("access_token")).toString().toLatin1());
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("e-helse:sfm.api"));
        // New journal: HelseID assigned the SFM-id, equal to the client id (reference §7).
        QCOMPARE(claims.value(QStringLiteral("e-helse:sfm.api/client/claims/sfm-id")).toString(), id);
    }

    void childOrganizationThroughAssertionDetails()
    {
        QJsonObject body = draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")});
        body.insert(QStringLiteral("childOrganizationNumbers"), QJsonArray{QLatin1String(ChildOrgNumber)});
        const QString id = f.createDraft(clientKey, body);
        QVERIFY(f.confirm(id));
        const auto detail = [](const QString &org) {
            return QJsonArray{QJsonObject{
                {QStringLiteral("type"), QStringLiteral("helseid_authorization")},
                {QStringLiteral("practitioner_role"),
                 QJsonObject{{QStringLiteral("organization"),
                              QJsonObject{{QStringLiteral("identifier"),
                                           QJsonObject{{QStringLiteral("system"),
                                                        QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.101")},
                                                       {QStringLiteral("type"), QStringLiteral("ENH")},
                                                       {QStringLiteral("value"), org}}}}}}}}};
        };
        const Reply ok =
            f.token(clientKey, dpopKey, id, QStringLiteral("nhn:selvbetjening/client"),
                    {{QStringLiteral("assertion_details"), detail(QLatin1String(ChildOrgNumber))}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(jwtPayload(ok.json().value(QStringLiteral("access_token")).toString().toLatin1())
                     .value(QStringLiteral("helseid://claims/client/claims/orgnr_child"))
                     .toString(),
                 QLatin1String(ChildOrgNumber));
        // A valid organization number that is not one of this client's child units.
        const Reply foreign =
            f.token(clientKey, dpopKey, id, QStringLiteral("nhn:selvbetjening/client"),
                    {{QStringLiteral("assertion_details"), detail(QStringLiteral("923609016"))}});
        QCOMPARE(foreign.status, 400);
        QVERIFY(foreign.json()
                    .value(QStringLiteral("error_description"))
                    .toString()
                    .startsWith(QLatin1String("HID-")));
    }

    void assertionMustUseTheRegisteredKidAndAlg()
    {
        // clientKey is registered as PS256 under its thumbprint: RS256 with the same key, or the right
        // signature under another kid, is refused while the checks are on (the default), accepted without.
        auto signedWith = [this](crypto::Algorithm alg, const QString &kid) {
            f.token(clientKey, dpopKey, clientId,
                    QStringLiteral("nhn:selvbetjening/client")); // a fresh nonce
            const qint64 t = now();
            const QByteArray a = sign({{QStringLiteral("typ"), QStringLiteral("client-authentication+jwt")},
                                       {QStringLiteral("kid"), kid}},
                                      {{QStringLiteral("iss"), clientId},
                                       {QStringLiteral("sub"), clientId},
                                       {QStringLiteral("aud"), f.urls().issuer},
                                       {QStringLiteral("iat"), t},
                                       {QStringLiteral("nbf"), t},
                                       {QStringLiteral("exp"), t + 60},
                                       {QStringLiteral("jti"), QUuid::createUuid().toString()}},
                                      clientKey, alg);
            return rawToken(a, goodProof(), QStringLiteral("nhn:selvbetjening/client"));
        };
        const Reply rs256 = signedWith(crypto::Algorithm::RS256, clientKey.thumbprint());
        QCOMPARE(rs256.status, 400);
        QCOMPARE(error(rs256), QStringLiteral("invalid_client"));
        QVERIFY(rs256.json()
                    .value(QStringLiteral("error_description"))
                    .toString()
                    .contains(QLatin1String("alg")));
        const Reply otherKid = signedWith(crypto::Algorithm::PS256, QStringLiteral("portal-kid-1"));
        QCOMPARE(otherKid.status, 400);
        QVERIFY(otherKid.json()
                    .value(QStringLiteral("error_description"))
                    .toString()
                    .contains(QLatin1String("kid")));

        QVERIFY(f.setSettings(
            {{QStringLiteral("matchAssertionAlg"), false}, {QStringLiteral("matchAssertionKid"), false}}));
        const Reply lax = signedWith(crypto::Algorithm::RS256, QStringLiteral("portal-kid-1"));
        QVERIFY(f.setSettings(
            {{QStringLiteral("matchAssertionAlg"), true}, {QStringLiteral("matchAssertionKid"), true}}));
        QVERIFY2(lax.status == 200, lax.body.constData());
    }

    void allNineAlgorithms()
    {
        const auto rsa = crypto::Key::generateRsa(2048).value();
        for (const crypto::Algorithm alg : crypto::allAlgorithms()) {
            const crypto::Key key =
                crypto::keyTypeFor(alg) == crypto::KeyType::Rsa ? rsa : crypto::Key::generateFor(alg).value();
            QJsonObject body = draftBody(key, {QStringLiteral("nhn:selvbetjening/client")});
            body.insert(QStringLiteral("publicJwk"),
                        QString::fromUtf8(QJsonDocument(key.publicJwk(alg)).toJson(QJsonDocument::Compact)));
            const QString id = f.createDraft(key, body);
            QVERIFY2(!id.isEmpty(), qPrintable(crypto::algorithmName(alg)));
            QVERIFY(f.confirm(id));
            f.token(clientKey, dpopKey, clientId, QStringLiteral("nhn:selvbetjening/client"));
            const qint64 t = now();
            const QByteArray a = sign({{QStringLiteral("typ"), QStringLiteral("client-authentication+jwt")},
                                       {QStringLiteral("kid"), key.thumbprint()}},
                                      {{QStringLiteral("iss"), id},
                                       {QStringLiteral("sub"), id},
                                       {QStringLiteral("aud"), f.urls().issuer},
                                       {QStringLiteral("iat"), t},
                                       {QStringLiteral("nbf"), t},
                                       {QStringLiteral("exp"), t + 60},
                                       {QStringLiteral("jti"), QUuid::createUuid().toString()}},
                                      key, alg);
            const Reply r = rawToken(a, goodProof(), QStringLiteral("nhn:selvbetjening/client"), id);
            QVERIFY2(r.status == 200,
                     qPrintable(crypto::algorithmName(alg) + QLatin1Char(' ') + QString::fromUtf8(r.body)));
        }
    }
};

QTEST_MAIN(TstSimSts)
#include "tst_sim_sts.moc"
