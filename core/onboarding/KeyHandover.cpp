#include "KeyHandover.h"

#include "Logging.h"
#include "storage/EncryptedFileSecretStore.h"
#include "storage/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#ifdef Q_OS_WIN
// clang-format off
#include <windows.h>
#include <aclapi.h>
// clang-format on
#endif

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>
#include <vector>

namespace sfm::onboarding {

namespace {

constexpr qint64 MaxKeyFileBytes = 64 * 1024;

Error writeError(const QString &path, const QString &detail)
{
    return Error(
        QStringLiteral("onboarding.handover.write"),
        [path] {
            return KeyHandover::tr("Could not write the key file %1. Check that the folder exists and that "
                                   "you may write there.")
                .arg(QDir::toNativeSeparators(path));
        },
        detail);
}

Error noSuchAccount(const QString &owner)
{
    return Error(QStringLiteral("onboarding.handover.owner"), [owner] {
        return KeyHandover::tr("There is no account named «%1» on this computer. Give the account the EPJ "
                               "runs as.")
            .arg(owner);
    });
}

QString tempPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + u'.' +
           QString::number(QRandomGenerator::system()->generate64(), 36);
}

#ifdef Q_OS_UNIX

struct Account
{
    uid_t uid = 0;
    gid_t gid = 0;
};

std::optional<Account> lookUp(const QString &owner)
{
    std::vector<char> buffer(16384);
    struct passwd pw;
    struct passwd *found = nullptr;
    if (::getpwnam_r(owner.toLocal8Bit().constData(), &pw, buffer.data(), buffer.size(), &found) != 0 ||
        !found)
        return std::nullopt;
    return Account{found->pw_uid, found->pw_gid};
}

// Created owned by the account, mode 0600, before a byte of the key is in it (O_CREAT|O_EXCL under a fresh
// name, fchown, fchmod, write, fsync), then renamed over path: no moment where another account could open
// it, and a reader never sees half a key.
Result<void> writeOwned(const QString &path, const QString &owner, QByteArrayView bytes)
{
    const auto account = lookUp(owner);
    if (!account)
        return noSuchAccount(owner);
    const QString temp = tempPathFor(path);
    const QByteArray tempName = QFile::encodeName(temp);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return writeError(path, QString::fromLocal8Bit(std::strerror(errno)));
    const auto abandon = [&](const QString &reason) {
        ::close(fd);
        ::unlink(tempName.constData());
        return writeError(path, reason);
    };
    if (::fchown(fd, account->uid, account->gid) != 0) {
        if (errno == EPERM) {
            ::close(fd);
            ::unlink(tempName.constData());
            return Error(QStringLiteral("onboarding.handover.not_permitted"), [owner] {
                return KeyHandover::tr("Only an administrator can make a key file for the account «%1». Run "
                                       "the export as administrator (root), or as that account.")
                    .arg(owner);
            });
        }
        return abandon(QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (::fchmod(fd, 0600) != 0)
        return abandon(QString::fromLocal8Bit(std::strerror(errno)));
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return abandon(QString::fromLocal8Bit(std::strerror(errno)));
        data += n;
        left -= n;
    }
    if (::fsync(fd) != 0)
        return abandon(QString::fromLocal8Bit(std::strerror(errno)));
    ::close(fd);
    if (::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(tempName.constData());
        return writeError(path, reason);
    }
    return {};
}

bool accountExists(const QString &owner)
{
    return lookUp(owner).has_value();
}

#elif defined(Q_OS_WIN)

// The SID of an account name ("DOMAIN\\user", "NT SERVICE\\MyEpj", "user"); empty when unknown.
std::vector<BYTE> sidOf(const QString &owner)
{
    DWORD sidSize = 0;
    DWORD domainSize = 0;
    SID_NAME_USE use;
    const std::wstring name = owner.toStdWString();
    LookupAccountNameW(nullptr, name.c_str(), nullptr, &sidSize, nullptr, &domainSize, &use);
    if (sidSize == 0)
        return {};
    std::vector<BYTE> sid(sidSize);
    std::vector<wchar_t> domain(domainSize + 1);
    if (!LookupAccountNameW(nullptr, name.c_str(), sid.data(), &sidSize, domain.data(), &domainSize, &use))
        return {};
    return sid;
}

std::vector<BYTE> wellKnownSid(WELL_KNOWN_SID_TYPE type)
{
    DWORD size = SECURITY_MAX_SID_SIZE;
    std::vector<BYTE> sid(size);
    if (!CreateWellKnownSid(type, nullptr, sid.data(), &size))
        return {};
    sid.resize(size);
    return sid;
}

// A protected DACL (nothing inherited from the folder) granting full control to the account, SYSTEM and
// the Administrators group, and nobody else; the account is the file's owner. Set when the file is created
// (CreateFileW's security attributes, CREATE_NEW), so it is never readable by others. Untested here: this
// repository is built and tested on Debian (docs/windows.md).
Result<void> writeOwned(const QString &path, const QString &owner, QByteArrayView bytes)
{
    std::vector<BYTE> account = sidOf(owner);
    if (account.empty())
        return noSuchAccount(owner);
    std::vector<BYTE> system = wellKnownSid(WinLocalSystemSid);
    std::vector<BYTE> admins = wellKnownSid(WinBuiltinAdministratorsSid);
    if (system.empty() || admins.empty())
        return writeError(path, QStringLiteral("CreateWellKnownSid"));
    EXPLICIT_ACCESSW access[3] = {};
    PSID sids[3] = {account.data(), system.data(), admins.data()};
    for (int i = 0; i < 3; ++i) {
        access[i].grfAccessPermissions = GENERIC_ALL;
        access[i].grfAccessMode = SET_ACCESS;
        access[i].grfInheritance = NO_INHERITANCE;
        access[i].Trustee.TrusteeForm = TRUSTEE_IS_SID;
        access[i].Trustee.TrusteeType = TRUSTEE_IS_UNKNOWN;
        access[i].Trustee.ptstrName = static_cast<LPWSTR>(sids[i]);
    }
    PACL acl = nullptr;
    if (SetEntriesInAclW(3, access, nullptr, &acl) != ERROR_SUCCESS)
        return writeError(path, QStringLiteral("SetEntriesInAclW"));
    std::unique_ptr<ACL, decltype(&LocalFree)> aclGuard(acl, &LocalFree);
    SECURITY_DESCRIPTOR sd;
    if (!InitializeSecurityDescriptor(&sd, SECURITY_DESCRIPTOR_REVISION) ||
        !SetSecurityDescriptorDacl(&sd, TRUE, acl, FALSE) ||
        !SetSecurityDescriptorControl(&sd, SE_DACL_PROTECTED, SE_DACL_PROTECTED))
        return writeError(path, QStringLiteral("security descriptor"));
    SECURITY_ATTRIBUTES sa{sizeof(SECURITY_ATTRIBUTES), &sd, FALSE};
    const std::wstring temp = QDir::toNativeSeparators(tempPathFor(path)).toStdWString();
    HANDLE file =
        CreateFileW(temp.c_str(), GENERIC_WRITE, 0, &sa, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return writeError(path, QStringLiteral("CreateFileW %1").arg(GetLastError()));
    DWORD written = 0;
    const bool ok = WriteFile(file, bytes.data(), DWORD(bytes.size()), &written, nullptr) &&
                    written == DWORD(bytes.size()) && FlushFileBuffers(file);
    CloseHandle(file);
    // The owner: set after creation (setting another owner needs SeRestorePrivilege, which administrators
    // have); the DACL above already keeps everyone else out.
    SetNamedSecurityInfoW(const_cast<LPWSTR>(temp.c_str()), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION,
                          account.data(), nullptr, nullptr, nullptr);
    const std::wstring target = QDir::toNativeSeparators(path).toStdWString();
    if (!ok ||
        !MoveFileExW(temp.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const DWORD error = GetLastError();
        DeleteFileW(temp.c_str());
        return writeError(path, QStringLiteral("write/MoveFileExW %1").arg(error));
    }
    return {};
}

bool accountExists(const QString &owner)
{
    return !sidOf(owner).empty();
}

#else

Result<void> writeOwned(const QString &path, const QString &, QByteArrayView)
{
    return writeError(path, QStringLiteral("no owner-only files on this platform"));
}

bool accountExists(const QString &)
{
    return false;
}

#endif

} // namespace

Result<void> KeyHandover::check(const KeyDestination &destination)
{
    if (destination.kind == KeyDestination::Kind::Keychain)
        return {};
    if (destination.path.isEmpty())
        return Error(QStringLiteral("onboarding.handover.no_path"),
                     [] { return KeyHandover::tr("Say where the key file goes: choose a file name."); });
    if (QFileInfo(destination.path).isDir())
        return Error(QStringLiteral("onboarding.handover.no_path"), [path = destination.path] {
            return KeyHandover::tr("%1 is a folder: choose a file name in it.")
                .arg(QDir::toNativeSeparators(path));
        });
    if (destination.kind == KeyDestination::Kind::ServiceFile) {
        if (destination.owner.isEmpty())
            return Error(QStringLiteral("onboarding.handover.no_owner"), [] {
                return KeyHandover::tr("Say which account the EPJ runs as: only that account may read the "
                                       "key file.");
            });
        if (!accountExists(destination.owner))
            return noSuchAccount(destination.owner);
    }
    return {};
}

SecureBytes KeyHandover::pkcs8Pem(const crypto::Key &key)
{
    // Every buffer that holds key bytes is wiped: the DER (SecureBytes), its base64 text, and the PEM, which
    // is reserved to its final size first so that appending never moves it and leaves a freed copy behind.
    static constexpr QByteArrayView Begin("-----BEGIN PRIVATE KEY-----\n");
    static constexpr QByteArrayView End("-----END PRIVATE KEY-----\n");
    const SecureBytes der = key.toPkcs8Der();
    SecureBytes base64(der.bytes().toBase64());
    const QByteArray &text = base64.bytes();
    const qsizetype lines = (text.size() + 63) / 64;
    QByteArray pem;
    pem.reserve(Begin.size() + text.size() + lines + End.size());
    pem.append(Begin);
    for (qsizetype i = 0; i < text.size(); i += 64) {
        pem.append(text.constData() + i, qMin<qsizetype>(64, text.size() - i));
        pem.append('\n');
    }
    pem.append(End);
    return SecureBytes(std::move(pem));
}

Result<void> KeyHandover::writeServiceFile(const crypto::Key &key, const KeyDestination &destination)
{
    if (auto ok = check(destination); !ok)
        return ok;
    const SecureBytes pem = pkcs8Pem(key);
    auto written = writeOwned(destination.path, destination.owner, pem.bytes());
    if (!written)
        return written;
    if (destination.jwk) {
        SecureBytes jwk = key.privateJwkJson();
        if (auto jwkWritten = writeOwned(destination.jwkPath(), destination.owner, jwk.bytes()); !jwkWritten)
            return jwkWritten;
    }
    qCInfo(lcOnboarding) << "key handed over to a service-account key file for" << destination.owner;
    return {};
}

Result<crypto::Key> KeyHandover::readServiceFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxKeyFileBytes)
        return Error(
            QStringLiteral("onboarding.handover.read"),
            [path] {
                return KeyHandover::tr(
                           "Could not read the key file %1. Run this as the account that owns it.")
                    .arg(QDir::toNativeSeparators(path));
            },
            file.errorString());
    QByteArray pem = file.read(MaxKeyFileBytes);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  BIO_free);
    EVP_PKEY *pkey = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    secureWipe(pem);
    if (!pkey)
        return Error(QStringLiteral("onboarding.handover.corrupt"), [path] {
            return KeyHandover::tr("%1 is not a private key file.").arg(QDir::toNativeSeparators(path));
        });
    return crypto::Key::adopt(pkey);
}

