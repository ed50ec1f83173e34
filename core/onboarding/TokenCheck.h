#pragma once

#include <QString>

namespace sfm::onboarding {

class Onboarding;

// Part of the engine: proves the client works by getting a client-credentials DPoP token for a scope and
// decoding it for display (testTokenReady / testTokenFailed).
class TokenCheck
{
public:
    explicit TokenCheck(Onboarding &owner);
    void request(const QString &scope, const QString &childOrganizationNumber);

private:
    Onboarding &q;
};

} // namespace sfm::onboarding
