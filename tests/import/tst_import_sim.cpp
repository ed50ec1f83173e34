// Packages made by the simulator's portal (helseid-sim, Alternatives 2 and 3) import: both zip encryptions,
// the simulator's issuer as the expected environment, and the key the simulator registered for the client —
// under the kid and alg the portal gave it, which the onboarding then signs with (the simulator refuses any
// other), also after a restart and in the exported configuration.
#include "ImportTestKit.h"
#include "MemorySecretStore.h"
#include "Simulator.h"
#include "helseid/DiscoveryClient.h"
#include "helseid/Environment.h"
#include "helseid/OAuthError.h"
#include "helseid/TokenClient.h"
#include "helseid/VendorProfile.h"
#include "helseid/import/PackageImporter.h"
#include "net/HttpClient.h"
#include "onboarding/EpjConfiguration.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sfm;
using namespace sfm::helseid;

class TstImportSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void simulatorPackagesImport_data();
    void simulatorPackagesImport();
    void portalKidAndAlgSignEveryRequest_data();
    void portalKidAndAlgSignEveryRequest();
    void sfmctlImportKeepsKeyAndOnboards();
    void sfmctlKeptFileNoticeNamesTheKeyFile();
    void sfmctlImportKeepsTheContact();

private:
    QJsonObject postPackage(const QString &encryption, const QString &packageId = {},
                            const QJsonObject &extra = {});
    QList<QJsonObject> sfmctl(const QStringList &args, const QByteArray &input, int &exitCode,
                              QByteArray *standardError = nullptr);
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    sim::Simulator m_sim;
    QNetworkAccessManager m_http;
};

void TstImportSim::initTestCase()
{
    auto started = m_sim.start(0);
    QVERIFY2(started.ok(), ImportTestKit::why(started).constData());
}

QJsonObject TstImportSim::call(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(QUrl(m_sim.urls().control + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(120000);
    QNetworkReply *reply = m_http.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    // RSA key generation in the simulator takes a moment (longer under ASan).
    if (!reply->isFinished() && !finished.wait(120000))
        return {};
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QJsonObject TstImportSim::postPackage(const QString &encryption, const QString &packageId,
                                      const QJsonObject &extra)
{
    QJsonObject body{{QStringLiteral("encryption"), encryption},
                     {QStringLiteral("rsaKeySizeBits"), 2048},
                     {QStringLiteral("clientName"), QStringLiteral("Øvingskommune EPJ")},
                     {QStringLiteral("organizationNumber"), QStringLiteral("974760673")}};
    if (!packageId.isEmpty())
        body.insert(QStringLiteral("packageId"), packageId);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return call("POST", QStringLiteral("/packages"), body);
}

// Runs the built sfmctl while this process serves the simulator; returns its JSON event lines.
QList<QJsonObject> TstImportSim::sfmctl(const QStringList &args, const QByteArray &input, int &exitCode,
                                        QByteArray *standardError)
{
    QProcess process;
    process.start(QStringLiteral(SFM_BINARY_DIR "/app/sfmctl"), args);
    process.write(input);
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    exitCode =
        finished.wait(180000) && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    QList<QJsonObject> events;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (!event.isEmpty())
            events << event;
    }
    const QByteArray errors = process.readAllStandardError();
    if (standardError)
        *standardError = errors;
    if (exitCode != 0 && exitCode != 7)
        qWarning("sfmctl: %s", errors.constData());
    return events;
}

void TstImportSim::simulatorPackagesImport_data()
{
    QTest::addColumn<QString>("encryption");
    QTest::addColumn<QString>("packageId");
    QTest::newRow("ZipCrypto, by hand (Alternative 3)") << QStringLiteral("zipcrypto") << QString();
    QTest::newRow("AES-256, by hand (Alternative 3)") << QStringLiteral("aes256") << QString();
    QTest::newRow("AES-256, package sfm (Alternative 2)")
        << QStringLiteral("aes256") << QStringLiteral("sfm");
}

void TstImportSim::simulatorPackagesImport()
{
    QFETCH(QString, encryption);
    QFETCH(QString, packageId);
    const QJsonObject package = postPackage(encryption, packageId);
    const QString clientId = package.value(QStringLiteral("clientId")).toString();
    QVERIFY2(!clientId.isEmpty(), QJsonDocument(package).toJson().constData());
    const QByteArray zip =
        QByteArray::fromBase64(package.value(QStringLiteral("zipBase64")).toString().toLatin1());
    QVERIFY(zip.startsWith("PK"));

    PackageImporter::Options options;
    options.password = SecureBytes(package.value(QStringLiteral("password")).toString().toUtf8());
    options.expectations.expectedIssuer = QUrl(m_sim.urls().issuer);
    auto config = PackageImporter::importData(zip, options);
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(config->clientId, clientId);
    QCOMPARE(config->clientName, QStringLiteral("Øvingskommune EPJ"));
    QVERIFY(config->key.hasPrivate());
    QCOMPARE(config->key.bits(), 2048);
    if (!packageId.isEmpty()) {
        // The demo Klientmal's "sfm" package grants SFM and the self-service scope: NHN's hybrid.
        QVERIFY(config->hasScope(QStringLiteral("e-helse:sfm.api/sfm.api2")));
        QVERIFY(config->canRenewKeyViaApi);
    }

    // The key in the file is the one the simulator registered for the client.
    const QJsonObject client = call("GET", QStringLiteral("/clients/") + clientId);
    const QJsonArray keys = client.value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().toObject().value(QStringLiteral("jwkThumbprint")).toString(),
             config->key.thumbprint());

    // A wrong password for the same package.
    options.password = SecureBytes(QByteArrayLiteral("not-the-sms"));
    auto wrong = PackageImporter::importData(zip, options);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, QStringLiteral("import.wrong_password"));
}

