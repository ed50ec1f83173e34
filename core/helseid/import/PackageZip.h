#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace sfm::helseid {

// Opens the portal's password-protected zip (ZipCrypto or WinZip AES, via libarchive, loaded on first use) in
// memory and returns the one configuration JSON inside, picked by content (a "clientId" and a key), never by
// name. Every size is capped before it is read (entry count, each entry, all entries together): zip bombs get
// an error.
class PackageZip
{
    Q_DECLARE_TR_FUNCTIONS(PackageZip)

public:
    struct Entry
    {
        QString name;     // the entry's name inside the zip, for messages
        SecureBytes json; // its content
    };

    // True when data starts like a zip file ("PK" local header or an empty archive's end record).
    static bool looksLikeZip(QByteArrayView data);

    // password may be empty for a zip without encryption. Errors: import.zip_damaged (also for data that
    // starts like a zip but has no readable central directory),
    // import.zip_unsupported, import.password_required, import.wrong_password, import.too_large,
    // import.no_json, import.several_json, import.zip_reader_missing (libarchive is not installed).
    static Result<Entry> extractConfiguration(QByteArrayView zip, const SecureBytes &password);
};

} // namespace sfm::helseid
