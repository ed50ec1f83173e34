// Conformance of the simulated self-service API with reference sections 3 and 7: client drafts and their
// refusals, the DPoP-protected /v1/client, statuses from pending to ok. /v1/client-secret and key lifetime
// are in tst_sim_keys.
#include "SimTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sfm;
using namespace simtest;

class TstSimSelfService : public QObject
{
    Q_OBJECT

private:
    Fixture f;
    crypto::Key clientKey;
    crypto::Key dpopKey;
    QString clientId;
    QByteArray token; // nhn:selvbetjening/client for clientId

    QString draftsUrl() const { return f.urls().api + QStringLiteral("/v1/client-drafts"); }
    Reply postDraft(const QJsonObject &body, const QByteArray &apiKey = "demo-klientmal-api-key")
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!apiKey.isEmpty())
            headers.append(qMakePair(QByteArray("api-key"), apiKey));
        return f.http().postJson(draftsUrl(), body, headers);
    }
    QByteArray selfServiceToken(const QString &id)
    {
        const Reply r = f.token(clientKey, dpopKey, id, QStringLiteral("nhn:selvbetjening/client"));
        return r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    }
    static QByteArray compact(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        // Some checks here use client-credentials SFM tokens as a stand-in for any token of another API;
        // the STS refuses them by default (SFM needs a user; tst_sim_login checks that).
        QVERIFY(f.setSettings({{QStringLiteral("cacheDelaySeconds"), 0},
                               {QStringLiteral("allowClientCredentialsForSfm"), true}}));
        clientKey = crypto::Key::generateRsa(2048).value();
        dpopKey = crypto::Key::generateEc(crypto::Curve::P256).value();
        QJsonObject body = draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client"),
                                                 QStringLiteral("e-helse:sfm.api/sfm.api2")});
        body.insert(QStringLiteral("postLogoutRedirectUris"),
                    QJsonArray{QStringLiteral("https://epj.example/logout")});
        clientId = f.createDraft(clientKey, body);
        QVERIFY(!clientId.isEmpty());
        QVERIFY(f.confirm(clientId));
        token = selfServiceToken(clientId);
        QVERIFY(!token.isEmpty());
    }

    void draftRefused_data()
    {
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QByteArray>("apiKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("property"); // {property, message} answer; empty: RFC 7807 or no body
        const auto k = crypto::Key::generateEc(crypto::Curve::P256).value();
        QJsonObject noAlg = k.publicJwk();
        noAlg.remove(QStringLiteral("alg"));
        const QString privateJwk = QString::fromUtf8(k.privateJwkJson(crypto::Algorithm::ES256).bytes());

        QTest::newRow("wrong api-key") << QJsonObject() << QByteArray("not-the-key") << 401 << QString();
        QTest::newRow("no api-key") << QJsonObject() << QByteArray() << 401 << QString();
        QTest::newRow("org number fails mod-11")
            << QJsonObject{{QStringLiteral("organizationNumber"), QStringLiteral("974760674")}}
            << QByteArray("demo-klientmal-api-key") << 400 << QStringLiteral("organizationNumber");
        QTest::newRow("org number too short")
            << QJsonObject{{QStringLiteral("organizationNumber"), QStringLiteral("97476067")}}
            << QByteArray("demo-klientmal-api-key") << 400 << QStringLiteral("organizationNumber");
        QTest::newRow("org number as a number")
            << QJsonObject{{QStringLiteral("organizationNumber"), 974760673}}
            << QByteArray("demo-klientmal-api-key") << 400 << QString();
        QTest::newRow("publicJwk as an object")
            << QJsonObject{{QStringLiteral("publicJwk"), k.publicJwk(crypto::Algorithm::ES256)}}
            << QByteArray("demo-klientmal-api-key") << 400 << QString();
        QTest::newRow("publicJwk missing") << QJsonObject{{QStringLiteral("publicJwk"), QJsonValue::Null}}
                                           << QByteArray("demo-klientmal-api-key") << 400 << QString();
        QTest::newRow("publicJwk not JSON")
            << QJsonObject{{QStringLiteral("publicJwk"), QStringLiteral("{kty:RSA")}}
            << QByteArray("demo-klientmal-api-key") << 400 << QStringLiteral("publicJwk");
        QTest::newRow("publicJwk with private part")
            << QJsonObject{{QStringLiteral("publicJwk"), privateJwk}} << QByteArray("demo-klientmal-api-key")
            << 400 << QStringLiteral("publicJwk");
        QTest::newRow("publicJwk without alg")
            << QJsonObject{{QStringLiteral("publicJwk"), QString::fromUtf8(compact(noAlg))}}
            << QByteArray("demo-klientmal-api-key") << 400 << QStringLiteral("publicJwk");
        QTest::newRow("scope not offered")
            << QJsonObject{{QStringLiteral("apiScopes"),
                            QJsonArray{QStringLiteral("e-helse:sfm.api/sfm.api")}}}
            << QByteArray("demo-klientmal-api-key") << 400 << QStringLiteral("apiScopes");
        QTest::newRow("no scopes") << QJsonObject{{QStringLiteral("apiScopes"), QJsonArray()}}
                                   << QByteArray("demo-klientmal-api-key") << 400
                                   << QStringLiteral("apiScopes");
        QTest::newRow("claim with short key")
            << QJsonObject{{QStringLiteral("audienceSpecificClientClaims"),
                            QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("sfm-id")},
                                                   {QStringLiteral("value"), QStringLiteral("abc")}}}}}
            << QByteArray("demo-klientmal-api-key") << 400 << QStringLiteral("audienceSpecificClientClaims");
        QTest::newRow("claim value with a space")
            << QJsonObject{{QStringLiteral("audienceSpecificClientClaims"),
                            QJsonArray{QJsonObject{{QStringLiteral("key"),
                                                    QStringLiteral("e-helse:sfm.api/client/claims/sfm-id")},
                                                   {QStringLiteral("value"), QStringLiteral("a b")}}}}}
            << QByteArray("demo-klientmal-api-key") << 400 << QStringLiteral("audienceSpecificClientClaims");
        QTest::newRow("claim value of 51 characters")
            << QJsonObject{{QStringLiteral("audienceSpecificClientClaims"),
                            QJsonArray{
                                QJsonObject{{QStringLiteral("key"),
                                             QStringLiteral("e-helse:sfm.api/client/claims/sfm-id")},
                                            {QStringLiteral("value"), QString(51, QLatin1Char('x'))}}}}}
            << QByteArray("demo-klientmal-api-key") << 400 << QStringLiteral("audienceSpecificClientClaims");
        QTest::newRow("child org fails mod-11")
            << QJsonObject{{QStringLiteral("childOrganizationNumbers"),
                            QJsonArray{QStringLiteral("987654321")}}}
            << QByteArray("demo-klientmal-api-key") << 400 << QStringLiteral("childOrganizationNumbers");
        QTest::newRow("relative confirmation redirect")
            << QJsonObject{{QStringLiteral("postClientConfirmationRedirectUri"), QStringLiteral("/done")}}
            << QByteArray("demo-klientmal-api-key") << 400
            << QStringLiteral("postClientConfirmationRedirectUri");
    }

    void draftRefused()
    {
        QFETCH(QJsonObject, changes);
        QFETCH(QByteArray, apiKey);
        QFETCH(int, status);
        QFETCH(QString, property);
        QJsonObject body = draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")});
        for (auto it = changes.begin(); it != changes.end(); ++it)
            body.insert(it.key(), it.value());
        const Reply r = postDraft(body, apiKey);
        QCOMPARE(r.status, status);
        if (status == 401) {
            QVERIFY(r.body.isEmpty());
        } else if (!property.isEmpty()) {
            QCOMPARE(r.json().value(QStringLiteral("property")).toString(), property);
            QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
        } else {
            QVERIFY(r.header("content-type").startsWith("application/problem+json"));
            QCOMPARE(r.json().value(QStringLiteral("status")).toInt(), 400);
            QVERIFY(!r.json().value(QStringLiteral("errors")).toObject().isEmpty());
        }
    }

    void draftAcceptedWithEcKeyAndChildren()
    {
        const auto ec = crypto::Key::generateEc(crypto::Curve::P384).value();
        QJsonObject body = draftBody(ec, {QStringLiteral("nhn:selvbetjening/client")});
        body.insert(QStringLiteral("childOrganizationNumbers"), QJsonArray{QLatin1String(ChildOrgNumber)});
        const Reply r = postDraft(body);
        QCOMPARE(r.status, 200);
        const QString id = r.json().value(QStringLiteral("clientId")).toString();
        QVERIFY(!id.isEmpty());
        const Reply listed = f.http().send("GET", f.urls().control + QStringLiteral("/clients/") + id);
        QCOMPARE(listed.json().value(QStringLiteral("stage")).toString(), QStringLiteral("draft"));
        QCOMPARE(listed.json().value(QStringLiteral("childOrganizationNumbers")).toArray(),
                 QJsonArray{QLatin1String(ChildOrgNumber)});
        // The EC setting is a knob because EC acceptance is UNCONFIRMED for HelseID.
        QVERIFY(f.setSettings({{QStringLiteral("acceptEcKeys"), false}}));
        QCOMPARE(postDraft(body).json().value(QStringLiteral("property")).toString(),
                 QStringLiteral("publicJwk"));
        QVERIFY(f.setSettings({{QStringLiteral("acceptEcKeys"), true}}));
    }

    void getClientShapeAndPendingStatuses()
    {
        const Reply r = f.api("GET", QStringLiteral("/v1/client"), token, dpopKey);
        QCOMPARE(r.status, 200);
        const QJsonObject client = r.json();
        QStringList keys = client.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("apiScopes"), QStringLiteral("audienceSpecificClientClaims"),
                              QStringLiteral("childOrganizationNumbers"),
                              QStringLiteral("postLogoutRedirectUris"), QStringLiteral("redirectUris")}));
        bool sawPending = false;
        for (const QJsonValue &v : client.value(QStringLiteral("apiScopes")).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("scope")).toString() == QLatin1String("e-helse:sfm.api/sfm.api2")) {
                QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
                QVERIFY(!s.value(QStringLiteral("statusReason")).toString().isEmpty());
                sawPending = true;
            }
        }
        QVERIFY(sawPending);
        const QJsonObject claim =
            client.value(QStringLiteral("audienceSpecificClientClaims")).toArray().first().toObject();
        QCOMPARE(claim.value(QStringLiteral("claimType")).toString(),
                 QStringLiteral("e-helse:sfm.api/client/claims/sfm-id"));
        QCOMPARE(claim.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(claim.value(QStringLiteral("pendingClaimValue")).toString(), clientId);
        QVERIFY(claim.value(QStringLiteral("activeClaimValue")).isNull());
    }

    void existingJournalClaimPendingThenActive()
    {
        QJsonObject body = draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client"),
                                                 QStringLiteral("e-helse:sfm.api/sfm.api2")});
        body.insert(QStringLiteral("audienceSpecificClientClaims"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("key"), QStringLiteral("e-helse:sfm.api/client/claims/sfm-id")},
                        {QStringLiteral("value"), QStringLiteral("Journal_Ålesund-2.b")}}});
        const QString id = f.createDraft(clientKey, body);
        QVERIFY(f.confirm(id));
        const QByteArray t = selfServiceToken(id);
        QJsonObject claim = f.api("GET", QStringLiteral("/v1/client"), t, dpopKey)
                                .json()
                                .value(QStringLiteral("audienceSpecificClientClaims"))
                                .toArray()
                                .first()
                                .toObject();
        QCOMPARE(claim.value(QStringLiteral("pendingClaimValue")).toString(),
                 QStringLiteral("Journal_Ålesund-2.b"));
        QCOMPARE(claim.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(f.signDocuments(id));
        claim = f.api("GET", QStringLiteral("/v1/client"), t, dpopKey)
                    .json()
                    .value(QStringLiteral("audienceSpecificClientClaims"))
                    .toArray()
                    .first()
                    .toObject();
        QCOMPARE(claim.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(claim.value(QStringLiteral("activeClaimValue")).toString(),
                 QStringLiteral("Journal_Ålesund-2.b"));
        const Reply sfm = f.token(clientKey, dpopKey, id, QStringLiteral("e-helse:sfm.api/sfm.api2"));
        QCOMPARE(jwtPayload(sfm.json().value(QStringLiteral("access_token")).toString().toLatin1())
                     .value(QStringLiteral("e-helse:sfm.api/client/claims/sfm-id"))
                     .toString(),
                 QStringLiteral("Journal_Ålesund-2.b"));
    }

    void apiAuthRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("error"); // in WWW-Authenticate; empty: no error attribute
        QTest::newRow("no authorization") << QStringLiteral("none") << QByteArray();
        QTest::newRow("bearer scheme") << QStringLiteral("bearer") << QByteArray("invalid_token");
        QTest::newRow("no proof") << QStringLiteral("no proof") << QByteArray("invalid_dpop_proof");
        QTest::newRow("missing ath") << QStringLiteral("no ath") << QByteArray("invalid_dpop_proof");
        QTest::newRow("wrong ath") << QStringLiteral("wrong ath") << QByteArray("invalid_dpop_proof");
        QTest::newRow("htu with query") << QStringLiteral("query") << QByteArray("invalid_dpop_proof");
        QTest::newRow("wrong htm") << QStringLiteral("htm") << QByteArray("invalid_dpop_proof");
        QTest::newRow("proof key is not the token's")
            << QStringLiteral("other key") << QByteArray("invalid_token");
        QTest::newRow("forged token") << QStringLiteral("forged") << QByteArray("invalid_token");
    }

    void apiAuthRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, error);
        const QString url = f.urls().api + QStringLiteral("/v1/client");
        QList<QPair<QByteArray, QByteArray>> headers;
        if (kind == QLatin1String("bearer")) {
            headers = {{"Authorization", "Bearer " + token}, {"DPoP", proof(dpopKey, "GET", url, {}, token)}};
        } else if (kind == QLatin1String("no proof")) {
            headers = {{"Authorization", "DPoP " + token}};
        } else if (kind == QLatin1String("no ath")) {
            headers = {{"Authorization", "DPoP " + token}, {"DPoP", proof(dpopKey, "GET", url)}};
        } else if (kind == QLatin1String("wrong ath")) {
            headers = {{"Authorization", "DPoP " + token},
                       {"DPoP", proof(dpopKey, "GET", url, {}, "another token")}};
        } else if (kind == QLatin1String("query")) {
            headers = {{"Authorization", "DPoP " + token},
                       {"DPoP", proof(dpopKey, "GET", url + QStringLiteral("?a=b"), {}, token)}};
        } else if (kind == QLatin1String("htm")) {
            headers = {{"Authorization", "DPoP " + token}, {"DPoP", proof(dpopKey, "POST", url, {}, token)}};
        } else if (kind == QLatin1String("other key")) {
            const auto other = crypto::Key::generateEc(crypto::Curve::P256).value();
            headers = {{"Authorization", "DPoP " + token}, {"DPoP", proof(other, "GET", url, {}, token)}};
        } else if (kind == QLatin1String("forged")) {
            const auto forger = crypto::Key::generateRsa(2048).value();
            const QByteArray forged = sign({{QStringLiteral("typ"), QStringLiteral("at+jwt")}},
                                           jwtPayload(token), forger, crypto::Algorithm::RS256);
            headers = {{"Authorization", "DPoP " + forged}, {"DPoP", proof(dpopKey, "GET", url, {}, forged)}};
        }
        const Reply r = f.http().send("GET", url, {}, headers);
        QCOMPARE(r.status, 401);
        const QByteArray challenge = r.header("www-authenticate");
        QVERIFY(challenge.startsWith("DPoP "));
        if (error.isEmpty())
            QVERIFY(!challenge.contains("error="));
        else
            QVERIFY2(challenge.contains(QByteArray("error=\"" + error + '"')), challenge.constData());
    }

    void reusedApiProofRefused()
    {
        const QString url = f.urls().api + QStringLiteral("/v1/client");
        const QByteArray p = proof(dpopKey, "GET", url, {}, token);
        QCOMPARE(f.http().send("GET", url, {}, {{"Authorization", "DPoP " + token}, {"DPoP", p}}).status,
                 200);
        QCOMPARE(f.http().send("GET", url, {}, {{"Authorization", "DPoP " + token}, {"DPoP", p}}).status,
                 401);
    }

    void sfmTokenIsNotForTheSelfServiceApi()
    {
        const QString id =
            f.createDraft(clientKey, draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client"),
                                                           QStringLiteral("e-helse:sfm.api/sfm.api2")}));
        QVERIFY(f.confirm(id));
        QVERIFY(f.signDocuments(id));
        const QByteArray sfmToken =
            f.token(clientKey, dpopKey, id, QStringLiteral("e-helse:sfm.api/sfm.api2"))
                .json()
                .value(QStringLiteral("access_token"))
                .toString()
                .toLatin1();
        QVERIFY(!sfmToken.isEmpty());
        QCOMPARE(f.api("GET", QStringLiteral("/v1/client"), sfmToken, dpopKey).status, 401);
    }

    void putReplacesTheWholeObject()
    {
        const QString id =
            f.createDraft(clientKey, draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")}));
        QVERIFY(f.confirm(id));
        const QByteArray t = selfServiceToken(id);
        const QJsonObject put{
            {QStringLiteral("apiScopes"), QJsonArray{QStringLiteral("nhn:selvbetjening/client"),
                                                     QStringLiteral("e-helse:sfm.api/sfm-migrering.api2")}},
            {QStringLiteral("redirectUris"), QJsonArray{QStringLiteral("http://localhost/callback")}},
            {QStringLiteral("postLogoutRedirectUris"), QJsonValue::Null}};
        const Reply r = f.api("PUT", QStringLiteral("/v1/client"), t, dpopKey, compact(put));
        QCOMPARE(r.status, 200);
        const QJsonObject after = f.api("GET", QStringLiteral("/v1/client"), t, dpopKey).json();
        QCOMPARE(after.value(QStringLiteral("redirectUris")).toArray(),
                 QJsonArray{QStringLiteral("http://localhost/callback")});
        QCOMPARE(after.value(QStringLiteral("postLogoutRedirectUris")).toArray(), QJsonArray());
        QCOMPARE(after.value(QStringLiteral("childOrganizationNumbers")).toArray(), QJsonArray());
        const QJsonArray scopes = after.value(QStringLiteral("apiScopes")).toArray();
        QCOMPARE(scopes.size(), 2);
        QCOMPARE(scopes.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        // A scope the Klientmal does not offer is refused like on the draft.
        const Reply refused =
            f.api("PUT", QStringLiteral("/v1/client"), t, dpopKey,
                  compact({{QStringLiteral("apiScopes"), QJsonArray{QStringLiteral("openid")}}}));
        QCOMPARE(refused.status, 400);
    }

    void documentsSignThemselvesAfterAutoSignSeconds()
    {
        QVERIFY(f.setSettings({{QStringLiteral("autoSignSeconds"), 60}}));
        const QString id =
            f.createDraft(clientKey, draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client"),
                                                           QStringLiteral("e-helse:sfm.api/sfm.api2")}));
        QVERIFY(f.confirm(id));
        const QString url = f.urls().control + QStringLiteral("/clients/") + id;
        QCOMPARE(f.http().send("GET", url).json().value(QStringLiteral("ready")).toBool(), false);
        QVERIFY(f.setSettings({{QStringLiteral("clockOffsetSeconds"), 61}}));
        QCOMPARE(f.http().send("GET", url).json().value(QStringLiteral("ready")).toBool(), true);
        QVERIFY(f.setSettings(
            {{QStringLiteral("clockOffsetSeconds"), 0}, {QStringLiteral("autoSignSeconds"), 0}}));
    }
};

QTEST_MAIN(TstSimSelfService)
#include "tst_sim_selfservice.moc"
