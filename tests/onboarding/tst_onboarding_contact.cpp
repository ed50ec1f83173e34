// Onboarding::setContact against the in-process simulator: the contact (whom the confirmation mail goes to,
// in which language) is ours only, so it changes in every state — also once the client is registered — is
// saved to the onboarding file at once, and sends nothing to HelseID (every request the simulator answers
// is counted). A bad address or language is refused with the reason and changes nothing; a file another
// process saved meanwhile is not overwritten (the store's revision check).
#include "OnboardingFixture.h"

#include <QSignalSpy>
#include <QThreadPool>

using namespace sfm;
using namespace sfm::onboarding;
using onboardingtest::Wait;

Q_DECLARE_METATYPE(sfm::onboarding::State)

class TestOnboardingContact : public QObject
{
    Q_OBJECT

    onboardingtest::Fixture f;

    // Requests HelseID would see (the control API under /_sim is the test's own).
    static int helseIdRequests(const QSignalSpy &spy)
    {
        int count = 0;
        for (const auto &call : spy)
            count += call.at(1).toString().startsWith(QLatin1String("/_sim")) ? 0 : 1;
        return count;
    }

    // An onboarding in the state wanted, not checking any more (pause()), so that any request after this
    // would be the contact change's.
    std::unique_ptr<Onboarding> onboardingIn(State wanted)
    {
        auto o =
            f.until(wanted == State::KeyReady ? State::KeyReady : State::AwaitingConfirmation, f.services());
        if (!o)
            return nullptr;
        if (wanted == State::AwaitingAccess || wanted == State::Ready) {
            if (!f.sim().confirm(o->data().clientId).ok() ||
                !QTest::qWaitFor([&] { return o->state() == State::AwaitingAccess; }, Wait))
                return nullptr;
        }
        if (wanted == State::Ready) {
            if (!f.sim().sign(o->data().clientId).ok() ||
                !QTest::qWaitFor([&] { return o->state() == State::Ready; }, Wait))
                return nullptr;
        }
        if (wanted == State::Cancelled)
            o->cancel();
        o->pause();
        // Let an answer already on its way arrive before counting.
        QTest::qWait(300);
        return o->state() == wanted ? std::move(o) : nullptr;
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void changesInEveryStateAndSendsNothing_data()
    {
        QTest::addColumn<State>("state");
        QTest::newRow("key ready") << State::KeyReady;
        QTest::newRow("waiting for confirmation") << State::AwaitingConfirmation;
        QTest::newRow("waiting for signing") << State::AwaitingAccess;
        QTest::newRow("ready") << State::Ready;
        QTest::newRow("cancelled") << State::Cancelled;
    }
    void changesInEveryStateAndSendsNothing()
    {
        QFETCH(State, state);
        auto o = onboardingIn(state);
        QVERIFY(o);
        const qint64 revision = f.store().load(o->id())->revision;
        QSignalSpy requests(&f.sim(), &sim::Simulator::requestHandled);
        QSignalSpy changed(o.get(), &Onboarding::dataChanged);
        QSignalSpy states(o.get(), &Onboarding::stateChanged);

        const auto set =
            o->setContact(QStringLiteral("  Kari.Nordmann@Nord.Kommune.no "), QStringLiteral("NN"));
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
        QTest::qWait(500); // anything it had sent would have been answered by now

        QCOMPARE(helseIdRequests(requests), 0);
        QCOMPARE(states.count(), 0);
        QCOMPARE(o->state(), state);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(o->data().setup.contactEmail, QStringLiteral("Kari.Nordmann@Nord.Kommune.no"));
        QCOMPARE(o->data().setup.contactLanguage, QStringLiteral("nn"));
        // In the file, as another process (the overview, sfmctl) reads it.
        const auto saved = f.store().load(o->id());
        QVERIFY(saved);
        QCOMPARE(saved->setup.contactEmail, QStringLiteral("Kari.Nordmann@Nord.Kommune.no"));
        QCOMPARE(saved->setup.contactLanguage, QStringLiteral("nn"));
        QCOMPARE(saved->revision, revision + 1);
        QCOMPARE(saved->state, state);
        QCOMPARE(saved->clientId, o->data().clientId);

        // Cleared again: both are optional.
        QVERIFY(o->setContact({}, {}).ok());
        QCOMPARE(f.store().load(o->id())->setup.contactEmail, QString());
        QCOMPARE(f.store().load(o->id())->setup.contactLanguage, QString());
        QCOMPARE(helseIdRequests(requests), 0);
    }

    void badAddressIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("named");
        QTest::newRow("no domain") << "kari@"
                                   << "nb"
                                   << "onboarding.contact.email"
                                   << "kari@";
        QTest::newRow("two addresses") << "a@x.no, b@y.no"
                                       << ""
                                       << "onboarding.contact.email"
                                       << "a@x.no, b@y.no";
        QTest::newRow("a header in a mailto") << "a@x.no?cc=b@y.no"
                                              << ""
                                              << "onboarding.contact.email"
                                              << "a@x.no?cc=b@y.no";
        QTest::newRow("language") << "post@kommune.no"
                                  << "de"
                                  << "onboarding.contact.language"
                                  << "de";
    }
    void badAddressIsRefusedWithTheReason()
    {
        QFETCH(QString, email);
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QString, named);
        auto o = onboardingIn(State::AwaitingConfirmation);
        QVERIFY(o);
        QVERIFY(o->setContact(QStringLiteral("post@nord.kommune.no"), QStringLiteral("en")).ok());
        const qint64 revision = f.store().load(o->id())->revision;
        QSignalSpy changed(o.get(), &Onboarding::dataChanged);

