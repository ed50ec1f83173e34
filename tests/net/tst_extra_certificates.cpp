// The extra trusted root certificate (a TLS-inspecting company proxy): only a CA certificate is accepted,
// its SHA-256 fingerprint is the one openssl shows, a file that changed after it was confirmed is not
// trusted, and the system's roots stay trusted beside it. Certificates are made here with the openssl CLI.
#include "LocalHttpServer.h"
#include "net/ExtraCertificates.h"
#include "net/HttpClient.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace sfm;
using namespace sfm::net;

namespace {

bool openssl(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return false;
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A root CA, a server certificate for 127.0.0.1 it signed (CA:FALSE), and a certificate without any
// extensions (no basicConstraints), all valid for two days.
struct Pki
{
    QTemporaryDir dir;
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }

    bool make()
    {
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
        return dir.isValid() &&
               openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                       QStringList{QStringLiteral("-keyout"), path("root.key"), QStringLiteral("-out"),
                                   path("root.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=Kommune Proxy Root"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}) &&
               openssl(QStringList{QStringLiteral("req")} + ec +
                       QStringList{QStringLiteral("-keyout"), path("server.key"), QStringLiteral("-out"),
                                   path("server.csr"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=127.0.0.1")}) &&
               writeFile(path("server.ext"), "basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1\n") &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path("server.csr"), QStringLiteral("-CA"), path("root.pem"), QStringLiteral("-CAkey"),
                        path("root.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-extfile"), path("server.ext"),
                        QStringLiteral("-out"), path("server.pem")}) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path("server.csr"), QStringLiteral("-signkey"), path("server.key"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
                        path("plain.pem")});
    }

    QSslConfiguration serverTls() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(readAll(path("server.pem"))));
        tls.setPrivateKey(QSslKey(readAll(path("server.key")), QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        return tls;
    }
};

Result<HttpResponse> run(HttpClient &client, const HttpRequest &request)
{
    std::optional<Result<HttpResponse>> result;
    client.send(request, [&](Result<HttpResponse> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return Error(QStringLiteral("test.no_answer"), QStringLiteral("no callback"));
    return std::move(*result);
}

NetSettings settingsWith(const QString &caFile, const QStringList &fingerprints)
{
    NetSettings s;
    s.proxy.mode = ProxySettings::Mode::None;
    s.retry.maxAttempts = 1;
    s.extraCaFile = caFile;
    s.extraCaFingerprints = fingerprints;
    return s;
}

} // namespace

class TstExtraCertificates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_pki.make()); }

    void rootIsAcceptedWithOpensslsFingerprint()
    {
        auto loaded = ExtraCertificates::load(m_pki.path("root.pem"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->size(), 1);
        QByteArray shown;
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-in"), m_pki.path("root.pem"),
                         QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                        &shown));
        // "sha256 Fingerprint=AB:CD:…"
        const QString expected = QString::fromLatin1(shown.mid(shown.indexOf('=') + 1).trimmed());
        QCOMPARE(ExtraCertificates::fingerprint(loaded->first()), expected);
        QCOMPARE(expected.size(), 32 * 3 - 1);
    }

    void onlyCertificateAuthoritiesAreAccepted_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("a server's certificate (CA:FALSE)") << QStringList{QStringLiteral("server.pem")};
        QTest::newRow("no basicConstraints at all") << QStringList{QStringLiteral("plain.pem")};
        QTest::newRow("the root with a server certificate")
            << QStringList{QStringLiteral("root.pem"), QStringLiteral("server.pem")};
    }

    void onlyCertificateAuthoritiesAreAccepted()
    {
        QFETCH(QStringList, files);
        QByteArray pem;
        for (const QString &file : files)
            pem += readAll(m_pki.dir.filePath(file));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chosen.pem"));
        QVERIFY(writeFile(path, pem));
        auto loaded = ExtraCertificates::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("net.extra_ca.not_ca"));
        QVERIFY(loaded.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(loaded.error().message.contains(QStringLiteral("127.0.0.1"))); // names the certificate
    }

    void aChangedFileIsNotTrusted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("proxy-root.pem"));
        QVERIFY(QFile::copy(m_pki.path("root.pem"), path));
        const QStringList confirmed = ExtraCertificates::fingerprints(ExtraCertificates::load(path).value());
        QVERIFY(ExtraCertificates::loadConfirmed(path, confirmed).ok());

        // Not confirmed (settings from before fingerprints were kept): not trusted either.
        auto unconfirmed = ExtraCertificates::loadConfirmed(path, {});
        QVERIFY(!unconfirmed.ok());
        QCOMPARE(unconfirmed.error().code, QStringLiteral("net.extra_ca.unconfirmed"));

        // Someone puts another root (a valid CA, too) in its place.
        Pki other;
        QVERIFY(other.make());
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(other.path("root.pem"), path));
        auto changed = ExtraCertificates::loadConfirmed(path, confirmed);
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().code, QStringLiteral("net.extra_ca.changed"));
        QVERIFY(changed.error().message.contains(QDir::toNativeSeparators(path)));

        // The HTTP client refuses https with that error and connects nowhere.
        LocalHttpServer server(
            [](const LocalHttpServer::Request &) { return LocalHttpServer::response(200, "{}"); });
        QVERIFY(server.listenTls(other.serverTls()));
        HttpClient client(settingsWith(path, confirmed));
        const auto refused =
            run(client, HttpRequest::get(QUrl(QString::fromLatin1(server.baseUrl("https") + "/"))));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("net.extra_ca.changed"));
        QCOMPARE(server.connectionCount(), 0);
    }

    void systemRootsStayTrustedBesideIt()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QVERIFY2(!system.isEmpty(), "the system's root store is empty (Debian package ca-certificates)");
        const QString root = m_pki.path("root.pem");
        HttpClient client(
            settingsWith(root, ExtraCertificates::fingerprints(ExtraCertificates::load(root).value())));

        // Qt on Linux lists no CA in its default configuration (OpenSSL loads the system's on demand, and
        // any CA list given to it turns that off): every system root must be in the list https uses.
        const QList<QSslCertificate> trusted = client.tlsConfiguration().caCertificates();
        for (const QSslCertificate &certificate : system)
            QVERIFY2(trusted.contains(certificate), qPrintable(certificate.subjectDisplayName()));
        QVERIFY(trusted.contains(ExtraCertificates::load(root).value().first()));
        QCOMPARE(trusted.size(), system.size() + 1);

        // And the proxy's root does its job: a server certificate it signed is trusted.
        LocalHttpServer server(
            [](const LocalHttpServer::Request &) { return LocalHttpServer::response(200, "{\"ok\":true}"); });
        QVERIFY(server.listenTls(m_pki.serverTls()));
        const auto r =
            run(client, HttpRequest::get(QUrl(QString::fromLatin1(server.baseUrl("https") + "/"))));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->status, 200);
    }

private:
    Pki m_pki;
};

QTEST_GUILESS_MAIN(TstExtraCertificates)
#include "tst_extra_certificates.moc"
