// Key renewal (KeyRenewal through Onboarding::renewKey) against the in-process simulator over loopback: a
// new kid that gets tokens, the EPJ configuration re-exported, the old key kept for the grace period and
// then removed (the grace period's end moved), a kill at every saved step resumed with one new key and none
// lost, a lost POST answer settled by GET /v1/client-secret, an expired key reported with its date, and a
// portal-only client told to renew in the portal.
#include "MemorySecretStore.h"
#include "Simulator.h"
#include "helseid/VendorProfile.h"
#include "net/HttpClient.h"
#include "onboarding/EpjConfiguration.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace sfm;
using namespace sfm::onboarding;
using Stage = RenewalRecord::Stage;

Q_DECLARE_METATYPE(sfm::onboarding::RenewalRecord::Stage)

namespace {
constexpr int Wait = 30000;
constexpr qint64 Day = 24 * 3600;
} // namespace

class TestKeyRenewal : public QObject
{
    Q_OBJECT

    sim::Simulator *m_sim = nullptr;
    net::HttpClient *m_http = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    QTemporaryDir *m_dir = nullptr;
    OnboardingStore *m_store = nullptr;

    OnboardingServices services(net::HttpClient *http = nullptr) const
    {
        OnboardingServices s;
        s.http = http ? http : m_http;
        s.secrets = m_secrets;
        s.store = m_store;
        s.profile = helseid::VendorProfile::demo().value();
        s.options.pollInitialSeconds = 1;
        s.options.pollMaxSeconds = 1;
        s.options.pollJitter = 0;
        s.options.confirmationCacheSeconds = 0;
        s.options.listenForConfirmation = false;
        return s;
    }

    OnboardingSetup setup() const
    {
        OnboardingSetup s;
        s.environment = helseid::Environment::demo(QUrl(m_sim->urls().issuer), QUrl(m_sim->urls().api),
                                                   QUrl(m_sim->urls().portal));
        s.organizationNumber = QStringLiteral("974760673");
        s.journalName = QStringLiteral("Legevakt");
        s.scopes = {QStringLiteral("e-helse:sfm.api/sfm.api2")};
        s.algorithm = crypto::Algorithm::ES256; // fast to make
        return s;
    }

    // An onboarding of Alternative 1 that is Exported to epj.json in the temporary folder.
    std::unique_ptr<Onboarding> exported()
    {
        auto created = Onboarding::create(setup(), services());
        if (!created)
            return nullptr;
        std::unique_ptr<Onboarding> o(created.value());
        o->proceed();
        if (!QTest::qWaitFor([&] { return o->state() == State::KeyReady; }, Wait))
            return nullptr;
        o->proceed();
        if (!QTest::qWaitFor([&] { return o->state() == State::AwaitingConfirmation; }, Wait))
            return nullptr;
        if (!m_sim->confirm(o->data().clientId).ok() || !m_sim->sign(o->data().clientId).ok())
            return nullptr;
        o->checkNow();
        if (!QTest::qWaitFor([&] { return o->state() == State::Ready; }, Wait))
            return nullptr;
        if (!o->exportConfiguration(epjPath()).ok())
            return nullptr;
        return o;
    }

    QString epjPath() const { return m_dir->filePath(QStringLiteral("epj.json")); }

    // The keys the simulated HelseID has for the client, by thumbprint.
    QStringList registered(const QString &clientId)
    {
        QStringList list;
        for (const sim::ClientKey &k : m_sim->state().client(clientId)->keys)
            list.append(k.thumbprint);
        return list;
    }

    // Runs a renewal to its end; the error it finished with (null: renewed).
    Error renew(Onboarding &o)
    {
        QSignalSpy finished(&o, &Onboarding::renewalFinished);
        o.renewKey();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, Wait))
            return Error(QStringLiteral("test.timeout"), QStringLiteral("no renewalFinished"));
        return finished.first().first().value<Error>();
    }

    std::unique_ptr<Onboarding> reload(const QString &id, net::HttpClient *http = nullptr)
    {
        auto data = m_store->load(id);
        if (!data)
            return nullptr;
        return std::make_unique<Onboarding>(data.value(), services(http));
    }

    bool tokenWorks(Onboarding &o)
    {
        QSignalSpy tokens(&o, &Onboarding::testTokenReady);
        QSignalSpy failures(&o, &Onboarding::testTokenFailed);
        o.requestTestToken(QString::fromUtf16(onboarding::SelfServiceScope)); // SFM scopes need a user
        if (!QTest::qWaitFor([&] { return tokens.size() + failures.size() > 0; }, Wait))
            return false;
        return tokens.size() == 1;
    }

