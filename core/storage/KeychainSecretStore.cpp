#include "KeychainSecretStore.h"

#include "Logging.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace sfm::storage {

KeychainSecretStore::KeychainSecretStore(QString service, QString knownEntriesPath, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
    , m_known(std::move(knownEntriesPath))
{}

Error KeychainSecretStore::mapError(int keychainError, const QString &entry, const QString &backendText)
{
    const QString detail =
        QStringLiteral("QtKeychain error %1 for entry %2: %3").arg(keychainError).arg(entry, backendText);
    switch (keychainError) {
    case QKeychain::EntryNotFound:
        return Error(
            QStringLiteral("storage.keychain.not_found"),
            [] {
                return tr("The private key is not in the keychain (it may have been deleted, or this is "
                          "another user account or computer). Use the computer and user account where the "
                          "onboarding was started, or start a new onboarding.");
            },
            detail);
    case QKeychain::AccessDeniedByUser:
        return Error(
            QStringLiteral("storage.keychain.denied"),
            [] {
                return tr("Access to the keychain was refused. Allow the application to use the keychain "
                          "when asked, then try again.");
            },
            detail);
    case QKeychain::AccessDenied:
        return Error(
            QStringLiteral("storage.keychain.denied"),
            [] {
                return tr(
                    "The keychain refused access (it may be locked). Unlock your keychain, then try again.");
            },
            detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(
            QStringLiteral("storage.keychain.unavailable"),
            [] {
                return tr(
                    "No keychain is available on this computer, so the private key cannot be stored safely "
                    "there. Start the system's keychain service (on Linux e.g. GNOME Keyring or KWallet) and "
                    "try again, or choose to keep the key in a passphrase-protected file.");
            },
            detail);
    case QKeychain::CouldNotDeleteEntry:
        return Error(
            QStringLiteral("storage.keychain.delete_failed"),
            [entry] {
                return tr("The key could not be deleted from the keychain. Delete the entry «%1» by hand in "
                          "the keychain program.")
                    .arg(entry);
            },
            detail);
    default:
        return Error(
            QStringLiteral("storage.keychain.failed"),
            [] {
                return tr("The keychain did not answer as expected. Try again; if it keeps failing, restart "
                          "the keychain service or choose to keep the key in a passphrase-protected file.");
            },
            detail);
    }
}

bool KeychainSecretStore::worthRetrying(int keychainError)
{
    return keychainError == QKeychain::NoBackendAvailable || keychainError == QKeychain::OtherError;
}

void KeychainSecretStore::storeKey(const QString &entry, const crypto::Key &key, DoneCallback done)
{
    if (key.isNull() || !key.hasPrivate()) {
        QTimer::singleShot(0, this, [done] {
            done(Error(
                QStringLiteral("storage.key.no_private"),
                [] { return tr("There is no private key to store. Make or import the key again."); },
                QStringLiteral("key without private part")));
        });
        return;
    }
    SecureBytes der = key.toPkcs8Der();
    if (der.size() > MaxEntryBytes) {
        QTimer::singleShot(0, this, [done, size = der.size()] {
            done(Error(
                QStringLiteral("storage.keychain.too_large"),
                [] {
                    return tr("The key is too large for the keychain. Choose a smaller key (RSA 4096 fits).");
                },
                QStringLiteral("%1 bytes").arg(size)));
        });
        return;
    }
    runJob(
        [this, entry, der] {
            auto *job = new QKeychain::WritePasswordJob(m_service, this);
            job->setKey(entry);
            job->setBinaryData(der.bytes());
            return job;
        },
        [this, entry, done](QKeychain::Job *j) {
            const int error = int(j->error());
            if (error != QKeychain::NoError) {
                qCWarning(lcStorage) << "keychain write failed, entry" << entry << j->errorString();
                done(mapError(error, entry, j->errorString()));
                return;
            }
            m_known.add(entry);
            qCInfo(lcStorage) << "stored a key in the keychain, entry" << entry;
            done({});
        });
}

void KeychainSecretStore::loadKey(const QString &entry, KeyCallback done)
{
    runJob(
        [this, entry] {
            auto *job = new QKeychain::ReadPasswordJob(m_service, this);
            job->setKey(entry);
            return job;
        },
        [entry, done](QKeychain::Job *j) {
            const int error = int(j->error());
            if (error != QKeychain::NoError) {
                done(mapError(error, entry, j->errorString()));
                return;
            }
            SecureBytes der(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData());
            auto key = crypto::Key::fromPkcs8Der(der);
            if (!key) {
                done(Error(
                    QStringLiteral("storage.keychain.corrupt"),
                    [entry] {
                        return tr("The keychain entry «%1» does not hold a usable private key. Start a new "
                                  "onboarding, or ask support.")
                            .arg(entry);
                    },
                    key.error().code));
                return;
            }
            done(std::move(key).value());
        });
}

void KeychainSecretStore::removeKey(const QString &entry, DoneCallback done)
{
    runJob(
        [this, entry] {
            auto *job = new QKeychain::DeletePasswordJob(m_service, this);
            job->setKey(entry);
            return job;
        },
        [this, entry, done](QKeychain::Job *j) {
            const int error = int(j->error());
            if (error != QKeychain::NoError && error != QKeychain::EntryNotFound) {
                done(mapError(error, entry, j->errorString()));
                return;
            }
            m_known.remove(entry);
            done({});
        });
}

void KeychainSecretStore::runJob(std::function<QKeychain::Job *()> make,
                                 std::function<void(QKeychain::Job *)> done, bool retried)
{
    QKeychain::Job *job = make();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<KeychainSecretStore> self(this);
    connect(job, &QKeychain::Job::finished, this, [self, make, done, retried](QKeychain::Job *j) {
        if (!self)
            return;
        if (!retried && worthRetrying(int(j->error()))) {
            qCInfo(lcStorage) << "keychain not ready, retrying once:" << j->errorString();
            QTimer::singleShot(RetryDelayMs, self, [self, make, done] {
                if (self)
                    self->runJob(make, done, true);
            });
            return;
        }
        done(j);
    });
    job->start();
}

} // namespace sfm::storage