void TstImportSim::portalKidAndAlgSignEveryRequest_data()
{
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QString>("alg");
    QTest::newRow("PS384, a name as kid") << QStringLiteral("portal-key-1") << QStringLiteral("PS384");
    QTest::newRow("RS256, a GUID as kid")
        << QStringLiteral("5b0f3c1e-7a2d-4e8b-9c41-2f6d8a0b1e37") << QStringLiteral("RS256");
}

void TstImportSim::portalKidAndAlgSignEveryRequest()
{
    QFETCH(QString, kid);
    QFETCH(QString, alg);
    QVERIFY(m_sim.state().applySettings(QJsonObject{{QStringLiteral("cacheDelaySeconds"), 0}}).ok());
    const QJsonObject package = postPackage(QStringLiteral("aes256"), QStringLiteral("sfm"),
                                            {{QStringLiteral("kid"), kid}, {QStringLiteral("alg"), alg}});
    const QString clientId = package.value(QStringLiteral("clientId")).toString();
    QVERIFY2(!clientId.isEmpty(), QJsonDocument(package).toJson().constData());

    PackageImporter::Options options;
    options.password = SecureBytes(package.value(QStringLiteral("password")).toString().toUtf8());
    options.expectations.expectedIssuer = QUrl(m_sim.urls().issuer);
    auto config = PackageImporter::importData(
        QByteArray::fromBase64(package.value(QStringLiteral("zipBase64")).toString().toLatin1()), options);
    QVERIFY2(config.ok(), ImportTestKit::why(config).constData());
    QCOMPARE(config->kid, kid);
    QVERIFY(config->kid != config->key.thumbprint());
    QCOMPARE(config->algorithm, crypto::algorithmFromName(alg));
    const QJsonObject registered = call("GET", QStringLiteral("/clients/") + clientId)
                                       .value(QStringLiteral("keys"))
                                       .toArray()
                                       .first()
                                       .toObject();
    QCOMPARE(registered.value(QStringLiteral("kid")).toString(), kid);

    // The simulator holds HelseID's line: the key under its thumbprint, or under the default PS256, is
    // refused.
    net::HttpClient http;
    helseid::Environment environment;
    environment.kind = helseid::Environment::Kind::Demo;
    environment.issuer = QUrl(m_sim.urls().issuer);
    helseid::DiscoveryClient discovery(http);
    helseid::TokenClient tokens(http, discovery, environment);
    auto tokenWith = [&](const QString &assertionKid, crypto::Algorithm algorithm) {
        helseid::ClientCredentials credentials;
        credentials.clientId = clientId;
        credentials.key = config->key;
        credentials.kid = assertionKid;
        credentials.algorithm = algorithm;
        std::optional<Result<helseid::AccessToken>> answer;
        tokens.requestToken(credentials, {QStringLiteral("nhn:selvbetjening/client")},
                            [&answer](Result<helseid::AccessToken> token) { answer = std::move(token); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
            return Result<helseid::AccessToken>(Error(QStringLiteral("test.timeout"), {}));
        return *answer;
    };
    const auto byThumbprint = tokenWith(QString(), *config->algorithm);
    QVERIFY(!byThumbprint.ok());
    QCOMPARE(byThumbprint.error().code, helseid::OAuthError::InvalidClient);
    const auto byDefaultAlg = tokenWith(kid, crypto::DefaultAlgorithm);
    QVERIFY(!byDefaultAlg.ok());
    QCOMPARE(byDefaultAlg.error().code, helseid::OAuthError::InvalidClient);

    // Onboarding with the imported client: it signs with the file's kid and alg, so it reaches Ready.
    MemorySecretStore secrets;
    QTemporaryDir dir;
    onboarding::OnboardingStore store(dir.path());
    onboarding::OnboardingServices services;
    services.http = &http;
    services.secrets = &secrets;
    services.store = &store;
    services.profile = helseid::VendorProfile::demo().value();
    services.options.pollInitialSeconds = 1;
    services.options.pollMaxSeconds = 1;
    services.options.pollJitter = 0;
    services.options.confirmationCacheSeconds = 0;
    onboarding::OnboardingSetup setup;
    setup.alternative = onboarding::Alternative::PackageConfiguration;
    setup.environment = sfm::helseid::Environment::demo(QUrl(m_sim.urls().issuer), QUrl(m_sim.urls().api),
                                                        QUrl(m_sim.urls().portal));
    setup.organizationNumber = QStringLiteral("974760673");
    setup.scopes = config->scopes;
    QString id;
    {
        auto created = onboarding::Onboarding::create(setup, services);
        QVERIFY2(created.ok(), ImportTestKit::why(created).constData());
        std::unique_ptr<onboarding::Onboarding> o(created.value());
        o->useExistingClient(config->clientId, config->key, config->scopes, config->kid, config->algorithm);
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), onboarding::State::AwaitingAccess, 30000);
        QCOMPARE(o->data().kid, kid);
        QCOMPARE(o->data().keyThumbprint, config->key.thumbprint());
        QCOMPARE(o->data().setup.algorithm, *config->algorithm);
        QVERIFY(m_sim.sign(clientId).ok());
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), onboarding::State::Ready, 30000);
        QVERIFY(o->data().keyExpiresAt.isValid()); // matched by kid in GET /v1/client-secret
        id = o->id();
    } // the program ends

    // Resumed from the saved file: the same kid and alg, and a token with them.
    auto saved = store.load(id);
    QVERIFY2(saved.ok(), ImportTestKit::why(saved).constData());
    QCOMPARE(saved->kid, kid);
    QCOMPARE(saved->setup.algorithm, *config->algorithm);
    onboarding::Onboarding resumed(saved.value(), services);
    QSignalSpy tokenReady(&resumed, &onboarding::Onboarding::testTokenReady);
    QSignalSpy tokenFailed(&resumed, &onboarding::Onboarding::testTokenFailed);
    resumed.requestTestToken();
    QTRY_VERIFY_WITH_TIMEOUT(tokenReady.size() + tokenFailed.size() == 1, 30000);
    QCOMPARE(tokenReady.size(), 1);

    // The EPJ is told the kid and alg to sign with, and the thumbprint its stored key must have.
    auto exported = resumed.configurationJson();
    QVERIFY2(exported.ok(), ImportTestKit::why(exported).constData());
    auto epj = onboarding::EpjConfiguration::parse(exported.value());
    QVERIFY2(epj.ok(), ImportTestKit::why(epj).constData());
    QCOMPARE(epj->kid, kid);
    QCOMPARE(epj->keyThumbprint, config->key.thumbprint());
    QCOMPARE(epj->algorithm, alg);
}

