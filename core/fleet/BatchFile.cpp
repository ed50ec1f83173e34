#include "BatchFile.h"

#include "fleet/CsvReader.h"
#include "onboarding/OrganizationNumber.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <optional>

namespace sfm::fleet {

namespace {

struct Alias
{
    const char *key; // lower case, without spaces, '-' and '_'
    BatchFile::Column column;
};

// English and Norwegian names of each column (Bokmål and Nynorsk agree on these words).
constexpr Alias Aliases[] = {
    {"organizationnumber", BatchFile::Column::OrganizationNumber},
    {"organisationnumber", BatchFile::Column::OrganizationNumber},
    {"organisasjonsnummer", BatchFile::Column::OrganizationNumber},
    {"journalname", BatchFile::Column::JournalName},
    {"journalnavn", BatchFile::Column::JournalName},
    {"journalnamn", BatchFile::Column::JournalName},
    {"childorganizationnumbers", BatchFile::Column::ChildOrganizationNumbers},
    {"underenheter", BatchFile::Column::ChildOrganizationNumbers},
    {"undereiningar", BatchFile::Column::ChildOrganizationNumbers},
    {"sfmid", BatchFile::Column::SfmId},
    {"scopes", BatchFile::Column::Scopes},
    {"tilganger", BatchFile::Column::Scopes},
    {"tilgangar", BatchFile::Column::Scopes},
    {"contactemail", BatchFile::Column::ContactEmail},
    {"epost", BatchFile::Column::ContactEmail},
    {"email", BatchFile::Column::ContactEmail},
    {"language", BatchFile::Column::ContactLanguage},
    {"språk", BatchFile::Column::ContactLanguage},
    {"sprak", BatchFile::Column::ContactLanguage},
};

QString headerKey(QStringView header)
{
    QString key;
    for (const QChar c : header) {
        if (c.isSpace() || c == u'-' || c == u'_' || c == QChar(0xFEFF))
            continue;
        key.append(c.toLower());
    }
    return key;
}

} // namespace

QString BatchRow::identity() const
{
    return identity(organizationNumber, journalName);
}

QString BatchRow::identity(const QString &organizationNumber, const QString &journalName)
{
    return onboarding::normalizedOrganizationNumber(organizationNumber) + u'\x1f' +
           journalName.simplified().toCaseFolded();
}

std::optional<BatchFile::Column> BatchFile::columnFromHeader(QStringView header)
{
    const QString key = headerKey(header);
    for (const Alias &a : Aliases) {
        if (key == QString::fromUtf8(a.key))
            return a.column;
    }
    return std::nullopt;
}

QString BatchFile::columnName(Column column)
{
    switch (column) {
    case Column::OrganizationNumber:
        return QStringLiteral("organizationNumber");
    case Column::JournalName:
        return QStringLiteral("journalName");
    case Column::ChildOrganizationNumbers:
        return QStringLiteral("childOrganizationNumbers");
    case Column::SfmId:
        return QStringLiteral("sfmId");
    case Column::Scopes:
        return QStringLiteral("scopes");
    case Column::ContactEmail:
        return QStringLiteral("contactEmail");
    case Column::ContactLanguage:
        return QStringLiteral("language");
    }
    return {};
}

QStringList BatchFile::splitList(QStringView cell)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return cell.toString().split(separators, Qt::SkipEmptyParts);
}

Result<BatchFile> BatchFile::read(const QString &path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            QStringLiteral("fleet.batch.read"),
            [shown]() -> QString {
                return tr("Could not read the batch file %1. Check the name and that you may read it.")
                    .arg(shown);
            },
            file.errorString());
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return Error(QStringLiteral("fleet.batch.too_large"), [shown]() -> QString {
            return tr("The batch file %1 is larger than 16 MB. Split it into several files.").arg(shown);
        });
    return parse(bytes);
}

Result<BatchFile> BatchFile::parse(const QByteArray &bytes)
{
    BatchFile batch;
    const QString text = decodeSpreadsheetText(bytes, &batch.m_encoding);
    batch.m_delimiter = CsvReader::detectDelimiter(text);
    auto records = CsvReader::parse(text, batch.m_delimiter);
    if (!records)
        return records.error();
    if (records->isEmpty() || records->first().join(QString()).trimmed().isEmpty())
        return Error(QStringLiteral("fleet.batch.no_header"), []() -> QString {
            return tr("The batch file has no header row. Row 1 must name the columns, e.g. "
                      "organizationNumber;journalName.");
        });

    // The header: every named column must be known; unnamed cells are allowed (Excel writes trailing
    // delimiters) but a value under one is reported per row.
    const QStringList header = records->first();
    QList<std::optional<Column>> columnAt;
    QStringList unknown;
    QList<Column> seen;
    QStringList repeated;
    for (const QString &cell : header) {
        const QString name = cell.trimmed().remove(QChar(0xFEFF));
        if (name.isEmpty()) {
            columnAt.append(std::nullopt);
            continue;
        }
        const auto column = columnFromHeader(name);
        if (!column)
            unknown.append(name);
        else if (seen.contains(*column))
            repeated.append(name);
        else
            seen.append(*column);
        columnAt.append(column);
    }
    if (!unknown.isEmpty())
        return Error(QStringLiteral("fleet.batch.unknown_columns"), [unknown]() -> QString {
            return tr("The batch file has columns this program does not know: %1. Known columns are "
                      "organizationNumber, journalName, childOrganizationNumbers, sfmId, scopes, "
                      "contactEmail "
                      "and language (or organisasjonsnummer, journalnavn, underenheter, sfm-id, e-post, "
                      "språk). Rename or remove the others.")
                .arg(QLocale().createSeparatedList(unknown));
        });
    if (!repeated.isEmpty())
        return Error(QStringLiteral("fleet.batch.repeated_columns"), [repeated]() -> QString {
            return tr("The batch file names a column twice: %1. Keep one of them.")
                .arg(QLocale().createSeparatedList(repeated));
        });
    QStringList missing;
    for (const Column required : {Column::OrganizationNumber, Column::JournalName}) {
        if (!seen.contains(required))
            missing.append(columnName(required));
    }
    if (!missing.isEmpty())
        return Error(QStringLiteral("fleet.batch.missing_columns"), [missing]() -> QString {
            return tr("The batch file lacks the column %1. Row 1 must name it.")
                .arg(QLocale().createSeparatedList(missing));
        });
    batch.m_columns = seen;

    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList &cells = records->at(r);
        bool blank = true;
        for (const QString &cell : cells)
            blank = blank && cell.trimmed().isEmpty();
        if (blank)
            continue;
        BatchRow row;
        row.row = int(r) + 1;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString value = cells.at(c).trimmed();
            const std::optional<Column> column = c < columnAt.size() ? columnAt.at(c) : std::nullopt;
            if (!column) {
                if (!value.isEmpty())
                    row.strayValues.append(value);
                continue;
            }
            switch (*column) {
            case Column::OrganizationNumber:
                row.organizationNumber = onboarding::normalizedOrganizationNumber(value);
                break;
            case Column::JournalName:
                row.journalName = value;
                break;
            case Column::ChildOrganizationNumbers:
                row.childOrganizationNumbers = splitList(value);
                break;
            case Column::SfmId:
                row.sfmId = value;
                break;
            case Column::Scopes:
                row.scopes = splitList(value);
                break;
            case Column::ContactEmail:
                row.contactEmail = value;
                break;
            case Column::ContactLanguage:
                row.contactLanguage = value.toLower();
                break;
            }
        }
        batch.m_rows.append(row);
    }
    return batch;
}

} // namespace sfm::fleet
