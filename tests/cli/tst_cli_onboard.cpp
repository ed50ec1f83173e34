// sfmctl onboard end to end against the helseid-sim program: Alternative 1 reaches Ready once the
// simulator signs, the key is in the real keychain and in no file, the exported configuration works for
// `sfmctl token`, no secret reaches a file, an output or a log line; and each bad input gets its clear
// error and exit code.
#include "tst_cli_onboard_fixture.h"

#include "crypto/Base64Url.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace clitest;

namespace {

QStringList onboardArgs(Sim &sim, const QString &dir)
{
    return {QStringLiteral("onboard"),
            QStringLiteral("--environment"),
            QStringLiteral("demo"),
            QStringLiteral("--sim-info"),
            QString::fromUtf8(sim.line()),
            QStringLiteral("--org"),
            QStringLiteral("974760673"),
            QStringLiteral("--dir"),
            dir,
            QStringLiteral("--poll-interval"),
            QStringLiteral("1"),
            QStringLiteral("--poll-max"),
            QStringLiteral("1"),
            QStringLiteral("--cache-delay"),
            QStringLiteral("0"),
            QStringLiteral("--json")};
}

// A one-answer HTTP server for answers the simulator never gives (malformed, oversized).
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_request += s->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    s->write(m_answer);
                    s->flush();
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    QByteArray m_request;

private:
    QByteArray m_answer;
};

QStringList customArgs(const QString &base, const QString &dir)
{
    return {QStringLiteral("onboard"),
            QStringLiteral("--environment"),
            QStringLiteral("custom"),
            QStringLiteral("--issuer"),
            base,
            QStringLiteral("--api"),
            base + QStringLiteral("/api"),
            QStringLiteral("--portal"),
            base + QStringLiteral("/portal"),
            QStringLiteral("--org"),
            QStringLiteral("974760673"),
            QStringLiteral("--dir"),
            dir,
            QStringLiteral("--alg"),
            QStringLiteral("ES256"),
            QStringLiteral("--profile"),
            QStringLiteral(SFM_SOURCE_DIR "/resources/profiles/demo.json")};
}

} // namespace

class TestCliOnboard : public QObject
{
    Q_OBJECT

private slots:
    void endToEndReadyExportedAndTokenWithoutLeakingSecrets()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        const QString obDir = dir.filePath(QStringLiteral("onboardings"));
        const QString epj = dir.filePath(QStringLiteral("epj.json"));
        Run run(onboardArgs(sim, obDir) + QStringList{QStringLiteral("--alg"), QStringLiteral("PS256"),
                                                      QStringLiteral("--bits"), QStringLiteral("2048"),
                                                      QStringLiteral("--export"), epj});
        auto waiting = run.waitForState(QStringLiteral("awaiting-confirmation"));
        QVERIFY2(waiting, run.stderrText().constData());
        const QString clientId = waiting->value(QStringLiteral("clientId")).toString();
        const QString kid = waiting->value(QStringLiteral("kid")).toString();
        auto link = run.waitForEvent([](const QJsonObject &e) {
            return e.value(QStringLiteral("event")).toString() == QLatin1String("confirmation-link");
        });
        QVERIFY(link);
        QVERIFY(link->value(QStringLiteral("url"))
                    .toString()
                    .endsWith(QStringLiteral("/confirm-client/") + clientId));

