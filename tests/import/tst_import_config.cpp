// The portal's configuration JSON (reference §4): every form of the key, every field rule, the environment
// and scope policy, and that no error or warning ever carries the private key.
#include "ImportTestKit.h"
#include "helseid/import/PackageImporter.h"
#include "helseid/import/PortalConfigurationParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace sfm;
using namespace sfm::helseid;
using ImportTestKit::portalJson;

namespace {

PackageImporter::Options testOptions()
{
    PackageImporter::Options options;
    options.expectations.expectedIssuer = QUrl(ImportTestKit::TestIssuer);
    return options;
}

Result<PortalConfiguration> importJson(const QJsonObject &object,
                                       const PackageImporter::Options &options = testOptions())
{
    return PackageImporter::importData(ImportTestKit::toBytes(object), options);
}

QStringList warningCodes(const PortalConfiguration &config)
{
    QStringList codes;
    for (const ImportWarning &warning : config.warnings) {
        codes << warning.code;
        Q_ASSERT(!warning.message.isEmpty());
    }
    return codes;
}

// A key made outside our code (python-cryptography via jwcrypto), e.g. sizes and curves we refuse to make.
QJsonObject peerJwk(const QString &python)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral("-c"), QStringLiteral("from jwcrypto import jwk; import json; ") + python});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QJsonObject withPrivateJwkOnly(QJsonObject config, const QJsonObject &jwk)
{
    config.remove(QStringLiteral("rsaPrivateKey"));
    config.insert(QStringLiteral("privateJwk"),
                  QString::fromUtf8(QJsonDocument(jwk).toJson(QJsonDocument::Compact)));
    return config;
}

} // namespace

class TstImportConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void completeFileImports();
    void privateJwkForms_data();
    void privateJwkForms();
    void xmlOnlyGivesSameKey();
    void keyMismatchIsRefused();
    void jwkWithoutKidGetsThumbprint();
    void jwkAlgAndKidAreKept_data();
    void jwkAlgAndKidAreKept();
    void badAlgOrKidIsRefused_data();
    void badAlgOrKidIsRefused();
    void missingFields_data();
    void missingFields();
    void badFields_data();
    void badFields();
    void unsupportedKeys_data();
    void unsupportedKeys();
    void ecP256KeyIsAccepted();
    void publicOnlyJwkIsRefused();
    void authorityOfAnotherEnvironmentIsRefused();
    void authorityWithTrailingSlashMatches();
    void authorityNotCheckedIsAWarning();
    void redirectUrisPassTheUrlPolicy();
    void scopeWarnings_data();
    void scopeWarnings();
    void expectedScopesMissingAreNamed();
    void keySizeMismatchIsAWarning();
    void notJsonIsRefused();
    void looksLikeConfigurationNeedsClientIdAndKey();

private:
    QStringList m_secrets;
};

void TstImportConfig::initTestCase()
{
    m_secrets = ImportTestKit::secretValues(ImportTestKit::privateJwk(ImportTestKit::rsaKey()));
    QVERIFY(m_secrets.size() >= 6);
}

void TstImportConfig::completeFileImports()
{
    const crypto::Key &key = ImportTestKit::rsaKey();
    auto config = importJson(portalJson(key));
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(config->clientId, QStringLiteral("c0ffee-1234"));
    QCOMPARE(config->clientName, QStringLiteral("Testkommune EPJ"));
    QCOMPARE(config->authority, QUrl(ImportTestKit::TestIssuer));
    QCOMPARE(config->grantTypes, QStringList{QStringLiteral("client_credentials")});
    QCOMPARE(config->scopes, (QStringList{QStringLiteral("e-helse:sfm.api/sfm.api2"),
                                          QStringLiteral("nhn:selvbetjening/client")}));
    QCOMPARE(config->secretType, QStringLiteral("private_key_jwt:RsaPrivateKeyJwtSecret"));
    QCOMPARE(config->rsaKeySizeBits, std::optional<int>(2048));
    QCOMPARE(config->pkceRequired, false);
    QVERIFY(config->key.hasPrivate());
    QCOMPARE(config->key.thumbprint(), key.thumbprint());
    QCOMPARE(config->kid, key.thumbprint());
    QCOMPARE(config->keySource, PortalConfiguration::KeySource::Both);
    QCOMPARE(config->algorithm, std::optional(crypto::Algorithm::RS256));
    QVERIFY(config->canRenewKeyViaApi);
    QVERIFY2(config->warnings.isEmpty(), qPrintable(warningCodes(*config).join(QLatin1Char(' '))));
}

