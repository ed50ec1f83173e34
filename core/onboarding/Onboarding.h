#pragma once

#include "Error.h"
#include "ImportSummary.h"
#include "LoginCheck.h"
#include "OnboardingData.h"
#include "OnboardingState.h"
#include "Result.h"
#include "SecureBytes.h"
#include "crypto/Key.h"
#include "helseid/SystemBrowser.h"
#include "helseid/UserLoginResult.h"
#include "helseid/VendorProfile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace sfm::net {
class HttpClient;
}
namespace sfm::storage {
class SecretStore;
} // namespace sfm::storage

namespace sfm::onboarding {

class OnboardingStore;
class HelseIdSession;
class KeyCustody;
class DraftRegistration;
class ConfirmationProbe;
class AccessWatch;
class TokenCheck;
class LoginCheck;
class KeyRenewal;
class ScopeChange;
class PortalClient;
class ConfigurationExport;

// Timing and limits of one onboarding; the defaults follow the reference and the design notes.
struct OnboardingOptions
{
    int pollInitialSeconds = 5;              // first status check after a change
    int pollMaxSeconds = 60;                 // backoff cap
    double pollJitter = 0.2;                 // +/- this fraction of each delay
    int requestTimeoutSeconds = 30;          // per request
    qint64 deadlineSeconds = 14 * 24 * 3600; // overall wait; then it stops and says how to resume
    int confirmationCacheSeconds = 15;       // HelseID needs 10-20 s before a new client can authenticate
    bool listenForConfirmation = true;       // loopback listener for postClientConfirmationRedirectUri
    quint16 listenPort = 0; // 0 = a free port (a resumed onboarding tries its old port first)
    QString keychainService = QStringLiteral("sfm-onboarding"); // service name of keychain entries
    int keyGraceDays =
        14; // a renewed key's predecessor stays stored this long (an EPJ may not have reloaded)
};

// What the engine needs from outside. Nothing here is owned by the Onboarding. Built by ServiceFactory, the
// one place the wizard and sfmctl wire core's services.
struct OnboardingServices
{
    net::HttpClient *http = nullptr;         // shared by all onboardings of a process
    storage::SecretStore *secrets = nullptr; // where the private key goes (keychain or the chosen fallback)
    OnboardingStore *store = nullptr; // where the onboarding is saved after each transition; may be null
    // The Klientmal's API key for this environment: memory only, never saved or logged. Empty = taken from
    // profile.apiKey(setup.environment).
    SecureBytes apiKey;
    // Redirect URIs, the SFM-id rule, the confirmation-redirect policy and the client-secret body shape.
    helseid::VendorProfile profile;
    OnboardingOptions options;
};

// A client-credentials DPoP token for a scope, decoded for display. The token itself is a secret: show it
// only on an explicit request (the CLI's --show-token).
struct TestToken
{
    QString scope;
    QString tokenType; // "DPoP"
    int expiresIn = 0;
    QJsonObject header; // decoded JOSE header
    QJsonObject claims; // decoded payload
    QByteArray accessToken;
};

// The public JWK of the onboarding's key (kid = RFC 7638 thumbprint, use "sig", the alg it signs with), for
// Alternative 3 with an own key: what the user pastes into the portal. Never the private part.
struct PublicKeyText
{
    QString clipboard; // compact, one line
    QByteArray file;   // indented, ending in a newline, for a .json file
};

// One onboarding of one journal: the model the wizard pages render and the CLI drives. It owns the state
// machine, makes and stores the key before anything is sent, registers the client draft, listens for the
// confirmation redirect, polls the status and exports the EPJ configuration. All work is asynchronous; the
// object lives on one thread (normally the UI thread) and reports through its signals.
class Onboarding : public QObject
{
    Q_OBJECT

public:
    Onboarding(OnboardingData data, OnboardingServices services, QObject *parent = nullptr);
    ~Onboarding() override;

