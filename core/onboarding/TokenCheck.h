#pragma once

#include <QString>

namespace sfm::onboarding {

class Onboarding;

// Part of the engine: proves the client authenticates by getting a client-credentials DPoP token for a
// scope that is not SFM's (SFM scopes need a user: LoginCheck) and decoding it for display
// (testTokenReady / testTokenFailed).
class TokenCheck
{
public:
    explicit TokenCheck(Onboarding &owner);
    void request(const QString &scope, const QString &childOrganizationNumber);

private:
    Onboarding &q;
};

} // namespace sfm::onboarding