void TstImportConfig::privateJwkForms_data()
{
    QTest::addColumn<QJsonValue>("privateJwk");
    QJsonObject jwk = ImportTestKit::privateJwk(ImportTestKit::rsaKey());
    const QByteArray compact = QJsonDocument(jwk).toJson(QJsonDocument::Compact);
    QTest::newRow("JSON-encoded string") << QJsonValue(QString::fromUtf8(compact));
    QTest::newRow("URL-encoded string") << QJsonValue(QString::fromLatin1(compact.toPercentEncoding()));
    QTest::newRow("object") << QJsonValue(jwk);
    QTest::newRow("indented string") << QJsonValue(QString::fromUtf8(QJsonDocument(jwk).toJson()));
}

void TstImportConfig::privateJwkForms()
{
    QFETCH(QJsonValue, privateJwk);
    QJsonObject object = portalJson(ImportTestKit::rsaKey());
    object.remove(QStringLiteral("rsaPrivateKey"));
    object.insert(QStringLiteral("privateJwk"), privateJwk);
    auto config = importJson(object);
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(config->key.thumbprint(), ImportTestKit::rsaKey().thumbprint());
    QCOMPARE(config->keySource, PortalConfiguration::KeySource::PrivateJwk);
}

void TstImportConfig::xmlOnlyGivesSameKey()
{
    QJsonObject object = portalJson(ImportTestKit::rsaKey());
    object.remove(QStringLiteral("privateJwk"));
    auto config = importJson(object);
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(config->keySource, PortalConfiguration::KeySource::RsaKeyXml);
    QCOMPARE(config->key.thumbprint(), ImportTestKit::rsaKey().thumbprint());
    QCOMPARE(config->kid, ImportTestKit::rsaKey().thumbprint());
    QVERIFY(config->key.hasPrivate());
}

void TstImportConfig::keyMismatchIsRefused()
{
    QJsonObject object = portalJson(ImportTestKit::rsaKey());
    object.insert(QStringLiteral("rsaPrivateKey"), ImportTestKit::dotNetXml(ImportTestKit::otherRsaKey()));
    auto config = importJson(object);
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.key_mismatch"));
    // Names the keys by thumbprint only.
    QVERIFY(config.error().detail.contains(ImportTestKit::rsaKey().thumbprint()));
    for (const QString &secret :
         m_secrets + ImportTestKit::secretValues(ImportTestKit::privateJwk(ImportTestKit::otherRsaKey())))
        QVERIFY(!config.error().toString().contains(secret));
}

void TstImportConfig::jwkWithoutKidGetsThumbprint()
{
    QJsonObject jwk = ImportTestKit::privateJwk(ImportTestKit::rsaKey());
    jwk.insert(QStringLiteral("kid"), QStringLiteral("portal-kid-7"));
    auto withKid = importJson(withPrivateJwkOnly(portalJson(ImportTestKit::rsaKey()), jwk));
    QVERIFY2(withKid.ok(), ImportTestKit::why(withKid).constData());
    QCOMPARE(withKid->kid, QStringLiteral("portal-kid-7")); // HelseID knows the key by the kid it was given
    jwk.remove(QStringLiteral("kid"));
    auto withoutKid = importJson(withPrivateJwkOnly(portalJson(ImportTestKit::rsaKey()), jwk));
    QVERIFY2(withoutKid.ok(), ImportTestKit::why(withoutKid).constData());
    QCOMPARE(withoutKid->kid, ImportTestKit::rsaKey().thumbprint());
}

