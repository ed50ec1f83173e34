// The Onboarding state machine against the in-process simulator over loopback: Alternative 1 from Draft
// to Ready and Exported, confirmation noticed by redirect and without it, refusals, a lost draft answer,
// resume from the saved file, the deadline, clock skew, the keychain fallback and Alternative 3.
#include "MemorySecretStore.h"
#include "Simulator.h"
#include "helseid/VendorProfile.h"
#include "net/HttpClient.h"
#include "onboarding/EpjConfiguration.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"
#include "storage/EncryptedFileSecretStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace sfm;
using namespace sfm::onboarding;

namespace {
constexpr int Wait = 30000;
}

class TestOnboarding : public QObject
{
    Q_OBJECT

    sim::Simulator *m_sim = nullptr;
    net::HttpClient *m_http = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    QTemporaryDir *m_dir = nullptr;
    onboarding::OnboardingStore *m_store = nullptr;

    OnboardingSetup setup(Alternative alternative = Alternative::Api) const
    {
        OnboardingSetup s;
        s.alternative = alternative;
        s.environment = helseid::Environment::demo(QUrl(m_sim->urls().issuer), QUrl(m_sim->urls().api),
                                                   QUrl(m_sim->urls().portal));
        s.organizationNumber = QStringLiteral("974 760 673");
        s.journalName = QStringLiteral("Legevakt");
        s.scopes = {QStringLiteral("e-helse:sfm.api/sfm.api2")};
        s.algorithm = crypto::Algorithm::ES256; // fast to make; RSA is covered by the CLI tests
        return s;
    }

    OnboardingServices services() const
    {
        OnboardingServices s;
        s.http = m_http;
        s.secrets = m_secrets;
        s.store = m_store;
        s.profile = helseid::VendorProfile::demo().value();
        s.options.pollInitialSeconds = 1;
        s.options.pollMaxSeconds = 1;
        s.options.pollJitter = 0;
        s.options.confirmationCacheSeconds = 0;
        return s;
    }

    std::unique_ptr<Onboarding> create(OnboardingServices s, Alternative alternative = Alternative::Api)
    {
        auto created = Onboarding::create(setup(alternative), std::move(s));
        if (!created)
            qFatal("create failed: %s", qPrintable(created.error().toString()));
        return std::unique_ptr<Onboarding>(created.value());
    }

    // Runs an onboarding to AwaitingConfirmation.
    std::unique_ptr<Onboarding> registered(OnboardingServices s)
    {
        auto o = create(std::move(s));
        o->proceed();
        if (!QTest::qWaitFor([&] { return o->state() == State::KeyReady; }, Wait))
            return nullptr;
        o->proceed();
        if (!QTest::qWaitFor([&] { return o->state() == State::AwaitingConfirmation; }, Wait))
            return nullptr;
        return o;
    }

    // What the person's browser does after Bekreft / Avbryt in the portal: follow the redirect.
    void browse(const QString &url)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url)));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, Wait));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray page = reply->readAll();
        QVERIFY(page.contains("client")); // the listener's page, in the program's language
        reply->deleteLater();
    }

    int clientCount() { return int(m_sim->state().clients().size()); }

