#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QList>
#include <QString>

// Writes a password-protected zip in memory with libzip, as the portal hands out configuration files:
// ZipCrypto (traditional PKWARE) or WinZip AES-256 (which one the real portal uses is UNCONFIRMED).
namespace sfm::sim {

enum class ZipEncryption
{
    Aes256,
    ZipCrypto
};

struct ZipEntry
{
    QString name;
    SecureBytes data;
};

Result<QByteArray> writeEncryptedZip(const QList<ZipEntry> &entries, const QString &password,
                                     ZipEncryption encryption);

} // namespace sfm::sim
