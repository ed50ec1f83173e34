#pragma once

#include "OnboardingData.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace sfm::onboarding {

// The configuration handed to the EPJ (docs/epj-config.md): what it needs to get tokens as this client —
// client id, authority, key id and algorithm, where the private key is kept (keychain service and entry),
// scopes, SFM-id, organization numbers, environment, times. Never the private key itself.
struct EpjConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(EpjConfiguration)

public:
    static constexpr int Version = 1;
    static constexpr qint64 MaxFileBytes = 256 * 1024;
    static inline const QString Format = QStringLiteral("sfm-onboarding/epj-configuration");

    QString clientId;
    QUrl authority;      // the HelseID issuer
    QUrl selfServiceApi; // for key renewal through the API
    QString environment; // "demo", "test", "prod", "custom"
    QString kid;         // for the client assertion's header: the key ID HelseID registered the key under
    // RFC 7638 thumbprint: what the key in the store must have. Not always the kid (a portal file may name
    // another).
    QString keyThumbprint;
    QString algorithm;  // e.g. "PS256"
    QString keyStorage; // "keychain" or "encrypted-file"
    QString keyService; // keychain service name (or the key file's folder)
    QString keyEntry;   // keychain entry name (or the key file's path)
    QStringList scopes;
    QString sfmId;
    QString organizationNumber;
    QStringList childOrganizationNumbers;
    QString onboardingId;
    QDateTime createdAt;
    QDateTime keyCreatedAt;
    QDateTime keyExpiresAt; // null when HelseID stated none

    static EpjConfiguration fromOnboarding(const OnboardingData &data);
    // An onboarding that is this client, Ready, for the engine's token path (sfmctl token --config). The
    // environment must be one the configuration may name (test and prod only with their own addresses).
    Result<OnboardingData> toOnboardingData() const;
    QByteArray toJson() const;
    // Parses an exported file (untrusted: size-capped, validated). Codes onboarding.config.*.
    static Result<EpjConfiguration> parse(QByteArrayView json);
    static Result<EpjConfiguration> load(const QString &path);
};

} // namespace sfm::onboarding
