#pragma once

#include "ImportSummary.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace sfm::helseid {
struct PortalConfiguration;
}

namespace sfm::onboarding {

class Onboarding;

// The portal's file for Alternatives 2 and 3 (its zip with the SMS password, or the JSON inside) as the
// wizard and `sfmctl import` handle it around the Onboarding: a check that keeps no key, what keeping the
// file means now that the onboarding keeps the key, and its deletion. Reading it into an onboarding is
// Onboarding::importPackage.
class PackageFile
{
public:
    // Reads and checks the file (against expectedIssuer, and expectedScopes for warnings) and answers its
    // summary; the private key is dropped. Synchronous (milliseconds; RSA 4096 dominates). Errors: import.*
    // and zip.* of helseid::PackageImporter.
    static Result<ImportSummary> check(const QString &path, const SecureBytes &password,
                                       const QUrl &expectedIssuer, const QStringList &expectedScopes = {});
    // The summary of a configuration read (no key material).
    static ImportSummary summaryOf(const helseid::PortalConfiguration &config);

    // The onboarding keeps its key in the passphrase-protected file store, not the keychain.
    static bool keepsKeyInFile(const Onboarding &onboarding);
    // What keeping the file at path means, naming where the onboarding keeps the key now (translated).
    static QString keepingFileNotice(const Onboarding &onboarding, const QString &path);
    // Overwrites and deletes the file (best effort; see helseid::PackageFileCleanup::secureDelete).
    static Result<void> secureDelete(const QString &path);
};

} // namespace sfm::onboarding
