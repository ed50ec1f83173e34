#pragma once

#include "KeyReference.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sfm::onboarding {

// Where a key renewal is (saved in the onboarding after every step, so a killed program continues it; see
// KeyRenewal). Holds no secret: the new private key is only named by its secret-store entry.
struct RenewalRecord
{
    enum class Stage
    {
        None,        // no renewal under way
        KeyStored,   // the new key is made and stored under its own entry; nothing sent yet
        Registering, // POST /v1/client-secret may have reached HelseID: resolve by GET, never re-send blindly
        Registered,  // HelseID lists the new key
        Verified,    // a token was issued for the new key and its kid
        Switched     // the onboarding names the new key; the EPJ configuration is still to be re-exported
    };

    Stage stage = Stage::None;
    QString pendingKid;        // the kid the new key is registered under (its RFC 7638 thumbprint)
    QString pendingThumbprint; // the new key's thumbprint: checks the stored key is this one
    KeyReference pendingKeyEntry;
    QDateTime pendingCreatedAt;
    QDateTime pendingExpiresAt; // from HelseID's answer, when it stated one
    QDateTime startedAt;

    bool isActive() const { return stage != Stage::None; }
    QJsonObject toJson() const; // empty when not active
    static RenewalRecord fromJson(const QJsonObject &json);
    static QString stageName(Stage stage); // "key-stored", "registering", …
    static std::optional<Stage> stageFromName(const QString &name);
};

// The key a renewal replaced, kept for a grace period so an EPJ that has not re-read its configuration
// keeps working; removed from the secret store after removeAfter (KeyRenewal::retirePreviousKey).
struct PreviousKey
{
    QString kid;
    QString thumbprint;
    KeyReference reference;
    QDateTime expiresAt;
    QDateTime removeAfter; // HelseID's time

    bool isNull() const { return reference.isNull() && thumbprint.isEmpty(); }
    QJsonObject toJson() const; // empty when null
    static PreviousKey fromJson(const QJsonObject &json);
};

} // namespace sfm::onboarding
