// The client-draft POST reaches the self-service API at most once, even when a kept-alive connection drops
// before any answer: Qt's HTTP layer silently re-sends a request on such a connection (proved here: without
// net::OneShotBody the server got the POST twice), which for the draft would leave a second, orphan draft
// behind. A small HTTP/1.1 server on 127.0.0.1 keeps its connections alive, reads the draft POST on a reused
// connection and closes it without answering, counting what arrives. The onboarding then says the answer
// was lost (onboarding.draft.uncertain), as for any unanswered draft.
#include "MemorySecretStore.h"
#include "helseid/ClientDraft.h"
#include "helseid/DiscoveryClient.h"
#include "helseid/Environment.h"
#include "helseid/SelfServiceClient.h"
#include "helseid/TokenClient.h"
#include "helseid/VendorProfile.h"
#include "net/HttpClient.h"
#include "onboarding/Onboarding.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace sfm;
using namespace sfm::helseid;

namespace {

// HTTP/1.1 with keep-alive: answers GETs with 200, and does to each draft POST what dropPost says (close
// the connection without a word, or answer 201 with a client id).
class KeepAliveServer : public QObject
{
public:
    bool dropPost = true;
    int posts = 0;       // draft POSTs received, whole
    int connections = 0; // TCP connections accepted
    int postsOnReusedConnections = 0;
    QByteArray lastPostBody;

    bool listen()
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    void accept(QTcpSocket *socket)
    {
        ++connections;
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        auto served = std::make_shared<int>(0); // requests answered on this connection
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, served] {
            *buffer += socket->readAll();
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end).toLower();
                qsizetype length = 0;
                const qsizetype at = head.indexOf("content-length:");
                if (at >= 0)
                    length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                const bool post = head.startsWith("post ");
                if (post)
                    lastPostBody = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                if (!post) {
                    ++*served;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                                  "Connection: keep-alive\r\n\r\nok");
                    continue;
                }
                ++posts;
                if (*served > 0)
                    ++postsOnReusedConnections;
                if (dropPost) {
                    socket->disconnectFromHost(); // the kept-alive connection drops before any answer
                    return;
                }
                ++*served;
                const QByteArray body = R"({"clientId":"draft-)" + QByteArray::number(posts) + R"("})";
                socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body);
            }
        });
    }

    QTcpServer m_server;
};

ClientDraft draft()
{
    ClientDraft d;
    d.organizationNumber = QStringLiteral("974760673");
    d.publicJwk = QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")}};
    d.apiScopes = {QStringLiteral("nhn:selvbetjening/client")};
    d.postClientConfirmationRedirectUri = QStringLiteral("http://127.0.0.1:1/confirmed");
    return d;
}

} // namespace

class TstDraftPostOnce : public QObject
{
    Q_OBJECT

    // Leaves a kept-alive connection to the server in http's pool, as any earlier request would.
    static bool warmUp(net::HttpClient &http, const KeepAliveServer &server)
    {
        std::optional<Result<net::HttpResponse>> warm;
        http.send(net::HttpRequest::get(QUrl(server.baseUrl() + QStringLiteral("/api/health"))),
                  [&warm](Result<net::HttpResponse> r) { warm = std::move(r); });
        return QTest::qWaitFor([&warm] { return warm.has_value(); }, 30000) && warm->ok() &&
               server.connections == 1;
    }

    static Result<QString> createDraft(KeepAliveServer &server)
    {
        const QUrl base(server.baseUrl());
        const Environment environment =
            Environment::custom(base, QUrl(server.baseUrl() + QStringLiteral("/api")), base);
        net::HttpClient http;
        DiscoveryClient discovery(http);
        TokenClient tokens(http, discovery, environment);
        SelfServiceClient api(http, tokens, environment);
        if (!warmUp(http, server))
            return Error(QStringLiteral("test.warm_up"), QStringLiteral("the first request failed"));
        std::optional<Result<QString>> created;
        api.createDraft(draft(), SecureBytes(QByteArrayLiteral("api-key")),
                        [&created](Result<QString> r) { created = std::move(r); });
        if (!QTest::qWaitFor([&created] { return created.has_value(); }, 30000))
            return Error(QStringLiteral("test.timeout"), QStringLiteral("no answer"));
        return *created;
    }

private slots:
    void droppedKeptAliveConnectionSendsTheDraftOnce()
    {
        KeepAliveServer server;
        QVERIFY(server.listen());
        const Result<QString> created = createDraft(server);
        QCOMPARE(server.postsOnReusedConnections, 1); // the drop happened where Qt re-sends
        QCOMPARE(server.posts, 1);                    // never a second draft behind the caller's back
        QVERIFY(!created.ok());
        QVERIFY(created.error().code != QLatin1String("test.timeout"));
    }

    void keptAliveConnectionStillCarriesTheDraft()
    {
        KeepAliveServer server;
        server.dropPost = false;
        QVERIFY(server.listen());
        const Result<QString> created = createDraft(server);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        QCOMPARE(created.value(), QStringLiteral("draft-1"));
        QCOMPARE(server.postsOnReusedConnections, 1);
        QCOMPARE(server.posts, 1);
        QCOMPARE(server.lastPostBody, draft().toJson()); // the whole body, read once
    }

    // On a kept-alive connection (Qt's resend refused) and on a fresh one (the server read the draft, then
    // closed): either way the draft may exist, so neither reads as "never sent".
    void onboardingSaysTheDraftAnswerWasLost_data()
    {
        QTest::addColumn<bool>("reusedConnection");
        QTest::newRow("kept-alive connection") << true;
        QTest::newRow("fresh connection") << false;
    }
    void onboardingSaysTheDraftAnswerWasLost()
    {
        QFETCH(bool, reusedConnection);
        KeepAliveServer server;
        QVERIFY(server.listen());
        net::HttpClient http;
        MemorySecretStore secrets;
        onboarding::OnboardingServices services;
        services.http = &http;
        services.secrets = &secrets;
        services.apiKey = sfm::SecureBytes(QByteArrayLiteral("api-key"));
        services.profile = VendorProfile::demo().value();
        services.options.listenForConfirmation = false;
        onboarding::OnboardingSetup setup;
        setup.environment = sfm::helseid::Environment::demo(
            QUrl(server.baseUrl()), QUrl(server.baseUrl() + QStringLiteral("/api")), QUrl(server.baseUrl()));
        setup.organizationNumber = QStringLiteral("974760673");
        setup.scopes = {QStringLiteral("e-helse:sfm.api/sfm.api2")};
        setup.algorithm = crypto::Algorithm::ES256;
        auto created = onboarding::Onboarding::create(setup, services);
        QVERIFY(created.ok());
        std::unique_ptr<onboarding::Onboarding> o(created.value());
        o->useKey(crypto::Key::generateEc(crypto::Curve::P256).value());
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), onboarding::State::KeyReady, 30000);
        if (reusedConnection)
            QVERIFY(warmUp(http, server));

        o->registerClient();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), onboarding::State::Failed, 30000);
        QCOMPARE(server.posts, 1);
        QCOMPARE(server.postsOnReusedConnections, reusedConnection ? 1 : 0);
        // The draft may exist: the recovery for a lost answer applies (a resume makes a new draft and says
        // so, or adopts a client id learned elsewhere).
        QCOMPARE(o->data().failure.code, QStringLiteral("onboarding.draft.uncertain"));
        QVERIFY(o->data().draftPostInFlight);
        QCOMPARE(o->data().resumeState, onboarding::State::KeyReady);
    }
};

QTEST_GUILESS_MAIN(TstDraftPostOnce)
#include "tst_draft_post_once.moc"
