#include "CsvReader.h"

namespace sfm::fleet {

QChar CsvReader::detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

Result<CsvReader::Records> CsvReader::parse(QStringView text, QChar delimiter)
{
    Records records;
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field began with a quote
    int quoteStartRow = 0;  // spreadsheet row where an open quote began
    bool recordStarted = false;

    const auto endField = [&] {
        record.append(field);
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        if (recordStarted || !record.isEmpty() || !field.isEmpty())
            endField();
        records.append(record);
        record.clear();
        recordStarted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = recordStarted = true;
            quoteStartRow = int(records.size()) + 1;
        } else if (c == delimiter) {
            recordStarted = true;
            endField();
        } else if (c == u'\r') {
            if (i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
        } else if (c == u'\n') {
            endRecord();
        } else {
            // Text after a closing quote, or a quote inside an unquoted field: kept as written.
            recordStarted = true;
            field.append(c);
        }
    }
    if (quoted)
        return Error(QStringLiteral("fleet.csv.open_quote"), [row = quoteStartRow]() -> QString {
            return tr("Row %1 opens a quotation mark that is never closed. Check that row in the "
                      "spreadsheet, or save the file again as CSV.")
                .arg(row);
        });
    if (recordStarted || !record.isEmpty() || !field.isEmpty())
        endRecord();
    return records;
}

} // namespace sfm::fleet
