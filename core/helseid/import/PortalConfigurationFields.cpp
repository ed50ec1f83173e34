#include "PortalConfigurationFields.h"

#include "ImportLimits.h"
#include "PortalConfigurationParser.h"

#include <QJsonArray>

namespace sfm::helseid {

using Fields = PortalConfigurationFields;

// The messages keep PortalConfigurationParser's translation context: they are what its users read.
Error Fields::missingField(const QString &field)
{
    return Error(
        QStringLiteral("import.missing_field"),
        [field] {
            return PortalConfigurationParser::tr(
                       "The configuration file lacks the field «%1», so it is not a complete HelseID "
                       "configuration. Download the configuration file from the portal again.")
                .arg(field);
        },
        QStringLiteral("missing field: %1").arg(field));
}

Error Fields::badField(const QString &field, const QString &detail)
{
    return Error(
        QStringLiteral("import.bad_field"),
        [field] {
            return PortalConfigurationParser::tr(
                       "The field «%1» in the configuration file has a value this program cannot use. "
                       "Download the configuration file from the portal again.")
                .arg(field);
        },
        QStringLiteral("%1: %2").arg(field, detail));
}

bool Fields::isPresent(const QJsonObject &object, const QString &field)
{
    const auto it = object.constFind(field);
    return it != object.constEnd() && !it->isNull() && !it->isUndefined();
}

Result<QString> Fields::stringField(const QJsonObject &object, const QString &field, bool required)
{
    if (!isPresent(object, field)) {
        if (required)
            return missingField(field);
        return QString();
    }
    const QJsonValue value = object.value(field);
    if (!value.isString())
        return badField(field, QStringLiteral("not a string"));
    return value.toString();
}

Result<QStringList> Fields::stringListField(const QJsonObject &object, const QString &field, bool required)
{
    if (!isPresent(object, field)) {
        if (required)
            return missingField(field);
        return QStringList();
    }
    const QJsonValue value = object.value(field);
    if (!value.isArray())
        return badField(field, QStringLiteral("not a list"));
    const QJsonArray array = value.toArray();
    if (array.size() > limits::MaxListEntries)
        return badField(field, QStringLiteral("%1 entries").arg(array.size()));
    QStringList list;
    for (const QJsonValue &entry : array) {
        if (!entry.isString())
            return badField(field, QStringLiteral("an entry is not a string"));
        const QString text = entry.toString();
        if (text.isEmpty() || text.size() > 2048)
            return badField(field, QStringLiteral("an entry is empty or too long"));
        if (!list.contains(text))
            list << text;
    }
    return list;
}

} // namespace sfm::helseid
