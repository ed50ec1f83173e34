#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace sfm::helseid {

// The parts of the OpenID discovery document the client uses. Endpoints other than the issuer are taken
// from here, never built by hand.
struct DiscoveryDocument
{
    QString issuer;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl authorizationEndpoint;
    QUrl pushedAuthorizationRequestEndpoint; // may be empty
    QStringList dpopSigningAlgValuesSupported;
    QStringList tokenEndpointAuthSigningAlgValuesSupported;
    QJsonObject raw;

    // Parses untrusted bytes; the issuer must equal expectedIssuer (trailing slash ignored) and every
    // endpoint must be https (or loopback http). Codes helseid.discovery.*.
    static Result<DiscoveryDocument> parse(QByteArrayView json, const QString &expectedIssuer);
};

} // namespace sfm::helseid
