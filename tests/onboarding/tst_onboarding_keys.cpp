// The onboarding's key in the secret store, seen from outside: removeKey() deletes it and forgets where it
// was (and keeps both when the store refuses); a key replaced before registration (the setup changed to an
// algorithm it does not fit, or another key was chosen) leaves no stale entry once the new one is stored;
// and a setup change the key still fits keeps it.
#include "OnboardingFixture.h"

#include "onboarding/KeyHandover.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>

#include <pwd.h>
#include <unistd.h>

using namespace sfm;
using namespace sfm::onboarding;
using onboardingtest::Wait;

class TestOnboardingKeys : public QObject
{
    Q_OBJECT

    onboardingtest::Fixture f;

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void removeKeyDeletesTheKeyAndSaysSoInTheFile()
    {
        auto o = f.until(State::KeyReady, f.services());
        QVERIFY(o);
        const QString entry = o->data().keyReference.entry;
        QVERIFY(!entry.isEmpty());
        QVERIFY(f.secrets().keys.contains(entry));
        o->cancel();
        QSignalSpy changed(o.get(), &Onboarding::dataChanged);
        o->removeKey();
        QTRY_VERIFY_WITH_TIMEOUT(o->data().keyReference.isNull(), Wait);
        QVERIFY(changed.size() >= 1);
        QVERIFY(f.secrets().keys.isEmpty());
        QCOMPARE(o->state(), State::Cancelled);
        const auto saved = f.store().load(o->id());
        QVERIFY(saved.ok());
        QVERIFY(saved->keyReference.isNull());
        QVERIFY(saved->keyReference.entry.isEmpty());
        QCOMPARE(saved->state, State::Cancelled);
    }

    void removeKeyRefusedKeepsTheReference()
    {
        auto o = f.until(State::KeyReady, f.services());
        QVERIFY(o);
        const KeyReference before = o->data().keyReference;
        o->cancel();
        f.secrets().removeFails = true;
        QSignalSpy errors(o.get(), &Onboarding::errorOccurred);
        o->removeKey();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, Wait);
        QCOMPARE(errors.first().first().value<Error>().code, QStringLiteral("storage.keychain.locked"));
        QCOMPARE(o->data().keyReference.entry, before.entry); // so removing can be tried again
        QVERIFY(f.secrets().keys.contains(before.entry));
        QCOMPARE(f.store().load(o->id())->keyReference.entry, before.entry);

