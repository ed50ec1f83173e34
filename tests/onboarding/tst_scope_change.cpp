// Scope changes on a ready client (ScopeChange through Onboarding::changeScopes) against the in-process
// simulator over loopback: a scope added waits for signing (the statusReason shown), reaches ok, and the
// client HelseID holds is otherwise unchanged (GET /_sim/clients/{id} before and after) — redirect URIs,
// post-logout URIs, child organizations, claims and keys; the EPJ configuration is written again with the
// new scope. Refusals (a scope the profile does not offer, nhn:selvbetjening/client removed, nothing to
// change) send nothing.
#include "OnboardingFixture.h"
#include "onboarding/EpjConfiguration.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QThreadPool>

using namespace sfm;
using namespace sfm::onboarding;
using onboardingtest::Wait;

namespace {
const QString Migration = QString::fromUtf16(SfmMigrationScope);
const QString Sfm = QString::fromUtf16(SfmApiScope);
const QString SelfService = QString::fromUtf16(SelfServiceScope);
} // namespace

class TestScopeChange : public QObject
{
    Q_OBJECT

    onboardingtest::Fixture f;

    OnboardingServices services() const
    {
        OnboardingServices s = f.services();
        s.options.listenForConfirmation = false;
        // Members a careless PUT would lose: the draft registers them, the test checks they survive.
        s.profile.redirectUris = {QStringLiteral("http://localhost/callback")};
        s.profile.postLogoutRedirectUris = {QStringLiteral("http://localhost/signed-out")};
        return s;
    }

    QString epjPath() const { return f.dirPath() + QStringLiteral("/epj.json"); }

    // Alternative 1 with a child unit, Exported to epj.json.
    std::unique_ptr<Onboarding> exported()
    {
        OnboardingSetup setup = f.setup();
        setup.childOrganizationNumbers = {QStringLiteral("987654325")};
        auto created = Onboarding::create(setup, services());
        if (!created)
            return nullptr;
        std::unique_ptr<Onboarding> o(created.value());
        o->proceed();
        if (!QTest::qWaitFor([&] { return o->state() == State::KeyReady; }, Wait))
            return nullptr;
        o->proceed();
        if (!QTest::qWaitFor([&] { return o->state() == State::AwaitingConfirmation; }, Wait))
            return nullptr;
        const QString id = o->data().clientId;
        if (f.control("POST", QStringLiteral("/clients/%1/confirm").arg(id)).first != 200 ||
            f.control("POST", QStringLiteral("/clients/%1/sign").arg(id)).first != 200)
            return nullptr;
        o->checkNow();
        if (!QTest::qWaitFor([&] { return o->state() == State::Ready; }, Wait))
            return nullptr;
        if (!o->exportConfiguration(epjPath()).ok())
            return nullptr;
        return o;
    }

    QJsonObject client(const QString &id)
    {
        return f.control("GET", QStringLiteral("/clients/") + id).second;
    }

    static QStringList scopesOf(const QJsonObject &client)
    {
        QStringList names;
        for (const QJsonValue &v : client.value(QStringLiteral("apiScopes")).toArray())
            names.append(v.toObject().value(QStringLiteral("scope")).toString());
        return names;
    }

    static QString statusOf(const QJsonObject &client, const QString &scope)
    {
        for (const QJsonValue &v : client.value(QStringLiteral("apiScopes")).toArray()) {
            if (v.toObject().value(QStringLiteral("scope")).toString() == scope)
                return v.toObject().value(QStringLiteral("status")).toString();
        }
        return {};
    }

    // Everything but what a scope change may change: the scopes, and when the documents were signed.
    static QJsonObject withoutScopes(QJsonObject client)
    {
        for (const char *member : {"apiScopes", "signedAt", "ready"})
            client.remove(QLatin1String(member));
        return client;
    }

