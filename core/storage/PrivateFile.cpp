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

#ifdef Q_OS_WIN
#include <QScopeGuard>

#include <aclapi.h>
#include <windows.h>
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

#ifdef Q_OS_UNIX
QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// fsync of the folder: makes the rename of a file in it durable (POSIX says a file's fsync does not).
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd); // best effort: some file systems refuse a folder's fsync, and the data is written anyway
    ::close(fd);
}
#endif

} // namespace

Result<void> PrivateFile::makeDirectory(const QString &dir)
{
    const QString absolute = QDir::cleanPath(QDir(dir).absolutePath());
#ifdef Q_OS_UNIX
    // Component by component, so each folder made here is 0700 from its creation (QDir::mkpath: 0777 &
    // ~umask).
    QString current;
    const QStringList parts = absolute.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        current += u'/' + part;
        const QByteArray native = QFile::encodeName(current);
        if (::mkdir(native.constData(), 0700) == 0 || errno == EEXIST) {
            struct stat st;
            if (::stat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
                return writeError(current, QStringLiteral("not a folder"));
            continue;
        }
        return writeError(current, errnoText());
    }
    return {};
#else
    if (!QDir().mkpath(absolute))
        return writeError(absolute, QStringLiteral("mkpath"));
    return {};
#endif
}

Result<void> PrivateFile::write(const QString &path, QByteArrayView bytes)
{
    const QFileInfo info(path);
    if (auto made = makeDirectory(info.absolutePath()); !made)
        return writeError(path, made.error().detail);
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
    syncDirectory(info.absolutePath());
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
#elif defined(Q_OS_WIN)
    // Owner-only on Windows: the owner is the current user, the DACL exists (a NULL DACL lets everyone in),
    // and every ACE that allows access to this object is for the owner, LocalSystem or Administrators (who
    // can take any file anyway). Deny ACEs only take away; inherit-only ACEs do not apply to the file. Any
    // other kind of allowing ACE (object, callback, …) is not understood and so not owner-only.
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    if (::GetNamedSecurityInfoW(native.c_str(), SE_FILE_OBJECT,
                                OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &owner, nullptr,
                                &dacl, nullptr, &descriptor) != ERROR_SUCCESS)
        return false;
    const auto freeDescriptor = qScopeGuard([descriptor] { ::LocalFree(descriptor); });
    if (!dacl || !owner)
        return false;

    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    const auto closeToken = qScopeGuard([token] { ::CloseHandle(token); });
    DWORD needed = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &needed);
    QByteArray userBuffer(qsizetype(needed), Qt::Uninitialized);
    if (needed == 0 || !::GetTokenInformation(token, TokenUser, userBuffer.data(), needed, &needed))
        return false;
    const PSID user = reinterpret_cast<TOKEN_USER *>(userBuffer.data())->User.Sid;
    if (!::EqualSid(owner, user))
        return false;

    for (DWORD i = 0; i < dacl->AceCount; ++i) {
        void *ace = nullptr;
        if (!::GetAce(dacl, i, &ace))
            return false;
        const auto *header = static_cast<ACE_HEADER *>(ace);
        if (header->AceFlags & INHERIT_ONLY_ACE)
            continue;
        if (header->AceType == ACCESS_DENIED_ACE_TYPE)
            continue;
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE)
            return false;
        PSID sid = &static_cast<ACCESS_ALLOWED_ACE *>(ace)->SidStart;
        if (::EqualSid(sid, user) || ::IsWellKnownSid(sid, WinLocalSystemSid) ||
            ::IsWellKnownSid(sid, WinBuiltinAdministratorsSid))
            continue;
        return false;
    }
    return true;
#else
    return QFileInfo::exists(path);
#endif
}

} // namespace sfm::storage
