#pragma once

#include "Error.h"
#include "Result.h"
#include "onboarding/OnboardingData.h"
#include "onboarding/OnboardingLock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace sfm::onboarding {

// The onboarding files: one JSON file per onboarding (no secrets), written atomically after every
// transition, in QStandardPaths::AppDataLocation/onboardings/ or a directory chosen for tests and for EPJ
// support staff. Files are untrusted input when read: size-capped and validated. A process working an
// onboarding holds its lock (lock()); the revision check in save() keeps a newer file from being overwritten
// even where locks do not work (e.g. some shared folders).
class OnboardingStore
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingStore)

public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    // dir empty = defaultDirectory().
    explicit OnboardingStore(QString dir = {});
    static QString defaultDirectory();
    QString directory() const { return m_dir; }
    QString pathFor(const QString &id) const;

    // Writes data with revision data.revision + 1 and, once written, sets data.revision to it. Refuses
    // (storage.onboarding.changed) when the file holds a newer revision than data was loaded with: another
    // process saved it meanwhile, and writing would lose what it did.
    Result<void> save(onboarding::OnboardingData &data);
    Result<onboarding::OnboardingData> load(const QString &id) const;
    Result<onboarding::OnboardingData> loadFile(const QString &path) const;
    Result<void> remove(const QString &id);

    // The lock of onboarding id, held while this process works it (see OnboardingLock); the lock files are
    // in <directory>/locks, which list() does not read.
    Result<std::unique_ptr<OnboardingLock>> lock(const QString &id) const;
    // Who works onboarding id now (another process, or this one); nullopt when no one does.
    std::optional<LockHolder> lockHolder(const QString &id) const;
    QString lockDirectory() const;

    // Every readable onboarding, newest first; unreadable files are reported in problems, not hidden.
    struct Listing
    {
        QList<onboarding::OnboardingData> onboardings;
        QList<Error> problems;
    };
    Listing list() const;

    // An onboarding by its id, a unique id prefix, its client id or its journal name.
    Result<onboarding::OnboardingData> find(const QString &idOrClientIdOrName) const;

private:
    QString m_dir;
};

} // namespace sfm::onboarding
