// What callers see from the helseid parsers and error mappers, fed with the shapes the reference names
// and with malformed input.
#include "helseid/ApiError.h"
#include "helseid/ClientDraft.h"
#include "helseid/ClientInfo.h"
#include "helseid/DiscoveryDocument.h"
#include "helseid/Environment.h"
#include "helseid/OAuthError.h"
#include "helseid/VendorProfile.h"
#include "net/HttpResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace sfm;
using namespace sfm::helseid;

namespace {

net::HttpResponse response(int status, const QByteArray &body,
                           QList<QPair<QByteArray, QByteArray>> headers = {})
{
    net::HttpResponse r;
    r.status = status;
    r.url = QUrl(QStringLiteral("https://api.selvbetjening.test.nhn.no/v1/client-drafts"));
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

const QByteArray ClientJson =
    "{\n"
    "  \"apiScopes\": [\n"
    "    {\"scope\": \"nhn:selvbetjening/client\", \"status\": \"ok\", \"statusReason\": null},\n"
    "    {\"scope\": \"e-helse:sfm.api/sfm.api2\", \"status\": \"pending\", \"statusReason\": \"Venter på "
    "signering av avtale\"}\n"
    "  ],\n"
    "  \"audienceSpecificClientClaims\": [\n"
    "    {\"claimType\": \"e-helse:sfm.api/client/claims/sfm-id\", \"activeClaimValue\": null,\n"
    "     \"pendingClaimValue\": \"journal-42\", \"status\": \"pending\", \"statusReason\": \"Til "
    "godkjenning\"}\n"
    "  ],\n"
    "  \"redirectUris\": [\"http://localhost/callback\"],\n"
    "  \"postLogoutRedirectUris\": [],\n"
    "  \"childOrganizationNumbers\": null,\n"
    "  \"somethingNew\": {\"ignored\": true}\n"
    "}";

} // namespace

class TestHelseIdParsing : public QObject
{
    Q_OBJECT

private slots:
    void environments()
    {
        const Environment test = Environment::test();
        QCOMPARE(test.issuerString(), QStringLiteral("https://helseid-sts.test.nhn.no"));
        QCOMPARE(test.discoveryUrl().toString(),
                 QStringLiteral("https://helseid-sts.test.nhn.no/.well-known/openid-configuration"));
        QCOMPARE(test.apiUrl(u"/v1/client").toString(),
                 QStringLiteral("https://api.selvbetjening.test.nhn.no/v1/client"));
        QCOMPARE(test.confirmClientUrl(QStringLiteral("abc 1")).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://selvbetjening.test.nhn.no/confirm-client/abc%201"));
        QCOMPARE(Environment::prod().issuerString(), QStringLiteral("https://helseid-sts.nhn.no"));
        QCOMPARE(Environment::prod().apiBase.host(), QStringLiteral("api.selvbetjening.nhn.no"));
        const Environment demo = Environment::demo(QUrl(QStringLiteral("http://127.0.0.1:4000/")),
                                                   QUrl(QStringLiteral("http://127.0.0.1:4000/api")),
                                                   QUrl(QStringLiteral("http://127.0.0.1:4000/portal")));
        QCOMPARE(demo.issuerString(), QStringLiteral("http://127.0.0.1:4000"));
        QCOMPARE(demo.apiUrl(u"/v1/client-drafts").toString(),
                 QStringLiteral("http://127.0.0.1:4000/api/v1/client-drafts"));
        QCOMPARE(demo.name(), QStringLiteral("demo"));
        const auto announced = Environment::demoFromAnnouncement(
            "{\"issuer\":\"http://127.0.0.1:4000\",\"api\":\"http://127.0.0.1:4000/api\",\"portal\":"
            "\"http://127.0.0.1:4000/portal\",\"klientmaler\":[]}\n");
        QVERIFY(announced.ok());
        QVERIFY(*announced == demo);
        QCOMPARE(
            Environment::demoFromAnnouncement("{\"issuer\":\"https://helseid-sts.nhn.no\",\"api\":\"x\"}")
                .error()
                .code,
            QStringLiteral("helseid.environment.bad_simulator"));
        QVERIFY(Environment::fromName(u"prod").ok());
        QCOMPARE(Environment::fromName(u"staging").error().code,
                 QStringLiteral("helseid.environment.unknown"));
    }

    void discovery()
    {
        const QByteArray good =
            "{\"issuer\":\"https://helseid-sts.test.nhn.no\",\"token_endpoint\":\"https://"
            "helseid-sts.test.nhn.no/connect/token\",\n"
            "            "
            "\"jwks_uri\":\"https://helseid-sts.test.nhn.no/.well-known/openid-configuration/jwks\",\n"
            "            "
            "\"pushed_authorization_request_endpoint\":\"https://helseid-sts.test.nhn.no/connect/par\",\n"
            "            \"dpop_signing_alg_values_supported\":[\"PS256\",\"ES256\"]}";
        const auto d = DiscoveryDocument::parse(good, QStringLiteral("https://helseid-sts.test.nhn.no/"));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
        QCOMPARE(d->tokenEndpoint.toString(),
                 QStringLiteral("https://helseid-sts.test.nhn.no/connect/token"));
        QCOMPARE(d->dpopSigningAlgValuesSupported,
                 (QStringList{QStringLiteral("PS256"), QStringLiteral("ES256")}));

        QCOMPARE(DiscoveryDocument::parse(good, QStringLiteral("https://helseid-sts.nhn.no")).error().code,
                 QStringLiteral("helseid.discovery.issuer_mismatch"));
        QCOMPARE(
            DiscoveryDocument::parse("<html>proxy login</html>", QStringLiteral("https://x")).error().code,
            QStringLiteral("helseid.discovery.invalid"));
        const QByteArray insecure =
            "{\"issuer\":\"https://helseid-sts.test.nhn.no\",\"token_endpoint\":\"http://evil.example/"
            "connect/token\"}";
        QCOMPARE(DiscoveryDocument::parse(insecure, QStringLiteral("https://helseid-sts.test.nhn.no"))
                     .error()
                     .code,
                 QStringLiteral("helseid.discovery.invalid"));
        QCOMPARE(
            DiscoveryDocument::parse("{\"issuer\":\"https://a\"}", QStringLiteral("https://a")).error().code,
            QStringLiteral("helseid.discovery.invalid"));
    }

    void oauthErrors_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("code");
        const QStringList plain{
            QStringLiteral("invalid_request"),        QStringLiteral("invalid_client"),
            QStringLiteral("invalid_grant"),          QStringLiteral("unauthorized_client"),
            QStringLiteral("unsupported_grant_type"), QStringLiteral("invalid_scope"),
            QStringLiteral("use_dpop_nonce"),         QStringLiteral("invalid_dpop_proof")};
        for (const QString &e : plain)
            QTest::newRow(qPrintable(e)) << e << QString() << (QStringLiteral("helseid.oauth.") + e);
        for (int i = 1; i <= 10; ++i) {
            const QString hid = QStringLiteral("HID-10%1").arg(i, 2, 10, QLatin1Char('0'));
            QTest::newRow(qPrintable(hid + QStringLiteral(" in description")))
                << QStringLiteral("invalid_request")
                << (hid + QStringLiteral(": something about org numbers"))
                << (QStringLiteral("helseid.oauth.") + hid);
            QTest::newRow(qPrintable(hid + QStringLiteral(" as error")))
                << hid << QString() << (QStringLiteral("helseid.oauth.") + hid);
        }
        QTest::newRow("unknown") << QStringLiteral("brand_new_error") << QString()
                                 << QStringLiteral("helseid.oauth.brand_new_error");
        QTest::newRow("hostile") << QStringLiteral("<script>\n") << QString()
                                 << QStringLiteral("helseid.oauth.unknown");
    }
    void oauthErrors()
    {
        QFETCH(QString, error);
        QFETCH(QString, description);
        QFETCH(QString, code);
        QJsonObject body{{QStringLiteral("error"), error}};
        if (!description.isEmpty())
            body.insert(QStringLiteral("error_description"), description);
        const Error e = OAuthError::fromResponse(response(400, QJsonDocument(body).toJson()));
        QCOMPARE(e.code, code);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.message.endsWith(QLatin1Char('.')));
        // Every mapped code has its own explanation, not the generic fallback.
        if (!code.endsWith(QLatin1String("unknown")) && !code.endsWith(QLatin1String("brand_new_error")))
            QVERIFY(!e.message.contains(QStringLiteral("Contact support with the technical details.")) ||
                    code.endsWith(QLatin1String("unsupported_grant_type")) ||
                    code.endsWith(QLatin1String("HID-1007")));
        QVERIFY(e.detail.contains(QStringLiteral("HTTP 400")));
    }

