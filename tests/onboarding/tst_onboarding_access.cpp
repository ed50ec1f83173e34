// Waiting for access against the in-process simulator, with statuses set one by one through its control
// API: Ready needs every scope and every claim "ok" (scopes ok with a claim pending, or a claim ok with a
// scope pending, is not Ready); a resumed onboarding keeps the time its wait began (so its deadline does not
// restart); and a vendor profile's fixed confirmation redirect is what the draft carries.
#include "OnboardingFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QThreadPool>

using namespace sfm;
using namespace sfm::onboarding;
using onboardingtest::Wait;

namespace {

const QString SfmApi = QStringLiteral("e-helse:sfm.api/sfm.api2");
const QString SfmIdClaim = QStringLiteral("e-helse:sfm.api/client/claims/sfm-id");

} // namespace

class TestOnboardingAccess : public QObject
{
    Q_OBJECT

    onboardingtest::Fixture f;

    // Sets statuses through POST /_sim/clients/{id}/statuses; the client as the simulator then has it.
    QJsonObject setStatuses(const QString &clientId, const QJsonObject &scopes, const QJsonObject &claims)
    {
        const auto [status, client] =
            f.control("POST", QStringLiteral("/clients/%1/statuses").arg(clientId),
                      {{QStringLiteral("scopes"), scopes}, {QStringLiteral("claims"), claims}});
        return status == 200 ? client : QJsonObject();
    }

    // True when the onboarding's last check saw exactly these statuses (scope or claim type -> status).
    static bool sees(const Onboarding &o, const QHash<QString, QString> &expected)
    {
        int matched = 0;
        for (const ScopeStatus &s : o.data().scopeStatuses) {
            if (expected.contains(s.scope)) {
                if (expected.value(s.scope) != s.status)
                    return false;
                ++matched;
            }
        }
        for (const ClaimStatus &c : o.data().claimStatuses) {
            if (expected.contains(c.claimType)) {
                if (expected.value(c.claimType) != c.status)
                    return false;
                ++matched;
            }
        }
        return matched == expected.size();
    }