void TstImportConfig::jwkAlgAndKidAreKept_data()
{
    QTest::addColumn<QJsonValue>("alg");
    QTest::addColumn<QJsonValue>("kid");
    QTest::addColumn<QString>("expectedAlg"); // empty: none
    QTest::addColumn<QString>("expectedKid"); // empty: the thumbprint
    QTest::newRow("PS384 and a GUID")
        << QJsonValue(QStringLiteral("PS384"))
        << QJsonValue(QStringLiteral("5b0f3c1e-7a2d-4e8b-9c41-2f6d8a0b1e37")) << QStringLiteral("PS384")
        << QStringLiteral("5b0f3c1e-7a2d-4e8b-9c41-2f6d8a0b1e37");
    QTest::newRow("RS512, kid with a space")
        << QJsonValue(QStringLiteral("RS512")) << QJsonValue(QStringLiteral("key 2"))
        << QStringLiteral("RS512") << QStringLiteral("key 2");
    QTest::newRow("no alg, empty kid")
        << QJsonValue(QJsonValue::Undefined) << QJsonValue(QString()) << QString() << QString();
    QTest::newRow("alg and kid null")
        << QJsonValue(QJsonValue::Null) << QJsonValue(QJsonValue::Null) << QString() << QString();
}

void TstImportConfig::jwkAlgAndKidAreKept()
{
    QFETCH(QJsonValue, alg);
    QFETCH(QJsonValue, kid);
    QFETCH(QString, expectedAlg);
    QFETCH(QString, expectedKid);
    QJsonObject jwk = ImportTestKit::privateJwk(ImportTestKit::rsaKey());
    jwk.remove(QStringLiteral("alg"));
    if (!alg.isUndefined())
        jwk.insert(QStringLiteral("alg"), alg);
    jwk.insert(QStringLiteral("kid"), kid);
    auto config = importJson(withPrivateJwkOnly(portalJson(ImportTestKit::rsaKey()), jwk));
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(config->algorithm, crypto::algorithmFromName(expectedAlg));
    QCOMPARE(config->kid, expectedKid.isEmpty() ? ImportTestKit::rsaKey().thumbprint() : expectedKid);
}

void TstImportConfig::badAlgOrKidIsRefused_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("ES256 on an RSA key") << QStringLiteral("alg") << QJsonValue(QStringLiteral("ES256"))
                                         << QStringLiteral("import.alg_mismatch");
    QTest::newRow("HS256") << QStringLiteral("alg") << QJsonValue(QStringLiteral("HS256"))
                           << QStringLiteral("import.unsupported_alg");
    QTest::newRow("none") << QStringLiteral("alg") << QJsonValue(QStringLiteral("none"))
                          << QStringLiteral("import.unsupported_alg");
    QTest::newRow("lower case") << QStringLiteral("alg") << QJsonValue(QStringLiteral("ps256"))
                                << QStringLiteral("import.unsupported_alg");
    QTest::newRow("alg a number") << QStringLiteral("alg") << QJsonValue(256)
                                  << QStringLiteral("import.unsupported_alg");
    QTest::newRow("kid a number") << QStringLiteral("kid") << QJsonValue(7)
                                  << QStringLiteral("import.bad_kid");
    QTest::newRow("kid with a line break")
        << QStringLiteral("kid") << QJsonValue(QStringLiteral("a\nb")) << QStringLiteral("import.bad_kid");
    QTest::newRow("kid far too long") << QStringLiteral("kid") << QJsonValue(QString(500, QLatin1Char('k')))
                                      << QStringLiteral("import.bad_kid");
}

