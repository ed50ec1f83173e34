#include "ClientAssertion.h"

#include "Clock.h"
#include "CryptoText.h"
#include "DpopProof.h"
#include "Jws.h"
#include "Logging.h"

#include <QJsonObject>

namespace sfm::crypto {

Result<QByteArray> buildClientAssertion(const Key &key, Algorithm alg, const ClientAssertionParams &params)
{
    if (params.clientId.trimmed().isEmpty()) {
        return Error(QStringLiteral("crypto.assertion.missing_client_id"), [] {
            return CryptoText::tr(
                "A client assertion needs the client id. Enter the client id HelseID gave this client.");
        });
    }
    if (params.audience.trimmed().isEmpty()) {
        return Error(QStringLiteral("crypto.assertion.missing_audience"), [] {
            return CryptoText::tr("A client assertion needs its audience (the HelseID issuer). Choose the "
                                  "environment, or enter the issuer's address.");
        });
    }
    if (key.isNull() || !key.hasPrivate()) {
        return Error(QStringLiteral("crypto.assertion.no_private_key"), [] {
            return CryptoText::tr("A client assertion must be signed with the client's private key, and it "
                                  "is not available. Choose the private key file or import the key again.");
        });
    }
    // HelseID refuses assertions that live longer than 60 s (reference section 6).
    const int lifetime = qBound(1, params.lifetimeSeconds, 60);
    const qint64 now = params.nowEpochSeconds.value_or(currentEpochSeconds());

    QJsonObject header;
    header.insert(QStringLiteral("typ"), QStringLiteral("client-authentication+jwt"));
    header.insert(QStringLiteral("kid"), params.kid.isEmpty() ? key.thumbprint() : params.kid);

    QJsonObject claims;
    claims.insert(QStringLiteral("iss"), params.clientId);
    claims.insert(QStringLiteral("sub"), params.clientId);
    claims.insert(QStringLiteral("aud"), params.audience);
    claims.insert(QStringLiteral("iat"), now);
    claims.insert(QStringLiteral("nbf"), now);
    claims.insert(QStringLiteral("exp"), now + lifetime);
    claims.insert(QStringLiteral("jti"), newJti());
    if (!params.assertionDetails.isEmpty())
        claims.insert(QStringLiteral("assertion_details"), params.assertionDetails);

    qCDebug(lcCrypto) << "Client assertion for client" << params.clientId << "with key"
                      << header.value(QLatin1String("kid")).toString() << algorithmName(alg);
    return signCompact(header, claims, key, alg);
}

QJsonObject childOrganizationDetail(const QString &childOrganizationNumber)
{
    // The structure HelseID documents for naming a child unit of a single-tenant client (reference §6).
    const QJsonObject identifier{
        {QStringLiteral("system"), QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.101")},
        {QStringLiteral("type"), QStringLiteral("ENH")},
        {QStringLiteral("value"), childOrganizationNumber}};
    const QJsonObject organization{{QStringLiteral("identifier"), identifier}};
    const QJsonObject practitionerRole{{QStringLiteral("organization"), organization}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("helseid_authorization")},
                       {QStringLiteral("practitioner_role"), practitionerRole}};
}

} // namespace sfm::crypto
