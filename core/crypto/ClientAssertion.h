#pragma once

#include "Algorithm.h"
#include "Key.h"
#include "Result.h"

#include <QJsonArray>
#include <QString>

#include <optional>

namespace sfm::crypto {

// private_key_jwt client assertion exactly as HelseID wants it (reference section 6):
// header alg, kid (the key's thumbprint unless given), typ "client-authentication+jwt";
// claims iss = sub = clientId, aud = audience (the issuer), numeric iat and nbf, unique jti, exp <= 60 s
// ahead.
struct ClientAssertionParams
{
    QString clientId;
    QString audience;
    // HelseID refuses more than 60 s; [LIB] uses 10 s, [SBS] 60 s. With one-second clock resolution and
    // some clock difference, 60 s can look like 61 s to HelseID: stay clearly under (reference section 9).
    int lifetimeSeconds = 30;              // clamped to 1..60
    std::optional<qint64> nowEpochSeconds; // default: system clock (plus a known clock offset)
    QJsonArray assertionDetails;           // "assertion_details" when not empty (child organization)
    QString kid;                           // default: key thumbprint
};

Result<QByteArray> buildClientAssertion(const Key &key, Algorithm alg, const ClientAssertionParams &params);

// The assertion_details entry that names a child unit (reference section 6).
QJsonObject childOrganizationDetail(const QString &childOrganizationNumber);

} // namespace sfm::crypto