    // After the onboarding has seen a mix that is not ready: one more check goes by and it is still waiting.
    void staysWaiting(Onboarding &o)
    {
        const QDateTime seen = o.data().lastCheckedAt;
        QVERIFY(seen.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(o.data().lastCheckedAt > seen, Wait); // it kept polling…
        QCOMPARE(o.state(), State::AwaitingAccess);                    // …and did not call it ready
        QVERIFY(!o.data().isAccessReady());
        QVERIFY(o.secondsToNextCheck() >= 0);
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void readyNeedsEveryScopeAndEveryClaim()
    {
        auto o = f.until(State::AwaitingConfirmation, f.services());
        QVERIFY(o);
        const QString clientId = o->data().clientId;
        QVERIFY(f.sim().confirm(clientId).ok());
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::AwaitingAccess, Wait);
        QSignalSpy states(o.get(), &Onboarding::stateChanged);

        // The client as the simulator holds it: the scopes asked for, and the SFM-id claim (a new journal).
        const auto [status, client] = f.control("GET", QStringLiteral("/clients/%1").arg(clientId));
        QCOMPARE(status, 200);
        QJsonObject allScopesOk;
        for (const QJsonValue &s : client.value(QStringLiteral("apiScopes")).toArray())
            allScopesOk.insert(s.toObject().value(QStringLiteral("scope")).toString(), QStringLiteral("ok"));
        QVERIFY(allScopesOk.contains(SfmApi));
        QVERIFY(allScopesOk.contains(QStringLiteral("nhn:selvbetjening/client")));
        bool hasSfmIdClaim = false;
        for (const QJsonValue &c : client.value(QStringLiteral("audienceSpecificClientClaims")).toArray())
            hasSfmIdClaim =
                hasSfmIdClaim || c.toObject().value(QStringLiteral("claimType")).toString() == SfmIdClaim;
        QVERIFY(hasSfmIdClaim);

        // Every scope ok, the claim still pending: not ready.
        QVERIFY(!setStatuses(clientId, allScopesOk, {{SfmIdClaim, QStringLiteral("pending")}}).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            sees(*o, {{SfmApi, QStringLiteral("ok")}, {SfmIdClaim, QStringLiteral("pending")}}), Wait);
        staysWaiting(*o);
        if (QTest::currentTestFailed())
            return;

        // The claim ok, the SFM scope pending again: not ready either.
        QVERIFY(!setStatuses(clientId, {{SfmApi, QStringLiteral("pending")}},
                             {{SfmIdClaim, QStringLiteral("ok")}})
                     .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            sees(*o, {{SfmApi, QStringLiteral("pending")}, {SfmIdClaim, QStringLiteral("ok")}}), Wait);
        staysWaiting(*o);
        if (QTest::currentTestFailed())
            return;

        // A claim waiting for a changed value counts as not ready too.
        QVERIFY(
            !setStatuses(clientId, allScopesOk, {{SfmIdClaim, QStringLiteral("updatePending")}}).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            sees(*o, {{SfmApi, QStringLiteral("ok")}, {SfmIdClaim, QStringLiteral("updatePending")}}), Wait);
        staysWaiting(*o);
        if (QTest::currentTestFailed())
            return;
        for (const QVariantList &change : std::as_const(states))
            QVERIFY(change.first().value<State>() != State::Ready);

        // Both ok: ready, with the SFM-id read back from the claim.
        QVERIFY(!setStatuses(clientId, allScopesOk, {{SfmIdClaim, QStringLiteral("ok")}}).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Ready, Wait);
        QVERIFY(o->data().isAccessReady());
        QCOMPARE(o->data().sfmId, clientId); // the simulator's SFM-id for a new journal
    }

    void statusesOfUnknownScopesOrBadWordsAreRefused()
    {
        auto o = f.until(State::AwaitingConfirmation, f.services());
        QVERIFY(o);
        const QString path = QStringLiteral("/clients/%1/statuses").arg(o->data().clientId);
        const auto unknown = f.control(
            "POST", path,
            {{QStringLiteral("scopes"), QJsonObject{{QStringLiteral("nope"), QStringLiteral("ok")}}}});
        QCOMPARE(unknown.first, 400);
        QCOMPARE(unknown.second.value(QStringLiteral("error")).toString(),
                 QStringLiteral("sim.client.status"));
        const auto badWord =
            f.control("POST", path,
                      {{QStringLiteral("claims"), QJsonObject{{SfmIdClaim, QStringLiteral("ok; drop")}}}});
        QCOMPARE(badWord.first, 400);
        QCOMPARE(f.control("POST", QStringLiteral("/clients/none/statuses"), {}).first, 404);
        // Nothing changed: the claim still waits for the portal.
        const auto [status, client] = f.control("GET", QStringLiteral("/clients/%1").arg(o->data().clientId));
        QCOMPARE(status, 200);
        const QJsonArray claims = client.value(QStringLiteral("audienceSpecificClientClaims")).toArray();
        QCOMPARE(claims.size(), 1);
        QVERIFY(claims.first().toObject().value(QStringLiteral("status")).toString() != QLatin1String("ok"));
    }

    void resumeKeepsWhenTheWaitBegan()
    {
        QString id;
        QDateTime since;
        {
            auto o = f.until(State::AwaitingConfirmation, f.services());
            QVERIFY(o);
            id = o->id();
            since = o->data().waitingSince;
            QVERIFY(since.isValid());
        } // the program ends while waiting
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > since.addMSecs(100), Wait);

        auto saved = f.store().load(id);
        QVERIFY(saved.ok());
        QCOMPARE(saved->waitingSince, since);
        Onboarding resumed(saved.value(), f.services());
        resumed.proceed();
        QTRY_VERIFY_WITH_TIMEOUT(
            resumed.data().lastCheckedAt.isValid() && resumed.data().lastCheckedAt > since, Wait);
        QCOMPARE(resumed.state(), State::AwaitingConfirmation);
        QCOMPARE(resumed.data().waitingSince, since); // the deadline counts from the first start
    }

    void fixedConfirmationRedirectReachesTheDraft()
    {
        OnboardingServices s = f.services();
        const QString fixed = QStringLiteral("https://epj.example.no/helseid/bekreftet?kilde=sfm");
        s.profile.confirmationRedirectPolicy = helseid::VendorProfile::ConfirmationRedirectPolicy::Fixed;
        s.profile.fixedConfirmationRedirectUri = QUrl(fixed);
        auto o = f.until(State::AwaitingConfirmation, s);
        QVERIFY(o);
        const auto [status, client] = f.control("GET", QStringLiteral("/clients/%1").arg(o->data().clientId));
        QCOMPARE(status, 200);
        QCOMPARE(client.value(QStringLiteral("postClientConfirmationRedirectUri")).toString(), fixed);
        // The portal's redirect after Bekreft goes there, with the client and the status.
        auto redirect = f.sim().confirm(o->data().clientId);
        QVERIFY(redirect.ok());
        QVERIFY2(redirect->startsWith(fixed), qPrintable(redirect.value()));

        // The default (loopback) policy sends the wizard's own listener instead: the profile made the
        // difference.
        auto loopback = f.until(State::AwaitingConfirmation, f.services());
        QVERIFY(loopback);
        const auto [status2, other] =
            f.control("GET", QStringLiteral("/clients/%1").arg(loopback->data().clientId));
        QCOMPARE(status2, 200);
        QVERIFY(other.value(QStringLiteral("postClientConfirmationRedirectUri"))
                    .toString()
                    .startsWith(QStringLiteral("http://127.0.0.1:")));
    }
};

QTEST_GUILESS_MAIN(TestOnboardingAccess)
#include "tst_onboarding_access.moc"