    void invalidClientIsDistinguishable()
    {
        const Error e = OAuthError::fromCode(QStringLiteral("invalid_client"), QString(), 400);
        QVERIFY(OAuthError::isInvalidClient(e));
        QVERIFY(OAuthError::isNotYet(e));
        QVERIFY(!OAuthError::isInvalidClient(OAuthError::fromCode(QStringLiteral("invalid_grant"), {}, 400)));
        QVERIFY(OAuthError::isNotYet(OAuthError::fromCode(QStringLiteral("invalid_scope"), {}, 400)));
    }

    void oauthErrorWithoutJsonBody()
    {
        const Error e = OAuthError::fromResponse(response(502, "<html>Bad gateway</html>"));
        QCOMPARE(e.code, QStringLiteral("net.http.502"));
        QVERIFY(e.detail.contains(QStringLiteral("Bad gateway")));
    }

    void clientInfo()
    {
        const auto info = parseClientInfo(ClientJson);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
        QCOMPARE(info->apiScopes.size(), 2);
        QCOMPARE(info->apiScopes[1].status, ApiScopeAccess::Status::Pending);
        QCOMPARE(info->apiScopes[1].statusReason, QStringLiteral("Venter på signering av avtale"));
        QCOMPARE(info->sfmId(), QStringLiteral("journal-42"));
        QVERIFY(!info->isReady({QStringLiteral("nhn:selvbetjening/client")})); // a pending scope and claim
        QVERIFY(info->childOrganizationNumbers.isEmpty());
        QCOMPARE(info->redirectUris, QStringList{QStringLiteral("http://localhost/callback")});

        QByteArray ready = ClientJson;
        ready.replace("\"pending\"", "\"ok\"");
        const auto readyInfo = parseClientInfo(ready);
        QVERIFY(readyInfo->isReady({QStringLiteral("e-helse:sfm.api/sfm.api2")}));
        // A scope missing from the list is not ok.
        QVERIFY(!readyInfo->isReady({QStringLiteral("e-helse:sfm.api/sfm-migrering.api2")}));
        // Unknown status values count as not ready; case differences of .NET serializers are tolerated.
        QByteArray odd = ready;
        odd.replace("\"status\": \"ok\", \"statusReason\": null",
                    "\"status\": \"OK\", \"statusReason\": null");
        QVERIFY(parseClientInfo(odd)->isReady({}));
        odd.replace("\"status\": \"OK\"", "\"status\": \"revoked\"");
        QVERIFY(!parseClientInfo(odd)->isReady({}));

        const ClientUpdate update = info->toUpdate();
        QCOMPARE(update.audienceSpecificClientClaims.first().value, QStringLiteral("journal-42"));
        QCOMPARE(update.apiScopes.size(), 2);
    }