    // A new onboarding in Draft (validated and saved), or the validation error.
    static Result<Onboarding *> create(const OnboardingSetup &setup, OnboardingServices services,
                                       QObject *parent = nullptr);

    // --- What the UI reads ---------------------------------------------------------------------------
    const OnboardingData &data() const { return m_data; }
    QString id() const { return m_data.id; }
    State state() const { return m_data.state; }
    // The state that counts for what comes next: while Failed, the state it stopped in.
    State effectiveState() const { return m_data.effectiveState(); }
    bool isBusy() const { return m_busy; }
    // The last error (also while not Failed, e.g. a transient network problem while waiting); null if none.
    // In the language installed now, so a page showing it later follows a language switch.
    Error lastError() const { return m_lastError.retranslated(); }
    QUrl confirmationUrl() const { return m_data.confirmationUrl(); }
    // The loopback URL the portal redirects to after Confirm; empty when not listening.
    QUrl confirmationRedirectUri() const;
    // Seconds until the next automatic check while waiting, or -1 when no check is scheduled.
    int secondsToNextCheck() const;
    const OnboardingServices &services() const { return m_services; }

    // --- Intents -------------------------------------------------------------------------------------
    // Changes the setup; only while Draft or KeyReady (a changed algorithm discards the unused key).
    Result<void> updateSetup(const OnboardingSetup &setup);
    // Changes whom the confirmation mail goes to and in which language (setup().contactEmail and
    // contactLanguage; empty = not known). Local data, never sent to HelseID, so allowed in every state, also
    // while a step runs. Checked as ContactDetails does (onboarding.contact.*; nothing changes then) and
    // saved at once (the store's revision check; the caller holds the onboarding's lock).
    Result<void> setContact(const QString &email, const QString &language);
    // Generates a key for setup().algorithm off this thread, stores it, then KeyReady. Draft or KeyReady.
    void generateKey();
    // Uses a key made elsewhere (Alternative 3 with the user's own key, or a portal import): stores it,
    // then KeyReady. The key must have its private part.
    void useKey(const crypto::Key &key);
    // Alternative 1: sends the client draft (KeyReady), then waits for confirmation.
    void registerClient();
    // Alternatives 2 and 3: the client exists already (made in the portal). Stores the key, records the
    // client id and scopes and starts waiting for access. Draft or KeyReady.
    // kid and algorithm: what the portal registered the key under, when its file says so (the client then
    // signs with exactly those). An empty kid means the key's RFC 7638 thumbprint; no algorithm means the
    // setup's algorithm if the key fits it, else the key's default (PS256 for RSA, ES256/384/512 by
    // curve). An algorithm the key does not fit is refused (onboarding.key.alg_mismatch).
    void useExistingClient(const QString &clientId, const crypto::Key &key, const QStringList &scopes,
                           const QString &kid = {}, std::optional<crypto::Algorithm> algorithm = {});
    // Alternatives 2 and 3 with the portal's file (its zip and the SMS password, or the JSON inside): reads
    // and checks it off this thread (against the environment's issuer and the profile's scopes), reports
    // packageImported() with its summary, then uses the client as useExistingClient does with the file's
    // kid and alg. A file that cannot be used reports errorOccurred (import.*, zip.*) and the state stays.
    // The key never leaves the engine. Draft or KeyReady.
    void importPackage(const QString &path, const SecureBytes &password);
    // Alternative 3 with the onboarding's own key (made by generateKey()): the client the user made in the
    // portal with its public key. As useExistingClient with the stored key.
    void useOwnKeyClient(const QString &clientId, const QStringList &scopes = {});
    // The public JWK of the onboarding's key, loaded from the secret store if need be: publicKeyReady(), or
    // errorOccurred when there is no key (onboarding.key.none) or it cannot be read.
    void requestPublicKey();
    // After a lost draft answer (draftPostInFlight, no client id): use a client id learned elsewhere (the
    // portal, HelseID support) instead of making a new draft. The engine then waits for its confirmation
    // and proves it with a token, as for any draft. Only valid in exactly that situation.
    Result<void> adoptClientId(const QString &clientId);
    // Does whatever comes next from the current state (what `resume` and the wizard's Next call):
    // Draft -> generate the key (Alternative 1), KeyReady -> register, Registered/AwaitingConfirmation ->
    // listen and probe, AwaitingAccess -> poll, Failed -> retry.
    void proceed();
    // Continues a Failed onboarding from the step that failed.
    void retry();
    // Checks now instead of waiting for the countdown (while waiting).
    void checkNow();
    // Stops waiting without failing (e.g. `sfmctl onboard --no-wait`); proceed() starts again.
    void pause();
    // Gives the onboarding up. The key stays in the secret store until removeKey() (the wizard asks).
    void cancel();
    // Deletes the private key from the secret store (after cancel, when the user agreed). Asynchronous;
    // reports through dataChanged() or errorOccurred().
    void removeKey();
    // Replaces the secret store (after the user explicitly chose the encrypted-file fallback).
    void setSecretStore(storage::SecretStore *store);

