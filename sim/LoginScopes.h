#pragma once

#include <QString>
#include <QStringList>

// Which scopes belong to a user login (reference sections 7-9): identity scopes any client may ask for in
// an authorization request, and the SFM scopes that need a user.
namespace sfm::sim {

// openid, profile, offline_access, helseid://scopes/identity/* and helseid://scopes/hpr/*.
inline bool isIdentityScope(const QString &scope)
{
    return scope == QLatin1String("openid") || scope == QLatin1String("profile") ||
           scope == QLatin1String("offline_access") ||
           scope.startsWith(QLatin1String("helseid://scopes/identity/")) ||
           scope.startsWith(QLatin1String("helseid://scopes/hpr/"));
}

// e-helse:sfm.api/sfm.api2, e-helse:sfm.api/sfm-migrering.api2 and the deprecated forms without "2".
inline bool isSfmScope(const QString &scope)
{
    static const QStringList sfm{
        QStringLiteral("e-helse:sfm.api/sfm.api2"), QStringLiteral("e-helse:sfm.api/sfm-migrering.api2"),
        QStringLiteral("e-helse:sfm.api/sfm.api"), QStringLiteral("e-helse:sfm.api/sfm-migrering.api")};
    return sfm.contains(scope);
}

} // namespace sfm::sim