private slots:
    void init()
    {
        m_sim = new sim::Simulator;
        QVERIFY(m_sim->start().ok());
        QVERIFY(m_sim->state().applySettings({{QStringLiteral("cacheDelaySeconds"), 0}}).ok());
        m_http = new net::HttpClient;
        m_secrets = new MemorySecretStore;
        m_dir = new QTemporaryDir;
        m_store = new onboarding::OnboardingStore(m_dir->path());
    }

    void cleanupTestCase()
    {
        // Join the key-generation worker threads while OpenSSL is still set up (their per-thread state is
        // freed at thread exit; after OpenSSL's exit handler LeakSanitizer would report it).
        QThreadPool::globalInstance()->waitForDone();
    }

    void cleanup()
    {
        delete m_store;
        delete m_dir;
        delete m_secrets;
        delete m_http;
        delete m_sim;
    }

    void alternative1ReachesReadyAndExports()
    {
        auto o = registered(services());
        QVERIFY(o);
        QSignalSpy states(o.get(), &Onboarding::stateChanged);
        const QString clientId = o->data().clientId;
        QVERIFY(!clientId.isEmpty());
        QVERIFY(!o->data().draftPostInFlight);
        QCOMPARE(o->data().setup.organizationNumber, QStringLiteral("974760673"));
        QVERIFY(o->data().setup.scopes.contains(QStringLiteral("nhn:selvbetjening/client")));
        QCOMPARE(o->confirmationUrl().toString(), m_sim->urls().confirmUrl(clientId));
        QVERIFY(o->confirmationRedirectUri().isValid());
        QCOMPARE(m_secrets->keys.size(), 1);
        QCOMPARE(m_secrets->keys.begin().value().thumbprint(), o->data().kid);

        auto redirect = m_sim->confirm(clientId);
        QVERIFY(redirect.ok());
        QVERIFY(redirect->startsWith(o->confirmationRedirectUri().toString()));
        QSignalSpy confirmations(o.get(), &Onboarding::confirmationReceived);
        browse(redirect.value());
        QTRY_COMPARE_WITH_TIMEOUT(confirmations.size(), 1, Wait);
        QCOMPARE(confirmations.first().first().toString(), QStringLiteral("Success"));
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::AwaitingAccess, Wait);

        // Before signing: pending, with the reason kept verbatim.
        QTRY_VERIFY_WITH_TIMEOUT(!o->data().scopeStatuses.isEmpty(), Wait);
        QVERIFY(!o->data().isAccessReady());
        bool somePending = false;
        for (const ScopeStatus &s : o->data().scopeStatuses)
            somePending = somePending || (s.status == QLatin1String("pending") && !s.statusReason.isEmpty());
        QVERIFY(somePending);
        QVERIFY(o->secondsToNextCheck() >= 0);

        QVERIFY(m_sim->sign(clientId).ok());
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Ready, Wait);
        QVERIFY(o->data().isAccessReady());
        QVERIFY(!o->data().sfmId.isEmpty());
        QVERIFY(o->data().readyAt.isValid());
        // The key's expiry is read before Ready, so the export carries it (the simulator says 365 days).
        QVERIFY(o->data().keyExpiresAt.isValid());
        QVERIFY(o->data().keyExpiresAt > QDateTime::currentDateTimeUtc().addDays(300));
        QCOMPARE(o->secondsToNextCheck(), -1);
        QCOMPARE(clientCount(), 1);

        // The saved file says the same.
        auto saved = m_store->load(o->id());
        QVERIFY(saved.ok());
        QCOMPARE(saved->state, State::Ready);
        QCOMPARE(saved->clientId, clientId);

        // Export: the documented configuration, never the key.
        const QString path = m_dir->filePath(QStringLiteral("epj.json"));
        QVERIFY(o->exportConfiguration(path).ok());
        QCOMPARE(o->state(), State::Exported);
        auto config = EpjConfiguration::load(path);
        QVERIFY(config.ok());
        QCOMPARE(config->clientId, clientId);
        QCOMPARE(config->kid, o->data().kid);
        QCOMPARE(config->sfmId, o->data().sfmId);
        QCOMPARE(config->authority.toString(), m_sim->urls().issuer);
        QCOMPARE(config->keyStorage, QStringLiteral("keychain"));
        QCOMPARE(config->keyExpiresAt,
                 o->data().keyExpiresAt.addMSecs(-o->data().keyExpiresAt.time().msec()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("\"d\""));

        // The client-credentials test token is for nhn:selvbetjening/client, never for SFM.
        QSignalSpy tokens(o.get(), &Onboarding::testTokenReady);
        QSignalSpy tokenErrors(o.get(), &Onboarding::testTokenFailed);
        o->requestTestToken();
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size() + tokenErrors.size(), 1, Wait);
        QCOMPARE(tokens.size(), 1);
        const auto token = tokens.first().first().value<TestToken>();
        QCOMPARE(token.tokenType, QStringLiteral("DPoP"));
        QCOMPARE(token.scope, QStringLiteral("nhn:selvbetjening/client"));
        QCOMPARE(token.claims.value(QStringLiteral("client_id")).toString(), clientId);
        o->requestTestToken(QStringLiteral("e-helse:sfm.api/sfm.api2"));
        QCOMPARE(tokenErrors.size(), 1);
        QCOMPARE(tokenErrors.first().first().value<Error>().code,
                 QStringLiteral("onboarding.token.needs_user"));
        QCOMPARE(tokens.size(), 1);
    }

    void confirmationElsewhereIsNoticedWithoutRedirect()
    {
        OnboardingServices s = services();
        s.options.listenForConfirmation = false;
        auto o = registered(s);
        QVERIFY(o);
        QVERIFY(!o->confirmationRedirectUri().isValid());
        QVERIFY(m_sim->confirm(o->data().clientId).ok()); // on another machine: nobody follows the redirect
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::AwaitingAccess, Wait);
        QVERIFY(m_sim->sign(o->data().clientId).ok());
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Ready, Wait);
    }

    void cancelledInPortalKeepsWaiting()
    {
        auto o = registered(services());
        QVERIFY(o);
        QSignalSpy notices(o.get(), &Onboarding::notice);
        auto redirect = m_sim->confirm(o->data().clientId, false);
        QVERIFY(redirect.ok());
        browse(redirect.value());
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, Wait);
        QVERIFY(notices.first().first().toString().contains(o->data().confirmationStatus));
        QVERIFY(o->data().confirmationStatus != QLatin1String("Success"));
        QTest::qWait(1500);
        QCOMPARE(o->state(), State::AwaitingConfirmation);
    }

    // A redirect is only a trigger to ask HelseID now. A genuine one (the secret path, the listener's own
    // Host) for a client the simulator does not know as confirmed moves nothing, but the engine asks; once
    // the simulator has the confirmation, the same redirect moves the onboarding on.
    void aRedirectOnlyTriggersACheckWithHelseId()
    {
        OnboardingServices s = services();
        s.options.pollInitialSeconds = 3600; // no check of its own during the test: only what the redirect
        s.options.pollMaxSeconds = 3600;     // triggers
        auto o = registered(s);
        QVERIFY(o);
        const QString tokenPath = QUrl(m_sim->urls().tokenEndpoint()).path();
        int tokenRequests = 0;
        QObject counting;
        connect(
            m_sim, &sim::Simulator::requestHandled, &counting,
            [&](const QString &, const QString &path, int) { tokenRequests += path == tokenPath ? 1 : 0; });

        QUrl claim = o->confirmationRedirectUri();
        QVERIFY(claim.isValid());
        claim.setQuery(QStringLiteral("status=Success"));
        QSignalSpy confirmations(o.get(), &Onboarding::confirmationReceived);
        const auto noticesBefore = o->data().notices.size();
        browse(claim.toString());
        QTRY_COMPARE_WITH_TIMEOUT(confirmations.size(), 1, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(tokenRequests >= 1 && o->data().lastCheckedAt.isValid(), Wait);
        QCoreApplication::processEvents();
        QCOMPARE(o->state(), State::AwaitingConfirmation);
        QVERIFY(!o->data().confirmedAt.isValid());
        QCOMPARE(m_store->load(o->id())->state, State::AwaitingConfirmation);
        QVERIFY(o->data().notices.size() <= noticesBefore + 1);

        // Confirmed in the portal: now HelseID backs the redirect, and the onboarding moves on.
        auto redirect = m_sim->confirm(o->data().clientId);
        QVERIFY(redirect.ok());
        const int before = tokenRequests;
        browse(redirect.value());
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::AwaitingAccess, Wait);
        QVERIFY(tokenRequests > before);
        QVERIFY(o->data().confirmedAt.isValid());
    }

    void wrongApiKeyStopsWithClearError()
    {
        OnboardingServices s = services();
        s.apiKey = SecureBytes(QByteArrayLiteral("not-the-key"));
        auto o = create(s);
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::KeyReady, Wait);
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Failed, Wait);
        QCOMPARE(o->data().failure.code, QStringLiteral("helseid.api.bad_api_key"));
        QVERIFY(!o->data().failure.message.isEmpty());
        QVERIFY(!o->data().failure.message.contains(QLatin1String("not-the-key")));
        QVERIFY(!o->data().failure.detail.contains(QLatin1String("not-the-key")));
        QCOMPARE(o->data().resumeState, State::KeyReady);
        QVERIFY(!o->data().draftPostInFlight); // refused: nothing was created
        QCOMPARE(clientCount(), 0);
    }

    void lostDraftAnswerStartsACleanDraftAndSaysSo()
    {
        // The answer to the draft POST never arrives in time (the server made the draft, but slowly).
        net::NetSettings quick;
        quick.timeout = std::chrono::milliseconds(1500);
        net::HttpClient impatient(quick);
        OnboardingServices s = services();
        s.http = &impatient;
        auto o = create(s);
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::KeyReady, Wait);
        sim::Fault slow;
        slow.kind = sim::Fault::Kind::Latency;
        slow.latencyMs = 3000;
        slow.pathPrefix = QStringLiteral("/api/v1/client-drafts");
        slow.remaining = 1;
        m_sim->faults().add(slow);
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Failed, Wait);
        QCOMPARE(o->data().failure.code, QStringLiteral("onboarding.draft.uncertain"));
        QVERIFY(o->data().failure.detail.startsWith(QLatin1String("net.timeout")));
        QVERIFY(o->data().draftPostInFlight);
        QVERIFY(o->data().clientId.isEmpty());
        // The flag was on disk before the POST went out, and stays there while the outcome is unknown.
        QVERIFY(m_store->load(o->id())->draftPostInFlight);
        QTRY_COMPARE_WITH_TIMEOUT(clientCount(), 1, Wait); // the slow draft did arrive at the server

        QSignalSpy notices(o.get(), &Onboarding::notice);
        o->retry();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::AwaitingConfirmation, Wait);
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().first().toString().contains(QLatin1String("harmless")));
        QCOMPARE(o->data().notices.size(), 1);
        QVERIFY(!o->data().draftPostInFlight);
        QCOMPARE(o->data().draftAttempts, 2);
        QCOMPARE(clientCount(), 2); // the orphan cannot be confirmed without its link
        // The onboarding goes on with the new client only.
        QVERIFY(m_sim->confirm(o->data().clientId).ok());
        QVERIFY(m_sim->sign(o->data().clientId).ok());
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Ready, Wait);
    }

    void lostDraftAnswerWithAKnownClientIdNeedsNoSecondDraft()
    {
        net::NetSettings quick;
        quick.timeout = std::chrono::milliseconds(1500);
        net::HttpClient impatient(quick);
        OnboardingServices s = services();
        s.http = &impatient;
        auto o = create(s);
        QVERIFY(!o->adoptClientId(QStringLiteral("x")).ok()); // nothing was lost yet
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::KeyReady, Wait);
        sim::Fault slow;
        slow.kind = sim::Fault::Kind::Latency;
        slow.latencyMs = 3000;
        slow.pathPrefix = QStringLiteral("/api/v1/client-drafts");
        m_sim->faults().add(slow);
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Failed, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(clientCount(), 1, Wait);
        const QString clientId = m_sim->state().clients().first()->clientId; // learned from the portal
        QVERIFY(o->adoptClientId(clientId).ok());
        QCOMPARE(o->state(), State::AwaitingConfirmation);
        QVERIFY(m_sim->confirm(clientId).ok());
        QVERIFY(m_sim->sign(clientId).ok());
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Ready, Wait);
        QCOMPARE(o->data().clientId, clientId);
        QCOMPARE(clientCount(), 1);
    }

    // Resumed while the old confirmation port is taken: the user is told, and the notice is saved at once,
    // so the next start lists it too (#12).
    void takenConfirmationPortNoticeIsSaved()
    {
        QString id;
        quint16 port = 0;
        {
            auto o = registered(services());
            QVERIFY(o);
            id = o->id();
            port = o->data().confirmationPort;
        }
        QVERIFY(port != 0);
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, port));
        auto data = m_store->load(id);
        QVERIFY(data.ok());
        Onboarding resumed(data.value(), services());
        QSignalSpy notices(&resumed, &Onboarding::notice);
        resumed.proceed();
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, Wait);
        QVERIFY(notices.first().first().toString().contains(QString::number(port)));
        QCOMPARE(m_store->load(id)->notices, resumed.data().notices);
        // The file still names the registered port (the only one the portal sends the browser to), so
        // once it is free again a later resume listens there.
        QCOMPARE(m_store->load(id)->confirmationPort, port);
        QCOMPARE(m_store->load(id)->confirmationSecret, data.value().confirmationSecret);
        resumed.pause();
        taken.close();
        auto again = m_store->load(id);
        QVERIFY(again.ok());
        Onboarding second(again.value(), services());
        second.proceed();
        QTcpSocket probe;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                probe.abort();
                probe.connectToHost(QHostAddress::LocalHost, port);
                return probe.waitForConnected(200);
            }(),
            Wait);
    }

    // The same notice twice (two registration attempts in a row got no answer) is kept once and announced
    // once (#12).
    void repeatedNoticeIsAnnouncedOnce()
    {
        net::NetSettings quick;
        quick.timeout = std::chrono::milliseconds(1500);
        net::HttpClient impatient(quick);
        OnboardingServices s = services();
        s.http = &impatient;
        auto o = create(s);
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::KeyReady, Wait);
        sim::Fault slow;
        slow.kind = sim::Fault::Kind::Latency;
        slow.latencyMs = 3000;
        slow.pathPrefix = QStringLiteral("/api/v1/client-drafts");
        slow.remaining = 2;
        m_sim->faults().add(slow);
        QSignalSpy notices(o.get(), &Onboarding::notice);
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Failed, Wait);
        o->retry(); // "a new client draft is made", and again no answer
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Failed, Wait);
        QCOMPARE(o->data().failure.code, QStringLiteral("onboarding.draft.uncertain"));
        o->retry(); // the same thing to say: said already
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::AwaitingConfirmation, Wait);
        QCOMPARE(notices.size(), 1);
        QCOMPARE(o->data().notices.size(), 1);
    }

    void resumesFromTheSavedFileWithoutASecondDraft()
    {
        QString id;
        QString clientId;
        QString kid;
        {
            auto o = registered(services());
            QVERIFY(o);
            id = o->id();
            clientId = o->data().clientId;
            kid = o->data().kid;
        }                                       // the program ends while waiting
        QVERIFY(m_sim->confirm(clientId).ok()); // confirmed while nobody was running

        auto data = m_store->load(id);
        QVERIFY(data.ok());
        QCOMPARE(data->state, State::AwaitingConfirmation);
        Onboarding resumed(data.value(), services());
        resumed.proceed();
        QTRY_COMPARE_WITH_TIMEOUT(resumed.state(), State::AwaitingAccess, Wait);
        QVERIFY(m_sim->sign(clientId).ok());
        QTRY_COMPARE_WITH_TIMEOUT(resumed.state(), State::Ready, Wait);
        QCOMPARE(resumed.data().clientId, clientId);
        QCOMPARE(resumed.data().kid, kid);
        QCOMPARE(clientCount(), 1);
    }

    void deadlineStopsAndRetryWaitsAgain()
    {
        OnboardingServices s = services();
        s.options.deadlineSeconds = 2;
        auto o = registered(s);
        QVERIFY(o);
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Failed, Wait);
        QCOMPARE(o->data().failure.code, QStringLiteral("onboarding.deadline"));
        QVERIFY(o->data().failure.message.contains(o->id()));
        QCOMPARE(o->data().resumeState, State::AwaitingConfirmation);
        QVERIFY(m_sim->confirm(o->data().clientId).ok());
        o->retry();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::AwaitingAccess, Wait);
    }

    void clockSkewIsReported()
    {
        QVERIFY(m_sim->state().applySettings({{QStringLiteral("clockOffsetSeconds"), 300}}).ok());
        auto o = create(services());
        QSignalSpy notices(o.get(), &Onboarding::notice);
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::KeyReady, Wait);
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::AwaitingConfirmation, Wait);
        QVERIFY(m_sim->confirm(o->data().clientId).ok());
        QVERIFY(m_sim->sign(o->data().clientId).ok());
        // The assertion carries this computer's time (reference section 9: never shifted to hide the
        // difference), so HelseID refuses it, and the error says it is the clock.
        QTRY_COMPARE_WITH_TIMEOUT(o->lastError().code, QStringLiteral("helseid.oauth.clock_skew"), Wait);
        QVERIFY(o->state() != State::Ready);
        QVERIFY(notices.size() >= 1);
        QVERIFY(notices.first().first().toString().contains(QLatin1String("5 minute")));
        QVERIFY(o->lastError().message.contains(QLatin1String("EPJ")));
    }

    void keychainMissingThenExplicitFileFallback()
    {
        m_secrets->unavailable = true;
        auto o = create(services());
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Failed, Wait);
        QCOMPARE(o->data().failure.code, QStringLiteral("storage.keychain.unavailable"));
        QCOMPARE(o->data().resumeState, State::Draft);
        QVERIFY(o->data().keyReference.isNull());

        storage::EncryptedFileSecretStore files(m_dir->filePath(QStringLiteral("keys")),
                                                SecureBytes(QByteArrayLiteral("a long passphrase")));
        o->setSecretStore(&files);
        o->retry();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::KeyReady, Wait);
        QCOMPARE(o->data().keyReference.kind, KeyReference::Kind::EncryptedFile);
        QVERIFY(QFile::exists(o->data().keyReference.entry) ||
                QFile::exists(files.pathFor(o->data().keyReference.entry)));
        QVERIFY(files.load(o->data().keyReference.entry).ok());
        QCOMPARE(files.load(o->data().keyReference.entry)->thumbprint(), o->data().kid);
    }

    void alternative3WithAnExistingClient()
    {
        // A client made by hand in the portal (here: through the simulator's draft path, then confirmed).
        auto helper = registered(services());
        QVERIFY(helper);
        const QString clientId = helper->data().clientId;
        const crypto::Key key = m_secrets->keys.value(helper->data().keyReference.entry);
        helper->pause();
        QVERIFY(m_sim->confirm(clientId).ok());

        // Without nhn:selvbetjening/client the client cannot see its signing: the engine says so at once,
        // never asks for an SFM token with client credentials, and waits for the person's word.
        auto o = create(services(), Alternative::Manual);
        o->useExistingClient(clientId, key, {QStringLiteral("e-helse:sfm.api/sfm.api2")});
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::AwaitingAccess, Wait);
        QCOMPARE(o->data().kid, key.thumbprint());
        QCOMPARE(o->data().notices.size(), 1);
        QVERIFY(o->data().notices.first().contains(QStringLiteral("nhn:selvbetjening/client")));
        QTRY_VERIFY_WITH_TIMEOUT(o->waitsForSigningConfirmation(), Wait);
        QVERIFY(m_sim->sign(clientId).ok());
        QCOMPARE(o->state(), State::AwaitingAccess); // it cannot see this
        QVERIFY(o->confirmSigned().ok());
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Ready, Wait);
        QCOMPARE(o->data().scopeStatuses.size(), 1);
        QVERIFY(o->data().signingConfirmedAt.isValid());
        QVERIFY(!o->confirmSigned().ok()); // only while waiting
    }

    void alternative3ProvedByTheTestLogin()
    {
        auto helper = registered(services());
        QVERIFY(helper);
        const QString clientId = helper->data().clientId;
        const crypto::Key key = m_secrets->keys.value(helper->data().keyReference.entry);
        helper->pause();
        QVERIFY(m_sim->confirm(clientId).ok());
        QVERIFY(m_sim->sign(clientId).ok());

        auto o = create(services(), Alternative::Manual);
        // The browser: follows the authorize redirect to the login's loopback listener.
        QNetworkAccessManager browser;
        o->setBrowser([&browser](const QUrl &url) -> Result<void> {
            QNetworkReply *reply = browser.get(QNetworkRequest(url));
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            return {};
        });
        o->useExistingClient(clientId, key, {QStringLiteral("e-helse:sfm.api/sfm.api2")});
        QTRY_VERIFY_WITH_TIMEOUT(o->waitsForSigningConfirmation(), Wait);
        QVERIFY(o->data().sfmId.isEmpty());
        QSignalSpy finished(o.get(), &Onboarding::loginFinished);
        QSignalSpy failed(o.get(), &Onboarding::loginFailed);
        o->runTestLogin();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() == 1, Wait);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().toString()));
        const auto result = finished.first().first().value<helseid::UserLoginResult>();
        QVERIFY(result.isGoodForSfm());
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Ready, Wait);
        QVERIFY(o->data().loginProvedAt.isValid());
        QCOMPARE(o->data().sfmId, result.sfmId); // taken from the login's token
        QVERIFY(!o->data().sfmId.isEmpty());
    }

    void existingClientWithAnAlgTheKeyDoesNotFitIsRefused()
    {
        const crypto::Key key = crypto::Key::generateEc(crypto::Curve::P256).value();
        auto o = create(services(), Alternative::PackageConfiguration);
        QSignalSpy errors(o.get(), &Onboarding::errorOccurred);
        o->useExistingClient(QStringLiteral("some-client"), key, {QStringLiteral("e-helse:sfm.api/sfm.api2")},
                             QStringLiteral("portal-kid"), crypto::Algorithm::PS256);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(o->lastError().code, QStringLiteral("onboarding.key.alg_mismatch"));
        QVERIFY(o->lastError().message.contains(QLatin1String("PS256")));
        QCOMPARE(o->state(), State::Draft); // nothing stored, nothing registered
        QVERIFY(m_secrets->keys.isEmpty());
        QVERIFY(o->data().kid.isEmpty());
    }

    void repeatedRegisterSendsOneDraft()
    {
        auto o = create(services());
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::KeyReady, Wait);
        // A fresh object over the saved file loads its key asynchronously: a second click meanwhile (or the
        // CLI's proceed) must not send a second draft.
        Onboarding again(m_store->load(o->id()).value(), services());
        again.registerClient();
        QVERIFY(again.isBusy());
        again.registerClient();
        again.proceed();
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), State::AwaitingConfirmation, Wait);
        QTest::qWait(300);
        QCOMPARE(clientCount(), 1);
    }

    void cancelWhileTheDraftIsUnderwayStaysCancelled()
    {
        auto o = create(services());
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::KeyReady, Wait);
        sim::Fault slow;
        slow.kind = sim::Fault::Kind::Latency;
        slow.latencyMs = 800;
        slow.pathPrefix = QStringLiteral("/api/v1/client-drafts");
        m_sim->faults().add(slow);
        o->proceed();
        QVERIFY(o->isBusy());
        o->cancel();
        QCOMPARE(o->state(), State::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!o->data().clientId.isEmpty(), Wait); // the answer is still recorded…
        QTest::qWait(300);
        QCOMPARE(o->state(), State::Cancelled); // …but nothing starts again
        QCOMPARE(m_store->load(o->id())->state, State::Cancelled);
        QCOMPARE(o->secondsToNextCheck(), -1);
    }

    void setupIsLockedAfterRegistration()
    {
        auto o = registered(services());
        QVERIFY(o);
        OnboardingSetup changed = o->data().setup;
        changed.organizationNumber = QStringLiteral("923609016");
        auto r = o->updateSetup(changed);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("onboarding.setup.locked"));
    }

    void invalidSetupIsRefused()
    {
        OnboardingSetup s = setup();
        s.organizationNumber = QStringLiteral("974760674");
        auto r = Onboarding::create(s, services());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("onboarding.orgnr.check_digit"));
        QVERIFY(m_store->list().onboardings.isEmpty()); // nothing saved
    }
};

QTEST_GUILESS_MAIN(TestOnboarding)
#include "tst_onboarding.moc"
