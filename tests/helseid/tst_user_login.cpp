// The user login (PAR + PKCE + DPoP, browser, loopback callback) against the real simulator over loopback,
// with the browser supplied by the test: an in-process stand-in that follows the redirects with
// QNetworkAccessManager, and the BROWSER environment variable running a tiny Python script.
#include "Simulator.h"
#include "helseid/SelfServiceClient.h"
#include "helseid/TokenClient.h"
#include "helseid/UserLogin.h"
#include "helseid/VendorProfile.h"
#include "net/HttpClient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace sfm;
using namespace sfm::helseid;

namespace {

const QString OrgNumber = QStringLiteral("974600951");
const QString SfmScope = QStringLiteral("e-helse:sfm.api/sfm.api2");

// Every log line of the run, to prove no token reaches one.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QByteArray rawGet(quint16 port, const QByteArray &target, const QByteArray &host)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        10000);
    return answer + socket.readAll();
}

} // namespace

class TestUserLogin : public QObject
{
    Q_OBJECT

private:
    sim::Simulator *m_sim = nullptr;
    net::HttpClient *m_http = nullptr;
    DiscoveryClient *m_discovery = nullptr;
    VendorProfile m_profile;
    Environment m_env;
    crypto::Key m_key;
    QString m_clientId;
    QNetworkAccessManager m_browserNam;
    QStringList m_browserVisits;

    ClientCredentials credentials() const { return {m_clientId, m_key, crypto::Algorithm::ES256, {}, {}}; }

    UserLogin::Options options() const
    {
        UserLogin::Options o;
        o.redirectUri = m_profile.loginRedirectUri(QStringLiteral("demo"));
        o.useTestIdentityProvider = true;
        o.timeoutSeconds = 60;
        return o;
    }

