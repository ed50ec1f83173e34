#pragma once

#include "ClientDraft.h"
#include "Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sfm::helseid {

// The answer of GET /v1/client (reference section 3, step 5), parsed defensively from untrusted bytes.
// statusReason texts come from NHN in any language: show them verbatim, never parse them.
struct ApiScopeAccess
{
    enum class Status
    {
        Ok,
        Pending,
        Unknown // a value this version does not know: treated as not ok
    };
    QString scope;
    Status status = Status::Unknown;
    QString statusRaw;
    QString statusReason;
};

struct ClientClaimAccess
{
    enum class Status
    {
        Ok,
        Pending,
        UpdatePending,
        Unknown
    };
    QString claimType;
    QString activeClaimValue;  // may be empty
    QString pendingClaimValue; // may be empty
    Status status = Status::Unknown;
    QString statusRaw;
    QString statusReason;
    // activeClaimValue when ok, else pendingClaimValue (falling back to the other when one is missing).
    QString effectiveValue() const;
};

struct ClientInfo
{
    QList<ApiScopeAccess> apiScopes;
    QList<ClientClaimAccess> audienceSpecificClientClaims;
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QStringList childOrganizationNumbers;

    // Every scope in `required` present and ok, and every claim ok (a missing scope is not ok).
    bool isReady(const QStringList &required) const;
    const ApiScopeAccess *scope(const QString &name) const;
    const ClientClaimAccess *claim(const QString &claimType) const;
    // The SFM-id claim (e-helse:sfm.api/client/claims/sfm-id): its effective value, if the claim is there.
    std::optional<QString> sfmId() const;
    // The whole object as a PUT body, pending values preferred (as NHN's sample does).
    ClientUpdate toUpdate() const;
};

// Parses bytes (capped by the caller); code helseid.api.bad_client_json on anything that is not the
// expected shape. Unknown members are ignored; missing lists are empty. Fuzzed.
Result<ClientInfo> parseClientInfo(QByteArrayView json);

// One entry of GET /v1/client-secret.
struct ClientSecretInfo
{
    std::optional<QDateTime> expiration; // UTC (a time without an offset is read as UTC); null = none stated
    QString kid;
    QString jwkThumbprint;
    QString origin;        // "Api" | "Gui" | other
    QJsonObject publicJwk; // parsed from a string or an object
};

Result<QList<ClientSecretInfo>> parseClientSecrets(QByteArrayView json);
// POST /v1/client-secret answer {"expiration": "<date-time>"}, in UTC (no offset = UTC); null is nullopt.
Result<std::optional<QDateTime>> parseClientSecretExpiration(QByteArrayView json);

} // namespace sfm::helseid
