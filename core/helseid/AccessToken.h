#pragma once

#include "SecureBytes.h"

#include <QDateTime>
#include <QStringList>

namespace sfm::helseid {

// An access token from HelseID's token endpoint. The token itself is a secret: it never goes to a log, a
// file or an error text.
struct AccessToken
{
    SecureBytes token;
    QString tokenType;   // "DPoP" or "Bearer"
    QDateTime expiresAt; // UTC, local clock; from TokenClient's cache: when the cache stops handing it out
    QStringList scopes;  // as granted ("scope" of the answer), or as requested when absent

    bool isDpop() const { return tokenType.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) == 0; }
    // "DPoP <token>" / "Bearer <token>" for an Authorization header.
    QByteArray authorizationHeader() const;
};

} // namespace sfm::helseid
