#pragma once

#include "Klientmal.h"
#include "SimHttp.h"
#include "SimSettings.h"
#include "crypto/Key.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <variant>

// Reads and validates the JSON bodies of POST /v1/client-drafts and PUT /v1/client the way the
// self-service API does, answering a refusal in the API's own error shapes (RFC 7807 for a body that does
// not bind, {property, message} for a value that is not allowed).
namespace sfm::sim {

struct ClientSpec
{
    QString organizationNumber;
    crypto::Key publicKey;
    QJsonObject publicJwk;
    QStringList apiScopes;
    QList<QPair<QString, QString>> claims; // claim type -> value
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QStringList childOrganizationNumbers;
    QString postClientConfirmationRedirectUri;
};

enum class SpecKind
{
    Draft,  // POST /v1/client-drafts: organization number and key required
    Update, // PUT /v1/client: whole-object replace of scopes, claims, URIs and child organizations
};

std::variant<ClientSpec, SimResponse> readClientSpec(const QByteArray &body, const Klientmal &klientmal,
                                                     const SimSettings &settings, SpecKind kind);

// A public JWK as the API takes it (text of a JSON object): public only, RSA >= 2048 (or EC when
// settings allow), "alg" when settings require it. On refusal, the {property, message} answer.
std::variant<crypto::Key, SimResponse> readPublicJwk(const QString &jwkText, const QString &property,
                                                     const SimSettings &settings);

} // namespace sfm::sim