        const auto refused = o->setContact(email, language);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QVERIFY2(refused.error().message.contains(QStringLiteral("«%1»").arg(named)),
                 qPrintable(refused.error().message));
        // Nothing changed, in memory or in the file.
        QCOMPARE(changed.count(), 0);
        QCOMPARE(o->data().setup.contactEmail, QStringLiteral("post@nord.kommune.no"));
        QCOMPARE(o->data().setup.contactLanguage, QStringLiteral("en"));
        const auto saved = f.store().load(o->id());
        QCOMPARE(saved->revision, revision);
        QCOMPARE(saved->setup.contactEmail, QStringLiteral("post@nord.kommune.no"));
    }

    void aFileSavedElsewhereIsNotOverwritten()
    {
        auto o = onboardingIn(State::AwaitingConfirmation);
        QVERIFY(o);
        // Another process changed the file meanwhile (as sfmctl on a shared folder without working locks).
        auto other = f.store().load(o->id());
        QVERIFY(other);
        other->setup.contactEmail = QStringLiteral("other@kommune.no");
        QVERIFY(f.store().save(*other).ok());

        const auto refused = o->setContact(QStringLiteral("mine@kommune.no"), QStringLiteral("nb"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("storage.onboarding.changed"));
        QCOMPARE(o->data().setup.contactEmail, QString()); // the change did not stick
        QCOMPARE(f.store().load(o->id())->setup.contactEmail, QStringLiteral("other@kommune.no"));
    }

    void unchangedContactIsNotWrittenAgain()
    {
        auto o = onboardingIn(State::KeyReady);
        QVERIFY(o);
        QVERIFY(o->setContact(QStringLiteral("post@kommune.no"), QStringLiteral("nb")).ok());
        const qint64 revision = f.store().load(o->id())->revision;
        QSignalSpy changed(o.get(), &Onboarding::dataChanged);
        QVERIFY(o->setContact(QStringLiteral("post@kommune.no "), QStringLiteral("nb")).ok());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(f.store().load(o->id())->revision, revision);
    }
};

QTEST_GUILESS_MAIN(TestOnboardingContact)
#include "tst_onboarding_contact.moc"