void TstImportConfig::badAlgOrKidIsRefused()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject jwk = ImportTestKit::privateJwk(ImportTestKit::rsaKey());
    jwk.insert(member, value);
    auto config = importJson(withPrivateJwkOnly(portalJson(ImportTestKit::rsaKey()), jwk));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, code);
    QVERIFY(!config.error().message.isEmpty());
    if (member == QLatin1String("alg") && value.isString()) // the message names the algorithm it refuses
        QVERIFY2(config.error().message.contains(value.toString()), qPrintable(config.error().message));
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY(!config.error().toString().contains(secret));
}

void TstImportConfig::missingFields_data()
{
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QString>("field");
    QTest::newRow("clientId") << QStringList{QStringLiteral("clientId")} << QStringLiteral("clientId");
    QTest::newRow("authority") << QStringList{QStringLiteral("authority")} << QStringLiteral("authority");
    QTest::newRow("scopes") << QStringList{QStringLiteral("scopes")} << QStringLiteral("scopes");
    QTest::newRow("key") << QStringList{QStringLiteral("privateJwk"), QStringLiteral("rsaPrivateKey")}
                         << QStringLiteral("privateJwk|rsaPrivateKey");
}

void TstImportConfig::missingFields()
{
    QFETCH(QStringList, remove);
    QFETCH(QString, field);
    QJsonObject object = portalJson(ImportTestKit::rsaKey());
    for (const QString &name : remove)
        object.remove(name);
    auto config = importJson(object);
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.missing_field"));
    QCOMPARE(config.error().detail, QStringLiteral("missing field: %1").arg(field));

    // A null counts as missing.
    QJsonObject nulled = portalJson(ImportTestKit::rsaKey());
    for (const QString &name : remove)
        nulled.insert(name, QJsonValue::Null);
    auto withNull = importJson(nulled);
    QVERIFY(!withNull.ok());
    QCOMPARE(withNull.error().code, QStringLiteral("import.missing_field"));
}

