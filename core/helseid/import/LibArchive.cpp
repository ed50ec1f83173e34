#include "LibArchive.h"

#include "LazyLibrary.h"

namespace sfm::helseid {

namespace {

LazyLibrary &library()
{
    // Debian's libarchive13 (libarchive.so.13), macOS's libarchive.13.dylib, vcpkg's archive.dll; MSYS2's
    // libarchive-13.dll.
    static LazyLibrary instance({
        {QStringLiteral("archive"), 13},
#ifdef Q_OS_WIN
        {QStringLiteral("libarchive-13.dll")},
#endif
    });
    return instance;
}

// One token gives the member, the symbol and (through the member's type) the declaration: no mismatch.
#define SFM_RESOLVE(function) resolveFunction(lib, table.function, #function, why)

bool resolveAll(LibArchive &table, QLibrary &lib, QString *why)
{
    return SFM_RESOLVE(archive_read_new) && SFM_RESOLVE(archive_read_free) &&
           SFM_RESOLVE(archive_read_support_format_zip_seekable) &&
           SFM_RESOLVE(archive_read_add_passphrase) && SFM_RESOLVE(archive_read_open_memory) &&
           SFM_RESOLVE(archive_read_next_header) && SFM_RESOLVE(archive_read_data) &&
           SFM_RESOLVE(archive_error_string) && SFM_RESOLVE(archive_errno) &&
           SFM_RESOLVE(archive_entry_pathname) && SFM_RESOLVE(archive_entry_pathname_utf8) &&
           SFM_RESOLVE(archive_entry_filetype) && SFM_RESOLVE(archive_entry_is_data_encrypted) &&
           SFM_RESOLVE(archive_entry_size_is_set) && SFM_RESOLVE(archive_entry_size);
}

#undef SFM_RESOLVE

} // namespace

Result<const LibArchive *> LibArchive::get()
{
    // Written only under LazyLibrary's lock, before load() first returns true; read only after that.
    static LibArchive table;
    QString why;
    if (library().load([](QLibrary &lib, QString *missing) { return resolveAll(table, lib, missing); }, &why))
        return &table;
    return Error(
        QStringLiteral("import.zip_reader_missing"),
        [] {
            return tr(
                "The zip reader (libarchive) is not installed, so the zip file cannot be opened. Install "
                "libarchive, or extract the JSON file with another tool and import that file.");
        },
        why);
}

void LibArchive::setFileNamesForTesting(const QStringList &fileNames)
{
    QList<LazyLibrary::Candidate> candidates;
    for (const QString &name : fileNames)
        candidates.append({name});
    library().setCandidatesForTesting(candidates);
}

} // namespace sfm::helseid
