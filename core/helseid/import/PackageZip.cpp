#include "PackageZip.h"

#include "ImportLimits.h"
#include "Logging.h"
#include "PortalConfigurationParser.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <zip.h>

#include <memory>

namespace sfm::helseid {

namespace {

struct ZipDiscard
{
    void operator()(zip_t *zip) const { zip_discard(zip); }
};
struct ZipFileClose
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipDiscard>;
using ZipFilePtr = std::unique_ptr<zip_file_t, ZipFileClose>;

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
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

Error notZip(const QString &detail)
{
    return Error(
        QStringLiteral("import.not_zip"),
        [] {
            return PackageZip::tr("The file is not a zip file from the HelseID portal. Choose the zip file "
                                  "you downloaded from the portal, or the JSON file inside it.");
        },
        detail);
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

// Errors that open or read of one entry can give, in the user's terms.
Error entryError(int code, bool encrypted, const QString &name)
{
    const QString detail = QStringLiteral("%1: %2").arg(name, zipErrorText(code));
    switch (code) {
    case ZIP_ER_NOPASSWD:
        return Error(
            QStringLiteral("import.password_required"),
            [] {
                return PackageZip::tr(
                    "The zip file is protected by a password. Enter the password you received by SMS.");
            },
            detail);
    case ZIP_ER_WRONGPASSWD:
        return wrongPassword(detail);
    case ZIP_ER_CRC:
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA:
        // A wrong ZipCrypto password passes its one-byte check 1 time in 256 and then yields garbage.
        return encrypted ? wrongPassword(detail) : damaged(detail);
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_COMPNOTSUPP:
        return Error(
            QStringLiteral("import.zip_unsupported"),
            [] {
                return PackageZip::tr(
                    "The zip file uses an encryption or compression method this program cannot open. Extract "
                    "the JSON file with another tool and import that file.");
            },
            detail);
    default:
        return damaged(detail);
    }
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

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(zip.data(), zip_uint64_t(zip.size()), 0, &error);
    if (!source) {
        const QString text = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return damaged(text);
    }
    ZipPtr archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        const int code = zip_error_code_zip(&error);
        const QString text = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        zip_source_free(source); // still ours when the open failed
        if (code == ZIP_ER_NOZIP)
            return notZip(text);
        return damaged(text);
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0)
        return damaged(QStringLiteral("no central directory"));
    if (count > limits::MaxZipEntries)
        return tooLarge(QStringLiteral("%1 entries").arg(count));

    const char *pass = password.isEmpty() ? nullptr : password.bytes().constData();
    QList<Entry> candidates;
    QStringList otherNames;
    qint64 total = 0;
    bool skippedLarge = false;

    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0)
            return damaged(QStringLiteral("entry %1 unreadable").arg(i));
        const QString name = displayName((stat.valid & ZIP_STAT_NAME) ? stat.name : nullptr);
        if (name.endsWith(QLatin1Char('/')))
            continue; // a directory
        const bool encrypted =
            (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE;
        // The declared size may lie; it is checked here and again while reading.
        if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > zip_uint64_t(limits::MaxEntryBytes)) {
            skippedLarge = true;
            otherNames << name;
            continue;
        }
        if (total + qint64(stat.size) > limits::MaxTotalUncompressedBytes)
            return tooLarge(
                QStringLiteral("more than %1 bytes uncompressed").arg(limits::MaxTotalUncompressedBytes));

        // Checked before opening: libzip 1.7.3 leaks when zip_fopen fails on an unsupported method (found by
        // fuzz_package_zip; the input is in tests/fuzz/corpus/fuzz_package_zip).
        if (encrypted && !zip_encryption_method_supported(stat.encryption_method, 0))
            return entryError(ZIP_ER_ENCRNOTSUPP, encrypted, name);
        if ((stat.valid & ZIP_STAT_COMP_METHOD) && !zip_compression_method_supported(stat.comp_method, 0))
            return entryError(ZIP_ER_COMPNOTSUPP, encrypted, name);

        ZipFilePtr file(zip_fopen_index_encrypted(archive.get(), zip_uint64_t(i), 0, pass));
        if (!file)
            return entryError(zip_error_code_zip(zip_get_error(archive.get())), encrypted, name);

        QByteArray content(qsizetype(stat.size) + 1, Qt::Uninitialized);
        qsizetype filled = 0;
        for (;;) {
            if (filled == content.size())
                break; // more than declared: stop before the cap is passed
            const zip_int64_t n =
                zip_fread(file.get(), content.data() + filled, zip_uint64_t(content.size() - filled));
            if (n < 0) {
                secureWipe(content);
                return entryError(zip_error_code_zip(zip_file_get_error(file.get())), encrypted, name);
            }
            if (n == 0)
                break;
            filled += qsizetype(n);
        }
        if (filled > qsizetype(stat.size)) {
            secureWipe(content);
            return damaged(QStringLiteral("%1: more data than declared").arg(name));
        }
        content.truncate(filled);
        total += filled;

        SecureBytes bytes(std::move(content));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes.bytes(), &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject() &&
            PortalConfigurationParser::looksLikeConfiguration(document.object())) {
            candidates.append(Entry{name, std::move(bytes)});
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
