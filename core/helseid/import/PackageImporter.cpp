#include "PackageImporter.h"

#include "ImportLimits.h"
#include "Logging.h"
#include "PackageZip.h"
#include "PortalConfigurationParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sfm::helseid {

namespace {

Error tooLargeFile(qint64 size)
{
    return Error(
        QStringLiteral("import.too_large"),
        [] {
            return PackageImporter::tr("The file is far larger than any HelseID configuration file. Check "
                                       "that you chose the zip or JSON file from the HelseID portal.");
        },
        QStringLiteral("file of %1 bytes, at most %2 accepted").arg(size).arg(limits::MaxPackageFileBytes));
}

// The JSON inside a zip starts with "{", possibly after a UTF-8 byte order mark and whitespace.
bool looksLikeJson(QByteArrayView data)
{
    if (data.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)))
        data = data.sliced(3);
    for (const char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

} // namespace

Result<SecureBytes> PackageImporter::readCapped(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Error(
            QStringLiteral("import.file_unreadable"),
            [path] {
                return tr("The file %1 does not exist or is not a file. Choose the zip or JSON file you "
                          "downloaded from the portal.")
                    .arg(QDir::toNativeSeparators(path));
            },
            QStringLiteral("not a regular file"));
    }
    if (info.size() > limits::MaxPackageFileBytes)
        return tooLargeFile(info.size());

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            QStringLiteral("import.file_unreadable"),
            [path] {
                return tr("The file %1 could not be opened. Check that you may read it and try again.")
                    .arg(QDir::toNativeSeparators(path));
            },
            file.errorString());
    }
    // The file may grow after the size check; read one byte more than allowed to notice.
    SecureBytes data(file.read(limits::MaxPackageFileBytes + 1));
    if (data.size() > limits::MaxPackageFileBytes)
        return tooLargeFile(data.size());
    if (file.error() != QFileDevice::NoError) {
        return Error(
            QStringLiteral("import.file_unreadable"),
            [path] {
                return tr("The file %1 could not be read. Try again, or copy it to a local disk first.")
                    .arg(QDir::toNativeSeparators(path));
            },
            file.errorString());
    }
    return data;
}

Result<PortalConfiguration> PackageImporter::importFile(const QString &path, const Options &options)
{
    auto data = readCapped(path);
    if (!data)
        return data.error();
    qCInfo(lcHelseId) << "Importing portal configuration file" << QFileInfo(path).fileName();
    return importData(data->bytes(), options);
}

Result<PortalConfiguration> PackageImporter::importData(QByteArrayView data, const Options &options)
{
    if (data.size() > limits::MaxPackageFileBytes)
        return tooLargeFile(data.size());

    std::optional<Result<PortalConfiguration>> parsed;
    if (PackageZip::looksLikeZip(data)) {
        auto entry = PackageZip::extractConfiguration(data, options.password);
        if (!entry)
            return entry.error();
        parsed.emplace(PortalConfigurationParser::parse(entry->json.bytes()));
    } else if (looksLikeJson(data)) {
        parsed.emplace(PortalConfigurationParser::parse(data));
    } else {
        return Error(
            QStringLiteral("import.not_zip"),
            [] {
                return tr("The file is neither a zip file from the HelseID portal nor the JSON file inside "
                          "it. Choose the zip file you downloaded from the portal.");
            },
            QStringLiteral("unknown file format"));
    }
    if (!parsed->ok())
        return parsed->error();

    PortalConfiguration config = std::move(*parsed).value();
    if (auto valid = PortalConfigurationValidator::validate(config, options.expectations); !valid)
        return valid.error();
    return config;
}

} // namespace sfm::helseid