void TstImportConfig::badFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("clientId number") << QStringLiteral("clientId") << QJsonValue(42)
                                     << QStringLiteral("import.bad_field");
    QTest::newRow("clientId empty") << QStringLiteral("clientId") << QJsonValue(QString())
                                    << QStringLiteral("import.bad_client_id");
    QTest::newRow("clientId space") << QStringLiteral("clientId") << QJsonValue(QStringLiteral("a b"))
                                    << QStringLiteral("import.bad_client_id");
    QTest::newRow("clientId control") << QStringLiteral("clientId") << QJsonValue(QStringLiteral("a\u0001b"))
                                      << QStringLiteral("import.bad_client_id");
    QTest::newRow("clientId huge") << QStringLiteral("clientId") << QJsonValue(QString(500, QLatin1Char('x')))
                                   << QStringLiteral("import.bad_client_id");
    QTest::newRow("authority http") << QStringLiteral("authority")
                                    << QJsonValue(QStringLiteral("http://helseid-sts.test.nhn.no"))
                                    << QStringLiteral("import.bad_authority");
    QTest::newRow("authority text") << QStringLiteral("authority") << QJsonValue(QStringLiteral("helseid"))
                                    << QStringLiteral("import.bad_authority");
    // A name that starts like a loopback address is still a name, reached over plain http.
    QTest::newRow("authority 127.name")
        << QStringLiteral("authority") << QJsonValue(QStringLiteral("http://127.evil.example/sts"))
        << QStringLiteral("import.bad_authority");
    QTest::newRow("authority javascript")
        << QStringLiteral("authority") << QJsonValue(QStringLiteral("javascript:alert(1)"))
        << QStringLiteral("import.bad_authority");
    QTest::newRow("scopes string") << QStringLiteral("scopes")
                                   << QJsonValue(QStringLiteral("e-helse:sfm.api/sfm.api2"))
                                   << QStringLiteral("import.bad_field");
    QTest::newRow("scopes numbers") << QStringLiteral("scopes") << QJsonValue(QJsonArray{1, 2})
                                    << QStringLiteral("import.bad_field");
    QTest::newRow("redirectUris object")
        << QStringLiteral("redirectUris") << QJsonValue(QJsonObject{}) << QStringLiteral("import.bad_field");
    QTest::newRow("pkceRequired string")
        << QStringLiteral("pkceRequired") << QJsonValue(QStringLiteral("yes"))
        << QStringLiteral("import.bad_field");
    QTest::newRow("rsaKeySizeBits fraction")
        << QStringLiteral("rsaKeySizeBits") << QJsonValue(2048.5) << QStringLiteral("import.bad_field");
    QTest::newRow("secretType shared secret")
        << QStringLiteral("secretType") << QJsonValue(QStringLiteral("client_secret_basic"))
        << QStringLiteral("import.unsupported_secret_type");
    QTest::newRow("privateJwk number")
        << QStringLiteral("privateJwk") << QJsonValue(7) << QStringLiteral("import.bad_private_jwk");
    QTest::newRow("privateJwk garbage")
        << QStringLiteral("privateJwk") << QJsonValue(QStringLiteral("not a key"))
        << QStringLiteral("import.bad_private_jwk");
    QTest::newRow("privateJwk broken JSON")
        << QStringLiteral("privateJwk") << QJsonValue(QStringLiteral("{\"kty\":"))
        << QStringLiteral("import.bad_private_jwk");
    QTest::newRow("privateJwk bad member")
        << QStringLiteral("privateJwk")
        << QJsonValue(QStringLiteral("{\"kty\":\"RSA\",\"n\":\"!!\",\"e\":\"AQAB\"}"))
        << QStringLiteral("import.bad_key");
    QTest::newRow("rsaPrivateKey number")
        << QStringLiteral("rsaPrivateKey") << QJsonValue(1) << QStringLiteral("import.bad_field");
    QTest::newRow("rsaPrivateKey not XML")
        << QStringLiteral("rsaPrivateKey") << QJsonValue(QStringLiteral("-----BEGIN"))
        << QStringLiteral("import.bad_key_xml");
}

void TstImportConfig::badFields()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject object = portalJson(ImportTestKit::rsaKey());
    object.insert(field, value);
    auto config = importJson(object);
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, code);
    QVERIFY(!config.error().message.isEmpty());
    QVERIFY2(config.error().detail.contains(field) || code == QLatin1String("import.bad_client_id") ||
                 code == QLatin1String("import.unsupported_secret_type") ||
                 code == QLatin1String("import.bad_authority"),
             qPrintable(config.error().detail));
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY(!config.error().toString().contains(secret));
}

void TstImportConfig::unsupportedKeys_data()
{
    QTest::addColumn<QString>("python");
    QTest::newRow("RSA 1024") << QStringLiteral(
        "print(jwk.JWK.generate(kty='RSA', size=1024).export_private())");
    QTest::newRow("secp256k1") << QStringLiteral(
        "print(jwk.JWK.generate(kty='EC', crv='secp256k1').export_private())");
    QTest::newRow("Ed25519") << QStringLiteral(
        "print(jwk.JWK.generate(kty='OKP', crv='Ed25519').export_private())");
    QTest::newRow("symmetric") << QStringLiteral("print(jwk.JWK.generate(kty='oct', size=256).export())");
}

void TstImportConfig::unsupportedKeys()
{
    QFETCH(QString, python);
    const QJsonObject jwk = peerJwk(python);
    QVERIFY(!jwk.isEmpty());
    auto config = importJson(withPrivateJwkOnly(portalJson(ImportTestKit::rsaKey()), jwk));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.unsupported_key"));
    for (const QString &secret : ImportTestKit::secretValues(jwk))
        QVERIFY(!config.error().toString().contains(secret));
}

