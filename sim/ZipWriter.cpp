#include "ZipWriter.h"

#include <QCoreApplication>

#include <cstdio>

#include <zip.h>

namespace sfm::sim {

namespace {

Error zipError(const QString &detail)
{
    return Error(
        QStringLiteral("sim.zip"),
        QCoreApplication::translate("sfm::sim::ZipWriter", "The configuration file could not be packed."),
        detail);
}

} // namespace

Result<QByteArray> writeEncryptedZip(const QList<ZipEntry> &entries, const QString &password,
                                     ZipEncryption encryption)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) {
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return zipError(detail);
    }
    // Keep the buffer alive after zip_close() so the finished archive can be read back from it.
    zip_source_keep(buffer);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        zip_source_free(buffer);
        return zipError(detail);
    }
    const QByteArray pass = password.toUtf8();
    const zip_uint16_t method = encryption == ZipEncryption::Aes256 ? ZIP_EM_AES_256 : ZIP_EM_TRAD_PKWARE;
    for (const ZipEntry &entry : entries) {
        // The source reads the entry's bytes in place; they outlive zip_close() below.
        zip_source_t *data =
            zip_source_buffer(archive, entry.data.bytes().constData(), zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index =
            data ? zip_file_add(archive, entry.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data)
                zip_source_free(data);
            const QString detail = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            zip_source_free(buffer);
            return zipError(detail);
        }
        if (zip_file_set_encryption(archive, zip_uint64_t(index), method, pass.constData()) != 0) {
            const QString detail = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            zip_source_free(buffer);
            return zipError(detail);
        }
    }
    if (zip_close(archive) != 0) {
        const QString detail = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(buffer);
        return zipError(detail);
    }
    QByteArray out;
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        if (size > 0) {
            out.resize(qsizetype(size));
            if (zip_source_read(buffer, out.data(), zip_uint64_t(size)) != size)
                out.clear();
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    if (out.isEmpty())
        return zipError(QStringLiteral("reading the finished archive failed"));
    return out;
}

} // namespace sfm::sim
