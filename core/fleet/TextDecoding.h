#pragma once

#include <QByteArray>
#include <QString>

namespace sfm::fleet {

// How a text file from a spreadsheet was written. Excel on Windows saves "CSV (UTF-8)" with a byte order
// mark and plain "CSV" in the system's ANSI code page, which for Norwegian Windows is Windows-1252.
enum class TextEncoding
{
    Utf8,
    Utf8WithBom,
    Windows1252
};

// UTF-8 when the bytes are valid UTF-8 (a BOM is removed), Windows-1252 otherwise: a file that is not UTF-8
// is almost certainly the ANSI code page, and Windows-1252 maps every byte to a character (the five
// undefined ones become U+FFFD), so decoding never fails.
QString decodeSpreadsheetText(const QByteArray &bytes, TextEncoding *encoding = nullptr);

// Windows-1252 on its own (Qt 6.4's QStringDecoder has no such codec).
QString decodeWindows1252(QByteArrayView bytes);
// The inverse, for tests and reports; characters Windows-1252 lacks become '?'.
QByteArray encodeWindows1252(QStringView text);

} // namespace sfm::fleet
