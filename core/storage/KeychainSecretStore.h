#pragma once

#include "KnownEntries.h"
#include "SecretStore.h"

#include <QCoreApplication>

#include <functional>

namespace QKeychain {
class Job;
}

namespace sfm::storage {

// Keys in the operating system's keychain through QtKeychain (libsecret here, Credential Manager on
// Windows, Keychain on macOS). One entry per onboarding, holding PKCS#8 DER (small enough for the
// 2560-byte entry cap of older QtKeychain on Windows, even for RSA 4096). QtKeychain's errors are mapped to
// our own translated messages (it has no Norwegian strings). When the backend does not answer, the call is
// retried once after a short delay (a Linux session's secret service may still be starting); after that the
// caller gets storage.keychain.unavailable and may offer the encrypted-file fallback — never silently.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr int RetryDelayMs = 1500;
    static constexpr qsizetype MaxEntryBytes = 2560; // Windows Credential Manager in older QtKeychain

    explicit KeychainSecretStore(QString service, QString knownEntriesPath = KnownEntries::defaultPath(),
                                 QObject *parent = nullptr);

    QString kindName() const override { return QStringLiteral("keychain"); }
    QString location() const override { return m_service; }
    void storeKey(const QString &entry, const crypto::Key &key, DoneCallback done) override;
    void loadKey(const QString &entry, KeyCallback done) override;
    void removeKey(const QString &entry, DoneCallback done) override;
    QStringList knownEntries() const override { return m_known.entries(); }

    // QtKeychain's error (QKeychain::Error as int) in our words; exposed for tests.
    static Error mapError(int keychainError, const QString &entry, const QString &backendText);

private:
    // Runs the job make() sets up (for entry, parented to this store) and hands the finished job to done;
    // a keychain that does not answer yet (a session's secret service still starting) gets one more try
    // after RetryDelayMs with a new job. done is not called once the store is gone.
    void runJob(std::function<QKeychain::Job *()> make, std::function<void(QKeychain::Job *)> done,
                bool retried = false);
    static bool worthRetrying(int keychainError);

    QString m_service;
    KnownEntries m_known;
};

} // namespace sfm::storage
