#include "TextDecoding.h"

#include <QStringDecoder>

namespace sfm::fleet {

namespace {

// Windows-1252 bytes 0x80–0x9F (the rest is ISO-8859-1, identical to the first 256 code points).
// 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined.
constexpr char16_t High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, // 88–8F
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178, // 98–9F
};

} // namespace

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *d++ = (b >= 0x80 && b <= 0x9F) ? QChar(High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

QByteArray encodeWindows1252(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(char(u));
            continue;
        }
        char mapped = '?';
        for (int i = 0; i < 32; ++i) {
            if (High[i] == u && u != 0xFFFD) {
                mapped = char(0x80 + i);
                break;
            }
        }
        out.append(mapped);
    }
    return out;
}

QString decodeSpreadsheetText(const QByteArray &bytes, TextEncoding *encoding)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = bom ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = bom ? TextEncoding::Utf8WithBom : TextEncoding::Utf8;
        return text;
    }
    if (encoding)
        *encoding = TextEncoding::Windows1252;
    return decodeWindows1252(body);
}

} // namespace sfm::fleet
