// The secret stores: the real keychain (gnome-keyring in the private D-Bus session of ./dev test), and the
// explicit passphrase-encrypted file fallback, checked against the openssl command line.
#include "crypto/Key.h"
#include "storage/EncryptedFileSecretStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/PrivateFile.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <optional>

using namespace sfm;
using namespace sfm::storage;

namespace {

template<typename T>
std::optional<Result<T>> waitFor(std::function<void(std::function<void(Result<T>)>)> start)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

crypto::Key rsa2048()
{
    static crypto::Key key = crypto::Key::generateRsa(2048).value();
    return key;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void rsa4096FitsTheWindowsEntryCap()
    {
        auto key = crypto::Key::generateRsa(4096);
        QVERIFY(key.ok());
        const qsizetype size = key->toPkcs8Der().size();
        QVERIFY2(size <= KeychainSecretStore::MaxEntryBytes, qPrintable(QString::number(size)));
        QVERIFY(size > 2000); // really RSA 4096, not an empty buffer
    }

    void keychainRoundTrip()
    {
        QTemporaryDir dir;
        const QString service =
            QStringLiteral("sfm-onboarding-test-") + QUuid::createUuid().toString(QUuid::Id128);
        KeychainSecretStore store(service, dir.filePath(QStringLiteral("entries.json")));
        const crypto::Key key = crypto::Key::generateEc(crypto::Curve::P256).value();
        const QString entry = QStringLiteral("onboarding-1/") + key.thumbprint();

        auto stored = waitFor<void>([&](auto done) { store.storeKey(entry, key, done); });
        QVERIFY(stored);
        QVERIFY2(stored->ok(), stored->ok() ? "" : qPrintable(stored->error().toString()));
        QCOMPARE(store.knownEntries(), QStringList{entry});
        // The list of entries survives a new store object (it is a file beside).
        KeychainSecretStore again(service, dir.filePath(QStringLiteral("entries.json")));
        QCOMPARE(again.knownEntries(), QStringList{entry});

        auto loaded = waitFor<crypto::Key>([&](auto done) { again.loadKey(entry, done); });
        QVERIFY(loaded);
        QVERIFY2(loaded->ok(), loaded->ok() ? "" : qPrintable(loaded->error().toString()));
        QVERIFY(loaded->value().hasPrivate());
        QCOMPARE(loaded->value().thumbprint(), key.thumbprint());

        auto removed = waitFor<void>([&](auto done) { again.removeKey(entry, done); });
        QVERIFY(removed && removed->ok());
        QVERIFY(again.knownEntries().isEmpty());
        auto missing = waitFor<crypto::Key>([&](auto done) { again.loadKey(entry, done); });
        QVERIFY(missing);
        QVERIFY(!missing->ok());
        QCOMPARE(missing->error().code, QStringLiteral("storage.keychain.not_found"));
        QVERIFY(!missing->error().message.isEmpty());
        // Removing what is not there is fine (idempotent).
        auto removedAgain = waitFor<void>([&](auto done) { again.removeKey(entry, done); });
        QVERIFY(removedAgain && removedAgain->ok());
    }

    void keychainRefusesPublicKey()
    {
        KeychainSecretStore store(QStringLiteral("sfm-onboarding-test"), QString());
        auto result = waitFor<void>(
            [&](auto done) { store.storeKey(QStringLiteral("x"), rsa2048().publicOnly(), done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, QStringLiteral("storage.key.no_private"));
    }

    void keychainErrorsInOurWords_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("code");
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << "storage.keychain.not_found";
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << "storage.keychain.denied";
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << "storage.keychain.denied";
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << "storage.keychain.unavailable";
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << "storage.keychain.unavailable";
        QTest::newRow("delete") << int(QKeychain::CouldNotDeleteEntry) << "storage.keychain.delete_failed";
        QTest::newRow("other") << int(QKeychain::OtherError) << "storage.keychain.failed";
    }

    void keychainErrorsInOurWords()
    {
        QFETCH(int, error);
        QFETCH(QString, code);
        const Error e =
            KeychainSecretStore::mapError(error, QStringLiteral("entry-1"), QStringLiteral("backend text"));
        QCOMPARE(e.code, code);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.message.contains(QLatin1String("backend text"))); // the backend's words go to detail
        QVERIFY(e.detail.contains(QLatin1String("backend text")));
    }

    void encryptedFileRoundTripIsOwnerOnly()
    {
        QTemporaryDir dir;
        const SecureBytes passphrase(QByteArrayLiteral("correct horse battery"));
        EncryptedFileSecretStore store(dir.path(), passphrase);
        const crypto::Key key = rsa2048();
        const QString entry = QStringLiteral("onboarding-2/") + key.thumbprint();
        auto stored = waitFor<void>([&](auto done) { store.storeKey(entry, key, done); });
        QVERIFY(stored && stored->ok());
        const QString path = store.pathFor(entry);
        QVERIFY(QFile::exists(path));
        QVERIFY(PrivateFile::isOwnerOnly(path));
        QCOMPARE(store.knownEntries().size(), 1);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pem = file.readAll();
        QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        // Nothing of the plain key in the file.
        QVERIFY(!pem.contains(key.toPkcs8Der().bytes().toBase64().left(64)));

        auto loaded = waitFor<crypto::Key>([&](auto done) { store.loadKey(entry, done); });
        QVERIFY(loaded && loaded->ok());
        QCOMPARE(loaded->value().thumbprint(), key.thumbprint());

        EncryptedFileSecretStore wrong(dir.path(), SecureBytes(QByteArrayLiteral("wrong passphrase")));
        auto refused = waitFor<crypto::Key>([&](auto done) { wrong.loadKey(entry, done); });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().code, QStringLiteral("storage.file.wrong_passphrase"));
    }

