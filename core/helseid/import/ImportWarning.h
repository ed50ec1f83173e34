#pragma once

#include "Error.h"

#include <QList>
#include <QString>

namespace sfm::helseid {

// A finding that does not stop an import but that the user should see (e.g. a missing SFM scope). Made
// with a translator like an Error, so a warning on screen follows a language switch (text()).
struct ImportWarning
{
    QString code;    // stable, dotted, e.g. "import.warning.sfm_scope_missing"
    QString message; // translated when the warning was made, for the user
    Error::Translator translator;

    ImportWarning() = default;
    ImportWarning(QString c, QString m)
        : code(std::move(c))
        , message(std::move(m))
    {}
    ImportWarning(QString c, Error::Translator translate)
        : code(std::move(c))
        , message(translate())
        , translator(std::move(translate))
    {}

    // The message in the language installed now.
    QString text() const { return translator ? translator() : message; }
};

using ImportWarnings = QList<ImportWarning>;

} // namespace sfm::helseid
