#include "ZipMethodCheck.h"

#include <QtEndian>

#include <optional>

namespace sfm::helseid {

namespace {

constexpr quint32 LocalSignature = 0x04034b50;
constexpr quint32 CentralSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr quint32 Zip64LocatorSignature = 0x07064b50;
constexpr quint32 Zip64EndSignature = 0x06064b50;
constexpr quint16 Stored = 0;
constexpr quint16 Deflated = 8;
constexpr quint16 WinZipAes = 99;
constexpr quint16 AesExtraId = 0x9901;
constexpr quint16 Zip64ExtraId = 0x0001;

// Bounds-checked little-endian reads: a position outside the data is nullopt, never a read past it.
class Bytes
{
public:
    explicit Bytes(QByteArrayView data)
        : m_data(data)
    {}
    bool has(quint64 at, quint64 length) const
    {
        const auto size = quint64(m_data.size());
        return at <= size && length <= size - at;
    }
    std::optional<quint16> u16(quint64 at) const
    {
        return has(at, 2) ? std::optional(qFromLittleEndian<quint16>(m_data.data() + at)) : std::nullopt;
    }
    std::optional<quint32> u32(quint64 at) const
    {
        return has(at, 4) ? std::optional(qFromLittleEndian<quint32>(m_data.data() + at)) : std::nullopt;
    }
    std::optional<quint64> u64(quint64 at) const
    {
        return has(at, 8) ? std::optional(qFromLittleEndian<quint64>(m_data.data() + at)) : std::nullopt;
    }
    quint64 size() const { return quint64(m_data.size()); }

private:
    QByteArrayView m_data;
};

// One extra field's data (id, then a 16-bit length) among the extra fields at [at, at + length).
std::optional<quint64> findExtra(const Bytes &b, quint64 at, quint64 length, quint16 id, quint16 *size)
{
    const quint64 end = at + length;
    while (at + 4 <= end) {
        const auto fieldId = b.u16(at);
        const auto fieldSize = b.u16(at + 2);
        if (!fieldId || !fieldSize || at + 4 + *fieldSize > end)
            return std::nullopt;
        if (*fieldId == id) {
            *size = *fieldSize;
            return at + 4;
        }
        at += 4 + *fieldSize;
    }
    return std::nullopt;
}

Error damaged(const QString &detail)
{
    return Error(
        QStringLiteral("import.zip_damaged"),
        [] {
            return ZipMethodCheck::tr(
                "The zip file is damaged or incomplete. Download it from the portal again.");
        },
        detail);
}

Error unsupported(quint16 method, const QString &name)
{
    return Error(
        QStringLiteral("import.zip_unsupported"),
        [method = ZipMethodCheck::methodName(method)] {
            return ZipMethodCheck::tr(
                       "The zip file uses the compression method %1, which a HelseID portal zip does not use "
                       "and this program does not open (it reads stored and deflated entries only). Extract "
                       "the JSON file with another tool and import that file.")
                .arg(method);
        },
        QStringLiteral("%1: unsupported compression method %2").arg(name).arg(method));
}

// The method an entry is decoded with: its own, or for WinZip AES the one in its AES field. nullopt when
// an AES entry has no AES field (nothing could decode it).
std::optional<quint16> realMethod(const Bytes &b, quint16 method, quint64 extra, quint64 extraLength)
{
    if (method != WinZipAes)
        return method;
    quint16 size = 0;
    const auto field = findExtra(b, extra, extraLength, AesExtraId, &size);
    if (!field || size < 7)
        return std::nullopt;
    return b.u16(*field + 5);
}

bool allowed(std::optional<quint16> method)
{
    return method && (*method == Stored || *method == Deflated);
}

struct Directory
{
    quint64 start = 0;      // where the central directory is in the data
    quint64 correction = 0; // added to the offsets the zip states (data in front of it)
};

// The central directory as libarchive finds it: the last end record in the final 64 KiB + 22 bytes, its
// ZIP64 record when the end record says so, and the directory taken to end where the end records begin.
std::optional<Directory> findDirectory(const Bytes &b)
{
    if (b.size() < 22)
        return std::nullopt;
    const quint64 lowest = b.size() > 22 + 0xFFFF ? b.size() - 22 - 0xFFFF : 0;
    for (quint64 at = b.size() - 22;; --at) {
        if (b.u32(at) == EndSignature) {
            quint64 end = at;
            quint64 size = *b.u32(at + 12);
            quint64 offset = *b.u32(at + 16);
            if (*b.u16(at + 10) == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF) {
                if (at < 20 || b.u32(at - 20) != Zip64LocatorSignature)
                    return std::nullopt;
                const auto zip64 = b.u64(at - 20 + 8);
                if (!zip64 || !b.has(*zip64, 56) || b.u32(*zip64) != Zip64EndSignature)
                    return std::nullopt;
                end = *zip64;
                size = *b.u64(end + 40);
                offset = *b.u64(end + 48);
            }
            if (size > end || offset > end - size)
                return std::nullopt;
            return Directory{end - size, end - size - offset};
        }
        if (at == lowest)
            return std::nullopt;
    }
}

} // namespace

QString ZipMethodCheck::methodName(quint16 method)
{
    switch (method) {
    case 0:
        return QStringLiteral("stored");
    case 1:
        return QStringLiteral("Shrink");
    case 6:
        return QStringLiteral("Implode");
    case 8:
        return QStringLiteral("Deflate");
    case 9:
        return QStringLiteral("Deflate64");
    case 12:
        return QStringLiteral("BZip2");
    case 14:
        return QStringLiteral("LZMA");
    case 93:
        return QStringLiteral("Zstandard");
    case 95:
        return QStringLiteral("XZ");
    case 98:
        return QStringLiteral("PPMd");
    default:
        return QStringLiteral("%1").arg(method);
    }
}

Result<void> ZipMethodCheck::check(QByteArrayView zip)
{
    const Bytes b(zip);
    const auto directory = findDirectory(b);
    if (!directory)
        return {};
    // Every central header, as libarchive reads them: one after another while the signature is there.
    quint64 at = directory->start;
    for (int index = 0; b.u32(at) == CentralSignature; ++index) {
        if (!b.has(at, 46))
            return damaged(QStringLiteral("central header %1 cut short").arg(index));
        const quint16 method = *b.u16(at + 10);
        const quint64 nameLength = *b.u16(at + 28);
        const quint64 extraLength = *b.u16(at + 30);
        const quint64 commentLength = *b.u16(at + 32);
        const quint64 extra = at + 46 + nameLength;
        if (!b.has(at + 46, nameLength + extraLength + commentLength))
            return damaged(QStringLiteral("central header %1 cut short").arg(index));
        const QString name = QStringLiteral("entry %1").arg(index);
        const auto central = realMethod(b, method, extra, extraLength);
        if (!allowed(central))
            return unsupported(central.value_or(method), name);

        // The local header, where libarchive takes the method it decodes with.
        quint64 local = *b.u32(at + 42);
        if (local == 0xFFFFFFFF) {
            // ZIP64: the 64-bit sizes come first in its field, each only when its 32-bit one is all ones.
            quint16 size = 0;
            const auto field = findExtra(b, extra, extraLength, Zip64ExtraId, &size);
            quint64 skip = (*b.u32(at + 24) == 0xFFFFFFFF ? 8 : 0) + (*b.u32(at + 20) == 0xFFFFFFFF ? 8 : 0);
            const auto offset = field && skip + 8 <= size ? b.u64(*field + skip) : std::nullopt;
            if (!offset)
                return damaged(QStringLiteral("%1: no ZIP64 offset").arg(name));
            local = *offset;
        }
        // Where the zip says, and there moved by the data in front of it: a reader may take either, so a
        // local header found at either place must name an allowed method, and one must be found.
        bool found = false;
        for (const quint64 l : {local, local + directory->correction}) {
            if (b.u32(l) != LocalSignature || !b.has(l, 30))
                continue;
            found = true;
            const quint16 stated = *b.u16(l + 8);
            const auto localMethod = realMethod(b, stated, l + 30 + *b.u16(l + 26), *b.u16(l + 28));
            if (!allowed(localMethod))
                return unsupported(localMethod.value_or(stated), name);
        }
        if (!found)
            return damaged(QStringLiteral("%1: no local header").arg(name));

        at += 46 + nameLength + extraLength + commentLength;
    }
    return {};
}

} // namespace sfm::helseid
