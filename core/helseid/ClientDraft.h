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
    QList<ClientClaim> audienceSpecificClientClaims; // empty = null
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QStringList childOrganizationNumbers; // empty = null
    QString postClientConfirmationRedirectUri;

    // The camelCase JSON body exactly as the API wants it (publicJwk as a string, nulls for empty
    // optional lists).
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
