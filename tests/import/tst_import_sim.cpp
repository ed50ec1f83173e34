// Packages made by the simulator's portal (helseid-sim, Alternatives 2 and 3) import: both zip encryptions,
// the simulator's issuer as the expected environment, and the key the simulator registered for the client.
#include "ImportTestKit.h"
#include "Simulator.h"
#include "helseid/import/PackageImporter.h"

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
    void sfmctlImportKeepsKeyAndOnboards();

private:
    QJsonObject postPackage(const QString &encryption, const QString &packageId = {});
    QList<QJsonObject> sfmctl(const QStringList &args, const QByteArray &input, int &exitCode);
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

QJsonObject TstImportSim::postPackage(const QString &encryption, const QString &packageId)
{
    QJsonObject body{{QStringLiteral("encryption"), encryption},
                     {QStringLiteral("rsaKeySizeBits"), 2048},
                     {QStringLiteral("clientName"), QStringLiteral("Øvingskommune EPJ")},
                     {QStringLiteral("organizationNumber"), QStringLiteral("974760673")}};
    if (!packageId.isEmpty())
        body.insert(QStringLiteral("packageId"), packageId);
    return call("POST", QStringLiteral("/packages"), body);
}

// Runs the built sfmctl while this process serves the simulator; returns its JSON event lines.
QList<QJsonObject> TstImportSim::sfmctl(const QStringList &args, const QByteArray &input, int &exitCode)
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

void TstImportSim::sfmctlImportKeepsKeyAndOnboards()
{
    QVERIFY(m_sim.state().applySettings(QJsonObject{{QStringLiteral("cacheDelaySeconds"), 0}}).ok());
    const QJsonObject package = postPackage(QStringLiteral("aes256"));
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
    const QJsonObject done = events.last();
    QCOMPARE(done.value(QStringLiteral("event")).toString(), QStringLiteral("done"));
    QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("awaiting-access"));
    QCOMPARE(done.value(QStringLiteral("clientId")).toString(), clientId);
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
}

QTEST_GUILESS_MAIN(TstImportSim)
#include "tst_import_sim.moc"
