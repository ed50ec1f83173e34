#include "Error.h"

namespace sfm {

Error Error::retranslated() const
{
    Error error = *this;
    if (translator)
        error.message = translator();
    return error;
}

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace sfm
