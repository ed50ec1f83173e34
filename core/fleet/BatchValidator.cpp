#include "BatchValidator.h"

#include "onboarding/ContactDetails.h"
#include "onboarding/OnboardingData.h"
#include "onboarding/OrganizationNumber.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace sfm::fleet {

namespace {

// "Row 7: <inner message>", following a language switch like the inner error does.
BatchProblem problem(int row, BatchFile::Column column, const Error &inner)
{
    BatchProblem p;
    p.row = row;
    p.column = BatchFile::columnName(column);
    p.error = Error(
        inner.code,
        [row, inner]() -> QString {
            return BatchValidator::tr("Row %1: %2").arg(row).arg(inner.retranslated().message);
        },
        inner.detail);
    return p;
}

} // namespace

BatchValidator::BatchValidator(QStringList offeredScopes)
    : m_offeredScopes(std::move(offeredScopes))
{}

QList<BatchProblem> BatchValidator::validateRow(const BatchRow &row) const
{
    using Column = BatchFile::Column;
    QList<BatchProblem> out;
    if (row.organizationNumber.isEmpty()) {
        out.append(problem(row.row, Column::OrganizationNumber,
                           Error(QStringLiteral("fleet.batch.orgnr_missing"),
                                 []() -> QString { return tr("the organization number is missing."); })));
    } else if (auto org = onboarding::checkOrganizationNumber(row.organizationNumber); !org) {
        out.append(problem(row.row, Column::OrganizationNumber, org.error()));
    }
    if (row.journalName.isEmpty())
        out.append(problem(row.row, Column::JournalName,
                           Error(QStringLiteral("fleet.batch.journal_missing"), []() -> QString {
                               return tr("the journal name is missing; it tells this journal apart from the "
                                         "organization's others.");
                           })));
    for (const QString &child : row.childOrganizationNumbers) {
        if (auto c = onboarding::checkOrganizationNumber(child); !c) {
            out.append(
                problem(row.row, Column::ChildOrganizationNumbers,
                        Error(c.error().code, [shown = child.left(20), inner = c.error()]() -> QString {
                            return tr("child unit %1: %2").arg(shown, inner.retranslated().message);
                        })));
        } else if (child == row.organizationNumber) {
            out.append(problem(row.row, Column::ChildOrganizationNumbers,
                               Error(QStringLiteral("onboarding.orgnr.child_is_parent"), []() -> QString {
                                   return tr("a child unit cannot have the same number as the organization "
                                             "itself.");
                               })));
        }
    }
    if (!row.sfmId.isEmpty()) {
        if (auto s = onboarding::checkSfmId(row.sfmId); !s)
            out.append(problem(row.row, Column::SfmId, s.error()));
    }
    if (!m_offeredScopes.isEmpty()) {
        QStringList unknown;
        for (const QString &scope : row.scopes) {
            if (!m_offeredScopes.contains(scope))
                unknown.append(scope);
        }
        if (!unknown.isEmpty())
            out.append(problem(row.row, Column::Scopes,
                               Error(QStringLiteral("fleet.batch.scope_not_offered"), [unknown]() -> QString {
                                   return tr("the vendor profile does not offer the scope %1.")
                                       .arg(QLocale().createSeparatedList(unknown));
                               })));
    }
    if (!row.contactEmail.isEmpty() && !onboarding::isPlausibleEmail(row.contactEmail))
        out.append(problem(
            row.row, Column::ContactEmail,
            Error(QStringLiteral("fleet.batch.email"), [shown = row.contactEmail.left(80)]() -> QString {
                return tr("«%1» is not an e-mail address.").arg(shown);
            })));
    if (!row.contactLanguage.isEmpty() && !onboarding::contactLanguages().contains(row.contactLanguage))
        out.append(problem(row.row, Column::ContactLanguage,
                           Error(QStringLiteral("fleet.batch.language"),
                                 [shown = row.contactLanguage.left(20)]() -> QString {
                                     return tr("the language must be nb, nn or en, not «%1».").arg(shown);
                                 })));
    if (!row.strayValues.isEmpty()) {
        BatchProblem p = problem(
            row.row, Column::OrganizationNumber,
            Error(QStringLiteral("fleet.batch.stray_values"), [values = row.strayValues]() -> QString {
                return tr("the row has values in a column without a name in row 1: %1.")
                    .arg(QLocale().createSeparatedList(values));
            }));
        p.column.clear();
        out.append(p);
    }
    return out;
}

QList<BatchProblem> BatchValidator::validate(const BatchFile &file) const
{
    QList<BatchProblem> out;
    QHash<QString, int> firstRowOf;
    for (const BatchRow &row : file.rows()) {
        out += validateRow(row);
        if (row.organizationNumber.isEmpty() || row.journalName.isEmpty())
            continue;
        const QString identity = row.identity();
        const auto earlier = firstRowOf.constFind(identity);
        if (earlier == firstRowOf.constEnd()) {
            firstRowOf.insert(identity, row.row);
            continue;
        }
        out.append(problem(
            row.row, BatchFile::Column::JournalName,
            Error(QStringLiteral("fleet.batch.duplicate"),
                  [first = *earlier, org = row.organizationNumber, journal = row.journalName]() -> QString {
                      return tr("the journal «%1» of %2 is already in row %3. A journal is set "
                                "up once; remove one of the rows or give the journals different "
                                "names.")
                          .arg(journal, org)
                          .arg(first);
                  })));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const BatchProblem &a, const BatchProblem &b) { return a.row < b.row; });
    return out;
}

QList<int> BatchValidator::rowsWithProblems(const QList<BatchProblem> &problems)
{
    QList<int> rows;
    for (const BatchProblem &p : problems) {
        if (rows.isEmpty() || rows.last() != p.row)
            rows.append(p.row);
    }
    return rows;
}

} // namespace sfm::fleet
