// The onboarding files: round trip, listing, finding, and clear errors for damaged or oversized files.
#include "onboarding/OnboardingData.h"
#include "onboarding/OnboardingStore.h"
#include "storage/PrivateFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sfm;
using namespace sfm::onboarding;
using namespace sfm::storage;

namespace {

OnboardingSetup setup()
{
    OnboardingSetup s;
    s.environment = helseid::Environment::test();
    s.organizationNumber = QStringLiteral("974760673");
    s.childOrganizationNumbers = {QStringLiteral("923609016")};
    s.journalName = QStringLiteral("Legevakt");
    s.journal = OnboardingSetup::Journal::Existing;
    s.existingSfmId = QStringLiteral("sfm-æøå_1.2");
    s.scopes = {QStringLiteral("nhn:selvbetjening/client"), QStringLiteral("e-helse:sfm.api/sfm.api2")};
    s.algorithm = crypto::Algorithm::ES256;
    return s;
}

OnboardingData full()
{
    OnboardingData d = OnboardingData::create(setup());
    d.state = State::AwaitingAccess;
    d.resumeState = State::AwaitingConfirmation;
    d.kid = QStringLiteral("kid-123"); // as a portal file may name it: not the thumbprint
    d.keyThumbprint = QStringLiteral("thumb-456");
    d.keyReference = {KeyReference::Kind::Keychain, QStringLiteral("sfm-onboarding"),
                      QStringLiteral("x/kid-123")};
    d.keyCreatedAt = QDateTime::currentDateTimeUtc();
    d.clientId = QStringLiteral("client-abc");
    d.draftPostInFlight = true;
    d.draftAttempts = 2;
    d.confirmationPort = 40123;
    d.confirmationStatus = QStringLiteral("Success");
    d.scopeStatuses = {{QStringLiteral("e-helse:sfm.api/sfm.api2"), QStringLiteral("pending"),
                        QStringLiteral("Venter på signering av avtaledokumenter")}};
    d.claimStatuses = {{QStringLiteral("e-helse:sfm.api/client/claims/sfm-id"), QString(),
                        QStringLiteral("sfm-1"), QStringLiteral("pending"),
                        QStringLiteral("Til godkjenning")}};
    d.sfmId = QStringLiteral("sfm-1");
    d.failure = Error(QStringLiteral("net.timeout"), QStringLiteral("Timed out"), QStringLiteral("30 s"));
    d.notices = {QStringLiteral("a notice")};
    return d;
}

} // namespace

class TestOnboardingStore : public QObject
{
    Q_OBJECT

private slots:
    void confirmationUrlEncodesTheClientIdAsOnePathSegment()
    {
        onboarding::OnboardingData d;
        d.setup.environment = helseid::Environment::test();
        d.clientId = QStringLiteral("a/b?c#d%e f");
        const QUrl url = d.confirmationUrl();
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://selvbetjening.test.nhn.no/confirm-client/a%2Fb%3Fc%23d%25e%20f"));
        QVERIFY(url.query().isEmpty() && url.fragment().isEmpty());
        d.clientId = QStringLiteral("8a2f1c3e-77b1-4d0e-9f5a-2c9b0d1e4f60");
        QCOMPARE(d.confirmationUrl().toString(),
                 QStringLiteral("https://selvbetjening.test.nhn.no/confirm-client/") + d.clientId);
    }

