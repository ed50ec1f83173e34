// The simulator's portal pages, control API, fault injection, state file and package zips; and interop: a
// token request whose assertion and proof come from Debian's `jose` CLI is accepted.
#include "MissingTool.h"
#include "SimTestSupport.h"

#include "crypto/Base64Url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <zip.h>

using namespace sfm;
using namespace simtest;

namespace {

// Reads one entry of a password-protected zip with libzip (AES or ZipCrypto); nullopt on a wrong password.
std::optional<QByteArray> readZipEntry(const QByteArray &zipBytes, const QString &password,
                                       const QString &suffix, QStringList *names = nullptr)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *src =
        zip_source_buffer_create(zipBytes.constData(), zip_uint64_t(zipBytes.size()), 0, &error);
    zip_t *archive = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        if (src)
            zip_source_free(src);
        return std::nullopt;
    }
    std::optional<QByteArray> found;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        const QString name = QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), 0));
        if (names)
            names->append(name);
        if (!name.endsWith(suffix))
            continue;
        zip_file_t *file =
            zip_fopen_index_encrypted(archive, zip_uint64_t(i), 0, password.toUtf8().constData());
        if (!file)
            continue;
        QByteArray data;
        char buffer[4096];
        zip_int64_t n = 0;
        while ((n = zip_fread(file, buffer, sizeof buffer)) > 0)
            data.append(buffer, qsizetype(n));
        const bool ok = n == 0;
        zip_fclose(file);
        if (ok)
            found = data;
    }
    zip_close(archive);
    return found;
}

} // namespace

class TstSimControl : public QObject
{
    Q_OBJECT

private:
    Fixture f;
    crypto::Key clientKey;
    crypto::Key dpopKey;

    QString confirmPageUrl(const QString &id) const
    {
        return f.urls().portal + QStringLiteral("/confirm-client/") + id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        // Some checks here use client-credentials SFM tokens as a stand-in for any token of another API;
        // the STS refuses them by default (SFM needs a user; tst_sim_login checks that).
        QVERIFY(f.setSettings({{QStringLiteral("cacheDelaySeconds"), 0},
                               {QStringLiteral("allowClientCredentialsForSfm"), true}}));
        clientKey = crypto::Key::generateEc(crypto::Curve::P256).value();
        dpopKey = crypto::Key::generateEc(crypto::Curve::P256).value();
    }

    void startupInfoHasTheContract()
    {
        const QJsonObject info = f.sim().startupInfo();
        QCOMPARE(info.value(QStringLiteral("issuer")).toString(), f.urls().issuer);
        QVERIFY(info.value(QStringLiteral("api")).toString().startsWith(f.urls().issuer));
        QVERIFY(info.value(QStringLiteral("portal")).toString().startsWith(f.urls().issuer));
        const QJsonObject demo = info.value(QStringLiteral("klientmaler")).toArray().first().toObject();
        QCOMPARE(demo.value(QStringLiteral("apiKey")).toString(), QStringLiteral("demo-klientmal-api-key"));
        QCOMPARE(demo.value(QStringLiteral("defaults"))
                     .toObject()
                     .value(QStringLiteral("e-helse:sfm.api/sfm.api2"))
                     .toString(),
                 QStringLiteral("Forhåndsvalgt"));
        QCOMPARE(demo.value(QStringLiteral("defaults"))
                     .toObject()
                     .value(QStringLiteral("e-helse:sfm.api/sfm-migrering.api2"))
                     .toString(),
                 QStringLiteral("Tilgjengelig"));
        QVERIFY(demo.value(QStringLiteral("scopes"))
                    .toArray()
                    .contains(QStringLiteral("nhn:selvbetjening/client")));
    }

