#include "PackageZip.h"

#include "ImportLimits.h"
#include "LibArchive.h"
#include "Logging.h"
#include "PortalConfigurationParser.h"
#include "ZipMethodCheck.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

// Why libarchive and not libzip, which the simulator and the tests still use to *write* zips: libzip 1.7.3
// (Debian 12) refuses WinZip AES entries of the AE-2 kind (no CRC, as 7-Zip and WinZip write them) with a
// CRC error once the entry is read to its end, so a portal zip made that way would read as "wrong
// password". libarchive reads ZipCrypto, AES-128/192/256, AE-1 and AE-2, stored and deflated, and checks
// AES's authentication code; one reader for every kind is simpler than libzip plus an AE-2 path of our own.
// It reads from memory and, in its "seekable" mode, takes the entries and their sizes from the central
// directory, so the caps below are checked before an entry is inflated. It is loaded on first use
// (LibArchive), so every call goes through its function table `la`.

namespace sfm::helseid {

namespace {

struct ArchiveFree
{
    decltype(&::archive_read_free) release;
    void operator()(archive *a) const { release(a); } // also wipes the passphrase it copied
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

// ARCHIVE_ERRNO_MISC: archive.h only names it; libarchive's archive_platform.h makes it -1 everywhere.
constexpr int ArchiveErrnoMisc = -1;

QString archiveErrorText(const LibArchive &la, archive *a)
{
    const char *text = la.archive_error_string(a);
    return QString::fromUtf8(text ? text : "unknown libarchive error");
}

// An entry name for messages: printable, short.
QString displayName(const char *name)
{
    QString text = QString::fromUtf8(name ? name : "").left(120);
    for (QChar &c : text) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return text;
}

Error damaged(const QString &detail)
{
    return Error(
        QStringLiteral("import.zip_damaged"),
        [] {
            return PackageZip::tr(
                "The zip file is damaged or incomplete. Download it from the portal again.");
        },
        detail);
}

Error wrongPassword(const QString &detail)
{
    return Error(
        QStringLiteral("import.wrong_password"),
        [] {
            return PackageZip::tr("The password does not open the zip file. Check the password from the SMS "
                                  "and try again (it is case-sensitive).");
        },
        detail);
}

Error tooLarge(const QString &detail)
{
    return Error(
        QStringLiteral("import.too_large"),
        [] {
            return PackageZip::tr("The zip file holds far more data than any HelseID configuration. Check "
                                  "that you chose the zip file from the HelseID portal.");
        },
        detail);
}

Error passwordRequired(const QString &detail)
{
    return Error(
        QStringLiteral("import.password_required"),
        [] {
            return PackageZip::tr(
                "The zip file is protected by a password. Enter the password you received by SMS.");
        },
        detail);
}

Error unsupported(const QString &detail)
{
    return Error(
        QStringLiteral("import.zip_unsupported"),
        [] {
            return PackageZip::tr(
                "The zip file uses an encryption or compression method this program cannot open. Extract "
                "the JSON file with another tool and import that file.");
        },
        detail);
}

// A failed read of one entry, in the user's terms. libarchive tells its errors apart only by errno and
// text: ARCHIVE_ERRNO_FILE_FORMAT is the structure (truncated, corrupt headers), ARCHIVE_ERRNO_MISC is
// what decryption and checking found ("Incorrect passphrase", a bad CRC or authentication code, inflate
// failing). On an encrypted entry the second kind means the password: ZipCrypto's one-byte check lets a
// wrong password through 1 time in 256 (AES's two-byte check 1 in 65536) and what follows is garbage. Its
// texts for methods it cannot read all say "unsupported" or "not supported".
Error entryError(const LibArchive &la, archive *a, bool encrypted, const QString &name)
{
    const QString text = archiveErrorText(la, a);
    const QString detail = QStringLiteral("%1: %2").arg(name, text);
    if (text.contains(QLatin1String("unsupported"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("not supported"), Qt::CaseInsensitive))
        return unsupported(detail);
    if (encrypted && la.archive_errno(a) == ArchiveErrnoMisc)
        return wrongPassword(detail);
    return damaged(detail);
}

// Reads the entry libarchive is positioned on, at most `declared` bytes: one byte more is an entry that
// lies about its size. Reading on to the end is what makes libarchive check the CRC or AES's code.
Result<SecureBytes> readEntry(const LibArchive &la, archive *a, qint64 declared, bool encrypted,
                              const QString &name)
{
    QByteArray content(qsizetype(declared) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < content.size()) {
        const la_ssize_t n =
            la.archive_read_data(a, content.data() + filled, size_t(content.size() - filled));
        if (n < 0) {
            secureWipe(content);
            return entryError(la, a, encrypted, name);
        }
        if (n == 0)
            break;
        filled += qsizetype(n);
    }
    if (filled > declared) {
        secureWipe(content);
        return damaged(QStringLiteral("%1: more data than declared").arg(name));
    }
    content.truncate(filled);
    return SecureBytes(std::move(content));
}

} // namespace

bool PackageZip::looksLikeZip(QByteArrayView data)
{
    return data.startsWith(QByteArrayView("PK\x03\x04", 4)) ||
           data.startsWith(QByteArrayView("PK\x05\x06", 4)) ||
           data.startsWith(QByteArrayView("PK\x07\x08", 4));
}

Result<PackageZip::Entry> PackageZip::extractConfiguration(QByteArrayView zip, const SecureBytes &password)
{
    if (zip.size() > limits::MaxPackageFileBytes)
        return tooLarge(QStringLiteral("zip of %1 bytes").arg(zip.size()));

    // Stored and deflated entries only (ZipCrypto or WinZip AES around them): libarchive's other decoders
    // (bzip2, LZMA, XZ, Zstandard, PPMd) never see a byte of this file.
    if (auto methods = ZipMethodCheck::check(zip); !methods)
        return methods.error();

    const auto loaded = LibArchive::get();
    if (!loaded)
        return loaded.error();
    const LibArchive &la = **loaded;
    ArchivePtr reader(la.archive_read_new(), ArchiveFree{la.archive_read_free});
    if (!reader)
        return damaged(QStringLiteral("libarchive: out of memory"));
    // Zip only (no other format, no compression filter, no external program), read through its central
    // directory. libarchive keeps its own copy of the passphrase and wipes it in archive_read_free.
    la.archive_read_support_format_zip_seekable(reader.get());
    if (!password.isEmpty() &&
        la.archive_read_add_passphrase(reader.get(), password.bytes().constData()) != ARCHIVE_OK)
        return damaged(archiveErrorText(la, reader.get()));
    if (la.archive_read_open_memory(reader.get(), zip.data(), size_t(zip.size())) != ARCHIVE_OK) {
        // An archive with no entries is only its end record, which libarchive does not take for a zip.
        if (zip.startsWith(QByteArrayView("PK\x05\x06", 4)) && zip.size() >= 22 && zip[10] == 0 &&
            zip[11] == 0) {
            return Error(
                QStringLiteral("import.no_json"),
                [] {
                    return tr("The zip file holds no HelseID configuration (a JSON file with a client ID and "
                              "a key). Check that you chose the zip file from the HelseID portal.");
                },
                QStringLiteral("entries: (none)"));
        }
        return damaged(archiveErrorText(la, reader.get()));
    }

    QList<Entry> candidates;
    QStringList otherNames;
    qint64 total = 0;
    qint64 count = 0;
    bool skippedLarge = false;

    for (;;) {
        archive_entry *header = nullptr;
        const int status = la.archive_read_next_header(reader.get(), &header);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN) // WARN: e.g. a name in an unknown charset
            return damaged(archiveErrorText(la, reader.get()));
        if (++count > limits::MaxZipEntries)
            return tooLarge(QStringLiteral("more than %1 entries").arg(limits::MaxZipEntries));

        const char *utf8Name = la.archive_entry_pathname_utf8(header);
        const QString name = displayName(utf8Name ? utf8Name : la.archive_entry_pathname(header));
        if (la.archive_entry_filetype(header) != AE_IFREG)
            continue; // a directory or a link: nothing to read
        const bool encrypted = la.archive_entry_is_data_encrypted(header);
        // The declared size may lie; it is checked here and again while reading.
        const qint64 declared = la.archive_entry_size_is_set(header) ? la.archive_entry_size(header) : -1;
        if (declared < 0 || declared > limits::MaxEntryBytes) {
            skippedLarge = true;
            otherNames << name;
            continue;
        }
        if (total + declared > limits::MaxTotalUncompressedBytes)
            return tooLarge(
                QStringLiteral("more than %1 bytes uncompressed").arg(limits::MaxTotalUncompressedBytes));
        if (encrypted && password.isEmpty())
            return passwordRequired(QStringLiteral("%1: encrypted").arg(name));

        auto bytes = readEntry(la, reader.get(), declared, encrypted, name);
        if (!bytes)
            return bytes.error();
        total += bytes->size();

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes->bytes(), &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject() &&
            PortalConfigurationParser::looksLikeConfiguration(document.object())) {
            candidates.append(Entry{name, std::move(bytes).value()});
        } else {
            otherNames << name;
        }
    }

    if (candidates.size() > 1) {
        QStringList names;
        for (const Entry &entry : std::as_const(candidates))
            names << entry.name;
        return Error(
            QStringLiteral("import.several_json"),
            [names] {
                return tr("The zip file holds several HelseID configurations (%1), so it is not clear which "
                          "one to use. Extract the one you want and import that JSON file.")
                    .arg(names.join(QStringLiteral(", ")));
            },
            QStringLiteral("candidates: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (candidates.isEmpty()) {
        if (skippedLarge)
            return tooLarge(QStringLiteral("entries over %1 bytes: %2")
                                .arg(limits::MaxEntryBytes)
                                .arg(otherNames.join(QStringLiteral(", "))));
        return Error(
            QStringLiteral("import.no_json"),
            [] {
                return tr("The zip file holds no HelseID configuration (a JSON file with a client ID and a "
                          "key). Check that you chose the zip file from the HelseID portal.");
            },
            QStringLiteral("entries: %1")
                .arg(otherNames.isEmpty() ? QStringLiteral("(none)")
                                          : otherNames.join(QStringLiteral(", "))));
    }
    qCInfo(lcHelseId) << "Found the configuration in zip entry" << candidates.first().name;
    return std::move(candidates.first());
}

} // namespace sfm::helseid
