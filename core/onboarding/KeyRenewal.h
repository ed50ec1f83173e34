#pragma once

#include "Error.h"
#include "KeyCustody.h"
#include "Result.h"
#include "crypto/Key.h"

#include <QDateTime>
#include <QFutureWatcher>

#include <functional>

namespace sfm::helseid {
struct ClientCredentials;
}

namespace sfm::onboarding {

class Onboarding;
struct OnboardingData;

// Part of the engine: renews the client's key through the self-service API (reference section 3 "Key
// rotation" and "Key lifetime"), crash-safe — every step is saved in OnboardingData::renewal before the
// next one starts, so a killed program continues where it stopped:
//   1. make the new key off the UI thread and store it under its own entry (nothing sent yet);
//   2. save "registering", then POST /v1/client-secret authenticated with the current key; a lost answer
//      is resolved by GET /v1/client-secret (is the new thumbprint listed?), never by a blind second POST;
//   3. prove a client-credentials token for nhn:selvbetjening/client with the new key and its kid;
//   4. switch the onboarding to the new key and re-export the EPJ configuration where it was exported;
//   5. keep the old key for a grace period, then remove it from the secret store — only while HelseID
//      lists another valid key.
// The old key stays stored and registered until a token with the new one worked, so there is never a
// moment without a stored key HelseID accepts. The onboarding's state (Ready/Exported) does not change: a
// failed renewal leaves the client working with its old key and is reported by renewalFinished.
class KeyRenewal
{
public:
    explicit KeyRenewal(Onboarding &owner);
    ~KeyRenewal();

    // Whether this onboarding can renew its key itself: Ready or Exported, and the client has
    // nhn:selvbetjening/client (else a portal-only client: a translated error with the steps).
    static Result<void> checkRenewable(const OnboardingData &data);
    // The translated "renew this one in the portal before DATE" with the steps.
    static Error portalOnly(const OnboardingData &data);

    // Starts a renewal, or continues the one saved in the data.
    void start();
    bool isRunning() const { return m_running; }
    // After the grace period (HelseID's time): removes the replaced key from the secret store, if HelseID
    // lists another valid key. Does nothing before then.
    void retirePreviousKey();

private:
    void step();    // does what the saved stage says comes next
    void advance(); // saves the stage reached, then the next step from the event loop
    void generate();
    void generated(const KeyCustody::Generated &result);
    void registerNewKey();
    void resolveByListing(const Error &postError);
    void verify(int attempt);
    void switchOver();
    void reexport();
    void markRegistered(const QDateTime &expiresAt);
    void stop(const Error &error);
    // The current key and the new one, loaded when not in memory.
    void withKeys(std::function<void(const crypto::Key &current, const crypto::Key &next)> then);
    // An error of a call authenticated with the current key, said as "expired on DATE" when it is.
    Error explainRejection(const Error &error) const;
    QDateTime now() const; // HelseID's time

    Onboarding &q;
    crypto::Key m_newKey;
    QFutureWatcher<KeyCustody::Generated> *m_keygen = nullptr;
    bool m_running = false;
};

} // namespace sfm::onboarding
