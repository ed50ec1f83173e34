#pragma once

#include "SecretStore.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <memory>

namespace sfm::storage {

// The explicit fallback when no keychain answers, chosen by the user: each key in its own PEM file
// ("ENCRYPTED PRIVATE KEY", PKCS#8 PBES2 with scrypt and AES-256-CBC) that only the owner may read
// (PrivateFile). Readable by `openssl pkey` with the passphrase. Never a plaintext fallback: a passphrase of
// at least MinPassphraseLength characters is required. scrypt takes about half a second, so storeKey,
// loadKey and removeKey run on one worker thread of this store, in the order they were called.
class EncryptedFileSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // Characters (Unicode code points). The file may be copied off the machine and guessed at offline, so
    // the passphrase must carry most of the protection: scrypt only slows each guess down.
    static constexpr int MinPassphraseLength = 12;
    static constexpr qint64 MaxFileBytes = 64 * 1024;

    EncryptedFileSecretStore(QString directory, SecureBytes passphrase, QObject *parent = nullptr);
    ~EncryptedFileSecretStore() override;
    // The default directory: AppDataLocation/keys.
    static QString defaultDirectory();
    // Checks a passphrase a user typed (length); storage.file.weak_passphrase with the reason otherwise.
    static Result<void> checkPassphrase(const SecureBytes &passphrase);

    QString kindName() const override { return QStringLiteral("encrypted-file"); }
    QString location() const override { return m_directory; }
    QString pathFor(const QString &entry) const;
    QString keyFilePath(const QString &entry) const override { return pathFor(entry); }

    void storeKey(const QString &entry, const crypto::Key &key, DoneCallback done) override;
    void loadKey(const QString &entry, KeyCallback done) override;
    void removeKey(const QString &entry, DoneCallback done) override;
    QStringList knownEntries() const override;

    // The synchronous work, also used by the CLI.
    Result<void> store(const QString &entry, const crypto::Key &key) const;
    Result<crypto::Key> load(const QString &entry) const;

    // Encrypted PKCS#8 PEM of a key and back (exposed for tests and for an explicit key export).
    static Result<QByteArray> encryptPem(const crypto::Key &key, const SecureBytes &passphrase);
    static Result<crypto::Key> decryptPem(const QByteArray &pem, const SecureBytes &passphrase);

private:
    static Result<void> storeAt(const QString &path, const crypto::Key &key, const SecureBytes &passphrase);
    static Result<crypto::Key> loadFrom(const QString &path, const SecureBytes &passphrase);

    QString m_directory;
    SecureBytes m_passphrase;
    std::unique_ptr<QThreadPool> m_worker; // one thread: the calls run in order
};

} // namespace sfm::storage
