#pragma once

#include "ClientCredentials.h"
#include "ClientDraft.h"
#include "ClientInfo.h"
#include "Environment.h"
#include "Result.h"
#include "VendorProfile.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace sfm::net {
class HttpClient;
}

namespace sfm::helseid {

class TokenClient;

// The HelseID self-service API (reference section 3): client drafts with the Klientmal's API key, and — as
// the new client itself, with a DPoP token for nhn:selvbetjening/client — GET/PUT /v1/client and
// POST/GET /v1/client-secret. Every call carries `Authorization: DPoP <token>` and a proof with ath.
class SelfServiceClient : public QObject
{
    Q_OBJECT

public:
    static inline const QString SelfServiceScope = QStringLiteral("nhn:selvbetjening/client");

    SelfServiceClient(net::HttpClient &http, TokenClient &tokens, Environment environment,
                      QObject *parent = nullptr);

    // The UNCONFIRMED body shape of POST /v1/client-secret (from the vendor profile).
    void setSecretBodyShape(VendorProfile::SecretBodyShape shape) { m_secretShape = shape; }

    // POST /v1/client-drafts. Never auto-retried (a repeat could create a second client). The API key is a
    // secret: it goes in the api-key header and nowhere else. Answers the new client id.
    void createDraft(const ClientDraft &draft, const SecureBytes &apiKey,
                     std::function<void(Result<QString>)> callback);
    void getClient(const ClientCredentials &credentials, std::function<void(Result<ClientInfo>)> callback);
    void putClient(const ClientCredentials &credentials, const ClientUpdate &update,
                   std::function<void(Result<void>)> callback);
    // Registers newPublicJwk as an additional key, authenticated with the *current* key (credentials).
    // Answers the new key's expiration (nullopt when the server states none).
    void addClientSecret(const ClientCredentials &credentials, const QJsonObject &newPublicJwk,
                         std::function<void(Result<std::optional<QDateTime>>)> callback);
    void listClientSecrets(const ClientCredentials &credentials,
                           std::function<void(Result<QList<ClientSecretInfo>>)> callback);

    const Environment &environment() const { return m_environment; }

private:
    using RawCallback = std::function<void(Result<QByteArray>)>;
    void callApi(const ClientCredentials &credentials, const QByteArray &method, const QString &path,
                 const QByteArray &jsonBody, Error::Translator operation, RawCallback callback);

    QPointer<net::HttpClient> m_http;
    QPointer<TokenClient> m_tokens;
    Environment m_environment;
    VendorProfile::SecretBodyShape m_secretShape = VendorProfile::SecretBodyShape::JsonString;
    QString m_apiNonce; // DPoP-Nonce the API gave, if any
};

} // namespace sfm::helseid
