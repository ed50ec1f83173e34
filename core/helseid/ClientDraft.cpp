#include "ClientDraft.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sfm::helseid {

namespace {

QJsonValue listOrNull(const QStringList &list)
{
    return list.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(list));
}

QJsonValue claimsOrNull(const QList<ClientClaim> &claims)
{
    if (claims.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray array;
    for (const ClientClaim &c : claims)
        array.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("value"), c.value}});
    return array;
}

} // namespace

QByteArray ClientDraft::toJson() const
{
    // Reference section 3: publicJwk is the JWK serialized to a JSON *string*, not an object.
    const QString jwkText = QString::fromUtf8(QJsonDocument(publicJwk).toJson(QJsonDocument::Compact));
    QJsonObject o{
        {QStringLiteral("organizationNumber"), organizationNumber},
        {QStringLiteral("publicJwk"), jwkText},
        {QStringLiteral("apiScopes"), QJsonArray::fromStringList(apiScopes)},
        {QStringLiteral("audienceSpecificClientClaims"), claimsOrNull(audienceSpecificClientClaims)},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(redirectUris)},
        {QStringLiteral("postLogoutRedirectUris"), QJsonArray::fromStringList(postLogoutRedirectUris)},
        {QStringLiteral("childOrganizationNumbers"), listOrNull(childOrganizationNumbers)},
    };
    if (!postClientConfirmationRedirectUri.isEmpty())
        o.insert(QStringLiteral("postClientConfirmationRedirectUri"), postClientConfirmationRedirectUri);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray ClientUpdate::toJson() const
{
    // PUT replaces the whole client and applies nulls, so every field is sent; empty lists stay lists so
    // nothing is cleared by accident.
    QJsonArray claims;
    for (const ClientClaim &c : audienceSpecificClientClaims)
        claims.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("value"), c.value}});
    const QJsonObject o{
        {QStringLiteral("apiScopes"), QJsonArray::fromStringList(apiScopes)},
        {QStringLiteral("audienceSpecificClientClaims"), claims},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(redirectUris)},
        {QStringLiteral("postLogoutRedirectUris"), QJsonArray::fromStringList(postLogoutRedirectUris)},
        {QStringLiteral("childOrganizationNumbers"), QJsonArray::fromStringList(childOrganizationNumbers)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace sfm::helseid
