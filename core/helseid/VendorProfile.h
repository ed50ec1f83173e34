#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sfm::helseid {

// What an EPJ vendor ships with the installation (docs/vendor-profile.md): its Klientmal's API key per
// environment, the scopes it offers, how the SFM-id goes into a draft, the package-link template, redirect
// URIs and the UNCONFIRMED API details as settings. API keys are secrets: never logged, never in an error.
struct VendorProfile
{
    Q_DECLARE_TR_FUNCTIONS(VendorProfile)

public:
    enum class ScopeDefault
    {
        Preselected, // "Forhåndsvalgt"
        Available    // "Tilgjengelig"
    };
    struct Scope
    {
        QString name; // e.g. e-helse:sfm.api/sfm.api2
        ScopeDefault defaultState = ScopeDefault::Available;
        QHash<QString, QString> displayName; // language ("nb", "nn", "en") -> text
        bool required = false;               // cannot be deselected (e.g. nhn:selvbetjening/client)
        QString displayNameFor(const QString &language) const; // falls back to en, nb, then the name
    };
    // How the SFM-id goes into the draft (reference section 7).
    enum class SfmIdMode
    {
        None, // never send one (HelseID assigns it; read back from GET /v1/client)
        AudienceSpecificClaimWhenExisting // for an existing journal: audienceSpecificClientClaims
    };
    // The UNCONFIRMED body shape of POST /v1/client-secret (reference section 3, step 7).
    enum class SecretBodyShape
    {
        JsonString, // "{\"kty\":…}" as [SBS]/[FHIT]
        JsonObject  // {"kty":…} as [LIB]
    };
    // postClientConfirmationRedirectUri: the wizard's loopback listener, or a fixed URI from the profile.
    enum class ConfirmationRedirectPolicy
    {
        Loopback,
        Fixed
    };

    int schemaVersion = 1;
    QString vendorName;
    QString systemName;
    QHash<QString, SecureBytes>
        apiKeys; // environment name ("demo", "test", "prod", "custom") -> Klientmal API key
    QList<Scope> scopes;
    SfmIdMode sfmIdMode = SfmIdMode::AudienceSpecificClaimWhenExisting;
    QString sfmIdClaimType = QStringLiteral("e-helse:sfm.api/client/claims/sfm-id");
    // UNCONFIRMED format: placeholders {portal}, {systemId}, {packageId}, {organizationNumber}.
    QString packageLinkTemplate;
    QString systemId;
    QHash<QString, QString> packageIds; // package name -> id
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    ConfirmationRedirectPolicy confirmationRedirectPolicy = ConfirmationRedirectPolicy::Loopback;
    QString loopbackCallbackPath = QStringLiteral("/confirmed");
    QUrl fixedConfirmationRedirectUri;
    SecretBodyShape secretBodyShape = SecretBodyShape::JsonString;
    // The loopback redirect URI a user login (test login) listens on, per environment ("demo", "test",
    // "prod"; reference section 8). It must be among the client's redirectUris (redirectUrisFor()). Without
    // a port, each login takes a random free port (HelseID TEST accepts any port for a loopback URI, RFC
    // 8252); with one, that port: PROD registers one fixed loopback URI. Defaults: loginRedirectUri().
    QHash<QString, QUrl> loginRedirectUris;
    static constexpr int DefaultProdLoginPort = 47813;
    // Where its EPJ can read the private key (docs/epj-config.md "Reading the key"), offered at export:
    // "keychain" (the user's own), "file" (a service account's PKCS#8 PEM file), "transfer" (a
    // passphrase-protected file for another computer). jwk: a "file" also gets the private JWK beside it.
    struct KeyDestinations
    {
        QStringList supported{QStringLiteral("keychain"), QStringLiteral("file"), QStringLiteral("transfer")};
        QString defaultKind = QStringLiteral("keychain");
        bool jwk = false;
    };
    KeyDestinations keyDestinations;

    // Parses and validates; codes profile.* with a message naming the field.
    static Result<VendorProfile> fromJson(QByteArrayView json);
    static Result<VendorProfile> load(const QString &path);
    // The demo profile built in at :/profiles/demo.json (matches the simulator's demo Klientmal).
    static Result<VendorProfile> demo();

    bool hasApiKey(const QString &environmentName) const;
    SecureBytes apiKey(const QString &environmentName) const; // secret: memory only
    QStringList preselectedScopes() const;
    QStringList allScopeNames() const;
    // The login's loopback URI for an environment: the profile's, else http://localhost/callback (any port)
    // for demo and test and http://localhost:47813/callback for prod.
    QUrl loginRedirectUri(const QString &environmentName) const;
    // redirectUris plus the login's loopback URI (once): what a client draft registers.
    QStringList redirectUrisFor(const QString &environmentName) const;
    const Scope *scope(const QString &name) const;
    // The package link with placeholders filled (URL-encoded values); empty when the profile has no template.
    QUrl packageLink(const QUrl &portalBase, const QString &packageId,
                     const QString &organizationNumber) const;
};

} // namespace sfm::helseid
