#pragma once

#include "Error.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace sfm::onboarding {

// Who works an onboarding now: the user, computer, program and process holding its lock, and since when.
struct LockHolder
{
    Q_DECLARE_TR_FUNCTIONS(LockHolder)

public:
    QString user; // may be empty when the holder did not say (an older or foreign lock file)
    QString host;
    QString application;
    qint64 pid = 0;
    QDateTime since;  // UTC
    QString lockFile; // the lock file's path, for the "delete it if that program is gone" advice

    // This very process holds it (e.g. the wizard listing the onboarding it has open).
    bool isThisProcess() const;
    // "ola on pc-17 (sfmctl, process 1234) since 04.12.2026 22:57", in the language installed now.
    QString describe() const;
    QJsonObject toJson() const;
};

// The lock one process holds on one onboarding while it works it, so that the wizard and sfmctl (or two
// support staff on a shared folder) never work the same onboarding each from its own copy: the second is
// refused with "in use by … since …". A QLockFile in <onboarding folder>/locks/<id>.lock, with a small
// <id>.holder file beside it naming the user and the time. Released when this object goes (also on a crash:
// a lock whose process is gone from this computer is taken over by the next one).
class OnboardingLock
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingLock)

public:
    ~OnboardingLock();
    OnboardingLock(const OnboardingLock &) = delete;
    OnboardingLock &operator=(const OnboardingLock &) = delete;

    QString id() const { return m_id; }

    // Takes the lock of onboarding id in lockDirectory (made if missing). storage.onboarding.locked when
    // another live process holds it; storage.onboarding.lock_failed when the lock file cannot be made.
    static Result<std::unique_ptr<OnboardingLock>> acquire(const QString &lockDirectory, const QString &id);
    // Who holds the lock now; nullopt when no live process does (a stale lock is cleared on the way).
    static std::optional<LockHolder> holder(const QString &lockDirectory, const QString &id);
    // The error a second process gets.
    static Error lockedError(const QString &id, const LockHolder &holder);

private:
    OnboardingLock(QString id, std::unique_ptr<QLockFile> file, QString holderPath);

    QString m_id;
    std::unique_ptr<QLockFile> m_file;
    QString m_holderPath;
};

} // namespace sfm::onboarding
