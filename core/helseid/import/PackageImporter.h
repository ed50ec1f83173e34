#pragma once

#include "PortalConfiguration.h"
#include "PortalConfigurationValidator.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace sfm::helseid {

// The one entry point for Alternatives 2 and 3: reads the file the portal handed out (its password-protected
// zip, or the JSON extracted from it), parses and validates it. Synchronous and quick (milliseconds; the
// key check of an RSA 4096 key dominates) — the wizard may still run it through QtConcurrent.
class PackageImporter
{
    Q_DECLARE_TR_FUNCTIONS(PackageImporter)

public:
    struct Options
    {
        SecureBytes
            password; // the zip's password (from the SMS); empty for an unencrypted zip or a JSON file
        ImportExpectations expectations;
    };

    // Errors: import.file_unreadable, import.too_large, import.not_zip, plus those of PackageZip,
    // PortalConfigurationParser and PortalConfigurationValidator.
    static Result<PortalConfiguration> importFile(const QString &path, const Options &options);
    // The same for a file already in memory (zip or JSON, told apart by content).
    static Result<PortalConfiguration> importData(QByteArrayView data, const Options &options);

    // Reads a file whole after checking its size against limits::MaxPackageFileBytes.
    static Result<SecureBytes> readCapped(const QString &path);
};

} // namespace sfm::helseid
