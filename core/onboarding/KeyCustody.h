#pragma once

#include "Error.h"
#include "KeyReference.h"
#include "Result.h"
#include "crypto/Key.h"

#include <QFutureWatcher>
#include <QString>

#include <functional>
#include <optional>

namespace sfm::onboarding {

class Onboarding;

// Part of the engine: the onboarding's private key — made off the UI thread, stored in the secret store
// before anything is sent to HelseID, loaded again when needed (and checked to be the registered key),
// removed on request. The one place that touches the secret store.
class KeyCustody
{
public:
    struct Generated
    {
        crypto::Key key;
        Error error;
    };

    // A key can sign: it has its private part.
    static Result<void> checkUsable(const crypto::Key &key);
    // A key made elsewhere (the portal) can be used as registered: usable, fits the algorithm it was
    // registered for, and its kid can be sent.
    static Result<void> checkRegistered(const crypto::Key &key, const QString &kid,
                                        std::optional<crypto::Algorithm> algorithm);

    explicit KeyCustody(Onboarding &owner);
    ~KeyCustody();

    // Makes a key for the setup's algorithm in the thread pool, then stores it (-> KeyReady).
    void generate();
    bool isGenerating() const { return m_keygen != nullptr; }
    // Drops a generation in progress: its result is thrown away.
    void abandonGeneration();
    // Stores newKey under its thumbprint, records where it is (and the kid HelseID knows it by; empty = the
    // thumbprint), -> KeyReady, then calls then. A failure stops the onboarding and keeps the key in
    // memory for retry.
    void store(const crypto::Key &newKey, std::function<void()> then, const QString &registeredKid = {});
    // The key: from memory, else loaded from the secret store and checked against the recorded thumbprint.
    void withKey(std::function<void(Result<crypto::Key>)> then);
    // Deletes the key from the secret store and forgets where it was.
    void remove();

    // For a key renewal (KeyRenewal), a second key beside the one in use; none of these change the data.
    // Makes a key (call it in a worker thread).
    static Generated makeKey(crypto::Algorithm alg, int rsaBits);
    // Stores key under its own entry (named by its thumbprint) and answers where it is.
    void storeAside(const crypto::Key &key, std::function<void(Result<KeyReference>)> then);
    // Loads the key at ref and checks it has this thumbprint.
    void loadAside(const KeyReference &ref, const QString &thumbprint,
                   std::function<void(Result<crypto::Key>)> then);
    void removeAside(const KeyReference &ref, std::function<void(Result<void>)> then);
    // The key in use from now on (after a renewal switched to it).
    void adopt(const crypto::Key &key) { m_key = key; }

    const crypto::Key &key() const { return m_key; }
    // A key made but not stored (the store failed): retried without making a new one.
    const crypto::Key &pendingKey() const { return m_pendingKey; }
    // Forgets the key in memory (it no longer fits the setup).
    void forget() { m_key = {}; }

private:
    void generated(const Generated &result);
    QString entryFor(const QString &thumbprint) const;

    Onboarding &q;
    crypto::Key m_key;
    crypto::Key m_pendingKey;
    QFutureWatcher<Generated> *m_keygen = nullptr;
};

} // namespace sfm::onboarding
