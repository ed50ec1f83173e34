// The token and self-service clients against the real simulator (in-process, 127.0.0.1): Alternative 1
// from draft to ready, key renewal, and the errors a user meets on the way.
#include "FaultInjector.h"
#include "Simulator.h"
#include "helseid/OAuthError.h"
#include "helseid/SelfServiceClient.h"
#include "helseid/TokenClient.h"
#include "helseid/VendorProfile.h"
#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace sfm;
using namespace sfm::helseid;

namespace {

template<typename T>
Result<T> wait(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    std::optional<Result<T>> result;
    start([&](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error(QStringLiteral("test.no_answer"), QStringLiteral("no callback"));
    return std::move(*result);
}

QString describe(const Error &e)
{
    return e.code + QStringLiteral(": ") + e.toString();
}

const QString OrgNumber = QStringLiteral("974600951"); // passes mod 11

// Every log line of the run, to prove no secret reaches one.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestSelfServiceSim : public QObject
{
    Q_OBJECT

private:
    sim::Simulator *m_sim = nullptr;
    net::HttpClient *m_http = nullptr;
    DiscoveryClient *m_discovery = nullptr;
    TokenClient *m_tokens = nullptr;
    SelfServiceClient *m_api = nullptr;
    VendorProfile m_profile;
    Environment m_env;
    crypto::Key m_key;
    int m_tokenRequests = 0;

    ClientDraft draft() const
    {
        ClientDraft d;
        d.organizationNumber = OrgNumber;
        d.publicJwk = m_key.publicJwk(crypto::Algorithm::ES256);
        d.apiScopes = m_profile.preselectedScopes();
        d.postClientConfirmationRedirectUri = QStringLiteral("http://127.0.0.1:1/confirmed");
        return d;
    }
    ClientCredentials credentials(const QString &clientId) const
    {
        return {clientId, m_key, crypto::Algorithm::ES256, {}, {}};
    }
    Result<QString> createDraft(const ClientDraft &d, const SecureBytes &apiKey)
    {
        return wait<QString>([&](auto cb) { m_api->createDraft(d, apiKey, cb); });
    }
    Result<ClientInfo> getClient(const QString &clientId)
    {
        return wait<ClientInfo>([&](auto cb) { m_api->getClient(credentials(clientId), cb); });
    }
    void setSim(const char *name, int value)
    {
        QVERIFY(m_sim->state().applySettings(QJsonObject{{QLatin1String(name), value}}).ok());
    }

private slots:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureLog);
        m_sim = new sim::Simulator(this);
        QVERIFY(m_sim->start(0).ok());
        connect(m_sim, &sim::Simulator::requestHandled, this,
                [this](const QString &, const QString &path, int) {
                    if (path.endsWith(QLatin1String("/connect/token")))
                        ++m_tokenRequests;
                });
        const auto &u = m_sim->urls();
        m_env = Environment::demo(QUrl(u.issuer), QUrl(u.api), QUrl(u.portal));
        auto profile = VendorProfile::demo();
        QVERIFY(profile.ok());
        m_profile = profile.value();
        auto key = crypto::Key::generateEc(crypto::Curve::P256);
        QVERIFY(key.ok());
        m_key = key.value();

        net::NetSettings s;
        s.proxy.mode = net::ProxySettings::Mode::None;
        m_http = new net::HttpClient(s, this);
        m_http->setRandom([] { return 0.0; }); // retries at once
        m_discovery = new DiscoveryClient(*m_http, this);
        m_discovery->setCacheDirectory({});
        m_tokens = new TokenClient(*m_http, *m_discovery, m_env, this);
        m_api = new SelfServiceClient(*m_http, *m_tokens, m_env, this);
        m_api->setSecretBodyShape(m_profile.secretBodyShape);
    }

    void badApiKey()
    {
        const auto r = createDraft(draft(), SecureBytes(QByteArrayLiteral("not-the-key")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("helseid.api.bad_api_key"));
        QVERIFY(!r.error().toString().contains(QStringLiteral("not-the-key")));
    }

    void invalidOrganizationNumber()
    {
        ClientDraft d = draft();
        d.organizationNumber = QStringLiteral("974600952");
        const auto r = createDraft(d, m_profile.apiKey(QStringLiteral("demo")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("helseid.api.bad_request"));
        QVERIFY2(r.error().message.contains(QStringLiteral("rganization"), Qt::CaseInsensitive),
                 qPrintable(r.error().message));
    }

    void draftToReady()
    {
        const auto clientId = createDraft(draft(), m_profile.apiKey(QStringLiteral("demo")));
        QVERIFY2(clientId.ok(), qPrintable(clientId.ok() ? QString() : describe(clientId.error())));
        QCOMPARE(m_env.confirmClientUrl(*clientId).toString(), m_sim->urls().confirmUrl(*clientId));

        // Not confirmed yet: no token.
        const auto early = getClient(*clientId);
        QVERIFY(!early.ok());

        // Confirmed, but HelseID's cache has not caught up: invalid_client, which callers read as "not yet".
        setSim("cacheDelaySeconds", 600);
        QVERIFY(m_sim->confirm(*clientId).ok());
        const auto cached = getClient(*clientId);
        QVERIFY(!cached.ok());
        QVERIFY2(OAuthError::isInvalidClient(cached.error()), qPrintable(describe(cached.error())));

        setSim("cacheDelaySeconds", 0);
        const int before = m_tokenRequests;
        const auto pending = getClient(*clientId);
        QVERIFY2(pending.ok(), qPrintable(pending.ok() ? QString() : describe(pending.error())));
        QCOMPARE(m_tokenRequests - before, 2); // use_dpop_nonce, then once more with the nonce
        QVERIFY(!pending->isReady(m_profile.preselectedScopes()));
        bool anyPending = false;
        for (const ApiScopeAccess &s : pending->apiScopes)
            anyPending =
                anyPending || (s.status == ApiScopeAccess::Status::Pending && !s.statusReason.isEmpty());
        QVERIFY(anyPending);
        QVERIFY(pending->sfmId().has_value()); // assigned by HelseID for a new journal

        // The token is cached: polling again costs no token request.
        const int afterFirst = m_tokenRequests;
        QVERIFY(getClient(*clientId).ok());
        QCOMPARE(m_tokenRequests, afterFirst);
        // A new token later needs one request: the nonce was remembered.
        m_tokens->invalidate(*clientId);
        QVERIFY(getClient(*clientId).ok());
        QCOMPARE(m_tokenRequests, afterFirst + 1);

        QVERIFY(m_sim->sign(*clientId).ok());
        const auto ready = getClient(*clientId);
        QVERIFY(ready.ok());
        QVERIFY(ready->isReady(m_profile.preselectedScopes()));
        QCOMPARE(ready->sfmId(), pending->sfmId());

        // PUT replaces the whole client.
        ClientUpdate update = ready->toUpdate();
        update.redirectUris = {QStringLiteral("http://localhost/callback")};
        const auto put = wait<void>([&](auto cb) { m_api->putClient(credentials(*clientId), update, cb); });
        QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : describe(put.error())));
        QCOMPARE(getClient(*clientId)->redirectUris,
                 QStringList{QStringLiteral("http://localhost/callback")});

        // A 503 on the status call is retried by the HTTP layer.
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::Status;
        fault.status = 503;
        fault.pathPrefix = QStringLiteral("/api/v1/client");
        fault.method = "GET";
        fault.remaining = 1;
        m_sim->faults().add(fault);
        QVERIFY(getClient(*clientId).ok());

        // Key renewal, in both UNCONFIRMED body shapes.
        for (auto shape :
             {VendorProfile::SecretBodyShape::JsonString, VendorProfile::SecretBodyShape::JsonObject}) {
            auto newKey = crypto::Key::generateEc(crypto::Curve::P256);
            QVERIFY(newKey.ok());
            m_api->setSecretBodyShape(shape);
            // The simulator accepts exactly the shape it is set to (tst_client_secrets_sim has the refusal).
            QVERIFY(m_sim->state()
                        .applySettings({{QStringLiteral("clientSecretBodyShape"),
                                         shape == VendorProfile::SecretBodyShape::JsonString
                                             ? QStringLiteral("string")
                                             : QStringLiteral("object")}})
                        .ok());
            const auto added = wait<std::optional<QDateTime>>([&](auto cb) {
                m_api->addClientSecret(credentials(*clientId), newKey->publicJwk(crypto::Algorithm::ES256),
                                       cb);
            });
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : describe(added.error())));
            QVERIFY(added->has_value());
            QVERIFY(added->value() > QDateTime::currentDateTimeUtc());
        }
        m_api->setSecretBodyShape(m_profile.secretBodyShape);
        QVERIFY(m_sim->state()
                    .applySettings({{QStringLiteral("clientSecretBodyShape"), QStringLiteral("string")}})
                    .ok());
        const auto keys = wait<QList<ClientSecretInfo>>(
            [&](auto cb) { m_api->listClientSecrets(credentials(*clientId), cb); });
        QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : describe(keys.error())));
        QCOMPARE(keys->size(), 3);
        bool foundOriginal = false;
        for (const ClientSecretInfo &k : *keys)
            foundOriginal =
                foundOriginal || k.jwkThumbprint == m_key.thumbprint() || k.kid == m_key.thumbprint();
        QVERIFY(foundOriginal);
    }

    void existingJournalSendsSfmIdClaim()
    {
        ClientDraft d = draft();
        d.audienceSpecificClientClaims = {{m_profile.sfmIdClaimType, QStringLiteral("journal-æøå-1")}};
        const auto clientId = createDraft(d, m_profile.apiKey(QStringLiteral("demo")));
        QVERIFY2(clientId.ok(), qPrintable(clientId.ok() ? QString() : describe(clientId.error())));
        QVERIFY(m_sim->confirm(*clientId).ok());
        const auto info = getClient(*clientId);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : describe(info.error())));
        QCOMPARE(info->sfmId(), QStringLiteral("journal-æøå-1"));
        QVERIFY(info->claim(m_profile.sfmIdClaimType)->status != ClientClaimAccess::Status::Ok);
    }

    // The demo profile is what practice mode uses: each of its package links must open the simulator's
    // package page (Alternative 2), or a newcomer's first click leads nowhere.
    void demoPackageLinksOpenInSimulator()
    {
        QVERIFY(!m_profile.packageIds.isEmpty());
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        for (auto it = m_profile.packageIds.cbegin(); it != m_profile.packageIds.cend(); ++it) {
            const QUrl link = m_profile.packageLink(m_env.portalBase, it.value(), QString());
            QVERIFY2(link.isValid(), qPrintable(it.key()));
            QScopedPointer<QNetworkReply> reply(nam.get(QNetworkRequest(link)));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
            QVERIFY2(reply->error() == QNetworkReply::NoError,
                     qPrintable(link.toString() + QStringLiteral(": ") + reply->errorString()));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QVERIFY(reply->readAll().contains(it.value().toUtf8()));
        }
    }

    void noSecretInAnyLogLine()
    {
        // A token as the product holds it, and the secrets that went over the wire in this run.
        const auto clientId = createDraft(draft(), m_profile.apiKey(QStringLiteral("demo")));
        QVERIFY(clientId.ok());
        QVERIFY(m_sim->confirm(*clientId).ok());
        const auto token = wait<AccessToken>([&](auto cb) {
            m_tokens->requestToken(credentials(*clientId), {SelfServiceClient::SelfServiceScope}, cb);
        });
        QVERIFY(token.ok());
        const QString joined = g_log.join(QLatin1Char('\n'));
        QVERIFY(joined.contains(*clientId)); // the log does name the client
        QVERIFY(!joined.contains(QString::fromUtf8(m_profile.apiKey(QStringLiteral("demo")).bytes())));
        QVERIFY(!joined.contains(QString::fromLatin1(token->token.bytes())));
        const QJsonObject privateJwk = QJsonDocument::fromJson(m_key.privateJwkJson().bytes()).object();
        QVERIFY(!joined.contains(privateJwk.value(QStringLiteral("d")).toString()));
        QVERIFY(!joined.contains(QStringLiteral("eyJ"))); // no JWS (assertion, proof, token) at all
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }
};

QTEST_MAIN(TestSelfServiceSim)
#include "tst_selfservice_sim.moc"