private slots:
    void init()
    {
        m_sim = new sim::Simulator;
        QVERIFY(m_sim->start().ok());
        QVERIFY(m_sim->state().applySettings({{QStringLiteral("cacheDelaySeconds"), 0}}).ok());
        m_http = new net::HttpClient;
        m_secrets = new MemorySecretStore;
        m_dir = new QTemporaryDir;
        m_store = new OnboardingStore(m_dir->path());
    }

    void cleanup()
    {
        delete m_store;
        delete m_dir;
        delete m_secrets;
        delete m_http;
        delete m_sim;
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void renewsToANewKidThatGetsTokensAndReexports()
    {
        auto o = exported();
        QVERIFY(o);
        const OnboardingData before = o->data();
        QCOMPARE(registered(before.clientId).size(), 1);
        QSignalSpy progress(o.get(), &Onboarding::progress);

        const Error error = renew(*o);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        const OnboardingData &after = o->data();
        QVERIFY(after.kid != before.kid);
        QCOMPARE(after.kid, after.keyThumbprint);
        QVERIFY(after.keyReference.entry != before.keyReference.entry);
        QVERIFY(!after.renewal.isActive());
        QCOMPARE(after.state, State::Exported);
        // HelseID has both keys; the secret store too (the old one for the grace period).
        QCOMPARE(registered(after.clientId), (QStringList{before.keyThumbprint, after.keyThumbprint}));
        QCOMPARE(m_secrets->keys.size(), 2);
        QCOMPARE(m_secrets->keys.value(after.keyReference.entry).thumbprint(), after.kid);
        // The new key's expiry as HelseID stated it (the simulator says 365 days from now).
        QVERIFY(after.keyExpiresAt.isValid());
        QVERIFY(after.keyExpiresAt > QDateTime::currentDateTimeUtc().addDays(360));
        QCOMPARE(after.previousKey.kid, before.kid);
        QCOMPARE(after.previousKey.reference.entry, before.keyReference.entry);
        const qint64 grace = QDateTime::currentDateTimeUtc().secsTo(after.previousKey.removeAfter);
        QVERIFY(grace > 13 * Day && grace <= 14 * Day + 60);
        QVERIFY(progress.size() >= 4);

        // The EPJ configuration, where it was exported, names the new key.
        auto config = EpjConfiguration::load(epjPath());
        QVERIFY(config.ok());
        QCOMPARE(config->kid, after.kid);
        // The saved file says the same.
        QCOMPARE(m_store->load(o->id())->kid, after.kid);
        // A token with the new key (the test token is for the SFM scope), also in a new process.
        QVERIFY(tokenWorks(*o));
        auto again = reload(o->id());
        QVERIFY(tokenWorks(*again));
    }

    void oldKeyIsRemovedAfterTheGracePeriod()
    {
        auto o = exported();
        QVERIFY(o);
        const QString oldEntry = o->data().keyReference.entry;
        QVERIFY(renew(*o).isNull());
        const QString clientId = o->data().clientId;

        // Within the grace period nothing is removed.
        QSignalSpy checked(o.get(), &Onboarding::previousKeyChecked);
        o->retirePreviousKey();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, Wait);
        QCOMPARE(checked.takeFirst().first().toBool(), false);
        QVERIFY(m_secrets->keys.contains(oldEntry));
        QVERIFY(!o->data().previousKey.isNull());

        // The grace period over: its end moved into the past in the saved onboarding. (HelseID's clock is
        // not moved by days instead: this computer signs with its own time, and HelseID refuses an
        // assertion from a clock that far off.)
        OnboardingData moved = m_store->load(o->id()).value();
        moved.previousKey.removeAfter = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(m_store->save(moved).ok());
        o = reload(moved.id);
        QVERIFY(o);
        QSignalSpy retired(o.get(), &Onboarding::previousKeyChecked);

        // The new key no longer valid at HelseID (made to expire): the old one is never removed then.
        sim::ClientKey *fresh = nullptr;
        for (sim::ClientKey &k : m_sim->state().client(clientId)->keys) {
            if (k.thumbprint == o->data().keyThumbprint)
                fresh = &k;
        }
        QVERIFY(fresh);
        const qint64 freshExpiry = fresh->expiration;
        fresh->expiration = m_sim->state().now() - 1;
        o->retirePreviousKey();
        QTRY_COMPARE_WITH_TIMEOUT(retired.size(), 1, Wait);
        QCOMPARE(retired.takeFirst().first().toBool(), false);
        QVERIFY(m_secrets->keys.contains(oldEntry));
        fresh->expiration = freshExpiry;

        // Past the grace period, with the new key valid: the old key leaves the secret store.
        o->retirePreviousKey();
        QTRY_COMPARE_WITH_TIMEOUT(retired.size(), 1, Wait);
        QCOMPARE(retired.takeFirst().first().toBool(), true);
        QVERIFY(o->data().previousKey.isNull());
        QVERIFY(!m_secrets->keys.contains(oldEntry));
        QCOMPARE(m_secrets->keys.size(), 1);
        QVERIFY(m_store->load(o->id())->previousKey.isNull());
        QVERIFY(tokenWorks(*o));
    }

    void killAtEachStepResumesWithOneNewKey_data()
    {
        QTest::addColumn<Stage>("stage");
        QTest::newRow("key stored") << Stage::KeyStored;
        QTest::newRow("registering") << Stage::Registering;
        QTest::newRow("registered") << Stage::Registered;
        QTest::newRow("verified") << Stage::Verified;
        QTest::newRow("switched") << Stage::Switched;
    }

    void killAtEachStepResumesWithOneNewKey()
    {
        QFETCH(Stage, stage);
        auto o = exported();
        QVERIFY(o);
        const OnboardingData before = o->data();
        const QString id = o->id();

        // The "kill": as soon as the stage is saved, the object goes — queued ahead of the engine's next
        // step, so nothing after that save runs (as if the process ended there).
        bool killed = false;
        connect(o.get(), &Onboarding::dataChanged, this, [&] {
            if (!killed && o && o->data().renewal.stage == stage) {
                killed = true;
                QMetaObject::invokeMethod(
                    this, [&] { o.reset(); }, Qt::QueuedConnection);
            }
        });
        o->renewKey();
        QTRY_VERIFY_WITH_TIMEOUT(!o, Wait);
        QTest::qWait(200); // a POST that was already on its way arrives
        QCOMPARE(m_store->load(id)->renewal.stage, stage);

        auto resumed = reload(id);
        QVERIFY(resumed);
        QSignalSpy finished(resumed.get(), &Onboarding::renewalFinished);
        resumed->proceed(); // what `sfmctl resume` and the wizard do
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Wait);
        QVERIFY2(finished.first().first().value<Error>().isNull(),
                 qPrintable(finished.first().first().value<Error>().toString()));
        const OnboardingData &after = resumed->data();
        QVERIFY(!after.renewal.isActive());
        QVERIFY(after.kid != before.kid);
        // One new key registered, none lost: HelseID has the old and the one new key, the store both.
        QCOMPARE(registered(after.clientId), (QStringList{before.keyThumbprint, after.keyThumbprint}));
        QCOMPARE(m_secrets->keys.size(), 2);
        QVERIFY(m_secrets->keys.contains(before.keyReference.entry));
        QVERIFY(m_secrets->keys.contains(after.keyReference.entry));
        QCOMPARE(EpjConfiguration::load(epjPath())->kid, after.kid);
        QVERIFY(tokenWorks(*resumed));
    }

