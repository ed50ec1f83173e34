#pragma once

#include <QJsonObject>
#include <QString>

// Checks the self-service API applies to what a draft carries.
namespace sfm::sim {

// Nine digits whose last is the mod-11 check digit of the first eight (Enhetsregisteret's rule).
bool isValidOrganizationNumber(const QString &number);
// Client claim values: letters (æøå included), digits, '.', '-', '_'; 1 to 50 characters (reference §7).
bool isValidClaimValue(const QString &value);
// True when a JWK carries any private member (d, p, q, dp, dq, qi, oth, k).
bool hasPrivateMembers(const QJsonObject &jwk);

} // namespace sfm::sim
