#include "PackageFileCleanup.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace sfm::helseid {

namespace {

Error deleteFailed(const QString &path, const QString &detail)
{
    return Error(
        QStringLiteral("import.delete_failed"),
        [path] {
            return PackageFileCleanup::tr("The file %1 could not be deleted. It holds a private key: delete "
                                          "it yourself (and empty the recycle bin).")
                .arg(QDir::toNativeSeparators(path));
        },
        detail);
}

bool flushToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

Result<void> PackageFileCleanup::secureDelete(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return deleteFailed(path, QStringLiteral("a symbolic link; not following it"));
    if (!info.exists())
        return {};
    if (!info.isFile())
        return deleteFailed(path, QStringLiteral("not a regular file"));

    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) // no Truncate: the same blocks must be overwritten
        return deleteFailed(path, file.errorString());
    const qint64 size = file.size();
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        const qint64 chunk = qMin<qint64>(noise.size(), size - written);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        if (file.write(noise.constData(), chunk) != chunk)
            return deleteFailed(path, file.errorString());
        written += chunk;
    }
    if (!flushToDisk(file))
        return deleteFailed(path, QStringLiteral("flush failed: %1").arg(file.errorString()));
    file.close();

    // A neutral name first, so the directory entry does not keep the original name either.
    const QString neutral = info.absoluteDir().filePath(
        QStringLiteral(".sfm-deleted-%1")
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    QString toRemove = path;
    if (QFile::rename(path, neutral))
        toRemove = neutral;
    if (!QFile::remove(toRemove))
        return deleteFailed(path, QStringLiteral("remove failed"));
    qCInfo(lcHelseId) << "Overwrote and deleted a configuration file of" << size << "bytes";
    return {};
}

QString PackageFileCleanup::keepingFileNotice(const QString &path, KeptIn keptIn, const QString &keyFile)
{
    const QString risk =
        tr("The file %1 holds your HelseID client's private key. Anyone who gets the file (and, for the zip "
           "file, the password from the SMS) can act as your organization's client towards HelseID and SFM "
           "until the key is renewed.")
            .arg(QDir::toNativeSeparators(path));
    // Name the store actually used: with the explicit file store the key is not in the keychain.
    const QString kept =
        keptIn == KeptIn::Keychain
            ? tr("The key is now in this computer's keychain, so you no longer need the file.")
            : tr("The key is now in the passphrase-protected key file %1, so you no longer need the file "
                 "from "
                 "the portal.")
                  .arg(QDir::toNativeSeparators(keyFile));
    const QString advice =
        tr("Deleting it is recommended: this program overwrites the file before deleting it, but on SSDs, in "
           "synced folders and in backups copies may remain, so also delete any copies you made (for example "
           "in Downloads, e-mail or the recycle bin).");
    return risk + QLatin1Char(' ') + kept + QLatin1Char(' ') + advice;
}

} // namespace sfm::helseid
