#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfm::helseid {

// One audience-specific client claim as the draft and PUT bodies carry it: {"key", "value"}.
struct ClientClaim
{
    QString key; // the full claim type, e.g. e-helse:sfm.api/client/claims/sfm-id
    QString value;
    bool operator==(const ClientClaim &other) const = default;
};

// The body of POST /v1/client-drafts (reference section 3, step 1), field for field.
struct ClientDraft
{
    QString organizationNumber; // 9 digits
    QJsonObject publicJwk;      // sent as a JSON *string* holding this object
    QStringList apiScopes;
    QList<ClientClaim> audienceSpecificClientClaims; // empty: left out
    QStringList redirectUris;                        // empty: left out
    QStringList postLogoutRedirectUris;              // empty: left out
    QStringList childOrganizationNumbers;            // empty: left out
    QString postClientConfirmationRedirectUri;

    // The camelCase JSON body exactly as NHN's samples send it: publicJwk as a string, every empty optional
    // member left out (reference section 9).
    QByteArray toJson() const;
};

// The body of PUT /v1/client: replaces the whole client (a null is applied, not ignored).
struct ClientUpdate
{
    QStringList apiScopes;
    QList<ClientClaim> audienceSpecificClientClaims;
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QStringList childOrganizationNumbers;

    QByteArray toJson() const;
};

} // namespace sfm::helseid
