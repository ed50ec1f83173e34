#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace sfm::helseid {

// The portal's zip and the JSON inside it hold the client's private key. Once the key is in the keychain the
// files should go: this deletes them as well as software can, and words what keeping them means.
class PackageFileCleanup
{
    Q_DECLARE_TR_FUNCTIONS(PackageFileCleanup)

public:
    // Overwrites the file's bytes with random data, flushes them to the disk, renames the file and removes
    // it. Best effort only: on SSDs (wear levelling), copy-on-write or journaling file systems, in
    // cloud-synced folders, backups and snapshots the old bytes may survive elsewhere. A missing file is
    // success; a symbolic link or anything but a regular file is refused (import.delete_failed).
    static Result<void> secureDelete(const QString &path);

    // Where the key from the file is kept now.
    enum class KeptIn
    {
        Keychain,
        EncryptedFile // the explicit, passphrase-protected file store
    };

    // For the wizard and the CLI: what keeping the file means, plainly, and where the key is now, so the
    // user knows the file is no longer needed (paths shown to the user). keyFile: the passphrase-protected
    // file the key is in, for KeptIn::EncryptedFile.
    static QString keepingFileNotice(const QString &path, KeptIn keptIn, const QString &keyFile = {});
};

} // namespace sfm::helseid