    // The EPJ configuration (docs/epj-config.md); needs Ready or Exported. Never the private key.
    Result<QByteArray> configurationJson() const;
    // Writes it to path (atomically) and moves to Exported.
    Result<void> exportConfiguration(const QString &path);
    // The export with where the EPJ reads the key (KeyHandover): hands the key over (a service account's key
    // file, or a transfer file protected by passphrase), records the destination, then writes the
    // configuration naming it. done runs on this object's thread, never inside the call.
    void exportConfiguration(const QString &path, const KeyDestination &destination,
                             const SecureBytes &passphrase, std::function<void(Result<void>)> done);
    // Gets a client-credentials DPoP token for scope (default: nhn:selvbetjening/client, else the first
    // scope that is not SFM's) and decodes it; for a child unit, its organization number goes in the
    // assertion. SFM scopes are for users: asked for one, it fails with onboarding.token.needs_user (use
    // runTestLogin()).
    void requestTestToken(const QString &scope = {}, const QString &childOrganizationNumber = {});
    // The test login as a prescriber (LoginCheck): a user login in the browser with this client that shows
    // what SFM will see. Needs a client id. Reports loginFinished or loginFailed; a token good for SFM is
    // recorded (data().loginProvedAt), fills an unknown SFM-id, and makes a client that cannot see its
    // signing Ready.
    void runTestLogin(const TestLoginOptions &options = {});
    void cancelTestLogin();
    bool isLoggingIn() const;
    // The browser the test login opens (the wizard: ui::systemBrowser()); default BROWSER, else the
    // platform's opener.
    void setBrowser(helseid::Browser browser);
    // For a client without nhn:selvbetjening/client (it cannot read its own status): the person checked in
    // the portal that the agreement documents are signed. Recorded (data().signingConfirmedAt), then Ready
    // when nothing else is missing. Only while AwaitingAccess; errors onboarding.wrong_step,
    // onboarding.signing.visible (the client can see its signing itself).
    Result<void> confirmSigned();
    // AwaitingAccess for a client that cannot see its signing, with nothing left to poll: only
    // confirmSigned() or a test login moves it on.
    bool waitsForSigningConfirmation() const;
    // Renews the client's key through the self-service API (KeyRenewal), or continues a renewal the saved
    // data says is under way. Ready or Exported, and the client needs nhn:selvbetjening/client (else a
    // translated "renew it in the portal before DATE"). Reports through progress() and renewalFinished().
    void renewKey();
    bool isRenewing() const;
    // After a renewal's grace period: removes the replaced key from the secret store (when HelseID lists
    // another valid key). Does nothing before then. proceed() on a ready onboarding calls it too. Ends
    // with previousKeyChecked().
    void retirePreviousKey();
    // Adds and removes API scopes of a ready client (ScopeChange): reads the client, writes it back whole
    // with only the scopes changed, then AwaitingAccess until every scope is ok (signing may be needed
    // again: the scope's statusReason says so), then Ready (the EPJ configuration re-exported where it was
    // exported). Only scopes the vendor profile offers; nhn:selvbetjening/client stays. Ends with
    // scopesChanged().
    void changeScopes(const QStringList &add, const QStringList &remove);
    bool isChangingScopes() const;

signals:
    void stateChanged(sfm::onboarding::State state);
    void dataChanged(); // any field of data() changed (statuses, client id, …)
    void busyChanged(bool busy);
    void progress(const QString &message);       // a translated line for a status bar or the CLI
    void errorOccurred(const sfm::Error &error); // also transient ones; the state tells whether it stopped
    void notice(const QString &message);         // something the user should read (clock skew, new draft…)
    void countdownChanged(int secondsToNextCheck);
    void confirmationReceived(const QString &status); // the portal's redirect, status verbatim
    void accessStatusChanged();                       // scopeStatuses / claimStatuses / sfmId changed
    void testTokenReady(const sfm::onboarding::TestToken &token);
    void testTokenFailed(const sfm::Error &error);
    void loginBrowserOpened(const QUrl &authorizeUrl); // the test login sent the browser here
    void loginFinished(const sfm::helseid::UserLoginResult &result);
    void loginFailed(const sfm::Error &error);
    void renewalFinished(const sfm::Error &error); // null error: renewed; else the old key is still in use
    void previousKeyChecked(bool removed);         // retirePreviousKey() is done (removed or kept)
    // changeScopes() is done: null error = HelseID has the new scopes and the wait for access began; else
    // nothing changed.
    void scopesChanged(const sfm::Error &error);
    // importPackage() read a usable file; keeping its key and checking the client follow.
    void packageImported(const sfm::onboarding::ImportSummary &summary);
    void publicKeyReady(const sfm::onboarding::PublicKeyText &key);

private:
    // The parts of the engine, one responsibility each; they change the model only through the members
    // below (setState, stopWith, save, …), so the state machine stays in this file.
    friend class HelseIdSession;
    friend class KeyCustody;
    friend class DraftRegistration;
    friend class ConfirmationProbe;
    friend class AccessWatch;
    friend class TokenCheck;
    friend class LoginCheck;
    friend class KeyRenewal;
    friend class ScopeChange;
    friend class PortalClient;
    friend class ConfigurationExport;

