#pragma once

#include "Error.h"
#include "Result.h"
#include "onboarding/OnboardingData.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace sfm::storage {
class SecretStore;
}
namespace sfm::onboarding {
class OnboardingStore;
}

namespace sfm::fleet {

// What the overview's Archive and Delete do to the files of an onboarding. Archive moves the onboarding file
// to the archive/ subfolder of the onboarding folder (OnboardingCollection lists only the top level, so it
// leaves the overview, and a person can move it back). Delete removes the onboarding file and its private
// keys — the keychain entries or passphrase-protected key files it names — and never touches the client in
// HelseID. Both refuse an onboarding another program works on (its lock).
class OnboardingFiles
{
    Q_DECLARE_TR_FUNCTIONS(sfm::fleet::OnboardingFiles)

public:
    static QString archiveDirectory(const onboarding::OnboardingStore &store);
    static Result<void> archive(const onboarding::OnboardingStore &store, const QString &id);

    // Every key reference of the onboarding (current key, a renewal's pending key, the previous key).
    static QList<onboarding::KeyReference> keyReferences(const onboarding::OnboardingData &data);

    // Removes the keys (keychain entries through keychain, key files directly), then the file; done gets the
    // first error, or success. keychain may be null when no reference is a keychain entry.
    static void remove(onboarding::OnboardingStore &store, storage::SecretStore *keychain,
                       const onboarding::OnboardingData &data, std::function<void(Result<void>)> done);
};

} // namespace sfm::fleet