void TstImportConfig::ecP256KeyIsAccepted()
{
    const QJsonObject jwk =
        peerJwk(QStringLiteral("print(jwk.JWK.generate(kty='EC', crv='P-256').export_private())"));
    QVERIFY(!jwk.isEmpty());
    auto config = importJson(withPrivateJwkOnly(portalJson(ImportTestKit::rsaKey()), jwk));
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(config->key.type(), crypto::KeyType::Ec);
    QCOMPARE(config->key.curve(), std::optional(crypto::Curve::P256));
}

void TstImportConfig::publicOnlyJwkIsRefused()
{
    auto config = importJson(
        withPrivateJwkOnly(portalJson(ImportTestKit::rsaKey()), ImportTestKit::rsaKey().publicJwk()));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.no_private_key"));
}

void TstImportConfig::authorityOfAnotherEnvironmentIsRefused()
{
    PackageImporter::Options prod;
    prod.expectations.expectedIssuer = QUrl(ImportTestKit::ProdIssuer);
    auto config = importJson(portalJson(ImportTestKit::rsaKey()), prod);
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, QStringLiteral("import.wrong_environment"));
    QVERIFY(config.error().message.contains(ImportTestKit::TestIssuer));
    QVERIFY(config.error().message.contains(ImportTestKit::ProdIssuer));
}

void TstImportConfig::authorityWithTrailingSlashMatches()
{
    QJsonObject object = portalJson(ImportTestKit::rsaKey());
    object.insert(QStringLiteral("authority"), QStringLiteral("https://HelseID-STS.test.nhn.no/"));
    auto config = importJson(object);
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QVERIFY(PortalConfigurationValidator::sameIssuer(QUrl(QStringLiteral("https://a.example/x/")),
                                                     QUrl(QStringLiteral("https://a.example:443/x"))));
    QVERIFY(!PortalConfigurationValidator::sameIssuer(QUrl(QStringLiteral("https://a.example/x")),
                                                      QUrl(QStringLiteral("https://a.example/y"))));
    QVERIFY(!PortalConfigurationValidator::sameIssuer(QUrl(QStringLiteral("https://a.example:8443")),
                                                      QUrl(QStringLiteral("https://a.example"))));
}

// The redirect URIs are shown, never opened: those the URL policy refuses are left out, with a warning
// naming the field, and the rest of the file imports.
void TstImportConfig::redirectUrisPassTheUrlPolicy()
{
    QJsonObject object = portalJson(ImportTestKit::rsaKey());
    object.insert(QStringLiteral("redirectUris"),
                  QJsonArray{QStringLiteral("https://epj.example/cb"), QStringLiteral("javascript:alert(1)"),
                             QStringLiteral("http://127.0.0.1:5000/login"),
                             QStringLiteral("http://epj.example/cb")});
    object.insert(QStringLiteral("postLogoutRedirectUris"), QJsonArray{QStringLiteral("file:///etc/passwd")});
    auto config = importJson(object);
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(config->redirectUris, (QStringList{QStringLiteral("https://epj.example/cb"),
                                                QStringLiteral("http://127.0.0.1:5000/login")}));
    QVERIFY(config->postLogoutRedirectUris.isEmpty());
    QStringList fields;
    for (const ImportWarning &warning : config->warnings) {
        if (warning.code == QLatin1String("import.warning.redirect_uri_refused"))
            fields << warning.text();
    }
    QCOMPARE(fields.size(), 2);
    QVERIFY2(fields.at(0).contains(QLatin1String("redirectUris")), qPrintable(fields.at(0)));
    QVERIFY2(fields.at(1).contains(QLatin1String("postLogoutRedirectUris")), qPrintable(fields.at(1)));
}

void TstImportConfig::authorityNotCheckedIsAWarning()
{
    auto config = importJson(portalJson(ImportTestKit::rsaKey()), PackageImporter::Options{});
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(warningCodes(*config), QStringList{QStringLiteral("import.warning.authority_not_checked")});
}