void TstImportSim::sfmctlImportKeepsKeyAndOnboards()
{
    QVERIFY(m_sim.state().applySettings(QJsonObject{{QStringLiteral("cacheDelaySeconds"), 0}}).ok());
    // A kid that is not the thumbprint and RS256: the CLI must carry both through resume and export.
    const QString kid = QStringLiteral("cli-portal-key");
    const QJsonObject package =
        postPackage(QStringLiteral("aes256"), QString(),
                    {{QStringLiteral("kid"), kid}, {QStringLiteral("alg"), QStringLiteral("RS256")}});
    const QString clientId = package.value(QStringLiteral("clientId")).toString();
    QVERIFY(!clientId.isEmpty());
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(package.value(QStringLiteral("fileName")).toString());
    QVERIFY(ImportTestKit::writeFile(
        zipPath, QByteArray::fromBase64(package.value(QStringLiteral("zipBase64")).toString().toLatin1())));
    const QByteArray passphrase = QByteArrayLiteral("correct horse battery staple 42");
    const QStringList store = {QStringLiteral("--dir"),
                               dir.filePath(QStringLiteral("onboardings")),
                               QStringLiteral("--key-store"),
                               QStringLiteral("file"),
                               QStringLiteral("--key-dir"),
                               dir.filePath(QStringLiteral("keys")),
                               QStringLiteral("--passphrase-stdin"),
                               QStringLiteral("--json")};

    // The zip's password is the first line, the key file's passphrase the second.
    int exitCode = -1;
    const QList<QJsonObject> events = sfmctl(
        QStringList{QStringLiteral("import"), zipPath, QStringLiteral("--password-stdin"),
                    QStringLiteral("--environment"), QStringLiteral("demo"), QStringLiteral("--sim-info"),
                    QString::fromUtf8(QJsonDocument(m_sim.startupInfo()).toJson(QJsonDocument::Compact)),
                    QStringLiteral("--org"), QStringLiteral("974760673"), QStringLiteral("--no-wait"),
                    QStringLiteral("--delete-file")} +
            store,
        package.value(QStringLiteral("password")).toString().toUtf8() + '\n' + passphrase + '\n', exitCode);
    QCOMPARE(exitCode, 7); // waiting for the documents to be signed
    QStringList names;
    for (const QJsonObject &event : events)
        names << event.value(QStringLiteral("event")).toString();
    QVERIFY2(names.contains(QStringLiteral("imported")) && names.contains(QStringLiteral("created")) &&
                 names.contains(QStringLiteral("file-deleted")),
             qPrintable(names.join(QLatin1Char(' '))));
    QCOMPARE(events.first().value(QStringLiteral("stored")).toBool(), true);
    const QJsonObject importedKey = events.first().value(QStringLiteral("key")).toObject();
    QCOMPARE(importedKey.value(QStringLiteral("kid")).toString(), kid);
    QCOMPARE(importedKey.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    const QJsonObject done = events.last();
    QCOMPARE(done.value(QStringLiteral("event")).toString(), QStringLiteral("done"));
    QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("awaiting-access"));
    QCOMPARE(done.value(QStringLiteral("clientId")).toString(), clientId);
    QCOMPARE(done.value(QStringLiteral("kid")).toString(), kid);
    QCOMPARE(done.value(QStringLiteral("algorithm")).toString(), QStringLiteral("RS256"));
    QVERIFY(!QFile::exists(zipPath)); // the key is kept, so the file went
    QVERIFY(!QDir(dir.filePath(QStringLiteral("keys"))).isEmpty());

    // Signed in the portal: resuming reaches Ready with the kept key.
    QVERIFY(m_sim.sign(clientId).ok());
    const QList<QJsonObject> resumed = sfmctl(
        QStringList{QStringLiteral("resume"), done.value(QStringLiteral("onboarding")).toString()} + store,
        passphrase + '\n', exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(!resumed.isEmpty());
    QCOMPARE(resumed.last().value(QStringLiteral("state")).toString(), QStringLiteral("ready"));

    // The exported configuration names the kid and alg, and the EPJ's way of getting a token works with it.
    const QString epj = dir.filePath(QStringLiteral("epj.json"));
    sfmctl(QStringList{QStringLiteral("export"), done.value(QStringLiteral("onboarding")).toString(),
                       QStringLiteral("--out"), epj} +
               store,
           QByteArray(), exitCode);
    QCOMPARE(exitCode, 0);
    auto configuration = onboarding::EpjConfiguration::load(epj);
    QVERIFY2(configuration.ok(), ImportTestKit::why(configuration).constData());
    QCOMPARE(configuration->kid, kid);
    QCOMPARE(configuration->algorithm, QStringLiteral("RS256"));
    const QList<QJsonObject> token =
        sfmctl(QStringList{QStringLiteral("token"), QStringLiteral("--config"), epj} + store,
               passphrase + '\n', exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(!token.isEmpty());
    QCOMPARE(token.last().value(QStringLiteral("tokenType")).toString(), QStringLiteral("DPoP"));
}

void TstImportSim::sfmctlKeptFileNoticeNamesTheKeyFile()
{
    QVERIFY(m_sim.state().applySettings(QJsonObject{{QStringLiteral("cacheDelaySeconds"), 0}}).ok());
    const QJsonObject package = postPackage(QStringLiteral("zipcrypto"));
    QVERIFY(!package.value(QStringLiteral("clientId")).toString().isEmpty());
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("klient.zip"));
    QVERIFY(ImportTestKit::writeFile(
        zipPath, QByteArray::fromBase64(package.value(QStringLiteral("zipBase64")).toString().toLatin1())));
    const QString keyDir = dir.filePath(QStringLiteral("keys"));
    int exitCode = -1;
    QByteArray errors;
    sfmctl(
        {QStringLiteral("import"), zipPath, QStringLiteral("--password-stdin"),
         QStringLiteral("--environment"), QStringLiteral("demo"), QStringLiteral("--sim-info"),
         QString::fromUtf8(QJsonDocument(m_sim.startupInfo()).toJson(QJsonDocument::Compact)),
         QStringLiteral("--org"), QStringLiteral("974760673"), QStringLiteral("--no-wait"),
         QStringLiteral("--dir"), dir.filePath(QStringLiteral("onboardings")), QStringLiteral("--key-store"),
         QStringLiteral("file"), QStringLiteral("--key-dir"), keyDir, QStringLiteral("--passphrase-stdin")},
        package.value(QStringLiteral("password")).toString().toUtf8() + "\ncorrect horse battery staple 42\n",
        exitCode, &errors);
    QCOMPARE(exitCode, 7);
    QVERIFY(QFile::exists(zipPath)); // kept: no --delete-file

    // The notice says where the key is now — the passphrase-protected key file, not the keychain.
    const QStringList keyFiles = QDir(keyDir).entryList(QDir::Files);
    QCOMPARE(keyFiles.size(), 1);
    const QString text = QString::fromUtf8(errors);
    QVERIFY2(text.contains(QDir::toNativeSeparators(zipPath)), errors.constData());
    QVERIFY2(text.contains(QDir::toNativeSeparators(QDir(keyDir).filePath(keyFiles.first()))),
             errors.constData());
    QVERIFY2(!text.contains(QLatin1String("keychain")), errors.constData());
}

// `import --contact-email/--contact-language` (the options `onboard` takes) keep the confirmation contact
// with the onboarding; a bad address is refused before anything is kept or sent; and `sfmctl contact`
// changes it on the waiting onboarding without a request to HelseID.
void TstImportSim::sfmctlImportKeepsTheContact()
{
    QVERIFY(m_sim.state().applySettings(QJsonObject{{QStringLiteral("cacheDelaySeconds"), 0}}).ok());
    const QJsonObject package = postPackage(QStringLiteral("zipcrypto"));
    QVERIFY(!package.value(QStringLiteral("clientId")).toString().isEmpty());
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("klient.zip"));
    QVERIFY(ImportTestKit::writeFile(
        zipPath, QByteArray::fromBase64(package.value(QStringLiteral("zipBase64")).toString().toLatin1())));
    const QString onboardings = dir.filePath(QStringLiteral("onboardings"));
    const QByteArray input =
        package.value(QStringLiteral("password")).toString().toUtf8() + "\ncorrect horse battery staple 42\n";
    const auto importArgs = [&](const QString &email) {
        return QStringList{
            QStringLiteral("import"),
            zipPath,
            QStringLiteral("--password-stdin"),
            QStringLiteral("--environment"),
            QStringLiteral("demo"),
            QStringLiteral("--sim-info"),
            QString::fromUtf8(QJsonDocument(m_sim.startupInfo()).toJson(QJsonDocument::Compact)),
            QStringLiteral("--org"),
            QStringLiteral("974760673"),
            QStringLiteral("--contact-email"),
            email,
            QStringLiteral("--contact-language"),
            QStringLiteral("NN"),
            QStringLiteral("--no-wait"),
            QStringLiteral("--dir"),
            onboardings,
            QStringLiteral("--key-store"),
            QStringLiteral("file"),
            QStringLiteral("--key-dir"),
            dir.filePath(QStringLiteral("keys")),
            QStringLiteral("--passphrase-stdin"),
            QStringLiteral("--json")};
    };
    QSignalSpy requests(&m_sim, &sim::Simulator::requestHandled);

    // A bad address: exit 3 naming it, no onboarding, no key kept, nothing asked of HelseID.
    int exitCode = -1;
    QByteArray errors;
    sfmctl(importArgs(QStringLiteral("kari@nord")), input, exitCode, &errors);
    QCOMPARE(exitCode, 3);
    QVERIFY2(QString::fromUtf8(errors).contains(QStringLiteral("«kari@nord»")), errors.constData());
    QVERIFY(QDir(onboardings).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
    QVERIFY(!QDir(dir.filePath(QStringLiteral("keys"))).exists() ||
            QDir(dir.filePath(QStringLiteral("keys"))).isEmpty());
    QCOMPARE(requests.count(), 0);

    const QList<QJsonObject> events =
        sfmctl(importArgs(QStringLiteral("Kari@Nord.Kommune.no")), input, exitCode, &errors);
    QCOMPARE(exitCode, 7); // waiting for the documents to be signed
    QVERIFY(!events.isEmpty());
    const QString id = events.last().value(QStringLiteral("onboarding")).toString();
    QVERIFY2(!id.isEmpty(), errors.constData());
    onboarding::OnboardingStore store(onboardings);
    auto saved = store.load(id);
    QVERIFY(saved);
    QCOMPARE(saved->setup.contactEmail, QStringLiteral("Kari@Nord.Kommune.no"));
    QCOMPARE(saved->setup.contactLanguage, QStringLiteral("nn"));
    QCOMPARE(saved->state, onboarding::State::AwaitingAccess);

    // Changed on the waiting onboarding: saved, and not a request to HelseID.
    requests.clear();
    sfmctl({QStringLiteral("contact"), id, QStringLiteral("--email"), QStringLiteral("ola@nord.kommune.no"),
            QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--dir"), onboardings},
           QByteArray(), exitCode, &errors);
    QCOMPARE(exitCode, 0);
    QCOMPARE(requests.count(), 0);
    saved = store.load(id);
    QCOMPARE(saved->setup.contactEmail, QStringLiteral("ola@nord.kommune.no"));
    QCOMPARE(saved->setup.contactLanguage, QStringLiteral("en"));
    QCOMPARE(saved->state, onboarding::State::AwaitingAccess);
}

QTEST_GUILESS_MAIN(TstImportSim)
#include "tst_import_sim.moc"
