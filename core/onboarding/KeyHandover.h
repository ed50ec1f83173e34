#pragma once

#include "KeyDestination.h"
#include "Result.h"
#include "SecureBytes.h"
#include "crypto/Key.h"

#include <QCoreApplication>

namespace sfm::onboarding {

// Hands the private key to where the EPJ reads it (KeyDestination): the service-account key file, owned by
// and readable only by the named account from the moment it exists, or the passphrase-protected transfer
// file; and reads a transfer file back on the target computer (`sfmctl key install`). Synchronous: each is
// one small file (the transfer file's scrypt takes a fraction of a second).
class KeyHandover
{
    Q_DECLARE_TR_FUNCTIONS(KeyHandover)

public:
    // A destination the user gave is complete: a file needs its path and an existing account; a transfer
    // file its path.
    static Result<void> check(const KeyDestination &destination);
    // Writes key to destination (nothing for the keychain: the onboarding's own entry is the EPJ's).
    // passphrase only for Transfer.
    static Result<void> handOver(const crypto::Key &key, const KeyDestination &destination,
                                 const SecureBytes &passphrase);

    // PKCS#8 PEM ("PRIVATE KEY") of key; and the private JWK when destination.jwk, each created owned by
    // destination.owner with mode 0600 (Windows: an ACL for the owner, SYSTEM and Administrators), then
    // renamed over the file there (so a renewal replaces it whole).
    static Result<void> writeServiceFile(const crypto::Key &key, const KeyDestination &destination);
    static Result<crypto::Key> readServiceFile(const QString &path);
    // The transfer format: PEM "ENCRYPTED PRIVATE KEY" (PKCS#8, PBES2 with scrypt and AES-256-CBC), as the
    // encrypted-file key store writes it; `openssl pkey -in FILE -passin ...` opens it.
    static Result<void> writeTransferFile(const crypto::Key &key, const QString &path,
                                          const SecureBytes &passphrase);
    static Result<crypto::Key> readTransferFile(const QString &path, const SecureBytes &passphrase);

    // Secret: wiped when it goes, with no unwiped copy made on the way.
    static SecureBytes pkcs8Pem(const crypto::Key &key);
};

} // namespace sfm::onboarding
