#include "ClientDraft.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sfm::helseid {

namespace {

QJsonArray claimArray(const QList<ClientClaim> &claims)
{
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
    };
    // NHN's samples leave every empty optional member out, never null and never [] (reference section 9;
    // a null redirectUris fails unless the Klientmal gives every client the same URIs).
    if (!audienceSpecificClientClaims.isEmpty())
        o.insert(QStringLiteral("audienceSpecificClientClaims"), claimArray(audienceSpecificClientClaims));
    const QList<QPair<QString, const QStringList *>> lists{
        {QStringLiteral("redirectUris"), &redirectUris},
        {QStringLiteral("postLogoutRedirectUris"), &postLogoutRedirectUris},
        {QStringLiteral("childOrganizationNumbers"), &childOrganizationNumbers}};
    for (const auto &[name, list] : lists) {
        if (!list->isEmpty())
            o.insert(name, QJsonArray::fromStringList(*list));
    }
    if (!postClientConfirmationRedirectUri.isEmpty())
        o.insert(QStringLiteral("postClientConfirmationRedirectUri"), postClientConfirmationRedirectUri);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray ClientUpdate::toJson() const
{
    // PUT replaces the whole client and applies nulls, so every field is sent; empty lists stay lists so
    // nothing is cleared by accident.
    const QJsonObject o{
        {QStringLiteral("apiScopes"), QJsonArray::fromStringList(apiScopes)},
        {QStringLiteral("audienceSpecificClientClaims"), claimArray(audienceSpecificClientClaims)},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(redirectUris)},
        {QStringLiteral("postLogoutRedirectUris"), QJsonArray::fromStringList(postLogoutRedirectUris)},
        {QStringLiteral("childOrganizationNumbers"), QJsonArray::fromStringList(childOrganizationNumbers)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace sfm::helseid
