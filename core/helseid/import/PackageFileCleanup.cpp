#include "PackageFileCleanup.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
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

QString neutralNameBeside(const QFileInfo &info)
{
    // A neutral name first, so the directory entry does not keep the original name either.
    return info.absoluteDir().filePath(
        QStringLiteral(".sfm-deleted-%1")
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

#ifdef Q_OS_UNIX
QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Overwrites what fd refers to with random bytes and syncs them to the disk.
bool overwrite(int fd, qint64 size)
{
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        const ssize_t n = ::pwrite(fd, noise.constData(), size_t(qMin<qint64>(noise.size(), size - written)),
                                   off_t(written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return ::fsync(fd) == 0;
}
#else
bool flushToDisk(QFile &file)
{
    if (!file.flush())
        return false;
    return _commit(file.handle()) == 0;
}
#endif

} // namespace

Result<void> PackageFileCleanup::secureDelete(const QString &path)
{
    const QFileInfo info(path);
#ifdef Q_OS_UNIX
    // Everything is decided on what was opened, never on a name looked at before: O_NOFOLLOW refuses a
    // symbolic link in the last place of the path, O_NONBLOCK keeps a FIFO from blocking, and fstat of the
    // open file must show a regular file with exactly one name (a hard link elsewhere would keep the bytes
    // readable under that other name, and may be a file this program has no business overwriting).
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (errno == ENOENT)
            return {};
        if (errno == ELOOP)
            return deleteFailed(path, QStringLiteral("a symbolic link; not following it"));
        return deleteFailed(path, errnoText());
    }
    const auto fail = [fd, &path](const QString &detail) {
        ::close(fd);
        return deleteFailed(path, detail);
    };
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return fail(errnoText());
    if (!S_ISREG(st.st_mode))
        return fail(QStringLiteral("not a regular file"));
    if (st.st_nlink != 1)
        return fail(QStringLiteral("the file has %1 names (hard links)").arg(qulonglong(st.st_nlink)));
    if (!overwrite(fd, qint64(st.st_size)))
        return fail(QStringLiteral("overwrite failed: %1").arg(errnoText()));

    // Remove the name only while it still names the file just overwritten: moved to a neutral name, checked,
    // and put back if someone swapped another file in meanwhile.
    const QByteArray neutral = QFile::encodeName(neutralNameBeside(info));
    QByteArray toRemove = native;
    if (::rename(native.constData(), neutral.constData()) == 0)
        toRemove = neutral;
    struct stat named;
    if (::lstat(toRemove.constData(), &named) != 0 || named.st_dev != st.st_dev ||
        named.st_ino != st.st_ino) {
        if (toRemove == neutral)
            ::rename(neutral.constData(), native.constData());
        return fail(QStringLiteral("the file was replaced while it was being deleted"));
    }
    if (::unlink(toRemove.constData()) != 0)
        return fail(QStringLiteral("remove failed: %1").arg(errnoText()));
    ::close(fd);
    qCInfo(lcHelseId) << "Overwrote and deleted a configuration file of" << qint64(st.st_size) << "bytes";
    return {};
#else
    // Windows: no O_NOFOLLOW; links are rare in a user's Downloads, and the checks are made on the name.
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

    const QString neutral = neutralNameBeside(info);
    QString toRemove = path;
    if (QFile::rename(path, neutral))
        toRemove = neutral;
    if (!QFile::remove(toRemove))
        return deleteFailed(path, QStringLiteral("remove failed"));
    qCInfo(lcHelseId) << "Overwrote and deleted a configuration file of" << size << "bytes";
    return {};
#endif
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