    void portalConfirmRedirectsWithSuccess()
    {
        const QString id =
            f.createDraft(clientKey, draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")}));
        const Reply page = f.http().send("GET", confirmPageUrl(id));
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(QLatin1String(OrgNumber)));
        QVERIFY(html.contains(QStringLiteral("nhn:selvbetjening/client")));
        QVERIFY(html.contains(clientKey.thumbprint()));
        QVERIFY(html.contains(QStringLiteral("Bekreft")));
        QVERIFY(html.contains(QStringLiteral("Avbryt")));
        const Reply confirmed = f.http().send("POST", confirmPageUrl(id), "action=confirm",
                                              {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(confirmed.status, 303);
        const QUrl target(QString::fromUtf8(confirmed.header("location")));
        QCOMPARE(target.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(target.path(), QStringLiteral("/confirmed"));
        const QUrlQuery query(target);
        QCOMPARE(query.queryItemValue(QStringLiteral("status")), QStringLiteral("Success"));
        QCOMPARE(query.queryItemValue(QStringLiteral("journal")),
                 QStringLiteral("1")); // its own query is kept
        QCOMPARE(f.token(clientKey, dpopKey, id, QStringLiteral("nhn:selvbetjening/client")).status, 200);
    }

    void portalCancelRedirectsWithCancelled()
    {
        const QString id =
            f.createDraft(clientKey, draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")}));
        const Reply cancelled = f.http().send("POST", confirmPageUrl(id), "action=cancel",
                                              {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(cancelled.status, 303);
        QCOMPARE(QUrlQuery(QUrl(QString::fromUtf8(cancelled.header("location"))))
                     .queryItemValue(QStringLiteral("status")),
                 QStringLiteral("Cancelled"));
        QCOMPARE(f.token(clientKey, dpopKey, id, QStringLiteral("nhn:selvbetjening/client"))
                     .json()
                     .value(QStringLiteral("error")),
                 QJsonValue(QStringLiteral("invalid_client")));
    }

    void portalEscapesWhatItShows()
    {
        const Reply added = f.http().postJson(
            f.urls().control + QStringLiteral("/klientmaler"),
            {{QStringLiteral("name"), QStringLiteral("<b>Evil & \"Co\"</b>")},
             {QStringLiteral("apiKey"), QStringLiteral("evil-key")},
             {QStringLiteral("scopes"), QJsonArray{QStringLiteral("nhn:selvbetjening/client")}}});
        QCOMPARE(added.status, 201);
        const Reply draft = f.http().postJson(
            f.urls().api + QStringLiteral("/v1/client-drafts"),
            draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")}), {{"api-key", "evil-key"}});
        QCOMPARE(draft.status, 200);
        const QString html = QString::fromUtf8(
            f.http()
                .send("GET", confirmPageUrl(draft.json().value(QStringLiteral("clientId")).toString()))
                .body);
        QVERIFY(!html.contains(QStringLiteral("<b>Evil")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Evil &amp; &quot;Co&quot;&lt;/b&gt;")));
        const Reply unknown = f.http().send("GET", confirmPageUrl(QStringLiteral("<script>")));
        QCOMPARE(unknown.status, 404);
        QVERIFY(!unknown.body.contains("<script>"));
    }

    void portalSigningPage()
    {
        const QString id =
            f.createDraft(clientKey, draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client"),
                                                           QStringLiteral("e-helse:sfm.api/sfm.api2")}));
        QVERIFY(f.confirm(id));
        const QString signUrl = f.urls().portal + QStringLiteral("/clients/") + id + QStringLiteral("/sign");
        QVERIFY(QString::fromUtf8(f.http().send("GET", signUrl).body).contains(QStringLiteral("Signer")));
        QCOMPARE(f.http().send("POST", signUrl).status, 200);
        QVERIFY(f.http()
                    .send("GET", f.urls().control + QStringLiteral("/clients/") + id)
                    .json()
                    .value(QStringLiteral("ready"))
                    .toBool());
    }

    void controlApiRefusesBadInput()
    {
        QCOMPARE(f.http()
                     .postJson(f.urls().control + QStringLiteral("/settings"), {{QStringLiteral("nope"), 1}})
                     .status,
                 400);
        QCOMPARE(f.http()
                     .postJson(f.urls().control + QStringLiteral("/settings"),
                               {{QStringLiteral("cacheDelaySeconds"), -1}})
                     .status,
                 400);
        QCOMPARE(f.http().send("POST", f.urls().control + QStringLiteral("/clients/missing/sign")).status,
                 404);
        QCOMPARE(f.http().send("POST", f.urls().control + QStringLiteral("/settings"), "[1]").status, 400);
    }

    void faultsInjectAndClear()
    {
        const QString discovery = f.urls().issuer + QStringLiteral("/.well-known/openid-configuration");
        const QString faults = f.urls().control + QStringLiteral("/faults");
        QCOMPARE(f.http()
                     .postJson(faults, {{QStringLiteral("kind"), QStringLiteral("status")},
                                        {QStringLiteral("path"), QStringLiteral("/.well-known")},
                                        {QStringLiteral("status"), 503},
                                        {QStringLiteral("count"), 2}})
                     .status,
                 201);
        QCOMPARE(f.http().send("GET", discovery).status, 503);
        QCOMPARE(f.http().send("GET", discovery).status, 503);
        QCOMPARE(f.http().send("GET", discovery).status, 200);

        f.http().postJson(faults, {{QStringLiteral("kind"), QStringLiteral("rateLimit")},
                                   {QStringLiteral("path"), QStringLiteral("/connect/token")},
                                   {QStringLiteral("retryAfter"), 7}});
        const Reply limited = f.http().send("POST", f.urls().issuer + QStringLiteral("/connect/token"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after"), QByteArray("7"));

        // Every time: QNetworkAccessManager itself resends a GET once when a kept-alive connection drops.
        f.http().postJson(faults, {{QStringLiteral("kind"), QStringLiteral("drop")},
                                   {QStringLiteral("path"), QStringLiteral("/api/")},
                                   {QStringLiteral("count"), -1}});
        const Reply dropped = f.http().send("GET", f.urls().api + QStringLiteral("/v1/client"));
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QCOMPARE(f.http().send("DELETE", faults).status, 204);
        QCOMPARE(f.http().send("GET", f.urls().api + QStringLiteral("/v1/client")).status, 401);

        // Latency: the answer still comes (how long it took is for bench/, not for a unit test).
        f.http().postJson(faults, {{QStringLiteral("kind"), QStringLiteral("latency")},
                                   {QStringLiteral("path"), QStringLiteral("/.well-known")},
                                   {QStringLiteral("latencyMs"), 50}});
        QCOMPARE(f.http().send("GET", discovery).status, 200);

        // Method filter and "always" until cleared.
        f.http().postJson(faults, {{QStringLiteral("kind"), QStringLiteral("status")},
                                   {QStringLiteral("path"), QStringLiteral("/.well-known")},
                                   {QStringLiteral("method"), QStringLiteral("POST")},
                                   {QStringLiteral("count"), -1}});
        QCOMPARE(f.http().send("GET", discovery).status, 200);
        QCOMPARE(QJsonDocument::fromJson(f.http().send("GET", faults).body).array().size(), 1);
        QCOMPARE(f.http().send("DELETE", faults).status, 204);
        QCOMPARE(QJsonDocument::fromJson(f.http().send("GET", faults).body).array().size(), 0);
        QCOMPARE(f.http()
                     .postJson(faults, {{QStringLiteral("kind"), QStringLiteral("explode")},
                                        {QStringLiteral("path"), QStringLiteral("/")}})
                     .status,
                 400);
    }

    void servedFaultsAreCounted()
    {
        // GET /_sim/faults/served counts the answers each fault really shaped, so a test can tell that the
        // faults it armed fired (and were not merely armed).
        const QString discovery = f.urls().issuer + QStringLiteral("/.well-known/openid-configuration");
        const QString faults = f.urls().control + QStringLiteral("/faults");
        const QString served = faults + QStringLiteral("/served");
        const int before = f.http().send("GET", served).json().value(QStringLiteral("total")).toInt();
        const Reply hit = f.http().postJson(faults, {{QStringLiteral("kind"), QStringLiteral("status")},
                                                     {QStringLiteral("path"), QStringLiteral("/.well-known")},
                                                     {QStringLiteral("status"), 500},
                                                     {QStringLiteral("count"), 2}});
        QCOMPARE(hit.status, 201);
        const Reply missed =
            f.http().postJson(faults, {{QStringLiteral("kind"), QStringLiteral("status")},
                                       {QStringLiteral("path"), QStringLiteral("/nowhere")}});
        QCOMPARE(missed.status, 201);
        const QString hitId = QString::number(hit.json().value(QStringLiteral("id")).toInt());
        const QString missedId = QString::number(missed.json().value(QStringLiteral("id")).toInt());
        QCOMPARE(f.http().send("GET", discovery).status, 500);
        QCOMPARE(f.http().send("GET", discovery).status, 500);
        QCOMPARE(f.http().send("GET", discovery).status, 200);
        QCOMPARE(f.http().send("GET", served).json().value(QStringLiteral("total")).toInt(), before + 2);
        QCOMPARE(f.http().send("DELETE", faults).status, 204);
        const QJsonObject byFault =
            f.http().send("GET", served).json().value(QStringLiteral("byFault")).toObject();
        QCOMPARE(byFault.value(hitId).toInt(), 2); // kept across DELETE
        QVERIFY(!byFault.contains(missedId));
    }

    void statePersistsAcrossRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        sim::Simulator::Options options;
        options.statePath = dir.filePath(QStringLiteral("sim-state.json"));
        QString id;
        QString kid;
        {
            Fixture first;
            QVERIFY(first.start(options));
            QVERIFY(first.setSettings({{QStringLiteral("cacheDelaySeconds"), 3}}));
            id = first.createDraft(clientKey,
                                   draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")}));
            QVERIFY(first.confirm(id));
            kid = first.http()
                      .send("GET",
                            first.urls().issuer + QStringLiteral("/.well-known/openid-configuration/jwks"))
                      .json()
                      .value(QStringLiteral("keys"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("kid"))
                      .toString();
        }
        Fixture second;
        QVERIFY(second.start(options));
        const QJsonObject client =
            second.http().send("GET", second.urls().control + QStringLiteral("/clients/") + id).json();
        QCOMPARE(client.value(QStringLiteral("stage")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(client.value(QStringLiteral("keys"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("jwkThumbprint"))
                     .toString(),
                 clientKey.thumbprint());
        QCOMPARE(second.sim().state().settings().cacheDelaySeconds, 3);
        QCOMPARE(
            second.http()
                .send("GET", second.urls().issuer + QStringLiteral("/.well-known/openid-configuration/jwks"))
                .json()
                .value(QStringLiteral("keys"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("kid"))
                .toString(),
            kid);
    }

    void configFileAddsKlientmalerAndSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sim.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"klientmaler": [{"name": "Other EPJ", "scopes": ["nhn:selvbetjening/client"],
                       "packages": [{"id": "basis", "scopes": ["nhn:selvbetjening/client"]}]}],
                      "settings": {"cacheDelaySeconds": 7}})");
        file.close();
        Fixture other;
        sim::Simulator::Options options;
        options.configPath = path;
        QVERIFY(other.start(options));
        QCOMPARE(other.sim().state().settings().cacheDelaySeconds, 7);
        const QJsonArray klientmaler =
            other.sim().startupInfo().value(QStringLiteral("klientmaler")).toArray();
        QCOMPARE(klientmaler.size(), 2);
        const QString apiKey = klientmaler.at(1).toObject().value(QStringLiteral("apiKey")).toString();
        QVERIFY(apiKey.size() >= 32); // random, not guessable
        const QString drafts = other.urls().api + QStringLiteral("/v1/client-drafts");
        QCOMPARE(other.http()
                     .postJson(drafts, draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")}),
                               {{"api-key", apiKey.toUtf8()}})
                     .status,
                 200);
        // Its API key selects its own Klientmal, which does not offer SFM.
        QCOMPARE(other.http()
                     .postJson(drafts, draftBody(clientKey, {QStringLiteral("e-helse:sfm.api/sfm.api2")}),
                               {{"api-key", apiKey.toUtf8()}})
                     .json()
                     .value(QStringLiteral("property"))
                     .toString(),
                 QStringLiteral("apiScopes"));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"klientmaler": [{"name": "Broken", "scopes": []}]})");
        file.close();
        sim::Simulator broken;
        QCOMPARE(broken.start(options).error().code, QStringLiteral("sim.config.klientmal"));
    }

    void damagedStateFileIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        sim::Simulator simulator;
        sim::Simulator::Options options;
        options.statePath = path;
        const auto started = simulator.start(options);
        QVERIFY(!started);
        QCOMPARE(started.error().code, QStringLiteral("sim.state"));
    }

    void packageZip_data()
    {
        QTest::addColumn<QString>("encryption");
        QTest::newRow("AES-256") << QStringLiteral("aes256");
        QTest::newRow("ZipCrypto") << QStringLiteral("zipcrypto");
    }

    void packageZip()
    {
        QFETCH(QString, encryption);
        const Reply r = f.http().postJson(f.urls().control + QStringLiteral("/packages"),
                                          {{QStringLiteral("packageId"), QStringLiteral("sfm")},
                                           {QStringLiteral("organizationNumber"), QLatin1String(OrgNumber)},
                                           {QStringLiteral("encryption"), encryption},
                                           {QStringLiteral("rsaKeySizeBits"), 2048}});
        QCOMPARE(r.status, 201);
        const QString id = r.json().value(QStringLiteral("clientId")).toString();
        const QString password = r.json().value(QStringLiteral("password")).toString();
        const QByteArray zip =
            QByteArray::fromBase64(r.json().value(QStringLiteral("zipBase64")).toString().toLatin1());
        QVERIFY(!readZipEntry(zip, QStringLiteral("wrong-password"), QStringLiteral(".json")));
        QStringList names;
        const auto json = readZipEntry(zip, password, QStringLiteral(".json"), &names);
        QVERIFY(json);
        QVERIFY(names.size() > 1); // the JSON is not alone: importers pick it by content
        const QJsonObject config = QJsonDocument::fromJson(*json).object();
        QCOMPARE(config.value(QStringLiteral("clientId")).toString(), id);
        QCOMPARE(config.value(QStringLiteral("authority")).toString(), f.urls().issuer);
        QCOMPARE(config.value(QStringLiteral("secretType")).toString(),
                 QStringLiteral("private_key_jwt:RsaPrivateKeyJwtSecret"));
        QCOMPARE(config.value(QStringLiteral("rsaKeySizeBits")).toInt(), 2048);
        QCOMPARE(config.value(QStringLiteral("grantTypes")).toArray(),
                 QJsonArray{QStringLiteral("client_credentials")});
        QCOMPARE(config.value(QStringLiteral("scopes")).toArray(),
                 (QJsonArray{QStringLiteral("nhn:selvbetjening/client"),
                             QStringLiteral("e-helse:sfm.api/sfm.api2")}));
        for (const char *member : {"clientName", "redirectUris", "postLogoutRedirectUris", "pkceRequired"})
            QVERIFY2(config.contains(QLatin1String(member)), member);
        QVERIFY(config.value(QStringLiteral("privateJwk")).isString()); // a JSON string, not an object
        const auto key =
            crypto::Key::fromJwkJson(config.value(QStringLiteral("privateJwk")).toString().toUtf8());
        QVERIFY(key.ok());
        QVERIFY(key->hasPrivate());
        // The .NET XML form holds the same key.
        const QString xml = config.value(QStringLiteral("rsaPrivateKey")).toString();
        QVERIFY(xml.startsWith(QStringLiteral("<RSAKeyValue><Modulus>")));
        const QString modulus =
            xml.section(QStringLiteral("<Modulus>"), 1).section(QStringLiteral("</Modulus>"), 0, 0);
        const QString n = key->publicJwk().value(QStringLiteral("n")).toString();
        QCOMPARE(QByteArray::fromBase64(modulus.toLatin1()), crypto::base64UrlDecode(n.toLatin1()).value());
        for (const char *element : {"Exponent", "<P>", "<Q>", "<DP>", "<DQ>", "InverseQ", "<D>"})
            QVERIFY2(xml.contains(QLatin1String(element)), element);
        // The portal registered that key; the client works once its documents are signed.
        QCOMPARE(f.http()
                     .send("GET", f.urls().control + QStringLiteral("/clients/") + id)
                     .json()
                     .value(QStringLiteral("keys"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("jwkThumbprint"))
                     .toString(),
                 key->thumbprint());
        QCOMPARE(f.token(key.value(), dpopKey, id, QStringLiteral("nhn:selvbetjening/client")).status, 200);
        QCOMPARE(f.token(key.value(), dpopKey, id, QStringLiteral("e-helse:sfm.api/sfm.api2"))
                     .json()
                     .value(QStringLiteral("error")),
                 QJsonValue(QStringLiteral("invalid_scope")));
        QVERIFY(f.signDocuments(id));
        QCOMPARE(f.token(key.value(), dpopKey, id, QStringLiteral("e-helse:sfm.api/sfm.api2")).status, 200);
        // The download link serves the same zip.
        const Reply download = f.http().send("GET", r.json().value(QStringLiteral("downloadUrl")).toString());
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, zip);
    }

    void packagePortalPages()
    {
        QCOMPARE(f.http()
                     .send("GET", f.urls().portal +
                                      QStringLiteral("/pakkekonfigurasjon?systemId=demo-epj&packageId=nope"))
                     .status,
                 404);
        const Reply form = f.http().send(
            "GET", f.urls().portal + QStringLiteral("/pakkekonfigurasjon?systemId=demo-epj&packageId=sfm"));
        QCOMPARE(form.status, 200);
        QVERIFY(form.body.contains("e-helse:sfm.api/sfm.api2"));
        const Reply manual = f.http().send("GET", f.urls().portal + QStringLiteral("/klienter/ny"));
        QCOMPARE(manual.status, 200);
        // An invalid organization number is refused before any key is made.
        const Reply refused =
            f.http().send("POST", f.urls().portal + QStringLiteral("/klienter/ny"),
                          "klientmal=Demo+EPJ&scope=nhn%3Aselvbetjening%2Fclient&organizationNumber=123",
                          {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(refused.status, 400);

        // Alternative 3 with an own key: the pasted public JWK is registered as is and no zip is made;
        // a private JWK is refused, so the portal never receives one.
        const auto key = crypto::Key::generateEc(crypto::Curve::P256);
        QVERIFY(key.ok());
        const QByteArray publicJwk = QJsonDocument(key->publicJwk()).toJson(QJsonDocument::Compact);
        const QByteArray form3 =
            "klientmal=Demo+EPJ&scope=nhn%3Aselvbetjening%2Fclient&organizationNumber=974600951"
            "&publicJwk=" +
            QUrl::toPercentEncoding(QString::fromUtf8(publicJwk));
        const Reply own = f.http().send("POST", f.urls().portal + QStringLiteral("/klienter/ny"), form3,
                                        {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(own.status, 200);
        QVERIFY(!own.body.contains("/downloads/"));
        const QString clientId = QString::fromUtf8(own.body)
                                     .section(QStringLiteral("<code id=\"clientId\">"), 1)
                                     .section(QStringLiteral("</code>"), 0, 0);
        QVERIFY(!clientId.isEmpty());
        const Reply clients = f.http().send("GET", f.urls().control + QStringLiteral("/clients"));
        QVERIFY(clients.body.contains(clientId.toUtf8()));
        QVERIFY(clients.body.contains(key->thumbprint().toUtf8()));

        const SecureBytes privateJwk = key->privateJwkJson();
        const QByteArray withPrivate =
            "klientmal=Demo+EPJ&scope=nhn%3Aselvbetjening%2Fclient&organizationNumber=974600951&publicJwk=" +
            QUrl::toPercentEncoding(QString::fromUtf8(privateJwk.bytes()));
        QCOMPARE(f.http()
                     .send("POST", f.urls().portal + QStringLiteral("/klienter/ny"), withPrivate,
                           {{"Content-Type", "application/x-www-form-urlencoded"}})
                     .status,
                 400);
    }

    void programPrintsOneJsonLineAndSavesOnSigterm()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.json"));
        QProcess sim;
        sim.start(QStringLiteral(SFM_HELSEID_SIM_PATH),
                  {QStringLiteral("--state"), state, QStringLiteral("--cache-delay"), QStringLiteral("0")});
        QVERIFY(sim.waitForStarted());
        while (!sim.canReadLine())
            QVERIFY(sim.waitForReadyRead(60000));
        const QJsonObject info = QJsonDocument::fromJson(sim.readLine()).object();
        for (const char *member : {"issuer", "api", "portal", "klientmaler"})
            QVERIFY2(info.contains(QLatin1String(member)), member);
        const QString issuer = info.value(QStringLiteral("issuer")).toString();
        QVERIFY(issuer.startsWith(QStringLiteral("http://127.0.0.1:")));
        Http http;
        QCOMPARE(http.send("GET", issuer + QStringLiteral("/.well-known/openid-configuration")).status, 200);
        const Reply draft =
            http.postJson(info.value(QStringLiteral("api")).toString() + QStringLiteral("/v1/client-drafts"),
                          draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")}),
                          {{"api-key", "demo-klientmal-api-key"}});
        QCOMPARE(draft.status, 200);
        sim.terminate();
        QVERIFY(sim.waitForFinished(60000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
        QVERIFY(sim.readAllStandardOutput().trimmed().isEmpty()); // one line only; the log goes to stderr
        QFile saved(state);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains(draft.json().value(QStringLiteral("clientId")).toString().toUtf8()));

        QProcess bad;
        bad.start(QStringLiteral(SFM_HELSEID_SIM_PATH), {QStringLiteral("--port"), QStringLiteral("none")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);

        QProcess version;
        version.start(QStringLiteral(SFM_HELSEID_SIM_PATH), {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(60000));
        QCOMPARE(version.exitCode(), 0);
        QCOMPARE(version.readAllStandardOutput().trimmed(), QByteArray("helseid-sim " SFM_VERSION));
    }

    void joseCliAssertionAndProofAccepted()
    {
        const QString jose = QStandardPaths::findExecutable(QStringLiteral("jose"));
        if (jose.isEmpty())
            SFM_SKIP_OR_FAIL_IN_CI("Debian's jose CLI is not installed (./dev installs it)");
        QTemporaryDir dir;
        const auto run = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess p;
            p.start(jose, args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(30000);
            return p.exitCode() == 0 ? p.readAllStandardOutput().trimmed() : QByteArray();
        };
        const QString keyFile = dir.filePath(QStringLiteral("client.jwk"));
        const QString dpopFile = dir.filePath(QStringLiteral("dpop.jwk"));
        run({QStringLiteral("jwk"), QStringLiteral("gen"), QStringLiteral("-i"),
             QStringLiteral("{\"alg\":\"ES256\"}"), QStringLiteral("-o"), keyFile});
        QVERIFY(QFile::exists(keyFile));
        run({QStringLiteral("jwk"), QStringLiteral("gen"), QStringLiteral("-i"),
             QStringLiteral("{\"alg\":\"ES256\"}"), QStringLiteral("-o"), dpopFile});
        const QByteArray clientPublic =
            run({QStringLiteral("jwk"), QStringLiteral("pub"), QStringLiteral("-i"), keyFile});
        const QByteArray dpopPublic =
            run({QStringLiteral("jwk"), QStringLiteral("pub"), QStringLiteral("-i"), dpopFile});
        QVERIFY(!clientPublic.isEmpty());
        QVERIFY(!dpopPublic.isEmpty());

        QJsonObject body = draftBody(clientKey, {QStringLiteral("nhn:selvbetjening/client")});
        body.insert(QStringLiteral("publicJwk"), QString::fromUtf8(clientPublic));
        const QString id = f.createDraft(clientKey, body);
        QVERIFY(!id.isEmpty());
        QVERIFY(f.confirm(id));

        const QString tokenUrl = f.urls().issuer + QStringLiteral("/connect/token");
        // The key was registered under its RFC 7638 thumbprint (jose's JWK has no kid): the header names it.
        const auto registered = crypto::Key::fromJwkJson(clientPublic);
        QVERIFY(registered.ok());
        const QString assertionHeader =
            QStringLiteral(
                "{\"protected\":{\"alg\":\"ES256\",\"typ\":\"client-authentication+jwt\",\"kid\":\"%1\"}}")
                .arg(registered->thumbprint());
        const auto joseToken = [&](const QString &nonce) {
            const qint64 t = now();
            const QJsonObject claims{
                {QStringLiteral("iss"), id},
                {QStringLiteral("sub"), id},
                {QStringLiteral("aud"), f.urls().issuer},
                {QStringLiteral("iat"), t},
                {QStringLiteral("nbf"), t},
                {QStringLiteral("exp"), t + 60},
                {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
            const QByteArray a = run({QStringLiteral("jws"), QStringLiteral("sig"), QStringLiteral("-I-"),
                                      QStringLiteral("-k"), keyFile, QStringLiteral("-c"),
                                      QStringLiteral("-s"), assertionHeader},
                                     QJsonDocument(claims).toJson(QJsonDocument::Compact));
            QJsonObject proofClaims{
                {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("htm"), QStringLiteral("POST")},
                {QStringLiteral("htu"), tokenUrl},
                {QStringLiteral("iat"), t}};
            if (!nonce.isEmpty())
                proofClaims.insert(QStringLiteral("nonce"), nonce);
            const QByteArray header =
                "{\"protected\":{\"alg\":\"ES256\",\"typ\":\"dpop+jwt\",\"jwk\":" + dpopPublic + "}}";
            const QByteArray p = run({QStringLiteral("jws"), QStringLiteral("sig"), QStringLiteral("-I-"),
                                      QStringLiteral("-k"), dpopFile, QStringLiteral("-c"),
                                      QStringLiteral("-s"), QString::fromUtf8(header)},
                                     QJsonDocument(proofClaims).toJson(QJsonDocument::Compact));
            return f.http().send("POST", tokenUrl,
                                 tokenForm(id, a, QStringLiteral("nhn:selvbetjening/client")),
                                 {{"Content-Type", "application/x-www-form-urlencoded"}, {"DPoP", p}});
        };
        const Reply first = joseToken({});
        QCOMPARE(first.json().value(QStringLiteral("error")).toString(), QStringLiteral("use_dpop_nonce"));
        const Reply second = joseToken(QString::fromLatin1(first.header("dpop-nonce")));
        QVERIFY2(second.status == 200, second.body.constData());
        QCOMPARE(second.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("DPoP"));
    }
};

QTEST_MAIN(TstSimControl)
#include "tst_sim_control.moc"
