#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace sfm::storage {

// Files only their owner may read (an encrypted key, nothing plain): the platform difference lives here.
// POSIX: mode 0600 from the moment the file exists (mkstemp), written, synced, then renamed over the target,
// so a reader never sees a half-written or briefly world-readable file. Windows would set an owner-only ACL
// here; this repository is built on Debian, so that branch falls back to QSaveFile and says so in a comment.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    static Result<void> write(const QString &path, QByteArrayView bytes);
    // True when nobody but the owner can read or write the file (POSIX: no group/other bits).
    static bool isOwnerOnly(const QString &path);
};

} // namespace sfm::storage
