#pragma once

#include "Error.h"
#include "fleet/BatchFile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sfm::fleet {

// One problem of one row, for a dry run's list: the row as a spreadsheet numbers it (header = row 1), the
// column it is about (English name, empty for the row as a whole) and a translated message that names the
// row.
struct BatchProblem
{
    int row = 0;
    QString column;
    Error error;
};

// Checks every row of a batch file without changing anything: organization numbers and child units (check
// digit), duplicate journals (same organization number and journal name), scopes the vendor profile
// offers, SFM-id syntax, contact e-mail and language. Every problem is reported, not only the first.
class BatchValidator
{
    Q_DECLARE_TR_FUNCTIONS(sfm::fleet::BatchValidator)

public:
    // offeredScopes empty = scopes are not checked (no vendor profile at hand).
    explicit BatchValidator(QStringList offeredScopes = {});

    QList<BatchProblem> validate(const BatchFile &file) const;
    QList<BatchProblem> validateRow(const BatchRow &row) const; // without the duplicate check

    // The rows with at least one problem (their spreadsheet numbers).
    static QList<int> rowsWithProblems(const QList<BatchProblem> &problems);

private:
    QStringList m_offeredScopes;
};

} // namespace sfm::fleet
