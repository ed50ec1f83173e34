#pragma once

#include "SecretStore.h"
#include "SecureBytes.h"

#include <QCoreApplication>

namespace sfm::storage {

// The explicit fallback when no keychain answers, chosen by the user: each key in its own PEM file
// ("ENCRYPTED PRIVATE KEY", PKCS#8 PBES2 with scrypt and AES-256-CBC) that only the owner may read
// (PrivateFile). Readable by `openssl pkey` with the passphrase. Never a plaintext fallback: a passphrase is
// required and checked for a minimal length.
class EncryptedFileSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr int MinPassphraseLength = 8;
    static constexpr qint64 MaxFileBytes = 64 * 1024;

    EncryptedFileSecretStore(QString directory, SecureBytes passphrase, QObject *parent = nullptr);
    // The default directory: AppDataLocation/keys.
    static QString defaultDirectory();
    // Checks a passphrase a user typed (length); translated error otherwise.
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
    QString m_directory;
    SecureBytes m_passphrase;
};

} // namespace sfm::storage
