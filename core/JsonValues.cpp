#include "JsonValues.h"

#include <QJsonArray>

namespace sfm {

QStringList jsonStringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

} // namespace sfm
