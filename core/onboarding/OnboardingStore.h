#pragma once

#include "Error.h"
#include "Result.h"
#include "onboarding/OnboardingData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sfm::onboarding {

// The onboarding files: one JSON file per onboarding (no secrets), written atomically after every
// transition, in QStandardPaths::AppDataLocation/onboardings/ or a directory chosen for tests and for EPJ
// support staff. Files are untrusted input when read: size-capped and validated.
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

    Result<void> save(const onboarding::OnboardingData &data);
    Result<onboarding::OnboardingData> load(const QString &id) const;
    Result<onboarding::OnboardingData> loadFile(const QString &path) const;
    Result<void> remove(const QString &id);

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