    void encryptedFileUsesScryptAndOpensWithOpenssl()
    {
        QTemporaryDir dir;
        EncryptedFileSecretStore store(dir.path(), SecureBytes(QByteArrayLiteral("open sesame 42")));
        const crypto::Key key = rsa2048();
        QVERIFY(store.store(QStringLiteral("k"), key).ok());
        const QString path = store.pathFor(QStringLiteral("k"));

        QProcess asn1;
        asn1.start(QStringLiteral("openssl"), {QStringLiteral("asn1parse"), QStringLiteral("-in"), path});
        QVERIFY(asn1.waitForFinished(20000));
        const QByteArray structure = asn1.readAllStandardOutput();
        QVERIFY2(structure.contains(":scrypt"), structure.constData());
        QVERIFY(structure.contains("OCTET STRING      [HEX DUMP]:") &&
                structure.contains(":4000")); // N = 2^14
        QVERIFY(structure.contains("aes-256-cbc"));

        QProcess pkey;
        pkey.start(QStringLiteral("openssl"),
                   {QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
                    QStringLiteral("pass:open sesame 42"), QStringLiteral("-pubout"),
                    QStringLiteral("-outform"), QStringLiteral("DER")});
        QVERIFY(pkey.waitForFinished(20000));
        QCOMPARE(pkey.exitCode(), 0);
        QCOMPARE(pkey.readAllStandardOutput(), key.toPublicDer());
    }

    void encryptedFileRefusesWeakPassphraseAndDamage()
    {
        QTemporaryDir dir;
        EncryptedFileSecretStore weak(dir.path(), SecureBytes(QByteArrayLiteral("short")));
        auto r = weak.store(QStringLiteral("k"), rsa2048());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("storage.file.weak_passphrase"));
        QVERIFY(!QFile::exists(weak.pathFor(QStringLiteral("k")))); // never a plaintext fallback

        EncryptedFileSecretStore store(dir.path(), SecureBytes(QByteArrayLiteral("long enough passphrase")));
        QVERIFY(PrivateFile::write(store.pathFor(QStringLiteral("bad")), "-----BEGIN nonsense-----\n").ok());
        auto loaded = store.load(QStringLiteral("bad"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("storage.file.corrupt"));
        auto missing = store.load(QStringLiteral("nothing"));
        QCOMPARE(missing.error().code, QStringLiteral("storage.file.not_found"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
