#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace sfm::storage {

// Files only their owner may read (encrypted keys, onboarding files): the platform difference lives here.
// POSIX: mode 0600 from the moment the file exists (mkstemp), written, synced, renamed over the target, and
// the folder synced so the rename survives a power cut; a reader never sees a half-written or briefly
// world-readable file. Folders it creates are 0700. Windows relies on the per-user profile folder's
// inherited ACL when writing (QSaveFile) and checks the ACL in isOwnerOnly() (docs/windows.md).
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    // Creates the file's folder (makeDirectory) and writes the file as described above.
    static Result<void> write(const QString &path, QByteArrayView bytes);
    // Creates dir and its missing parents; on POSIX every folder it creates is 0700. A folder that exists
    // is left as it is (it may be a folder the user chose to share).
    static Result<void> makeDirectory(const QString &dir);
    // True when nobody but the owner can read or write the file (POSIX: no group/other bits; Windows: every
    // ACE that allows access is for the owner, SYSTEM or Administrators, see docs/windows.md).
    static bool isOwnerOnly(const QString &path);
};

} // namespace sfm::storage