    void setState(State state);
    void setBusy(bool busy);
    void fail(const Error &error);            // reports an error; the state stays
    void stopWith(const Error &error);        // -> Failed, remembering where to continue
    void reportTransient(const Error &error); // a problem while waiting that the next check may clear
    void addNotice(const QString &message);   // a lasting notice (deduplicated, capped)
    bool leaveFailed(); // Failed -> the state it stopped in (stateChanged); true if it changed
    // The common start of an intent: not busy, and the data allows the step (else wrongStep).
    bool enterStep(bool (OnboardingData::*allowed)() const);
    bool save(); // false (and errorOccurred) when the file could not be written

    OnboardingData m_data;
    OnboardingServices m_services;
    bool m_busy = false;
    Error m_lastError;
    std::unique_ptr<HelseIdSession> m_session;
    std::unique_ptr<KeyCustody> m_keys;
    std::unique_ptr<DraftRegistration> m_draft;
    std::unique_ptr<ConfirmationProbe> m_confirmation;
    std::unique_ptr<AccessWatch> m_watch;
    std::unique_ptr<TokenCheck> m_tokenCheck;
    std::unique_ptr<LoginCheck> m_loginCheck;
    std::unique_ptr<KeyRenewal> m_renewal;
    std::unique_ptr<ScopeChange> m_scopeChange;
    std::unique_ptr<PortalClient> m_portal;
    std::unique_ptr<ConfigurationExport> m_export;
};

} // namespace sfm::onboarding
