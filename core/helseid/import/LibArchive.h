#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <archive.h> // for the types only: the program does not link libarchive
#include <archive_entry.h>

namespace sfm::helseid {

// The libarchive functions PackageZip calls, loaded the first time a zip is read (LazyLibrary: linked, it
// and its dependencies cost every start-up about 0.9 ms, issue 15). Each member has the name and the type
// archive.h gives the function, so PackageZip calls `la.archive_read_next_header(...)` as it would call
// libarchive itself.
struct LibArchive
{
    Q_DECLARE_TR_FUNCTIONS(LibArchive)

public:
    decltype(&::archive_read_new) archive_read_new = nullptr;
    decltype(&::archive_read_free) archive_read_free = nullptr;
    decltype(&::archive_read_support_format_zip_seekable) archive_read_support_format_zip_seekable = nullptr;
    decltype(&::archive_read_add_passphrase) archive_read_add_passphrase = nullptr;
    decltype(&::archive_read_open_memory) archive_read_open_memory = nullptr;
    decltype(&::archive_read_next_header) archive_read_next_header = nullptr;
    decltype(&::archive_read_data) archive_read_data = nullptr;
    decltype(&::archive_error_string) archive_error_string = nullptr;
    decltype(&::archive_errno) archive_errno = nullptr;
    decltype(&::archive_entry_pathname) archive_entry_pathname = nullptr;
    decltype(&::archive_entry_pathname_utf8) archive_entry_pathname_utf8 = nullptr;
    decltype(&::archive_entry_filetype) archive_entry_filetype = nullptr;
    decltype(&::archive_entry_is_data_encrypted) archive_entry_is_data_encrypted = nullptr;
    decltype(&::archive_entry_size_is_set) archive_entry_size_is_set = nullptr;
    decltype(&::archive_entry_size) archive_entry_size = nullptr;

    // The table, libarchive loaded on the first call (thread-safe). Error import.zip_reader_missing when
    // it cannot be loaded or lacks one of the functions; tried again on the next call.
    static Result<const LibArchive *> get();

    // Tests: the file names to load from now on instead of libarchive's (empty: libarchive's again).
    static void setFileNamesForTesting(const QStringList &fileNames);
};

} // namespace sfm::helseid