        // The person confirms in the portal; their browser follows the redirect to our loopback listener.
        auto [status, confirmed] = sim.call("POST", QStringLiteral("/clients/%1/confirm").arg(clientId));
        QCOMPARE(status, 200);
        const QString redirect = confirmed.object().value(QStringLiteral("redirect")).toString();
        QVERIFY(redirect.startsWith(link->value(QStringLiteral("redirectUri")).toString()));
        QNetworkAccessManager browser;
        QNetworkReply *page = browser.get(QNetworkRequest(QUrl(redirect)));
        QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), 20000);
        QVERIFY(page->readAll().contains("The client is confirmed")); // in sfmctl's language
        delete page;
        QVERIFY(run.waitForState(QStringLiteral("awaiting-access")));
        QVERIFY(sim.sign(clientId));
        SFM_COMPARE_EXIT(run, 0);
        const auto done = run.last(QStringLiteral("done"));
        QVERIFY(done);
        QCOMPARE(done->value(QStringLiteral("state")).toString(), QStringLiteral("exported"));
        const QString sfmId = done->value(QStringLiteral("sfmId")).toString();
        QVERIFY(!sfmId.isEmpty());
        QCOMPARE(sim.clients().size(), 1);

        // The key is in the keychain (the entry list is kept beside the onboarding files)…
        QFile entries(obDir + QStringLiteral("/index/keychain-entries.json"));
        QVERIFY(entries.open(QIODevice::ReadOnly));
        const QJsonArray entryList = QJsonDocument::fromJson(entries.readAll()).array();
        QCOMPARE(entryList.size(), 1);
        const auto key = keyFromKeychain(entryList.first().toString(), entries.fileName());
        QVERIFY(key);
        QCOMPARE(key->thumbprint(), kid);

        // …and the exported configuration gets a token with it (for the self-service scope: SFM's is for
        // users).
        Run token({QStringLiteral("token"), QStringLiteral("--config"), epj, QStringLiteral("--json"),
                   QStringLiteral("--dir"), obDir});
        SFM_COMPARE_EXIT(token, 0);
        const auto t = token.last(QStringLiteral("token"));
        QVERIFY2(t, token.stderrText().constData());
        QCOMPARE(t->value(QStringLiteral("tokenType")).toString(), QStringLiteral("DPoP"));
        const QJsonObject claims = t->value(QStringLiteral("claims")).toObject();
        QCOMPARE(claims.value(QStringLiteral("client_id")).toString(), clientId);
        QCOMPARE(t->value(QStringLiteral("scope")).toString(), QStringLiteral("nhn:selvbetjening/client"));
        QVERIFY(!t->contains(QStringLiteral("accessToken"))); // not without --show-token

        Run shown({QStringLiteral("token"), QStringLiteral("--config"), epj, QStringLiteral("--json"),
                   QStringLiteral("--show-token"), QStringLiteral("--dir"), obDir});
        SFM_COMPARE_EXIT(shown, 0);
        const QByteArray accessToken =
            shown.last(QStringLiteral("token"))->value(QStringLiteral("accessToken")).toString().toLatin1();
        QVERIFY(accessToken.count('.') == 2);

        // No secret anywhere: files (onboarding folder, export, the test's config/data/cache homes), and
        // every output and log line (this test runs with QT_LOGGING_RULES=sfm.*.debug=true).
        const QByteArray der = key->toPkcs8Der().bytes();
        const QJsonObject jwk = QJsonDocument::fromJson(key->privateJwkJson().bytes()).object();
        QList<QPair<QByteArray, QByteArray>> secrets = {
            {"PKCS#8 base64", der.toBase64().mid(40, 64)},
            {"PKCS#8 base64url", sfm::crypto::base64UrlEncode(der).mid(40, 64)},
            {"PKCS#8 DER", der.mid(40, 64)},
            {"JWK d", jwk.value(QStringLiteral("d")).toString().toLatin1()},
            {"JWK p", jwk.value(QStringLiteral("p")).toString().toLatin1()},
            {"access token", accessToken},
            {"access token signature", accessToken.mid(accessToken.lastIndexOf('.') + 1)},
            {"API key", QByteArrayLiteral("demo-klientmal-api-key")}};
        QList<QPair<QString, QByteArray>> places = allFiles(dir.path());
        for (const char *home : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            if (!qEnvironmentVariableIsEmpty(home))
                places += allFiles(qEnvironmentVariable(home));
        }
        places.append({QStringLiteral("onboard stdout"), run.stdoutText()});
        places.append({QStringLiteral("onboard stderr"), run.stderrText()});
        places.append({QStringLiteral("token stdout"), token.stdoutText()});
        places.append({QStringLiteral("token stderr"), token.stderrText()});
        places.append({QStringLiteral("token --show-token stderr"), shown.stderrText()});
        places.append({QStringLiteral("simulator log"), sim.log()});
        QVERIFY(run.stderrText().contains("sfm.")); // the debug logs were really on
        for (const auto &[what, secret] : secrets) {
            QVERIFY(secret.size() >= 20);
            for (const auto &[where, text] : places) {
                QVERIFY2(!text.contains(secret),
                         qPrintable(QStringLiteral("%1 found in %2").arg(QString::fromLatin1(what), where)));
            }
        }
    }

    void noWaitStopsWithExitSevenAndStatusSaysWhatNext()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        Run run(onboardArgs(sim, dir.path()) +
                QStringList{QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--no-wait")});
        SFM_COMPARE_EXIT(run, 7);
        const auto done = run.last(QStringLiteral("done"));
        QVERIFY(done);
        QCOMPARE(done->value(QStringLiteral("state")).toString(), QStringLiteral("awaiting-confirmation"));
        const QString id = done->value(QStringLiteral("onboarding")).toString();
        Run status({QStringLiteral("status"), id.left(8), QStringLiteral("--dir"), dir.path()});
        SFM_COMPARE_EXIT(status, 7);
        QVERIFY(status.stdoutText().contains("Confirmation link: "));
        QVERIFY(status.stdoutText().contains(QByteArray(QByteArray("sfmctl resume ") + id.toLatin1())));
        Run list({QStringLiteral("list"), QStringLiteral("--dir"), dir.path(), QStringLiteral("--json")});
        SFM_COMPARE_EXIT(list, 0);
        const QJsonObject listing = QJsonDocument::fromJson(list.stdoutText()).object();
        QCOMPARE(listing.value(QStringLiteral("onboardings")).toArray().size(), 1);
        QCOMPARE(listing.value(QStringLiteral("problems")).toArray().size(), 0);
        Run exportEarly({QStringLiteral("export"), id, QStringLiteral("--dir"), dir.path()});
        SFM_COMPARE_EXIT(exportEarly, 7); // not ready yet, and it says so
        QVERIFY(exportEarly.stderrText().contains("ready"));
    }

    void contactEmailAndLanguageAreKeptWithTheOnboarding()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        Run run(onboardArgs(sim, dir.path()) +
                QStringList{QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--no-wait"),
                            QStringLiteral("--contact-email"), QStringLiteral(" bekrefter@kommune.no "),
                            QStringLiteral("--contact-language"), QStringLiteral("NN")});
        SFM_COMPARE_EXIT(run, 7);
        const auto done = run.last(QStringLiteral("done"));
        QVERIFY(done);
        QCOMPARE(done->value(QStringLiteral("contactEmail")).toString(),
                 QStringLiteral("bekrefter@kommune.no"));
        QCOMPARE(done->value(QStringLiteral("contactLanguage")).toString(), QStringLiteral("nn"));
        const QString id = done->value(QStringLiteral("onboarding")).toString();
        // Saved in the onboarding file (which the overview's mail reads), and shown by status.
        QFile file(QDir(dir.path()).filePath(id + QStringLiteral(".json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject setup =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("setup")).toObject();
        QCOMPARE(setup.value(QStringLiteral("contactEmail")).toString(),
                 QStringLiteral("bekrefter@kommune.no"));
        QCOMPARE(setup.value(QStringLiteral("contactLanguage")).toString(), QStringLiteral("nn"));
        Run status({QStringLiteral("status"), id.left(8), QStringLiteral("--dir"), dir.path()});
        SFM_COMPARE_EXIT(status, 7);
        QVERIFY2(status.stdoutText().contains("Contact: bekrefter@kommune.no, nn"),
                 status.stdoutText().constData());
    }

    void badContactIsRefusedBeforeAnythingStarts_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("e-mail") << "--contact-email"
                                << "bekrefter(at)kommune.no"
                                << "onboarding.contact.email";
        QTest::newRow("two addresses") << "--contact-email"
                                       << "a@kommune.no;b@kommune.no"
                                       << "onboarding.contact.email";
        QTest::newRow("language") << "--contact-language"
                                  << "sv"
                                  << "onboarding.contact.language";
    }

    void badContactIsRefusedBeforeAnythingStarts()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, code);
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        Run run(onboardArgs(sim, dir.path()) + QStringList{QStringLiteral("--alg"), QStringLiteral("ES256"),
                                                           QStringLiteral("--no-wait"), option, value});
        SFM_COMPARE_EXIT(run, 3);
        const auto error = run.last(QStringLiteral("error"));
        QVERIFY(error);
        QCOMPARE(error->value(QStringLiteral("code")).toString(), code);
        QVERIFY2(error->value(QStringLiteral("message")).toString().contains(value),
                 run.stdoutText().constData());
        QCOMPARE(sim.clients().size(), 0);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
    }

    void wrongApiKey()
    {
        Sim sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        Run run(onboardArgs(sim, dir.path()) + QStringList{QStringLiteral("--alg"), QStringLiteral("ES256")},
                {}, {{QStringLiteral("SFM_API_KEY"), QStringLiteral("wrong-key-1234")}});
        SFM_COMPARE_EXIT(run, 5);
        const auto error = run.last(QStringLiteral("error"));
        QVERIFY(error);
        QCOMPARE(error->value(QStringLiteral("code")).toString(), QStringLiteral("helseid.api.bad_api_key"));
        QVERIFY(!run.stderrText().contains("wrong-key-1234"));
        QVERIFY(!run.stdoutText().contains("wrong-key-1234"));
        QCOMPARE(sim.clients().size(), 0);
    }

    void invalidOrganizationNumber()
    {
        QTemporaryDir dir;
        Run run({QStringLiteral("onboard"), QStringLiteral("--environment"), QStringLiteral("demo"),
                 QStringLiteral("--sim-url"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--org"),
                 QStringLiteral("974760674"), QStringLiteral("--dir"), dir.path()});
        SFM_COMPARE_EXIT(run, 3);
        QVERIFY(run.stderrText().contains("check digit"));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // nothing started
    }

    void unreachableHost()
    {
        QTemporaryDir dir;
        QTcpServer closed; // a port that surely refuses: listen, note it, close
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        Run run(customArgs(base, dir.path()), {}, {{QStringLiteral("SFM_API_KEY"), QStringLiteral("k")}});
        SFM_COMPARE_EXIT(run, 4);
        QVERIFY(run.stderrText().contains("Error: "));
        // Connection refused: nothing can have been created, so it says plainly that the host was not
        // reached.
        QVERIFY2(
            run.stderrText().contains("Error: 127.0.0.1 could not be reached. Check your network connection"),
            run.stderrText().constData());
    }

    void plainHttpToARealHostIsRefused()
    {
        QTemporaryDir dir;
        Run run(customArgs(QStringLiteral("http://helseid.example.org"), dir.path()), {},
                {{QStringLiteral("SFM_API_KEY"), QStringLiteral("k")}});
        SFM_COMPARE_EXIT(run, 3);
        QVERIFY(run.stderrText().contains("https"));
    }

    // A staging HelseID (--environment custom) needs no profile entry for a named environment: the API key
    // comes from stdin, or from the profile's "custom" entry. The draft request carries it.
    void customEnvironmentTakesTheApiKeyFromStdin()
    {
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n"
                            "Connection: close\r\n\r\n{not json");
        QTemporaryDir dir;
        Run run(customArgs(server.url(), dir.path()) + QStringList{QStringLiteral("--api-key-stdin")},
                "staging-key-from-stdin\n");
        SFM_COMPARE_EXIT(run, 4);
        QVERIFY2(server.m_request.startsWith("POST /api/v1/client-drafts"), server.m_request.constData());
        QVERIFY2(server.m_request.toLower().contains("api-key: staging-key-from-stdin\r\n"),
                 server.m_request.constData());
        QVERIFY(!run.stderrText().contains("staging-key-from-stdin"));
    }

    void customEnvironmentTakesTheApiKeyFromTheProfile()
    {
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n"
                            "Connection: close\r\n\r\n{not json");
        QTemporaryDir dir;
        QFile demo(QStringLiteral(SFM_SOURCE_DIR "/resources/profiles/demo.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(demo.readAll()).object();
        profile.insert(QStringLiteral("apiKeys"),
                       QJsonObject{{QStringLiteral("custom"), QStringLiteral("staging-key-from-profile")}});
        const QString profilePath = dir.filePath(QStringLiteral("staging-profile.json"));
        QFile out(profilePath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(profile).toJson());
        out.close();
        QStringList args = customArgs(server.url(), dir.filePath(QStringLiteral("onboardings")));
        args[args.indexOf(QStringLiteral("--profile")) + 1] = profilePath;
        Run run(args);
        SFM_COMPARE_EXIT(run, 4);
        QVERIFY2(server.m_request.toLower().contains("api-key: staging-key-from-profile\r\n"),
                 server.m_request.constData());
    }

    // No keychain to reach (an SSH session, a server without a session bus): the error names the way on
    // for the command line, in text and in the JSON error event, and the exit code is the keychain's.
    void missingKeychainNamesTheFileKeyStore()
    {
        QTemporaryDir dir;
        const QList<QPair<QString, QString>> env{
            {QStringLiteral("SFM_API_KEY"), QStringLiteral("k")},
            {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
             QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus"))}};
        Run run(customArgs(QStringLiteral("http://127.0.0.1:9"), dir.filePath(QStringLiteral("a"))), {}, env);
        SFM_COMPARE_EXIT(run, 6);
        QVERIFY2(run.stderrText().contains("run again with --key-store file --passphrase-stdin"),
                 run.stderrText().constData());
        Run json(customArgs(QStringLiteral("http://127.0.0.1:9"), dir.filePath(QStringLiteral("b"))) +
                     QStringList{QStringLiteral("--json")},
                 {}, env);
        SFM_COMPARE_EXIT(json, 6);
        const auto error = json.last(QStringLiteral("error"));
        QVERIFY2(error, json.stdoutText().constData());
        QVERIFY(
            error->value(QStringLiteral("code")).toString().startsWith(QLatin1String("storage.keychain.")));
        QVERIFY(error->value(QStringLiteral("hint"))
                    .toString()
                    .contains(QLatin1String("--key-store file --passphrase-stdin")));
    }

    void malformedJsonAnswer()
    {
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n"
                            "Connection: close\r\n\r\n{not json");
        QTemporaryDir dir;
        Run run(customArgs(server.url(), dir.path()), {},
                {{QStringLiteral("SFM_API_KEY"), QStringLiteral("k")}});
        SFM_COMPARE_EXIT(run, 4);
        QVERIFY(server.m_request.startsWith("POST /api/v1/client-drafts"));
        QVERIFY(run.stderrText().contains("Error: "));
        QVERIFY(run.stderrText().contains("new client draft")); // says what a retry will do
    }

    void oversizedAnswer()
    {
        QByteArray big = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\n"
                         "Connection: close\r\n\r\n";
        big += QByteArray(64 * 1024, ' ');
        CannedServer server(big);
        QTemporaryDir dir;
        Run run(customArgs(server.url(), dir.path()) + QStringList{QStringLiteral("--json")}, {},
                {{QStringLiteral("SFM_API_KEY"), QStringLiteral("k")}});
        SFM_COMPARE_EXIT(run, 4);
        QVERIFY(run.stderrText().contains("Error: "));
        // Refused for its size (the cap), not for any other network trouble.
        const auto error = run.last(QStringLiteral("error"));
        QVERIFY2(error, run.stdoutText().constData());
        // The draft POST went out, so its outcome is uncertain; the reason underneath is the size cap.
        QCOMPARE(error->value(QStringLiteral("code")).toString(),
                 QStringLiteral("onboarding.draft.uncertain"));
        QVERIFY2(
            error->value(QStringLiteral("detail")).toString().startsWith(QLatin1String("net.too_large: ")),
            QJsonDocument(*error).toJson(QJsonDocument::Compact).constData());
        QVERIFY(error->value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("larger than expected")));
    }
};

QTEST_GUILESS_MAIN(TestCliOnboard)
#include "tst_cli_onboard.moc"
