#pragma once

#include "Error.h"
#include "Result.h"

#include <QString>

namespace sfm::crypto {
class Key;
}

namespace sfm::onboarding {

class Onboarding;

// Part of the engine, Alternative 1: sends the client draft at most once per attempt. "Draft in flight" is
// saved before the POST, so a crash or a lost answer is known on resume and never silently re-sent; an
// error after which the server certainly made nothing clears it again.
class DraftRegistration
{
public:
    explicit DraftRegistration(Onboarding &owner);

    // Loads the key and sends the draft; Registered -> AwaitingConfirmation on success.
    void start();
    // After a lost answer: use a client id learned elsewhere instead of a new draft
    // (Onboarding::adoptClientId).
    Result<void> adopt(const QString &clientId);

    // True when the server certainly created nothing: it answered 4xx, or the request never left. Anything
    // else (a timeout, a dropped connection, a 5xx, an unreadable 2xx) may have created a draft.
    static bool certainlyNotCreated(const Error &error);

private:
    void send(const crypto::Key &key);

    Onboarding &q;
};

} // namespace sfm::onboarding
