#include "fleet/OnboardingFiles.h"

#include "onboarding/OnboardingLock.h"
#include "onboarding/OnboardingStore.h"
#include "storage/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace sfm::fleet {

using onboarding::KeyReference;

QString OnboardingFiles::archiveDirectory(const onboarding::OnboardingStore &store)
{
    return store.directory() + QStringLiteral("/archive");
}

Result<void> OnboardingFiles::archive(const onboarding::OnboardingStore &store, const QString &id)
{
    auto lock = store.lock(id); // not while another program works it
    if (!lock)
        return lock.error();
    const QString from = store.pathFor(id);
    const QString dir = archiveDirectory(store);
    const QString to = dir + u'/' + QFileInfo(from).fileName();
    const auto failed = [&to](const QString &detail) {
        return Error(
            QStringLiteral("fleet.archive"),
            [path = QDir::toNativeSeparators(to)] {
                return tr("Could not move the onboarding file to %1. Check the folder's permissions.")
                    .arg(path);
            },
            detail);
    };
    if (!QDir().mkpath(dir))
        return failed(QStringLiteral("mkpath"));
    if (QFile::exists(to) && !QFile::remove(to)) // an older archived copy of the same onboarding
        return failed(QStringLiteral("remove old copy"));
    QFile file(from);
    if (!file.rename(to))
        return failed(file.errorString());
    return {};
}

QList<KeyReference> OnboardingFiles::keyReferences(const onboarding::OnboardingData &data)
{
    QList<KeyReference> refs;
    for (const KeyReference &ref :
         {data.keyReference, data.renewal.pendingKeyEntry, data.previousKey.reference}) {
        if (!ref.isNull() && !ref.entry.isEmpty())
            refs.append(ref);
    }
    return refs;
}

void OnboardingFiles::remove(onboarding::OnboardingStore &store, storage::SecretStore *keychain,
                             const onboarding::OnboardingData &data, std::function<void(Result<void>)> done)
{
    auto lock = store.lock(data.id);
    if (!lock) {
        done(lock.error());
        return;
    }
    // The keys one after the other, then the file; the lock is held until the end.
    struct Job
    {
        QList<KeyReference> refs;
        std::unique_ptr<onboarding::OnboardingLock> lock;
        std::function<void(Result<void>)> done;
        std::function<void()> next;
    };
    auto job = std::make_shared<Job>();
    job->refs = keyReferences(data);
    job->lock = std::move(lock.value());
    job->done = std::move(done);
    const QString id = data.id;
    job->next = [job, keychain, &store, id] {
        if (job->refs.isEmpty()) {
            const auto removed = store.remove(id);
            job->lock.reset();
            auto finish = std::move(job->done);
            job->next = nullptr; // breaks the cycle
            finish(removed);
            return;
        }
        const KeyReference ref = job->refs.takeFirst();
        if (ref.kind == KeyReference::Kind::EncryptedFile) {
            QFile file(ref.entry);
            if (file.exists() && !file.remove()) {
                auto finish = std::move(job->done);
                job->next = nullptr;
                finish(Error(
                    QStringLiteral("fleet.delete.key_file"),
                    [path = QDir::toNativeSeparators(ref.entry)] {
                        return tr("Could not delete the key file %1. Check its permissions.").arg(path);
                    },
                    file.errorString()));
                return;
            }
            job->next();
            return;
        }
        if (!keychain) {
            job->next();
            return;
        }
        keychain->removeKey(ref.entry, [job](Result<void> removed) {
            if (!removed) {
                auto finish = std::move(job->done);
                job->next = nullptr;
                finish(removed.error());
                return;
            }
            job->next();
        });
    };
    job->next();
}

} // namespace sfm::fleet
