#pragma once

#include <QJsonValue>
#include <QStringList>

namespace sfm {

// The strings of a JSON array, skipping anything that is not a string (untrusted files and answers may
// hold other types); an empty list when the value is not an array.
QStringList jsonStringList(const QJsonValue &value);

} // namespace sfm
