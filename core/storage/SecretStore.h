#pragma once

#include "Result.h"
#include "crypto/Key.h"

#include <QObject>
#include <QString>

#include <functional>

namespace sfm::storage {

// Where private keys live: one entry per onboarding/client, named by the caller. Implementations: the OS
// keychain (KeychainSecretStore) and the explicit, user-chosen encrypted-file fallback
// (EncryptedFileSecretStore). Asynchronous because keychains are; callbacks run on this object's thread,
// never inside the call. Errors are translated and say what to do next; they never contain key material.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using DoneCallback = std::function<void(Result<void>)>;
    using KeyCallback = std::function<void(Result<crypto::Key>)>;

    using QObject::QObject;

    // "keychain" or "encrypted-file" (as written in onboarding files and the EPJ configuration).
    virtual QString kindName() const = 0;
    // The keychain service name, or the directory of the encrypted files.
    virtual QString location() const = 0;
    // The file an entry is kept in, to name it to the user; empty for a keychain.
    virtual QString keyFilePath(const QString & /*entry*/) const { return {}; }

    // Stores key (with its private part) under entry, replacing what was there.
    virtual void storeKey(const QString &entry, const crypto::Key &key, DoneCallback done) = 0;
    virtual void loadKey(const QString &entry, KeyCallback done) = 0;
    // Removing an entry that does not exist is not an error.
    virtual void removeKey(const QString &entry, DoneCallback done) = 0;

    // The entries this store has written and not removed (keychains cannot enumerate, so a list is kept
    // beside).
    virtual QStringList knownEntries() const = 0;
};

} // namespace sfm::storage
