#pragma once

#include "PortalConfiguration.h"
#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>

namespace sfm::helseid {

// Turns the portal's configuration JSON (reference §4) into a PortalConfiguration: required fields, types,
// and the private key from privateJwk and/or rsaPrivateKey (checked to be the same key when both are there).
// Environment and scope policy are checked afterwards by PortalConfigurationValidator.
class PortalConfigurationParser
{
    Q_DECLARE_TR_FUNCTIONS(PortalConfigurationParser)

public:
    static Result<PortalConfiguration> parse(QByteArrayView json);
    static Result<PortalConfiguration> parse(const QJsonObject &object);

    // True when object looks like a portal configuration: a "clientId" and a key ("privateJwk" or
    // "rsaPrivateKey"). Used to pick the right file inside a zip by content, not by name.
    static bool looksLikeConfiguration(const QJsonObject &object);
};

} // namespace sfm::helseid
