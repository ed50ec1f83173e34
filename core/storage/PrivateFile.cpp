#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sfm::storage {

namespace {

Error writeError(const QString &path, const QString &detail)
{
    return Error(
        QStringLiteral("storage.file.write"),
        [path] {
            return PrivateFile::tr("Could not write %1. Check that the folder exists, that you may write "
                                   "there and that the disk is not full.")
                .arg(QDir::toNativeSeparators(path));
        },
        detail);
}

} // namespace

Result<void> PrivateFile::write(const QString &path, QByteArrayView bytes)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return writeError(path, QStringLiteral("mkpath"));
#ifdef Q_OS_UNIX
    QByteArray tmpl = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                                        QStringLiteral(".XXXXXX"));
    const int fd = ::mkstemp(tmpl.data()); // creates with mode 0600
    if (fd < 0)
        return writeError(path, QString::fromLocal8Bit(std::strerror(errno)));
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            ::unlink(tmpl.constData());
            return writeError(path, reason);
        }
        data += n;
        left -= n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(tmpl.constData());
        return writeError(path, reason);
    }
    if (::rename(tmpl.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(tmpl.constData());
        return writeError(path, reason);
    }
    return {};
#else
    // Windows: an owner-only ACL belongs here (SetNamedSecurityInfo with the current user's SID); the
    // per-user profile folder that holds these files is already private to the user by default.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    file.write(bytes.data(), bytes.size());
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
#endif
}

bool PrivateFile::isOwnerOnly(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & 077) == 0;
#else
    return QFileInfo::exists(path);
#endif
}

} // namespace sfm::storage
