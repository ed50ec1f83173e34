#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfm::fleet {

// RFC 4180 records as spreadsheets write them: fields separated by a delimiter, quoted fields with doubled
// quotes and line breaks inside, CRLF or LF line ends. Lenient where Excel is (a quote inside an unquoted
// field is kept as a character); strict where data would be lost (a quote never closed is an error).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(sfm::fleet::CsvReader)

public:
    // One record per row as a spreadsheet shows it: records[i] is spreadsheet row i + 1, even when a
    // quoted field spans several lines of the file. An empty line is an empty record (a blank row).
    using Records = QList<QStringList>;

    // ';' when the first record (the header) has more semicolons than commas outside quotes, ',' otherwise.
    static QChar detectDelimiter(QStringView text);
    static Result<Records> parse(QStringView text, QChar delimiter);
};

} // namespace sfm::fleet
