// Packages made by the simulator's portal (helseid-sim, Alternatives 2 and 3) import: both zip encryptions,
// the simulator's issuer as the expected environment, and the key the simulator registered for the client.
#include "ImportTestKit.h"
#include "Simulator.h"
#include "helseid/import/PackageImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
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

private:
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
    QJsonObject body{{QStringLiteral("encryption"), encryption},
                     {QStringLiteral("rsaKeySizeBits"), 2048},
                     {QStringLiteral("clientName"), QStringLiteral("Øvingskommune EPJ")},
                     {QStringLiteral("organizationNumber"), QStringLiteral("974760673")}};
    if (!packageId.isEmpty())
        body.insert(QStringLiteral("packageId"), packageId);
    const QJsonObject package = call("POST", QStringLiteral("/packages"), body);
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

QTEST_GUILESS_MAIN(TstImportSim)
#include "tst_import_sim.moc"
