#pragma once

#include "Error.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sfm::helseid {

// Reading single fields of the portal's configuration JSON (reference §4) as untrusted input: present or
// not (null counts as absent), of the right type, lists capped in length; anything else is
// import.missing_field or import.bad_field naming the field.
class PortalConfigurationFields
{
public:
    static bool isPresent(const QJsonObject &object, const QString &field);
    // A required or optional string; "required" turns a missing one into import.missing_field.
    static Result<QString> stringField(const QJsonObject &object, const QString &field, bool required);
    // A list of distinct, non-empty strings (duplicates dropped, order kept).
    static Result<QStringList> stringListField(const QJsonObject &object, const QString &field,
                                               bool required);
    static Error missingField(const QString &field);
    static Error badField(const QString &field, const QString &detail);
};

} // namespace sfm::helseid