    // The browser stand-in: GETs the address and follows redirects (to the loopback listener) like a
    // browser; with a page, it presses the first "Logg inn" button, as a person would.
    Browser followingBrowser()
    {
        return [this](const QUrl &url) -> Result<void> {
            m_browserVisits.append(url.toString());
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = m_browserNam.get(request);
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                reply->deleteLater();
                const QString page = QString::fromUtf8(reply->readAll());
                const auto handle =
                    QRegularExpression(QStringLiteral("name=\"handle\" value=\"([^\"]+)\"")).match(page);
                const auto pid =
                    QRegularExpression(QStringLiteral("name=\"pid\" value=\"([^\"]+)\"")).match(page);
                if (!handle.hasMatch() || !pid.hasMatch())
                    return;
                QNetworkRequest post(
                    QUrl(m_sim->urls().issuer + QStringLiteral("/connect/authorize/person")));
                post.setHeader(QNetworkRequest::ContentTypeHeader,
                               QStringLiteral("application/x-www-form-urlencoded"));
                post.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                  QNetworkRequest::NoLessSafeRedirectPolicy);
                // A browser follows a 302 after a POST with a GET.
                QNetworkReply *chosen = m_browserNam.post(post, "handle=" + handle.captured(1).toLatin1() +
                                                                    "&pid=" + pid.captured(1).toLatin1());
                connect(chosen, &QNetworkReply::finished, chosen, &QObject::deleteLater);
            });
            return {};
        };
    }

    Result<UserLoginResult> login(UserLogin &userLogin, const UserLogin::Options &o)
    {
        std::optional<Result<UserLoginResult>> result;
        userLogin.start(credentials(), o, [&](Result<UserLoginResult> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return Error(QStringLiteral("test.no_answer"), QStringLiteral("no callback"));
        return std::move(*result);
    }

    static QString describe(const Error &e) { return e.code + QStringLiteral(": ") + e.toString(); }

private slots:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureLog);
        m_sim = new sim::Simulator(this);
        QVERIFY(m_sim->start(0).ok());
        QVERIFY(m_sim->state().applySettings({{QStringLiteral("cacheDelaySeconds"), 0}}).ok());
        const auto &u = m_sim->urls();
        m_env = Environment::demo(QUrl(u.issuer), QUrl(u.api), QUrl(u.portal));
        m_profile = VendorProfile::demo().value();
        m_key = crypto::Key::generateEc(crypto::Curve::P256).value();

        net::NetSettings s;
        s.proxy.mode = net::ProxySettings::Mode::None;
        m_http = new net::HttpClient(s, this);
        m_discovery = new DiscoveryClient(*m_http, this);
        m_discovery->setCacheDirectory({});

        // A client registered with the login's loopback URI among its redirectUris, confirmed and signed.
        TokenClient tokens(*m_http, *m_discovery, m_env);
        SelfServiceClient api(*m_http, tokens, m_env);
        ClientDraft d;
        d.organizationNumber = OrgNumber;
        d.publicJwk = m_key.publicJwk(crypto::Algorithm::ES256);
        d.apiScopes = m_profile.preselectedScopes();
        d.redirectUris = m_profile.redirectUrisFor(QStringLiteral("demo"));
        std::optional<Result<QString>> created;
        api.createDraft(d, m_profile.apiKey(QStringLiteral("demo")),
                        [&](Result<QString> r) { created.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 30000));
        QVERIFY2(created->ok(), qPrintable(created->ok() ? QString() : describe(created->error())));
        m_clientId = created->value();
        QVERIFY(m_sim->confirm(m_clientId).ok());
        QVERIFY(m_sim->sign(m_clientId).ok());
        QCOMPARE(m_sim->state().client(m_clientId)->redirectUris,
                 QStringList{QStringLiteral("http://localhost/callback")});
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void testPersonLoginGivesWhatSfmWillSee()
    {
        UserLogin userLogin(*m_http, *m_discovery, m_env);
        userLogin.setBrowser(followingBrowser());
        QSignalSpy opened(&userLogin, &UserLogin::browserOpened);
        const auto result = login(userLogin, options());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
        QCOMPARE(opened.size(), 1);
        const QUrl authorize = opened.first().first().toUrl();
        QCOMPARE(authorize.path(), QStringLiteral("/connect/authorize"));
        QVERIFY(QUrlQuery(authorize).hasQueryItem(QStringLiteral("request_uri")));

        const UserLoginResult &r = result.value();
        QVERIFY(r.isGoodForSfm());
        QVERIFY(r.hasScope(SfmScope));
        QCOMPARE(r.tokenType, QStringLiteral("DPoP"));
        QCOMPARE(r.personName, QStringLiteral("Kari Nordmann"));
        QCOMPARE(r.pid, UserLogin::DefaultTestPid);
        QCOMPARE(r.hprNumber, QStringLiteral("9144850"));
        QCOMPARE(r.securityLevel, QStringLiteral("4"));
        QCOMPARE(r.assuranceLevel, QStringLiteral("high"));
        QCOMPARE(r.organizationNumber, OrgNumber);
        QCOMPARE(r.sfmId, m_clientId); // a new journal: HelseID assigned the SFM-id
        QVERIFY(r.accessTokenIsJwt);
        QVERIFY(r.hasRefreshToken);
        QVERIFY(r.lifetimeSeconds > 0);
        QVERIFY(r.expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(r.accessTokenClaims.value(QStringLiteral("cnf"))
                     .toObject()
                     .value(QStringLiteral("jkt"))
                     .toString(),
                 m_key.thumbprint());
        QVERIFY(!r.idTokenClaims.value(QStringLiteral("nonce")).toString().isEmpty());
        QVERIFY(!userLogin.isRunning());
        // The token and the code are secrets: never in a log line.
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QString::fromLatin1(r.accessToken.bytes()).left(60)), qPrintable(line));
    }

    void testPersonPageWhenNoTestIdentityProvider()
    {
        UserLogin userLogin(*m_http, *m_discovery, m_env);
        userLogin.setBrowser(followingBrowser());
        UserLogin::Options o = options();
        o.useTestIdentityProvider = false;
        const auto result = login(userLogin, o);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
        QCOMPARE(result->personName, QStringLiteral("Kari Nordmann"));
    }

    void browserFromTheEnvironment()
    {
        // BROWSER names a command that gets the URL as its last argument: here a script that follows the
        // redirects with Python's urllib.
        QTemporaryDir dir;
        const QString script = dir.filePath(QStringLiteral("browser.py"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("import sys, urllib.request\nurllib.request.urlopen(sys.argv[1], timeout=30).read()\n");
        f.close();
        qputenv("BROWSER", QByteArray("/usr/bin/python3 ") + script.toUtf8());
        UserLogin userLogin(*m_http, *m_discovery, m_env); // the default browser: BROWSER first
        const auto result = login(userLogin, options());
        qunsetenv("BROWSER");
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
        QVERIFY(result->isGoodForSfm());
    }

    void securityLevelThreeIsRefusedForSfm()
    {
        UserLogin userLogin(*m_http, *m_discovery, m_env);
        userLogin.setBrowser(followingBrowser());
        UserLogin::Options o = options();
        o.testSecurityLevel = 3;
        const auto result = login(userLogin, o);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("helseid.login.refused"));
        QVERIFY(result.error().toString().contains(QStringLiteral("security level 4")));
    }

    void unregisteredRedirectUriIsRefusedAtPar()
    {
        UserLogin userLogin(*m_http, *m_discovery, m_env);
        userLogin.setBrowser(followingBrowser());
        UserLogin::Options o = options();
        o.redirectUri = QUrl(QStringLiteral("http://localhost/elsewhere"));
        const auto result = login(userLogin, o);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("helseid.oauth.invalid_request"));
    }

    void forgedCallbacksChangeNothing()
    {
        // The browser never comes back: only forged callbacks reach the listener.
        UserLogin userLogin(*m_http, *m_discovery, m_env);
        QUrl authorize;
        userLogin.setBrowser([&](const QUrl &url) -> Result<void> {
            authorize = url;
            return {};
        });
        std::optional<Result<UserLoginResult>> result;
        userLogin.start(credentials(), options(),
                        [&](Result<UserLoginResult> r) { result.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return !authorize.isEmpty(); }, 30000));
        const QUrl redirect = userLogin.redirectUri();
        QCOMPARE(redirect.host(), QStringLiteral("localhost"));
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        const quint16 port = quint16(redirect.port());
        const QByteArray host = "localhost:" + QByteArray::number(port);
        const QByteArray iss = QUrl::toPercentEncoding(m_env.issuerString());
        const QList<QByteArray> forged{QByteArray("/callback?code=x&iss=") + iss,
                                       QByteArray("/callback?code=x&state=guess&iss=") + iss,
                                       QByteArray("/callback?error=access_denied&iss=") + iss};
        for (const QByteArray &target : forged)
            QVERIFY(rawGet(port, target, host).startsWith("HTTP/1.1 404"));
        QVERIFY(rawGet(port, "/callback?code=x&state=x", "evil.example").startsWith("HTTP/1.1 404"));
        QVERIFY(userLogin.isRunning());
        QVERIFY(!result.has_value());
        userLogin.cancel();
        QVERIFY(result.has_value());
        QCOMPARE(result->error().code, QStringLiteral("helseid.login.cancelled"));
        // The listener is closed with the login.
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(!probe.waitForConnected(2000));
    }

    void testIdentityProviderIsNotForProduction()
    {
        UserLogin userLogin(*m_http, *m_discovery, Environment::prod());
        const auto result = login(userLogin, options());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("helseid.login.test_idp_in_prod"));
    }
};

QTEST_GUILESS_MAIN(TestUserLogin)
#include "tst_user_login.moc"
