// The passphrase-protected key file (EncryptedFileSecretStore) against the openssl command line: the scrypt
// work factor it writes, that `openssl pkey -passin` still opens it, that files written with the earlier
// factor still open, and the passphrase rule (at least 12 characters, counted as characters, not bytes).
#include "crypto/Key.h"
#include "storage/EncryptedFileSecretStore.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace sfm;
using namespace sfm::storage;

namespace {

const QByteArray Passphrase = QByteArrayLiteral("open sesame 42, with care");

crypto::Key ecKey()
{
    static const crypto::Key key = crypto::Key::generateFor(crypto::Algorithm::ES256).value();
    return key;
}

// Runs openssl with the passphrase in the environment (never on the command line); stdout, or nullopt.
std::optional<QByteArray> openssl(const QStringList &args, const QByteArray &passphrase = Passphrase)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SFM_TEST_PASS"), QString::fromUtf8(passphrase));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

// The scrypt parameters N, r, p of an encrypted PKCS#8 PEM, as `openssl asn1parse` shows them (the three
// INTEGERs after the salt that follow the scrypt OID).
QList<qulonglong> scryptParameters(const QString &path)
{
    const auto structure = openssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), path});
    if (!structure)
        return {};
    const QString text = QString::fromLatin1(*structure);
    const qsizetype scrypt = text.indexOf(QLatin1String(":scrypt"));
    if (scrypt < 0)
        return {};
    QList<qulonglong> values;
    static const QRegularExpression integer(QStringLiteral("INTEGER\\s+:([0-9A-F]+)"));
    auto it = integer.globalMatch(text.mid(scrypt));
    while (it.hasNext() && values.size() < 3)
        values << it.next().captured(1).toULongLong(nullptr, 16);
    return values;
}

} // namespace

class TstKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void writesTheRaisedWorkFactorAndOpensWithOpenssl()
    {
        QTemporaryDir dir;
        EncryptedFileSecretStore store(dir.path(), SecureBytes(Passphrase));
        QVERIFY(store.store(QStringLiteral("k"), ecKey()).ok());
        const QString path = store.pathFor(QStringLiteral("k"));
        // N = 2^14 and r = 8 (16 MiB, under the 32 MiB openssl allows by default), p = 5.
        QCOMPARE(scryptParameters(path), (QList<qulonglong>{16384, 8, 5}));

        const auto publicDer =
            openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
                     QStringLiteral("env:SFM_TEST_PASS"), QStringLiteral("-pubout"),
                     QStringLiteral("-outform"), QStringLiteral("DER")});
        QVERIFY2(publicDer, "openssl pkey could not open the key file");
        QCOMPARE(*publicDer, ecKey().toPublicDer());
    }

    void fileWithTheEarlierWorkFactorStillOpens()
    {
        // A key file as the previous version wrote it (p = 1), made here by openssl itself.
        QTemporaryDir dir;
        EncryptedFileSecretStore store(dir.path(), SecureBytes(Passphrase));
        const QString plain = dir.filePath(QStringLiteral("plain.der"));
        QFile der(plain);
        QVERIFY(der.open(QIODevice::WriteOnly));
        der.write(ecKey().toPkcs8Der().bytes());
        der.close();
        QVERIFY(openssl({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-inform"),
                         QStringLiteral("DER"), QStringLiteral("-in"), plain, QStringLiteral("-scrypt"),
                         QStringLiteral("-scrypt_N"), QStringLiteral("16384"), QStringLiteral("-scrypt_r"),
                         QStringLiteral("8"), QStringLiteral("-scrypt_p"), QStringLiteral("1"),
                         QStringLiteral("-passout"), QStringLiteral("env:SFM_TEST_PASS"),
                         QStringLiteral("-out"), store.pathFor(QStringLiteral("old"))}));
        QCOMPARE(scryptParameters(store.pathFor(QStringLiteral("old"))), (QList<qulonglong>{16384, 8, 1}));
        auto loaded = store.load(QStringLiteral("old"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->thumbprint(), ecKey().thumbprint());
    }

    void passphraseRule_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("8 characters (the old minimum)") << QByteArrayLiteral("abcd1234") << false;
        QTest::newRow("11 characters") << QByteArrayLiteral("abcdefgh123") << false;
        QTest::newRow("12 characters") << QByteArrayLiteral("abcdefgh1234") << true;
        // Counted in characters: 11 letters are 22 bytes of UTF-8 and still too short.
        QTest::newRow("11 letters æøå") << QStringLiteral("æøåæøåæøåæø").toUtf8() << false;
        QTest::newRow("12 letters æøå") << QStringLiteral("æøåæøåæøåæøå").toUtf8() << true;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void passphraseRule()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(bool, accepted);
        auto checked = EncryptedFileSecretStore::checkPassphrase(SecureBytes(passphrase));
        QCOMPARE(checked.ok(), accepted);
        if (accepted)
            return;
        QCOMPARE(checked.error().code, QStringLiteral("storage.file.weak_passphrase"));
        QVERIFY(checked.error().message.contains(QLatin1String("12"))); // says how long
        QVERIFY(passphrase.isEmpty() || !checked.error().toString().contains(QString::fromUtf8(passphrase)));

        // The store refuses it too, and writes nothing.
        QTemporaryDir dir;
        EncryptedFileSecretStore store(dir.path(), SecureBytes(passphrase));
        auto stored = store.store(QStringLiteral("k"), ecKey());
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code, QStringLiteral("storage.file.weak_passphrase"));
        QVERIFY(!QFile::exists(store.pathFor(QStringLiteral("k"))));
    }

    void callsRunInOrderAndAnswerLater()
    {
        // scrypt runs on the store's worker thread; a load asked for right after a store sees the key, a
        // remove after it removes it, and no answer comes inside the call.
        QTemporaryDir dir;
        EncryptedFileSecretStore store(dir.path(), SecureBytes(Passphrase));
        QStringList order;
        std::optional<Result<crypto::Key>> loaded;
        store.storeKey(QStringLiteral("k"), ecKey(),
                       [&](Result<void> r) { order << QStringLiteral("stored:%1").arg(r.ok()); });
        store.loadKey(QStringLiteral("k"), [&](Result<crypto::Key> r) {
            order << QStringLiteral("loaded:%1").arg(r.ok());
            loaded.emplace(std::move(r));
        });
        store.removeKey(QStringLiteral("k"),
                        [&](Result<void> r) { order << QStringLiteral("removed:%1").arg(r.ok()); });
        QVERIFY(order.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 60000);
        QCOMPARE(order, (QStringList{QStringLiteral("stored:1"), QStringLiteral("loaded:1"),
                                     QStringLiteral("removed:1")}));
        QCOMPARE(loaded->value().thumbprint(), ecKey().thumbprint());
        QVERIFY(!QFile::exists(store.pathFor(QStringLiteral("k"))));
    }
};

QTEST_GUILESS_MAIN(TstKeyFile)
#include "tst_key_file.moc"