Result<void> KeyHandover::writeTransferFile(const crypto::Key &key, const QString &path,
                                            const SecureBytes &passphrase)
{
    auto pem = storage::EncryptedFileSecretStore::encryptPem(key, passphrase);
    if (!pem)
        return pem.error();
    if (auto written = storage::PrivateFile::write(path, pem.value()); !written)
        return written;
    qCInfo(lcOnboarding) << "key written to a transfer file";
    return {};
}

Result<crypto::Key> KeyHandover::readTransferFile(const QString &path, const SecureBytes &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxKeyFileBytes)
        return Error(
            QStringLiteral("onboarding.handover.read"),
            [path] {
                return KeyHandover::tr("Could not read the transfer file %1. Check the path.")
                    .arg(QDir::toNativeSeparators(path));
            },
            file.errorString());
    return storage::EncryptedFileSecretStore::decryptPem(file.read(MaxKeyFileBytes), passphrase);
}

Result<void> KeyHandover::handOver(const crypto::Key &key, const KeyDestination &destination,
                                   const SecureBytes &passphrase)
{
    switch (destination.kind) {
    case KeyDestination::Kind::Keychain:
        return {};
    case KeyDestination::Kind::ServiceFile:
        return writeServiceFile(key, destination);
    case KeyDestination::Kind::Transfer:
        if (auto ok = check(destination); !ok)
            return ok;
        return writeTransferFile(key, destination.path, passphrase);
    }
    return {};
}

} // namespace sfm::onboarding