void TstImportConfig::scopeWarnings_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<bool>("canRenew");
    const QString sfm = QStringLiteral("e-helse:sfm.api/sfm.api2");
    const QString self = QStringLiteral("nhn:selvbetjening/client");
    QTest::newRow("sfm + self-service") << QStringList{sfm, self} << QStringList{} << true;
    QTest::newRow("sfm only") << QStringList{sfm}
                              << QStringList{QStringLiteral("import.warning.no_key_renewal_scope")} << false;
    QTest::newRow("self-service only")
        << QStringList{self} << QStringList{QStringLiteral("import.warning.sfm_scope_missing")} << true;
    QTest::newRow("deprecated sfm") << QStringList{QStringLiteral("e-helse:sfm.api/sfm.api"), self}
                                    << QStringList{QStringLiteral("import.warning.deprecated_sfm_scope")}
                                    << true;
    QTest::newRow("none") << QStringList{}
                          << QStringList{QStringLiteral("import.warning.sfm_scope_missing"),
                                         QStringLiteral("import.warning.no_key_renewal_scope")}
                          << false;
}

void TstImportConfig::scopeWarnings()
{
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, warnings);
    QFETCH(bool, canRenew);
    QJsonObject object = portalJson(ImportTestKit::rsaKey());
    object.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    auto config = importJson(object);
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(warningCodes(*config), warnings);
    QCOMPARE(config->canRenewKeyViaApi, canRenew);
}

void TstImportConfig::expectedScopesMissingAreNamed()
{
    PackageImporter::Options options = testOptions();
    options.expectations.expectedScopes = {QStringLiteral("e-helse:sfm.api/sfm.api2"),
                                           QStringLiteral("e-helse:sfm.api/sfm-migrering.api2")};
    auto config = importJson(portalJson(ImportTestKit::rsaKey()), options);
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(warningCodes(*config), QStringList{QStringLiteral("import.warning.expected_scope_missing")});
    QVERIFY(config->warnings.first().message.contains(QStringLiteral("e-helse:sfm.api/sfm-migrering.api2")));
}

void TstImportConfig::keySizeMismatchIsAWarning()
{
    QJsonObject object = portalJson(ImportTestKit::rsaKey());
    object.insert(QStringLiteral("rsaKeySizeBits"), 4096);
    auto config = importJson(object);
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(warningCodes(*config), QStringList{QStringLiteral("import.warning.key_size_mismatch")});
    QCOMPARE(config->key.bits(), 2048);
}

void TstImportConfig::notJsonIsRefused()
{
    auto array = PackageImporter::importData("[1,2,3]", testOptions());
    QVERIFY(!array.ok());
    QCOMPARE(array.error().code, QStringLiteral("import.not_zip")); // does not start like either format

    auto broken = PackageImporter::importData("{\"clientId\": ", testOptions());
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, QStringLiteral("import.bad_json"));

    QByteArray huge = "{\"x\":\"" + QByteArray(300 * 1024, 'a') + "\"}";
    auto large = PortalConfigurationParser::parse(huge);
    QVERIFY(!large.ok());
    QCOMPARE(large.error().code, QStringLiteral("import.too_large"));
}

void TstImportConfig::looksLikeConfigurationNeedsClientIdAndKey()
{
    QJsonObject object = portalJson(ImportTestKit::rsaKey());
    QVERIFY(PortalConfigurationParser::looksLikeConfiguration(object));
    object.remove(QStringLiteral("privateJwk"));
    QVERIFY(PortalConfigurationParser::looksLikeConfiguration(object));
    object.remove(QStringLiteral("rsaPrivateKey"));
    QVERIFY(!PortalConfigurationParser::looksLikeConfiguration(object));
    QVERIFY(!PortalConfigurationParser::looksLikeConfiguration(
        QJsonObject{{QStringLiteral("privateJwk"), QStringLiteral("{}")}}));
}

QTEST_GUILESS_MAIN(TstImportConfig)
#include "tst_import_config.moc"
