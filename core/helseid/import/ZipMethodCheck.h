#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace sfm::helseid {

// What a portal zip may hold, checked on its bytes before libarchive reads them: entries stored (method 0)
// or deflated (8), plain or encrypted with ZipCrypto or WinZip AES (method 99, whose AES field names the real
// method, again stored or deflated). libarchive's zip reader would also hand bzip2, LZMA, XZ, Zstandard and
// PPMd entries to their decoders, which no portal zip needs: refusing them here keeps those decoders away
// from untrusted input. Both the central directory and each entry's local header are checked, since
// libarchive decodes by the local header; the directory is found as libarchive finds it (the last end
// record, ZIP64 when marked, data in front of the zip allowed for).
class ZipMethodCheck
{
    Q_DECLARE_TR_FUNCTIONS(ZipMethodCheck)

public:
    // ok; import.zip_unsupported naming the method; import.zip_damaged when the directory is cut short. A
    // zip whose end record is not found passes, for libarchive to refuse as not a zip.
    static Result<void> check(QByteArrayView zip);
    // "BZip2", "LZMA", … or "method N", for messages.
    static QString methodName(quint16 method);
};

} // namespace sfm::helseid