    Error change(Onboarding &o, const QStringList &add, const QStringList &remove)
    {
        QSignalSpy done(&o, &Onboarding::scopesChanged);
        o.changeScopes(add, remove);
        if (!QTest::qWaitFor([&] { return !done.isEmpty(); }, Wait))
            return Error(QStringLiteral("test.timeout"), QStringLiteral("no scopesChanged"));
        return done.first().first().value<Error>();
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void addedScopeReachesOkWithNothingElseChanged()
    {
        auto o = exported();
        QVERIFY(o);
        const QString id = o->data().clientId;
        const QJsonObject before = client(id);
        // The members the PUT must carry back are really there.
        QVERIFY(!before.value(QStringLiteral("redirectUris")).toArray().isEmpty());
        QVERIFY(!before.value(QStringLiteral("postLogoutRedirectUris")).toArray().isEmpty());
        QCOMPARE(before.value(QStringLiteral("childOrganizationNumbers")).toArray().size(), 1);
        QVERIFY(!before.value(QStringLiteral("audienceSpecificClientClaims")).toArray().isEmpty());
        QVERIFY(!scopesOf(before).contains(Migration));

        const Error error = change(*o, {Migration}, {});
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(o->state(), State::AwaitingAccess);
        QVERIFY(o->data().setup.scopes.contains(Migration));
        // HelseID has it, pending: the documents must be signed again, and the user is told why.
        QCOMPARE(statusOf(client(id), Migration), QStringLiteral("pending"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const ScopeStatus &s : o->data().scopeStatuses) {
                    if (s.scope == Migration && !s.isOk() && !s.statusReason.isEmpty())
                        return true;
                }
                return false;
            },
            Wait));
        QCOMPARE(o->state(), State::AwaitingAccess); // not ready before it is signed

        QCOMPARE(f.control("POST", QStringLiteral("/clients/%1/sign").arg(id)).first, 200);
        o->checkNow();
        QVERIFY(QTest::qWaitFor([&] { return o->state() == State::Exported; }, Wait));

        const QJsonObject after = client(id);
        QCOMPARE(withoutScopes(after), withoutScopes(before));
        QCOMPARE(scopesOf(after), scopesOf(before) << Migration);
        for (const QString &scope : scopesOf(after))
            QCOMPARE(statusOf(after, scope), QStringLiteral("ok"));
        // The exported configuration names the new scope; the saved onboarding too.
        auto config = EpjConfiguration::load(epjPath());
        QVERIFY(config.ok());
        QVERIFY(config->scopes.contains(Migration));
        QVERIFY(f.store().load(o->id())->setup.scopes.contains(Migration));
    }

    void removedScopeLeavesTheClient()
    {
        auto o = exported();
        QVERIFY(o);
        const QString id = o->data().clientId;
        const QJsonObject before = client(id);
        QVERIFY(change(*o, {}, {Sfm}).isNull());
        QVERIFY(QTest::qWaitFor([&] { return o->state() == State::Exported; }, Wait));
        const QJsonObject after = client(id);
        QCOMPARE(scopesOf(after), QStringList{SelfService});
        QCOMPARE(withoutScopes(after), withoutScopes(before));
        QCOMPARE(o->data().setup.scopes, QStringList{SelfService});
    }

    void refusalsSendNothing_data()
    {
        QTest::addColumn<QStringList>("add");
        QTest::addColumn<QStringList>("remove");
        QTest::addColumn<QString>("code");
        QTest::newRow("not offered") << QStringList{QStringLiteral("nhn:other/scope")} << QStringList{}
                                     << QStringLiteral("onboarding.scopes.not_offered");
        QTest::newRow("self-service removed")
            << QStringList{} << QStringList{SelfService} << QStringLiteral("onboarding.scopes.required");
        QTest::newRow("nothing to change")
            << QStringList{Sfm} << QStringList{} << QStringLiteral("onboarding.scopes.unchanged");
        QTest::newRow("both") << QStringList{Migration} << QStringList{Migration}
                              << QStringLiteral("onboarding.scopes.both");
    }

    void refusalsSendNothing()
    {
        QFETCH(QStringList, add);
        QFETCH(QStringList, remove);
        QFETCH(QString, code);
        auto o = exported();
        QVERIFY(o);
        const QJsonObject before = client(o->data().clientId);
        const Error error = change(*o, add, remove);
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(o->state(), State::Exported);
        QCOMPARE(client(o->data().clientId), before);
    }

    void portalOnlyClientIsSentToThePortal()
    {
        auto o = exported();
        QVERIFY(o);
        OnboardingData data = o->data();
        data.setup.scopes.removeAll(SelfService); // as a portal client without the self-service scope
        Onboarding portal(data, services());
        QSignalSpy done(&portal, &Onboarding::scopesChanged);
        portal.changeScopes({Migration}, {});
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().value<Error>().code, QStringLiteral("onboarding.scopes.portal_only"));
    }
};

QTEST_MAIN(TestScopeChange)
#include "tst_scope_change.moc"