        f.secrets().removeFails = false;
        o->removeKey();
        QTRY_VERIFY_WITH_TIMEOUT(o->data().keyReference.isNull(), Wait);
        QVERIFY(f.secrets().keys.isEmpty());
    }

    void algorithmTheKeyDoesNotFitSendsBackToDraftAndTheOldEntryGoes()
    {
        auto o = f.until(State::KeyReady, f.services()); // an EC P-256 key for ES256
        QVERIFY(o);
        const QString oldEntry = o->data().keyReference.entry;
        const QString oldKid = o->data().kid;
        QSignalSpy states(o.get(), &Onboarding::stateChanged);

        OnboardingSetup rsa = o->data().setup;
        rsa.algorithm = crypto::Algorithm::PS256;
        rsa.rsaBits = 2048;
        QVERIFY(o->updateSetup(rsa).ok());
        QCOMPARE(o->state(), State::Draft); // the key cannot sign PS256: a new one must be made
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.first().first().value<State>(), State::Draft);
        QCOMPARE(f.store().load(o->id())->state, State::Draft);
        QCOMPARE(f.store().load(o->id())->setup.algorithm, crypto::Algorithm::PS256);

        o->proceed(); // Draft: makes the RSA key
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::KeyReady, Wait);
        const QString newEntry = o->data().keyReference.entry;
        QVERIFY(newEntry != oldEntry);
        QVERIFY(o->data().kid != oldKid);
        // The superseded key was never sent anywhere: its entry is gone once the new one is stored.
        QTRY_COMPARE_WITH_TIMEOUT(f.secrets().keys.size(), 1, Wait);
        QVERIFY(f.secrets().keys.contains(newEntry));
        QVERIFY(!f.secrets().keys.contains(oldEntry));
        QCOMPARE(f.secrets().keys.value(newEntry).thumbprint(), o->data().kid);
        QVERIFY(f.secrets().keys.value(newEntry).supports(crypto::Algorithm::PS256));
        QCOMPARE(f.store().load(o->id())->keyReference.entry, newEntry);

        // Registration goes on with the new key: the simulator knows exactly that one.
        o->proceed();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::AwaitingConfirmation, Wait);
        const auto [status, client] = f.control("GET", QStringLiteral("/clients/%1").arg(o->data().clientId));
        QCOMPARE(status, 200);
        const QJsonArray keys = client.value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().toObject().value(QStringLiteral("jwkThumbprint")).toString(), o->data().kid);
    }

    void anotherKeyChosenBeforeRegistrationDropsTheFirstEntry()
    {
        auto o = f.until(State::KeyReady, f.services());
        QVERIFY(o);
        const QString oldEntry = o->data().keyReference.entry;
        const crypto::Key other = crypto::Key::generateEc(crypto::Curve::P256).value();
        o->useKey(other);
        QTRY_COMPARE_WITH_TIMEOUT(o->data().kid, other.thumbprint(), Wait);
        QCOMPARE(o->state(), State::KeyReady);
        QTRY_COMPARE_WITH_TIMEOUT(f.secrets().keys.size(), 1, Wait);
        QVERIFY(!f.secrets().keys.contains(oldEntry));
        QCOMPARE(f.secrets().keys.value(o->data().keyReference.entry).thumbprint(), other.thumbprint());
    }

    // The service-account key file (KeyHandover::pkcs8Pem, now SecureBytes) is a PKCS#8 PEM that OpenSSL's
    // own tool reads as the same key, private to its owner.
    void serviceFileIsPkcs8ThatOpensslReads()
    {
        const auto key = crypto::Key::generateEc(crypto::Curve::P256);
        QVERIFY(key.ok());
        QTemporaryDir dir;
        KeyDestination destination;
        destination.kind = KeyDestination::Kind::ServiceFile;
        destination.path = dir.filePath(QStringLiteral("epj.pem"));
        destination.owner = QString::fromLocal8Bit(getpwuid(geteuid())->pw_name);
        QVERIFY2(KeyHandover::writeServiceFile(key.value(), destination).ok(), "written");
        QCOMPARE(QFile::permissions(destination.path) & 0x0077, QFileDevice::Permissions());
        const auto back = KeyHandover::readServiceFile(destination.path);
        QVERIFY(back.ok());
        QCOMPARE(back->thumbprint(), key->thumbprint());
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkey"), QStringLiteral("-in"), destination.path,
                       QStringLiteral("-noout"), QStringLiteral("-text_pub")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QVERIFY(openssl.readAllStandardOutput().contains("prime256v1"));
        QCOMPARE(KeyHandover::pkcs8Pem(key.value()).bytes().left(28),
                 QByteArray("-----BEGIN PRIVATE KEY-----\n"));
    }

    void setupChangeTheKeyStillFitsKeepsIt()
    {
        auto o = f.until(State::KeyReady, f.services());
        QVERIFY(o);
        const QString kid = o->data().kid;
        OnboardingSetup renamed = o->data().setup;
        renamed.journalName = QStringLiteral("Sykehjem");
        QVERIFY(o->updateSetup(renamed).ok());
        QCOMPARE(o->state(), State::KeyReady);
        QCOMPARE(o->data().kid, kid);
        QCOMPARE(f.store().load(o->id())->setup.journalName, QStringLiteral("Sykehjem"));
        QCOMPARE(f.secrets().keys.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOnboardingKeys)
#include "tst_onboarding_keys.moc"
