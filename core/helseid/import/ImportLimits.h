#pragma once

#include <QtGlobal>

// Caps applied to portal configuration files BEFORE anything is read whole: a real package is one small zip
// holding one JSON of a few kilobytes, so anything far larger is refused (zip bombs, wrong files).
namespace sfm::helseid::limits {

// The file as chosen by the user (zip or JSON). A 4096-bit key package is about 10 KiB.
constexpr qint64 MaxPackageFileBytes = 1024 * 1024;
// Entries in the zip's central directory.
constexpr qint64 MaxZipEntries = 64;
// One entry, uncompressed; also the cap on the configuration JSON itself.
constexpr qint64 MaxEntryBytes = 256 * 1024;
constexpr qint64 MaxJsonBytes = MaxEntryBytes;
// All entries read from one zip together, uncompressed.
constexpr qint64 MaxTotalUncompressedBytes = 2 * 1024 * 1024;
// The .NET <RSAKeyValue> XML (a 16384-bit key is about 12 KiB).
constexpr qint64 MaxKeyXmlBytes = 64 * 1024;
// One number inside the XML, decoded (16384 bits).
constexpr qint64 MaxKeyXmlValueBytes = 2048;
// Entries of a string list field (scopes, redirect URIs, …).
constexpr qsizetype MaxListEntries = 256;
constexpr qsizetype MaxClientIdLength = 200;
// A JWK's "kid" (a thumbprint is 43 characters; a GUID 36).
constexpr qsizetype MaxKidLength = 200;

} // namespace sfm::helseid::limits