    void roundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        OnboardingData d = full();
        QVERIFY(store.save(d).ok());
        QCOMPARE(d.revision, 1);
        auto loaded = store.load(d.id);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(QJsonDocument(loaded->toJson()).toJson(), QJsonDocument(d.toJson()).toJson());
        QCOMPARE(loaded->state, State::AwaitingAccess);
        QCOMPARE(loaded->setup.existingSfmId, QStringLiteral("sfm-æøå_1.2"));
        QCOMPARE(loaded->scopeStatuses.first().statusReason,
                 QStringLiteral("Venter på signering av avtaledokumenter"));
        QCOMPARE(loaded->setup.algorithm, crypto::Algorithm::ES256);
        QCOMPARE(loaded->kid, QStringLiteral("kid-123"));
        QCOMPARE(loaded->keyThumbprint, QStringLiteral("thumb-456"));
    }

    void roundTripRestoresEachFieldOnItsOwn()
    {
        // Every field set, each to a value no other field has (times a distinct number of seconds apart, with
        // milliseconds), and compared one by one after save and load: a field that is written but not read
        // back (or read into the wrong member) shows here, which a comparison of toJson() with toJson()
        // cannot show for a field the test left unset.
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        const QDateTime base = QDateTime(QDate(2031, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
        OnboardingData d = full();
        d.state = State::Failed;
        d.resumeState = State::AwaitingAccess;
        d.setup.alternative = Alternative::PackageConfiguration;
        d.setup.vendorProfile = QStringLiteral("vendor-profile.json");
        d.setup.algorithm = crypto::Algorithm::PS384;
        d.setup.rsaBits = 3072;
        d.setup.contactEmail = QStringLiteral("bekrefter@kommune.no");
        d.setup.contactLanguage = QStringLiteral("nn");
        d.keyReference = {KeyReference::Kind::EncryptedFile, QStringLiteral("service-x"),
                          QStringLiteral("/keys/entry-y.p8")};
        d.keyCreatedAt = base.addSecs(1);
        d.keyExpiresAt = base.addSecs(2);
        d.draftPostStartedAt = base.addSecs(3);
        d.confirmedAt = base.addSecs(4);
        d.waitingSince = base.addSecs(5);
        d.lastCheckedAt = base.addSecs(6);
        d.createdAt = base.addSecs(7);
        d.updatedAt = base.addSecs(8);
        d.readyAt = base.addSecs(9);
        d.exportedAt = base.addSecs(10);
        d.exportedTo = QStringLiteral("/home/u/epj-config.json");
        d.scopeStatuses.append({QStringLiteral("nhn:selvbetjening/client"), QStringLiteral("ok"), QString()});
        d.claimStatuses = {{QStringLiteral("claim-type-a"), QStringLiteral("active-b"),
                            QStringLiteral("pending-c"), QStringLiteral("updatePending"),
                            QStringLiteral("reason-d")}};
        d.sfmId = QStringLiteral("sfm-id-e");
        d.failure = Error(QStringLiteral("code-f"), QStringLiteral("message-g"), QStringLiteral("detail-h"));
        d.notices = {QStringLiteral("notice-i"), QStringLiteral("notice-j")};
        QVERIFY(store.save(d).ok());
        auto loaded = store.load(d.id);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        const OnboardingData &l = loaded.value();

        QCOMPARE(l.id, d.id);
        QCOMPARE(l.state, State::Failed);
        QCOMPARE(l.resumeState, State::AwaitingAccess);

        QCOMPARE(l.setup.alternative, Alternative::PackageConfiguration);
        QCOMPARE(l.setup.environment.name(), QStringLiteral("test"));
        QCOMPARE(l.setup.environment.issuer, QUrl(QStringLiteral("https://helseid-sts.test.nhn.no")));
        QCOMPARE(l.setup.environment.apiBase, QUrl(QStringLiteral("https://api.selvbetjening.test.nhn.no")));
        QCOMPARE(l.setup.environment.portalBase, QUrl(QStringLiteral("https://selvbetjening.test.nhn.no")));
        QCOMPARE(l.setup.vendorProfile, QStringLiteral("vendor-profile.json"));
        QCOMPARE(l.setup.organizationNumber, QStringLiteral("974760673"));
        QCOMPARE(l.setup.childOrganizationNumbers, QStringList{QStringLiteral("923609016")});
        QCOMPARE(l.setup.journalName, QStringLiteral("Legevakt"));
        QCOMPARE(l.setup.journal, OnboardingSetup::Journal::Existing);
        QCOMPARE(l.setup.existingSfmId, QStringLiteral("sfm-æøå_1.2"));
        QCOMPARE(l.setup.scopes, d.setup.scopes);
        QCOMPARE(l.setup.algorithm, crypto::Algorithm::PS384);
        QCOMPARE(l.setup.rsaBits, 3072);
        QCOMPARE(l.setup.contactEmail, QStringLiteral("bekrefter@kommune.no"));
        QCOMPARE(l.setup.contactLanguage, QStringLiteral("nn"));

        QCOMPARE(l.kid, QStringLiteral("kid-123"));
        QCOMPARE(l.keyThumbprint, QStringLiteral("thumb-456"));
        QCOMPARE(l.keyReference.kind, KeyReference::Kind::EncryptedFile);
        QCOMPARE(l.keyReference.service, QStringLiteral("service-x"));
        QCOMPARE(l.keyReference.entry, QStringLiteral("/keys/entry-y.p8"));
        QCOMPARE(l.keyCreatedAt, base.addSecs(1));
        QCOMPARE(l.keyExpiresAt, base.addSecs(2));

        QCOMPARE(l.clientId, QStringLiteral("client-abc"));
        QCOMPARE(l.draftPostInFlight, true);
        QCOMPARE(l.draftPostStartedAt, base.addSecs(3));
        QCOMPARE(l.draftAttempts, 2);
        QCOMPARE(l.confirmationPort, quint16(40123));
        QCOMPARE(l.confirmationStatus, QStringLiteral("Success"));
        QCOMPARE(l.confirmedAt, base.addSecs(4));

        QCOMPARE(l.scopeStatuses.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(l.scopeStatuses[i].scope, d.scopeStatuses[i].scope);
            QCOMPARE(l.scopeStatuses[i].status, d.scopeStatuses[i].status);
            QCOMPARE(l.scopeStatuses[i].statusReason, d.scopeStatuses[i].statusReason);
        }
        QCOMPARE(l.claimStatuses.size(), 1);
        QCOMPARE(l.claimStatuses[0].claimType, QStringLiteral("claim-type-a"));
        QCOMPARE(l.claimStatuses[0].activeClaimValue, QStringLiteral("active-b"));
        QCOMPARE(l.claimStatuses[0].pendingClaimValue, QStringLiteral("pending-c"));
        QCOMPARE(l.claimStatuses[0].status, QStringLiteral("updatePending"));
        QCOMPARE(l.claimStatuses[0].statusReason, QStringLiteral("reason-d"));
        QCOMPARE(l.sfmId, QStringLiteral("sfm-id-e"));
        QCOMPARE(l.waitingSince, base.addSecs(5));
        QCOMPARE(l.lastCheckedAt, base.addSecs(6));

        QCOMPARE(l.failure.code, QStringLiteral("code-f"));
        QCOMPARE(l.failure.message, QStringLiteral("message-g"));
        QCOMPARE(l.failure.detail, QStringLiteral("detail-h"));
        QCOMPARE(l.notices, (QStringList{QStringLiteral("notice-i"), QStringLiteral("notice-j")}));
        QCOMPARE(l.createdAt, base.addSecs(7));
        QCOMPARE(l.updatedAt, base.addSecs(8));
        QCOMPARE(l.readyAt, base.addSecs(9));
        QCOMPARE(l.exportedAt, base.addSecs(10));
        QCOMPARE(l.exportedTo, QStringLiteral("/home/u/epj-config.json"));
    }

    void fileFromBeforeKeyThumbprintLoads()
    {
        // Files saved before keyThumbprint existed: their kid was the key's thumbprint.
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        QJsonObject old = full().toJson();
        old.remove(QStringLiteral("keyThumbprint"));
        old[QStringLiteral("kid")] = QStringLiteral("thumbprint-as-kid");
        const QString id = old.value(QStringLiteral("id")).toString();
        QVERIFY(PrivateFile::write(store.pathFor(id), QJsonDocument(old).toJson()).ok());
        auto loaded = store.load(id);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->kid, QStringLiteral("thumbprint-as-kid"));
        QCOMPARE(loaded->keyThumbprint, QStringLiteral("thumbprint-as-kid"));
        QCOMPARE(loaded->setup.algorithm, crypto::Algorithm::ES256);
    }

    void fileFromBeforeTheContactLoadsWithoutOne()
    {
        // Files saved before the contact existed have neither key; an onboarding without a contact writes
        // none either, so older programs reading a newer file see nothing new.
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        OnboardingData d = full();
        d.setup.contactEmail = QStringLiteral("post@kommune.no");
        d.setup.contactLanguage = QStringLiteral("en");
        QJsonObject old = d.toJson();
        QJsonObject oldSetup = old.value(QStringLiteral("setup")).toObject();
        QVERIFY(oldSetup.contains(QStringLiteral("contactEmail")));
        oldSetup.remove(QStringLiteral("contactEmail"));
        oldSetup.remove(QStringLiteral("contactLanguage"));
        old[QStringLiteral("setup")] = oldSetup;
        QVERIFY(PrivateFile::write(store.pathFor(d.id), QJsonDocument(old).toJson()).ok());
        auto loaded = store.load(d.id);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        QVERIFY(loaded->setup.contactEmail.isEmpty());
        QVERIFY(loaded->setup.contactLanguage.isEmpty());
        QCOMPARE(loaded->setup.journalName, QStringLiteral("Legevakt"));
        QVERIFY(!loaded->toJson()
                     .value(QStringLiteral("setup"))
                     .toObject()
                     .contains(QStringLiteral("contactEmail")));
    }

    void badContactInAFileIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("shown");
        QTest::newRow("no at") << "contactEmail" << QJsonValue(QStringLiteral("post.kommune.no"))
                               << "onboarding.contact.email"
                               << "post.kommune.no";
        QTest::newRow("two addresses")
            << "contactEmail" << QJsonValue(QStringLiteral("a@kommune.no,b@kommune.no"))
            << "onboarding.contact.email"
            << "a@kommune.no,b@kommune.no";
        QTest::newRow("header injection")
            << "contactEmail" << QJsonValue(QStringLiteral("a@kommune.no?cc=x@evil.example"))
            << "onboarding.contact.email"
            << "a@kommune.no?cc=x@evil.example";
        QTest::newRow("line break") << "contactEmail" << QJsonValue(QStringLiteral("a@b.no\nBcc: c@d.no"))
                                    << "onboarding.contact.email"
                                    << "a@b.no Bcc: c@d.no";
        QTest::newRow("not text") << "contactEmail" << QJsonValue(42) << ""
                                  << "";
        QTest::newRow("language") << "contactLanguage" << QJsonValue(QStringLiteral("de"))
                                  << "onboarding.contact.language"
                                  << "«de»";
    }

    void badContactInAFileIsRefusedWithTheReason()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        OnboardingData d = full();
        QJsonObject json = d.toJson();
        QJsonObject s = json.value(QStringLiteral("setup")).toObject();
        s[key] = value;
        json[QStringLiteral("setup")] = s;
        QVERIFY(PrivateFile::write(store.pathFor(d.id), QJsonDocument(json).toJson()).ok());
        auto loaded = store.load(d.id);
        if (code.isEmpty()) {
            // A number where text belongs reads as no address (like the other text fields).
            QVERIFY(loaded.ok());
            QVERIFY(loaded->setup.contactEmail.isEmpty());
            return;
        }
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, code);
        QVERIFY2(loaded.error().message.contains(shown), qPrintable(loaded.error().message));
        QVERIFY(loaded.error().message.contains(QStringLiteral("contact")));
        QVERIFY(loaded.error().detail.contains(d.id)); // which file
    }

    void setupValidationChecksTheContact()
    {
        OnboardingSetup s = setup();
        QVERIFY(s.validate().ok()); // both optional
        s.contactEmail = QStringLiteral("bekrefter@helse-nord.kommune.no");
        s.contactLanguage = QStringLiteral("nb");
        QVERIFY(s.validate().ok());
        s.contactEmail = QStringLiteral("bekrefter@localhost");
        QCOMPARE(s.validate().error().code, QStringLiteral("onboarding.contact.email"));
        s.contactEmail = QStringLiteral("a b@kommune.no");
        QCOMPARE(s.validate().error().code, QStringLiteral("onboarding.contact.email"));
        s.contactEmail = QString(250, u'a') + QStringLiteral("@b.no");
        QCOMPARE(s.validate().error().code, QStringLiteral("onboarding.contact.email"));
        s.contactEmail.clear();
        s.contactLanguage = QStringLiteral("NB"); // the inputs lower-case it; the file must be exact
        QCOMPARE(s.validate().error().code, QStringLiteral("onboarding.contact.language"));
    }

    void listFindsAndReportsDamagedFiles()
    {
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        OnboardingData a = full();
        a.createdAt = QDateTime::currentDateTimeUtc().addSecs(-100);
        OnboardingData b = OnboardingData::create(setup());
        b.setup.journalName = QStringLiteral("Sykehjem");
        QVERIFY(store.save(a).ok());
        QVERIFY(store.save(b).ok());
        QVERIFY(PrivateFile::write(dir.filePath(QStringLiteral("broken.json")), "{ not json").ok());

        const auto listing = store.list();
        QCOMPARE(listing.onboardings.size(), 2);
        QCOMPARE(listing.onboardings.first().id, b.id); // newest first
        QCOMPARE(listing.problems.size(), 1);
        QCOMPARE(listing.problems.first().code, QStringLiteral("storage.onboarding.corrupt"));

        QCOMPARE(store.find(QStringLiteral("client-abc"))->id, a.id);
        QCOMPARE(store.find(a.id.left(8))->id, a.id);
        QCOMPARE(store.find(QStringLiteral("Sykehjem"))->id, b.id);
        QCOMPARE(store.find(QStringLiteral("nope")).error().code,
                 QStringLiteral("storage.onboarding.not_found"));
    }

    void damagedAndOversizedFilesGiveClearErrors()
    {
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        const QString big = dir.filePath(QStringLiteral("big.json"));
        QVERIFY(PrivateFile::write(big, QByteArray(OnboardingStore::MaxFileBytes + 10, ' ')).ok());
        auto tooLarge = store.loadFile(big);
        QVERIFY(!tooLarge.ok());
        QCOMPARE(tooLarge.error().code, QStringLiteral("storage.onboarding.too_large"));
        QVERIFY(!tooLarge.error().message.isEmpty());

        QJsonObject future = full().toJson();
        future[QStringLiteral("formatVersion")] = 99;
        const QString futurePath = dir.filePath(QStringLiteral("future.json"));
        QVERIFY(PrivateFile::write(futurePath, QJsonDocument(future).toJson()).ok());
        QCOMPARE(store.loadFile(futurePath).error().code, QStringLiteral("onboarding.file.invalid"));

        QJsonObject badId = full().toJson();
        badId[QStringLiteral("id")] = QStringLiteral("../../etc/passwd");
        const QString badIdPath = dir.filePath(QStringLiteral("badid.json"));
        QVERIFY(PrivateFile::write(badIdPath, QJsonDocument(badId).toJson()).ok());
        QCOMPARE(store.loadFile(badIdPath).error().code, QStringLiteral("onboarding.file.invalid"));

        QJsonObject badState = full().toJson();
        badState[QStringLiteral("state")] = QStringLiteral("flying");
        const QString badStatePath = dir.filePath(QStringLiteral("badstate.json"));
        QVERIFY(PrivateFile::write(badStatePath, QJsonDocument(badState).toJson()).ok());
        QCOMPARE(store.loadFile(badStatePath).error().code, QStringLiteral("onboarding.file.invalid"));

        const QString array = dir.filePath(QStringLiteral("array.json"));
        QVERIFY(PrivateFile::write(array, "[1,2,3]").ok());
        QCOMPARE(store.loadFile(array).error().code, QStringLiteral("storage.onboarding.corrupt"));
    }

    // The vendor profile a file names is loaded by resume: a file on this computer or the built-in one,
    // never an address (the URL policy has nothing to allow here: profiles are only read from files).
    void profilePathFromAFileIsAFileOrRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QTest::newRow("built in") << QStringLiteral("builtin:demo") << true;
        QTest::newRow("resource") << QStringLiteral(":/profiles/demo.json") << true;
        QTest::newRow("none") << QString() << true;
        QTest::newRow("unix path") << QStringLiteral("/etc/sfm-onboarding/profiles/acme.json") << true;
        QTest::newRow("drive path") << QStringLiteral("C:\\ProgramData\\sfm\\acme.json") << true;
        QTest::newRow("unc path") << QStringLiteral("\\\\server\\share\\acme.json") << true;
        QTest::newRow("https") << QStringLiteral("https://evil.example/profile.json") << false;
        QTest::newRow("http") << QStringLiteral("http://evil.example/profile.json") << false;
        QTest::newRow("file url") << QStringLiteral("file:///tmp/profile.json") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("control") << QStringLiteral("/tmp/a\nb.json") << false;
    }

    void profilePathFromAFileIsAFileOrRefused()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        QJsonObject json = full().toJson();
        QJsonObject setupJson = json.value(QStringLiteral("setup")).toObject();
        setupJson[QStringLiteral("vendorProfile")] = path;
        json[QStringLiteral("setup")] = setupJson;
        const QString file = dir.filePath(QStringLiteral("planted.json"));
        QVERIFY(PrivateFile::write(file, QJsonDocument(json).toJson()).ok());
        const auto loaded = store.loadFile(file);
        QCOMPARE(loaded.ok(), ok);
        if (ok) {
            QCOMPARE(loaded->setup.vendorProfile, path);
            return;
        }
        QCOMPARE(loaded.error().code, QStringLiteral("onboarding.file.profile_path"));
        QVERIFY2(loaded.error().message.contains(QLatin1String("vendorProfile")),
                 qPrintable(loaded.error().message));
        // Listed as a problem with the reason, not hidden.
        const auto listing = store.list();
        QCOMPARE(listing.onboardings.size(), 0);
        QCOMPARE(listing.problems.size(), 1);
        QCOMPARE(listing.problems.first().code, QStringLiteral("onboarding.file.profile_path"));
    }

    void savedFilesHoldNoSecretsFields()
    {
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        OnboardingData d = full();
        QVERIFY(store.save(d).ok());
        QFile file(store.pathFor(d.id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        for (const char *word : {"apiKey", "privateJwk", "\"d\"", "passphrase", "access_token"})
            QVERIFY2(!text.contains(word), word);
    }

    void saveRefusesToOverwriteANewerRevision()
    {
        // Two copies of one onboarding (as two processes without a working lock would have): the one saved
        // second must not undo the first.
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        OnboardingData original = full();
        QVERIFY(store.save(original).ok());
        OnboardingData first = store.load(original.id).value();
        OnboardingData second = store.load(original.id).value();
        QCOMPARE(first.revision, 1);

        first.clientId = QStringLiteral("client-from-the-first");
        QVERIFY(store.save(first).ok());
        QCOMPARE(first.revision, 2);
        second.clientId = QStringLiteral("client-from-the-second");
        const auto refused = store.save(second);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("storage.onboarding.changed"));
        QVERIFY2(refused.error().message.contains(QLatin1String("another program")),
                 qPrintable(refused.error().message));
        QCOMPARE(second.revision, 1); // unchanged: it was not saved
        QCOMPARE(store.load(original.id)->clientId, QStringLiteral("client-from-the-first"));

        // The first copy goes on saving; a copy loaded now may save too.
        QVERIFY(store.save(first).ok());
        OnboardingData fresh = store.load(original.id).value();
        QCOMPARE(fresh.revision, 3);
        QVERIFY(store.save(fresh).ok());
    }

    void revisionMustBeAWholeNumber()
    {
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        for (const QJsonValue &bad : {QJsonValue(-1), QJsonValue(1.5), QJsonValue(QStringLiteral("7"))}) {
            QJsonObject o = full().toJson();
            o[QStringLiteral("revision")] = bad;
            const QString path = dir.filePath(QStringLiteral("bad.json"));
            QVERIFY(PrivateFile::write(path, QJsonDocument(o).toJson()).ok());
            QCOMPARE(store.loadFile(path).error().code, QStringLiteral("onboarding.file.invalid"));
        }
        QJsonObject old = full().toJson(); // files from before revisions: revision 0
        old.remove(QStringLiteral("revision"));
        const QString path = dir.filePath(QStringLiteral("old.json"));
        QVERIFY(PrivateFile::write(path, QJsonDocument(old).toJson()).ok());
        QCOMPARE(store.loadFile(path)->revision, 0);
    }

    void secondLockIsRefusedAndNamesTheHolder()
    {
        qputenv("USER", "kari");
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        OnboardingData d = full();
        QVERIFY(store.save(d).ok());
        QVERIFY(!store.lockHolder(d.id));

        auto first = store.lock(d.id);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        const auto holder = store.lockHolder(d.id);
        QVERIFY(holder);
        QVERIFY(holder->isThisProcess());
        QCOMPARE(holder->user, QStringLiteral("kari"));
        QCOMPARE(holder->host, QSysInfo::machineHostName());
        QVERIFY(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        const auto second = store.lock(d.id);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("storage.onboarding.locked"));
        const QString message = second.error().message;
        QVERIFY2(message.contains(QLatin1String("in use by kari on ") + QSysInfo::machineHostName()),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String(" since ")), qPrintable(message));

        // The lock files are not onboardings.
        const auto listing = store.list();
        QCOMPARE(listing.onboardings.size(), 1);
        QVERIFY(listing.problems.isEmpty());

        first.value().reset(); // released
        QVERIFY(!store.lockHolder(d.id));
        QVERIFY(store.lock(d.id).ok());
        QCOMPARE(QDir(store.lockDirectory()).entryList(QDir::Files).size(), 0); // nothing left behind
    }

    void staleLockOfADeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        OnboardingData d = full();
        QVERIFY(store.save(d).ok());
        // A process of this computer that is gone (a crashed sfmctl, say).
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(pid > 0);
        QVERIFY(gone.waitForFinished());
        QVERIFY(QDir().mkpath(store.lockDirectory()));
        const QByteArray lines = QByteArray::number(pid) + "\nsfmctl\n" +
                                 QSysInfo::machineHostName().toUtf8() + "\n" + QSysInfo::machineUniqueId() +
                                 "\n" + QSysInfo::bootUniqueId() + "\n";
        QVERIFY(
            PrivateFile::write(store.lockDirectory() + u'/' + d.id + QStringLiteral(".lock"), lines).ok());
        QVERIFY(!store.lockHolder(d.id));
        QVERIFY(
            PrivateFile::write(store.lockDirectory() + u'/' + d.id + QStringLiteral(".lock"), lines).ok());
        auto taken = store.lock(d.id);
        QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(taken.error().toString()));
        QVERIFY(store.lockHolder(d.id)->isThisProcess());
    }

    void lockFromAnotherComputerIsNotTakenOverHoweverOld()
    {
        // Another computer's process cannot be asked whether it runs; a wait of days is normal, so age
        // alone never makes a lock stale. The message says which file to delete if that computer is gone.
        QTemporaryDir dir;
        OnboardingStore store(dir.path());
        OnboardingData d = full();
        QVERIFY(store.save(d).ok());
        QVERIFY(QDir().mkpath(store.lockDirectory()));
        const QString path = store.lockDirectory() + u'/' + d.id + QStringLiteral(".lock");
        QVERIFY(PrivateFile::write(path, "4242\nsfm-onboarding\nother-pc\nother-host-id\nother-boot\n").ok());
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(
            old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-30), QFileDevice::FileModificationTime));
        old.close();

        const auto refused = store.lock(d.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("storage.onboarding.locked"));
        QVERIFY2(refused.error().message.contains(QLatin1String("other-pc (sfm-onboarding, process 4242)")),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(refused.error().message));
        const auto holder = store.lockHolder(d.id);
        QVERIFY(holder);
        QVERIFY(!holder->isThisProcess());
        QCOMPARE(holder->pid, 4242);
    }

    void privateFileIsOwnerOnlyAndReplacesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/secret.bin"));
        QVERIFY(PrivateFile::write(path, "one").ok());
        QVERIFY(PrivateFile::isOwnerOnly(path));
        QVERIFY(PrivateFile::write(path, "two").ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("two"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOnboardingStore)
#include "tst_onboardingstore.moc"
