#pragma once

#include "Result.h"
#include "fleet/TextDecoding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfm::fleet {

// One row of a batch file: one journal of one organization, to become one onboarding.
struct BatchRow
{
    int row = 0;                // as a spreadsheet shows it: the header is row 1, the first data row is row 2
    QString organizationNumber; // spaces removed ("974 760 673")
    QString journalName;        // trimmed
    QStringList childOrganizationNumbers;
    QString sfmId;      // empty = a new journal (HelseID assigns the SFM-id)
    QStringList scopes; // empty = the vendor profile's preselected scopes
    QString contactEmail;
    QString contactLanguage; // "nb", "nn", "en" or empty (the program's language)
    // Cells the file had beyond its header, or values under a header cell without a name: reported by
    // BatchValidator rather than dropped silently.
    QStringList strayValues;

    // What identifies the row across runs: organization number + journal name (case and inner spaces
    // ignored), so running the same file again continues the same onboardings.
    QString identity() const;
    static QString identity(const QString &organizationNumber, const QString &journalName);
};

// A batch CSV as people make it: comma or semicolon (detected from the header), UTF-8 with or without a
// BOM or Windows-1252, quoted fields, and a header naming the columns in English or Norwegian, any case
// (docs: the support-staff guide). File-level problems (unreadable, no header, unknown or missing columns)
// are errors; problems of single rows are BatchValidator's.
class BatchFile
{
    Q_DECLARE_TR_FUNCTIONS(sfm::fleet::BatchFile)

public:
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    enum class Column
    {
        OrganizationNumber,
        JournalName,
        ChildOrganizationNumbers,
        SfmId,
        Scopes,
        ContactEmail,
        ContactLanguage
    };

    static Result<BatchFile> read(const QString &path);
    static Result<BatchFile> parse(const QByteArray &bytes);

    // The column a header cell names (English or Norwegian, any case; spaces, '-' and '_' ignored).
    static std::optional<Column> columnFromHeader(QStringView header);
    static QString columnName(Column column); // the English name, e.g. "organizationNumber"
    // Splits a cell holding several values (child units, scopes) at spaces, commas and semicolons.
    static QStringList splitList(QStringView cell);

    QChar delimiter() const { return m_delimiter; }
    TextEncoding encoding() const { return m_encoding; }
    QList<Column> columns() const { return m_columns; }
    const QList<BatchRow> &rows() const { return m_rows; } // blank rows left out (their numbers are not)

private:
    QChar m_delimiter = u',';
    TextEncoding m_encoding = TextEncoding::Utf8;
    QList<Column> m_columns;
    QList<BatchRow> m_rows;
};

} // namespace sfm::fleet
