#pragma once

#include "Error.h"

#include <QByteArrayView>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Shared by the libFuzzer targets: quiet logging (a log line per input would dominate the run) and the
// invariants every refusal must keep, checked on every input.
namespace sfm::fuzz {

inline void quietLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("sfm.*=false\nqt.*=false"));
}

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An error must carry a stable code of the expected family and a message for the user.
inline void checkError(const Error &error, const char *family)
{
    if (error.code.isEmpty() || !error.code.startsWith(QLatin1String(family)) || error.message.isEmpty())
        std::abort();
}

} // namespace sfm::fuzz