private:
    // A slow HTTP client (1.5 s timeout) for the same onboarding, and the answer to its
    // POST /v1/client-secret delayed by postLatencyMs (the key does reach HelseID).
    std::unique_ptr<Onboarding> withLatePost(std::unique_ptr<Onboarding> o, net::HttpClient &impatient,
                                             int postLatencyMs)
    {
        auto slow = reload(o->id(), &impatient);
        o.reset();
        sim::Fault late;
        late.kind = sim::Fault::Kind::Latency;
        late.latencyMs = postLatencyMs;
        late.method = "POST";
        late.pathPrefix = QStringLiteral("/api/v1/client-secret");
        m_sim->faults().add(late);
        return slow;
    }

    static net::NetSettings quickSettings()
    {
        net::NetSettings quick;
        quick.timeout = std::chrono::milliseconds(1500);
        return quick;
    }

private slots:
    void lostPostAnswerIsSettledByTheListing()
    {
        auto o = exported();
        QVERIFY(o);
        const OnboardingData before = o->data();
        net::HttpClient impatient(quickSettings());
        auto slow = withLatePost(std::move(o), impatient, 1800);
        // The listing after the timeout is itself a little slow, so HelseID has the key when it answers.
        sim::Fault slowList;
        slowList.kind = sim::Fault::Kind::Latency;
        slowList.latencyMs = 700;
        slowList.method = "GET";
        slowList.pathPrefix = QStringLiteral("/api/v1/client-secret");
        m_sim->faults().add(slowList);
        const Error error = renew(*slow);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(registered(before.clientId), (QStringList{before.keyThumbprint, slow->data().kid}));
        QVERIFY(tokenWorks(*slow));
    }

    void lostPostAnswerIsFoundOnTheNextAttempt()
    {
        auto o = exported();
        QVERIFY(o);
        const OnboardingData before = o->data();
        net::HttpClient impatient(quickSettings());
        auto slow = withLatePost(std::move(o), impatient, 4000);
        // The listing comes before the late POST is handled: the renewal stops, unsure, old key in use.
        Error error = renew(*slow);
        QCOMPARE(error.code, QStringLiteral("onboarding.renewal.uncertain"));
        QCOMPARE(slow->data().renewal.stage, Stage::Registering);
        QCOMPARE(slow->data().kid, before.kid);
        QTRY_COMPARE_WITH_TIMEOUT(registered(before.clientId).size(), 2, Wait);
        // A second POST now would be refused loudly; it must not be sent.
        sim::Fault refuse;
        refuse.kind = sim::Fault::Kind::Status;
        refuse.status = 500;
        refuse.method = "POST";
        refuse.pathPrefix = QStringLiteral("/api/v1/client-secret");
        refuse.remaining = 1;
        m_sim->faults().add(refuse);
        error = renew(*slow);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(m_sim->faults().toJson().size(), 1); // still armed: no POST went out
        QCOMPARE(registered(before.clientId), (QStringList{before.keyThumbprint, slow->data().kid}));
    }

    void expiredKeyIsReportedWithItsDate()
    {
        auto o = exported();
        QVERIFY(o);
        QVERIFY(o->data().keyExpiresAt.isValid());
        const QString clientId = o->data().clientId;
        // The key expired a day ago at HelseID, and the onboarding file says so. (HelseID's clock is not
        // moved a year on instead: this computer signs with its own time, and HelseID refuses an
        // assertion from a clock that far off.)
        const qint64 expired = m_sim->state().now() - Day;
        for (sim::ClientKey &k : m_sim->state().client(clientId)->keys)
            k.expiration = expired;
        OnboardingData moved = m_store->load(o->id()).value();
        moved.keyExpiresAt = QDateTime::fromSecsSinceEpoch(expired, Qt::UTC);
        QVERIFY(m_store->save(moved).ok());
        const QDateTime expires = moved.keyExpiresAt;
        auto later = reload(o->id());
        o.reset();
        const Error error = renew(*later);
        QCOMPARE(error.code, QStringLiteral("onboarding.renewal.expired"));
        QVERIFY(
            error.message.contains(QLocale().toString(expires.toLocalTime().date(), QLocale::LongFormat)));
        QVERIFY(error.message.contains(clientId));
        QCOMPARE(registered(clientId).size(), 1);  // nothing was registered
        QCOMPARE(later->state(), State::Exported); // the onboarding itself did not fail
    }

    void portalOnlyClientIsToldToRenewInThePortal()
    {
        auto o = exported();
        QVERIFY(o);
        OnboardingData data = o->data();
        data.setup.scopes.removeAll(QString::fromUtf16(SelfServiceScope));
        Onboarding portal(data, services());
        const Error error = renew(portal);
        QCOMPARE(error.code, QStringLiteral("onboarding.renewal.portal_only"));
        QVERIFY(error.message.contains(
            QLocale().toString(data.keyExpiresAt.toLocalTime().date(), QLocale::LongFormat)));
        QVERIFY(error.message.contains(data.clientId));
        QCOMPARE(registered(data.clientId).size(), 1);
    }

    void notReadyIsRefused()
    {
        auto created = Onboarding::create(setup(), services());
        QVERIFY(created.ok());
        std::unique_ptr<Onboarding> o(created.value());
        QCOMPARE(renew(*o).code, QStringLiteral("onboarding.renewal.not_ready"));
    }
};

QTEST_GUILESS_MAIN(TestKeyRenewal)
#include "tst_key_renewal.moc"
