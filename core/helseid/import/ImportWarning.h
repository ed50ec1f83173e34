#pragma once

#include <QList>
#include <QString>

namespace sfm::helseid {

// A finding that does not stop an import but that the user should see (e.g. a missing SFM scope).
struct ImportWarning
{
    QString code;    // stable, dotted, e.g. "import.warning.sfm_scope_missing"
    QString message; // translated, for the user
};

using ImportWarnings = QList<ImportWarning>;

} // namespace sfm::helseid
