#include "OnboardingLock.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QLockFile>
#include <QSaveFile>
#include <QSysInfo>

namespace sfm::onboarding {

namespace {

constexpr qint64 MaxHolderBytes = 4096;

QString lockPath(const QString &dir, const QString &id)
{
    return dir + u'/' + id + QStringLiteral(".lock");
}

QString holderPath(const QString &dir, const QString &id)
{
    return dir + u'/' + id + QStringLiteral(".holder");
}

// The id names files: only what an onboarding id can be (a UUID), never a path.
bool isPlainId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return false;
    }
    return true;
}

QString userName()
{
#ifdef Q_OS_WIN
    return qEnvironmentVariable("USERNAME");
#else
    QString name = qEnvironmentVariable("USER");
    return name.isEmpty() ? qEnvironmentVariable("LOGNAME") : name;
#endif
}

// A QLockFile that is stale only when its process is known to be gone: same computer (Qt compares the
// host and boot ids) and no process with that PID and program name. Never by age (stale time 0): a holder
// waits for days for someone to sign, and a lock that expired by age would let a second process in.
std::unique_ptr<QLockFile> makeLockFile(const QString &path)
{
    auto file = std::make_unique<QLockFile>(path);
    file->setStaleLockTime(0);
    return file;
}

// Who holds the lock file (which tryLock just failed on), from the QLockFile's own lines and, when it
// belongs to the same process, the holder file's user and time.
std::optional<LockHolder> readHolder(const QLockFile &file, const QString &lockFile,
                                     const QString &holderFile)
{
    LockHolder h;
    if (!file.getLockInfo(&h.pid, &h.host, &h.application))
        return std::nullopt;
    h.lockFile = lockFile;
    h.since = QFileInfo(lockFile).lastModified().toUTC();
    QFile extra(holderFile);
    if (extra.open(QIODevice::ReadOnly) && extra.size() <= MaxHolderBytes) {
        const QJsonObject o = QJsonDocument::fromJson(extra.read(MaxHolderBytes)).object();
        if (o.value(QStringLiteral("pid")).toInteger() == h.pid &&
            o.value(QStringLiteral("host")).toString() == h.host) {
            h.user = o.value(QStringLiteral("user")).toString().left(256);
            const QDateTime since =
                QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
            if (since.isValid())
                h.since = since.toUTC();
        }
    }
    if (h.user.isEmpty())
        h.user = QFileInfo(lockFile).owner();
    return h;
}

} // namespace

bool LockHolder::isThisProcess() const
{
    return pid == QCoreApplication::applicationPid() && host == QSysInfo::machineHostName();
}

QString LockHolder::describe() const
{
    const QString when = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    if (user.isEmpty())
        return tr("%1 (%2, process %3) since %4").arg(host, application).arg(pid).arg(when);
    return tr("%1 on %2 (%3, process %4) since %5").arg(user, host, application).arg(pid).arg(when);
}

QJsonObject LockHolder::toJson() const
{
    return {{QStringLiteral("user"), user},
            {QStringLiteral("host"), host},
            {QStringLiteral("application"), application},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("since"), since.toString(Qt::ISODate)},
            {QStringLiteral("lockFile"), QDir::toNativeSeparators(lockFile)}};
}

OnboardingLock::OnboardingLock(QString id, std::unique_ptr<QLockFile> file, QString holderPath)
    : m_id(std::move(id))
    , m_file(std::move(file))
    , m_holderPath(std::move(holderPath))
{}

OnboardingLock::~OnboardingLock()
{
    // The holder file first: a reader never sees our lock with no holder file, only the reverse, which
    // it handles (the lock file's own lines and time).
    QFile::remove(m_holderPath);
    m_file->unlock();
}

Error OnboardingLock::lockedError(const QString &id, const LockHolder &holder)
{
    return Error(
        QStringLiteral("storage.onboarding.locked"),
        [id, holder]() -> QString {
            return tr("The onboarding %1 is in use by %2. Finish or close it there first, then try again. If "
                      "that program is no longer running (for example on a computer that was switched off), "
                      "delete the lock file %3 and try again.")
                .arg(id, holder.describe(), QDir::toNativeSeparators(holder.lockFile));
        },
        QStringLiteral("pid %1 on %2").arg(holder.pid).arg(holder.host));
}

Result<std::unique_ptr<OnboardingLock>> OnboardingLock::acquire(const QString &lockDirectory,
                                                                const QString &id)
{
    const auto cannotLock = [lockDirectory](const QString &detail) {
        return Error(
            QStringLiteral("storage.onboarding.lock_failed"),
            [lockDirectory]() -> QString {
                return tr("Could not mark the onboarding as in use in %1. Check that you may write there, or "
                          "choose another folder in the settings.")
                    .arg(QDir::toNativeSeparators(lockDirectory));
            },
            detail);
    };
    if (!isPlainId(id))
        return cannotLock(QStringLiteral("not an onboarding id"));
    if (!QDir().mkpath(lockDirectory))
        return cannotLock(QStringLiteral("mkdir failed"));
    const QString path = lockPath(lockDirectory, id);
    // Twice: the holder may let go between our try and our reading who it is.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto file = makeLockFile(path);
        if (file->tryLock(0)) {
            const QString holder = holderPath(lockDirectory, id);
            QSaveFile extra(holder);
            const QJsonObject o{
                {QStringLiteral("user"), userName()},
                {QStringLiteral("host"), QSysInfo::machineHostName()},
                {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
            // Only the "in use by" text depends on it: the lock holds without it.
            if (!extra.open(QIODevice::WriteOnly) || extra.write(QJsonDocument(o).toJson()) < 0 ||
                !extra.commit())
                qCWarning(lcOnboarding) << "could not write the lock holder file" << holder;
            return std::unique_ptr<OnboardingLock>(new OnboardingLock(id, std::move(file), holder));
        }
        if (file->error() != QLockFile::LockFailedError)
            return cannotLock(file->error() == QLockFile::PermissionError
                                  ? QStringLiteral("permission denied")
                                  : QStringLiteral("lock error"));
        if (auto h = readHolder(*file, path, holderPath(lockDirectory, id)))
            return lockedError(id, *h);
    }
    return cannotLock(QStringLiteral("the lock file changed while it was read"));
}

std::optional<LockHolder> OnboardingLock::holder(const QString &lockDirectory, const QString &id)
{
    const QString path = lockPath(lockDirectory, id);
    if (!isPlainId(id) || !QFileInfo::exists(path))
        return std::nullopt;
    // Trying is the one way to ask Qt whether the holder still runs; a stale lock is taken and let go.
    auto file = makeLockFile(path);
    if (file->tryLock(0)) {
        file->unlock();
        return std::nullopt;
    }
    if (file->error() != QLockFile::LockFailedError)
        return std::nullopt;
    return readHolder(*file, path, holderPath(lockDirectory, id));
}

} // namespace sfm::onboarding