    void clientInfoMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("<html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("scopes not array") << QByteArray("{\"apiScopes\": {\"scope\": \"x\"}}");
        QTest::newRow("scope not object") << QByteArray("{\"apiScopes\": [\"x\"]}");
        QTest::newRow("scope name number")
            << QByteArray("{\"apiScopes\": [{\"scope\": 5, \"status\": \"ok\"}]}");
        QTest::newRow("scope without name") << QByteArray("{\"apiScopes\": [{\"status\": \"ok\"}]}");
        QTest::newRow("claim without type")
            << QByteArray("{\"audienceSpecificClientClaims\": [{\"status\": \"ok\"}]}");
        QTest::newRow("uris hold object") << QByteArray("{\"redirectUris\": [{}]}");
        QTest::newRow("truncated") << ClientJson.left(100);
        QTest::newRow("huge") << (QByteArray("{\"x\":\"") + QByteArray(2 * 1024 * 1024, 'a') + "\"}");
    }
    void clientInfoMalformed()
    {
        QFETCH(QByteArray, json);
        const auto info = parseClientInfo(json);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, QStringLiteral("helseid.api.bad_client_json"));
    }

    void clientSecrets()
    {
        const QByteArray json = "[\n"
                                "            {\"expiration\": \"2026-05-01T10:00:00Z\", \"kid\": \"k1\", "
                                "\"jwkThumbprint\": \"t1\", \"origin\": \"Api\",\n"
                                "             \"publicJwk\": "
                                "\"{\\\"kty\\\":\\\"EC\\\",\\\"crv\\\":\\\"P-256\\\",\\\"x\\\":\\\"a\\\","
                                "\\\"y\\\":\\\"b\\\"}\"},\n"
                                "            {\"expiration\": null, \"kid\": \"k2\", \"jwkThumbprint\": "
                                "\"t2\", \"origin\": \"Gui\", \"publicJwk\": {\"kty\": \"RSA\"}}\n"
                                "        ]";
        const auto list = parseClientSecrets(json);
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().toString()));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).expiration->date(), QDate(2026, 5, 1));
        QCOMPARE(list->at(0).publicJwk.value(QStringLiteral("crv")).toString(), QStringLiteral("P-256"));
        QVERIFY(!list->at(1).expiration);
        QCOMPARE(list->at(1).origin, QStringLiteral("Gui"));
        QVERIFY(!parseClientSecrets("[{\"expiration\": \"soon\"}]").ok());
        QVERIFY(!parseClientSecrets("{\"kid\": \"x\"}").ok());

        QCOMPARE(parseClientSecretExpiration("{\"expiration\":\"2026-01-02T03:04:05.123+01:00\"}")->value(),
                 QDateTime(QDate(2026, 1, 2), QTime(2, 4, 5, 123), QTimeZone::utc()));
        // A .NET DateTime without an offset is UTC, whatever this computer's time zone (reference §9).
        qputenv("TZ", "Pacific/Auckland");
        QCOMPARE(parseClientSecretExpiration("{\"expiration\":\"2026-01-02T03:04:05.1234567\"}")->value(),
                 QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 123), QTimeZone::utc()));
        QCOMPARE(parseClientSecrets("[{\"expiration\": \"2026-05-01T10:00:00\", \"kid\": \"k\"}]")
                     ->first()
                     .expiration->toUTC()
                     .time(),
                 QTime(10, 0));
        qunsetenv("TZ");
        QVERIFY(!parseClientSecretExpiration("{\"expiration\":null}")->has_value());
        QVERIFY(!parseClientSecretExpiration("null").ok());
    }

    void apiProblemsInReferenceOrder()
    {
        // 1. RFC 7807 with validation errors.
        const auto p1 = ApiProblem::parse(
            response(400, "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\",\"title\":\"One "
                          "or more validation errors occurred.\",\n"
                          "                    \"status\":400,\"errors\":{\"OrganizationNumber\":[\"Invalid "
                          "organization number\"]}}"));
        QCOMPARE(p1.kind, ApiProblem::Kind::ProblemDetails);
        QCOMPARE(p1.errors.value(QStringLiteral("OrganizationNumber")),
                 QStringList{QStringLiteral("Invalid organization number")});
        QVERIFY(p1.summary().contains(QStringLiteral("OrganizationNumber: Invalid organization number")));

        // 2. {property, message}.
        const auto p2 = ApiProblem::parse(
            response(400, "{\"property\":\"publicJwk\",\"message\":\"Must be a JSON string\"}"));
        QCOMPARE(p2.kind, ApiProblem::Kind::PropertyMessage);
        QCOMPARE(p2.errors.value(QStringLiteral("publicJwk")),
                 QStringList{QStringLiteral("Must be a JSON string")});
        const auto p2b = ApiProblem::parse(response(400, "[{\"property\":\"apiScopes\",\"message\":\"a\"},{"
                                                         "\"property\":\"apiScopes\",\"message\":\"b\"}]"));
        QCOMPARE(p2b.kind, ApiProblem::Kind::PropertyMessage);
        QCOMPARE(p2b.errors.value(QStringLiteral("apiScopes")).size(), 2);

        // 3. Raw text, and a 401 with only WWW-Authenticate.
        const auto p3 = ApiProblem::parse(response(500, "Internal Server Error"));
        QCOMPARE(p3.kind, ApiProblem::Kind::Raw);
        QCOMPARE(p3.rawText, QStringLiteral("Internal Server Error"));
        const auto p4 = ApiProblem::parse(
            response(401, "", {{"WWW-Authenticate", "DPoP error=\"invalid_token\", algs=\"PS256\""}}));
        QCOMPARE(p4.kind, ApiProblem::Kind::Raw);
        QVERIFY(p4.summary().contains(QStringLiteral("invalid_token")));

        const Error e = ApiError::fromResponse(
            response(400, "{\"property\":\"organizationNumber\",\"message\":\"Ugyldig\"}"),
            [] { return QStringLiteral("the client draft"); });
        QCOMPARE(e.code, QStringLiteral("helseid.api.bad_request"));
        QVERIFY(e.message.contains(QStringLiteral("organizationNumber: Ugyldig")));
        QCOMPARE(ApiError::fromResponse(response(401, ""), [] { return QStringLiteral("x"); }).code,
                 QStringLiteral("helseid.api.unauthorized"));
        QCOMPARE(ApiError::fromResponse(response(503, "down"), [] { return QStringLiteral("x"); }).code,
                 QStringLiteral("helseid.api.http.503"));
    }

    void draftBody()
    {
        ClientDraft d;
        d.organizationNumber = QStringLiteral("999999999");
        d.publicJwk = QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                                  {QStringLiteral("kid"), QStringLiteral("k")}};
        d.apiScopes = {QStringLiteral("nhn:selvbetjening/client"),
                       QStringLiteral("e-helse:sfm.api/sfm.api2")};
        d.postClientConfirmationRedirectUri = QStringLiteral("http://127.0.0.1:5000/confirmed");
        const QJsonObject o = QJsonDocument::fromJson(d.toJson()).object();
        QVERIFY(o.value(QStringLiteral("publicJwk")).isString()); // a JSON *string*, not an object
        QCOMPARE(QJsonDocument::fromJson(o.value(QStringLiteral("publicJwk")).toString().toUtf8()).object(),
                 d.publicJwk);
        // Empty optional members are left out, never null or [] (reference section 9).
        for (const char *member : {"audienceSpecificClientClaims", "childOrganizationNumbers", "redirectUris",
                                   "postLogoutRedirectUris"})
            QVERIFY2(!o.contains(QLatin1String(member)), member);
        QCOMPARE(o.value(QStringLiteral("organizationNumber")).toString(), QStringLiteral("999999999"));
        QCOMPARE(o.value(QStringLiteral("apiScopes")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("postClientConfirmationRedirectUri")).toString(),
                 QStringLiteral("http://127.0.0.1:5000/confirmed"));

        d.redirectUris = {QStringLiteral("http://localhost/callback")};
        d.childOrganizationNumbers = {QStringLiteral("987654325")};
        const QJsonObject filled = QJsonDocument::fromJson(d.toJson()).object();
        QCOMPARE(filled.value(QStringLiteral("redirectUris")).toArray(),
                 QJsonArray{QStringLiteral("http://localhost/callback")});
        QCOMPARE(filled.value(QStringLiteral("childOrganizationNumbers")).toArray(),
                 QJsonArray{QStringLiteral("987654325")});
        QVERIFY(!filled.contains(QStringLiteral("postLogoutRedirectUris")));

        d.audienceSpecificClientClaims = {
            {QStringLiteral("e-helse:sfm.api/client/claims/sfm-id"), QStringLiteral("j-1")}};
        const QJsonArray claims = QJsonDocument::fromJson(d.toJson())
                                      .object()
                                      .value(QStringLiteral("audienceSpecificClientClaims"))
                                      .toArray();
        QCOMPARE(claims.first().toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("e-helse:sfm.api/client/claims/sfm-id"));
    }

    void demoProfile()
    {
        const auto p = VendorProfile::demo();
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QCOMPARE(p->apiKey(QStringLiteral("demo")).bytes(), QByteArrayLiteral("demo-klientmal-api-key"));
        QVERIFY(!p->hasApiKey(QStringLiteral("prod")));
        QVERIFY(p->preselectedScopes().contains(QStringLiteral("e-helse:sfm.api/sfm.api2")));
        QVERIFY(p->preselectedScopes().contains(QStringLiteral("nhn:selvbetjening/client")));
        QVERIFY(!p->preselectedScopes().contains(QStringLiteral("e-helse:sfm.api/sfm-migrering.api2")));
        QCOMPARE(p->scope(QStringLiteral("e-helse:sfm.api/sfm.api2"))->displayNameFor(QStringLiteral("nb")),
                 QStringLiteral("SFM portaler og integrasjoner"));
        QCOMPARE(p->sfmIdClaimType, QStringLiteral("e-helse:sfm.api/client/claims/sfm-id"));
        QCOMPARE(p->secretBodyShape, VendorProfile::SecretBodyShape::JsonString);
        QCOMPARE(
            p->packageLink(QUrl(QStringLiteral("http://127.0.0.1:9/portal")), QStringLiteral("p 1"),
                           QString())
                .toString(QUrl::FullyEncoded),
            QStringLiteral("http://127.0.0.1:9/portal/pakkekonfigurasjon?systemId=demo-epj&packageId=p%201"));
    }

    void profileValidation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QByteArray base = "{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{\"name\":\"a\","
                                "\"default\":\"preselected\"}]}";
        QTest::newRow("ok") << base << QString() << QString();
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("profile.not_json") << QString();
        QTest::newRow("version") << QByteArray("{\"schemaVersion\":2}")
                                 << QStringLiteral("profile.unsupported_version") << QString();
        QTest::newRow("no vendor") << QByteArray("{\"schemaVersion\":1,\"scopes\":[{\"name\":\"a\"}]}")
                                   << QStringLiteral("profile.invalid") << QStringLiteral("vendorName");
        QTest::newRow("no scopes") << QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[]}")
                                   << QStringLiteral("profile.invalid") << QStringLiteral("scopes");
        QTest::newRow("bad default") << QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{"
                                                   "\"name\":\"a\",\"default\":\"maybe\"}]}")
                                     << QStringLiteral("profile.invalid") << QStringLiteral("default");
        QTest::newRow("dup scope") << QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{"
                                                 "\"name\":\"a\"},{\"name\":\"a\"}]}")
                                   << QStringLiteral("profile.invalid") << QStringLiteral("twice");
        QTest::newRow("bad env") << QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{"
                                               "\"name\":\"a\"}],\"apiKeys\":{\"qa\":\"SECRET-KEY-1\"}}")
                                 << QStringLiteral("profile.invalid") << QStringLiteral("apiKeys.qa");
        QTest::newRow("bad key type") << QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{"
                                                    "\"name\":\"a\"}],\"apiKeys\":{\"test\":5}}")
                                      << QStringLiteral("profile.invalid") << QStringLiteral("apiKeys.test");
        QTest::newRow("bad shape") << QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{"
                                                 "\"name\":\"a\"}],\"clientSecretBody\":\"xml\"}")
                                   << QStringLiteral("profile.invalid") << QStringLiteral("clientSecretBody");
        QTest::newRow("bad redirect") << QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{"
                                                    "\"name\":\"a\"}],\"redirectUris\":[\"callback\"]}")
                                      << QStringLiteral("profile.invalid") << QStringLiteral("redirectUris");
        // Every address in a profile passes the one URL policy (https, or http on this computer); a refused
        // one is named by its field.
        const auto withField = [](const char *json) -> QByteArray {
            return QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{\"name\":\"a\"}],") +
                   json + '}';
        };
        QTest::newRow("portal link over http")
            << withField("\"packageLink\":{\"template\":"
                         "\"http://selvbetjening.example/pakke?id={packageId}\"}")
            << QStringLiteral("profile.invalid") << QStringLiteral("packageLink.template");
        QTest::newRow("portal link javascript")
            << withField("\"packageLink\":{\"template\":\"javascript:alert({packageId})\"}")
            << QStringLiteral("profile.invalid") << QStringLiteral("packageLink.template");
        QTest::newRow("portal link widens the host")
            << withField("\"packageLink\":{\"template\":\"{portal}@evil.example/p?id={packageId}\"}")
            << QStringLiteral("profile.invalid") << QStringLiteral("packageLink.template");
        QTest::newRow("portal link https") << withField("\"packageLink\":{\"template\":"
                                                        "\"https://portal.example/p?system={systemId}\"}")
                                           << QString() << QString();
        QTest::newRow("portal link on loopback")
            << withField("\"packageLink\":{\"template\":\"http://127.0.0.1:8080/p?id={packageId}\"}")
            << QString() << QString();
        QTest::newRow("redirect http elsewhere")
            << withField("\"redirectUris\":[\"https://epj.example/cb\",\"http://epj.example/cb\"]")
            << QStringLiteral("profile.invalid") << QStringLiteral("redirectUris");
        QTest::newRow("redirect file") << withField("\"redirectUris\":[\"file:///etc/passwd\"]")
                                       << QStringLiteral("profile.invalid") << QStringLiteral("redirectUris");
        QTest::newRow("post logout javascript")
            << withField("\"postLogoutRedirectUris\":[\"javascript:alert(1)\"]")
            << QStringLiteral("profile.invalid") << QStringLiteral("postLogoutRedirectUris");
        QTest::newRow("fixed confirmation over http")
            << withField("\"confirmationRedirect\":{\"policy\":\"fixed\",\"uri\":\"http://epj.example/ok\"}")
            << QStringLiteral("profile.invalid") << QStringLiteral("confirmationRedirect.uri");
        QTest::newRow("fixed confirmation file")
            << withField("\"confirmationRedirect\":{\"policy\":\"fixed\",\"uri\":\"file://host/share/ok\"}")
            << QStringLiteral("profile.invalid") << QStringLiteral("confirmationRedirect.uri");
        QTest::newRow("fixed confirmation https")
            << withField("\"confirmationRedirect\":{\"policy\":\"fixed\",\"uri\":\"https://epj.example/ok\"}")
            << QString() << QString();
        QTest::newRow("fixed without uri")
            << QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{\"name\":\"a\"}],"
                          "\"confirmationRedirect\":{\"policy\":\"fixed\"}}")
            << QStringLiteral("profile.invalid") << QStringLiteral("confirmationRedirect.uri");
        QTest::newRow("sfm mode") << QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{"
                                                "\"name\":\"a\"}],\"sfmId\":{\"mode\":\"always\"}}")
                                  << QStringLiteral("profile.invalid") << QStringLiteral("sfmId.mode");
        QTest::newRow("login redirect not loopback")
            << QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{\"name\":\"a\"}],"
                          "\"loginRedirect\":{\"test\":\"https://epj.example/callback\"}}")
            << QStringLiteral("profile.invalid") << QStringLiteral("loginRedirect.test");
        QTest::newRow("login redirect in prod without a port")
            << QByteArray("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{\"name\":\"a\"}],"
                          "\"loginRedirect\":{\"prod\":\"http://localhost/callback\"}}")
            << QStringLiteral("profile.invalid") << QStringLiteral("loginRedirect.prod");
    }

    void loginRedirectUris()
    {
        const auto demo = VendorProfile::demo();
        QVERIFY(demo.ok());
        QCOMPARE(demo->loginRedirectUri(QStringLiteral("test")).toString(),
                 QStringLiteral("http://localhost/callback"));
        QCOMPARE(demo->loginRedirectUri(QStringLiteral("prod")).port(), VendorProfile::DefaultProdLoginPort);
        QCOMPARE(demo->redirectUrisFor(QStringLiteral("demo")),
                 QStringList{QStringLiteral("http://localhost/callback")});
        const auto own =
            VendorProfile::fromJson("{\"schemaVersion\":1,\"vendorName\":\"V\",\"scopes\":[{\"name\":\"a\"}],"
                                    "\"redirectUris\":[\"http://127.0.0.1:5000/login\"],"
                                    "\"loginRedirect\":{\"prod\":\"http://127.0.0.1:5000/login\"}}");
        QVERIFY(own.ok());
        // Listed once, not twice.
        QCOMPARE(own->redirectUrisFor(QStringLiteral("prod")),
                 QStringList{QStringLiteral("http://127.0.0.1:5000/login")});
    }
    void profileValidation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const auto p = VendorProfile::fromJson(json);
        if (code.isEmpty()) {
            QVERIFY(p.ok());
            return;
        }
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
        QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
        // API keys are secrets: never in an error.
        QVERIFY(!p.error().toString().contains(QStringLiteral("SECRET-KEY")));
    }
};

QTEST_MAIN(TestHelseIdParsing)
#include "tst_helseid_parsing.moc"
