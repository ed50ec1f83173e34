#pragma once

#include "Error.h"
#include "KeyDestination.h"
#include "KeyReference.h"
#include "OnboardingState.h"
#include "RenewalRecord.h"
#include "Result.h"
#include "crypto/Algorithm.h"
#include "helseid/Environment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sfm::onboarding {

// Well-known names from the reference (sections 3 and 7).
inline constexpr char16_t SelfServiceScope[] = u"nhn:selvbetjening/client";
inline constexpr char16_t SfmApiScope[] = u"e-helse:sfm.api/sfm.api2";
inline constexpr char16_t SfmMigrationScope[] = u"e-helse:sfm.api/sfm-migrering.api2";
inline constexpr char16_t SfmIdClaimType[] = u"e-helse:sfm.api/client/claims/sfm-id";

// The SFM scopes (sfm.api2, sfm-migrering.api2 and the deprecated forms without "2"). SFM is called with a
// user's token (reference section 9): a client-credentials token for these is never asked for.
bool isSfmScope(QStringView scope);

// An SFM-id as HelseID accepts claim values: letters (also æøå), digits and . - _, at most 50 characters
// (reference section 7). Translated error otherwise.
Result<void> checkSfmId(QStringView sfmId);

// What the user chose before anything is made. Editable while the onboarding is Draft or KeyReady
// (nothing sent to HelseID yet).
struct OnboardingSetup
{
    enum class Journal
    {
        New,     // HelseID assigns the SFM-id; it is read back after confirmation
        Existing // the user pastes an existing journal's SFM-id; the draft carries it as a claim
    };

    Alternative alternative = Alternative::Api;
    // Where HelseID is: kind (demo, test, prod, custom) with the STS, self-service API and portal. Saved as
    // its name and addresses; loading refuses test and prod with any other addresses than their own.
    helseid::Environment environment;
    QString vendorProfile;      // the vendor profile's id or file (no API key: that is a secret)
    QString organizationNumber; // 9 digits, mod-11
    QStringList childOrganizationNumbers;
    QString journalName; // the user's own name for the journal, for lists
    Journal journal = Journal::New;
    QString existingSfmId; // only for Journal::Existing
    QStringList scopes;    // requested API scopes; nhn:selvbetjening/client is added for Alternative 1
    crypto::Algorithm algorithm = crypto::DefaultAlgorithm;
    int rsaBits = crypto::DefaultRsaBits;
    // The customer's confirmer, for the confirmation mail (ContactDetails): never sent to HelseID, so it
    // may change in any state. Both optional; files saved before they existed load with them empty.
    QString contactEmail;    // one address, or empty (the mail program asks)
    QString contactLanguage; // "nb", "nn", "en", or empty (the program's language)

    // Checks every field; the first problem as a translated error naming the field.
    Result<void> validate() const;
    QJsonObject toJson() const;
    static Result<OnboardingSetup> fromJson(const QJsonObject &json);
};

// One scope of GET /v1/client. statusReason is kept verbatim (any language) and never parsed.
struct ScopeStatus
{
    QString scope;
    QString status; // "ok", "pending", … or "missing" when the server does not list a requested scope
    QString statusReason;
    bool isOk() const { return status == QLatin1String("ok"); }
    bool operator==(const ScopeStatus &other) const = default;
};

// One audience-specific claim of GET /v1/client (e.g. the SFM-id).
struct ClaimStatus
{
    QString claimType;
    QString activeClaimValue;
    QString pendingClaimValue;
    QString status; // "ok", "pending", "updatePending", …
    QString statusReason;
    bool isOk() const { return status == QLatin1String("ok"); }
    bool operator==(const ClaimStatus &other) const = default;
};

// Everything an onboarding knows, persisted as one JSON file after every transition. Holds no secret:
// no private key, no token, no API key, no passphrase.
struct OnboardingData
{
    static constexpr int FormatVersion = 1;

    QString id; // a UUID without braces; also the file name
    // How often the file was saved: OnboardingStore::save writes revision + 1 and refuses to overwrite a
    // file with a newer revision than this copy was loaded with. 0 for a new onboarding (and older files).
    qint64 revision = 0;
    State state = State::Draft;
    State resumeState = State::Draft; // while Failed: the state retry() continues from
    OnboardingSetup setup;

    // Key
    // The key ID HelseID knows the key by, sent as "kid" in every client assertion: the RFC 7638 thumbprint,
    // or the kid the portal's configuration file named (Alternatives 2 and 3), which need not be it.
    QString kid;
    // The RFC 7638 thumbprint of the public key: names the key in the secret store and proves the stored
    // key is this onboarding's. Files saved before it existed had kid == thumbprint; loading fills it in.
    QString keyThumbprint;
    KeyReference keyReference;
    QDateTime keyCreatedAt;
    QDateTime keyExpiresAt;  // from GET /v1/client-secret when known; may stay null
    RenewalRecord renewal;   // a key renewal under way (KeyRenewal), saved after each of its steps
    PreviousKey previousKey; // the key the last renewal replaced, until its grace period ends

    // Registration
    QString clientId;
    bool draftPostInFlight = false; // set and saved before the draft POST, cleared with the client id
    QDateTime draftPostStartedAt;
    int draftAttempts = 0;
    quint16 confirmationPort = 0; // the loopback listener's port used in postClientConfirmationRedirectUri
    // The listener's per-use path segment in that URI, kept so a resumed onboarding listens on the same
    // URI. Not a credential: it only keeps other local programs from faking the portal's redirect.
    QString confirmationSecret;
    QString confirmationStatus; // the last status= the portal redirected with (verbatim)
    QDateTime confirmedAt;

    // Access
    QList<ScopeStatus> scopeStatuses;
    QList<ClaimStatus> claimStatuses;
    QString sfmId;          // read back from the sfm-id claim (or the pasted one while pending)
    QDateTime waitingSince; // when the current wait (confirmation or access) began
    QDateTime lastCheckedAt;
    // A client without nhn:selvbetjening/client cannot read its own status: the user said the agreement
    // documents are signed (checked in the portal), or a test login proved that SFM accepts the client.
    QDateTime signingConfirmedAt;
    QDateTime loginProvedAt;

    // Outcome
    Error failure;       // while Failed: what went wrong (code, translated message, detail)
    QStringList notices; // things the user was told that stay true (e.g. a new draft was started)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime readyAt;
    QDateTime exportedAt;
    QString exportedTo; // the last export's path
    // Where the last export put the key for the EPJ (a key renewal writes the new key there too).
    KeyDestination keyDestination;

    // The state that counts for what comes next: while Failed, the state it stopped in.
    State effectiveState() const { return state == State::Failed ? resumeState : state; }
    // No client yet: Draft or KeyReady (also while Failed in one of them).
    bool isBeforeRegistration() const
    {
        const State s = effectiveState();
        return s == State::Draft || s == State::KeyReady;
    }
    // Nothing has been sent to HelseID yet, so the setup may still change.
    bool isSetupEditable() const { return isBeforeRegistration() && !draftPostInFlight; }
    QUrl confirmationUrl() const; // {portal}/confirm-client/{clientId}; empty without a client id
    bool isAccessReady() const;   // every requested scope and every claim ok (a missing scope is not)
    // The client may read its own status (GET /v1/client needs nhn:selvbetjening/client).
    bool canSeeSigning() const;
    QJsonObject toJson() const;
    static Result<OnboardingData> fromJson(const QJsonObject &json);
    static OnboardingData create(const OnboardingSetup &setup); // new id, Draft, timestamps
};

} // namespace sfm::onboarding
