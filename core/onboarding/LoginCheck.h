#pragma once

#include "helseid/SystemBrowser.h"

#include <QString>

namespace sfm::helseid {
class UserLogin;
struct UserLoginResult;
} // namespace sfm::helseid

namespace sfm::onboarding {

class Onboarding;
struct OnboardingData;

// The SFM-id as it is shown (Done page, sfmctl status): the known one, else that HelseID assigns it and it
// shows after the first login (GET /v1/client need not list it for a new client; reference section 9).
// Empty only before the client exists. Translated.
QString sfmIdText(const OnboardingData &data);
// What a client without nhn:selvbetjening/client is told at import and while waiting: it cannot see its
// signing; the person checks in the portal and says so, or runs the test login. Translated.
QString cannotSeeSigningText();
// The SFM scope a login for this client should carry: its own (sfm.api2 or the migration scope), else
// sfm.api2.
QString sfmScopeOf(const OnboardingData &data);
// Why SFM would refuse a login's token (no SFM scope, no SFM-id, security level below 4), in plain words;
// empty when SFM would accept it. Translated.
QString sfmRefusalReason(const helseid::UserLoginResult &result, const OnboardingData &data);

// How the test login runs. The synthetic test person (HelseID TEST's test identity provider) is used in
// TEST and the simulator unless told otherwise; in PROD a real person logs in.
struct TestLoginOptions
{
    QString testPid; // a synthetic fødselsnummer; empty: UserLogin::DefaultTestPid
    enum class Person
    {
        Automatic, // the test person everywhere but PROD
        TestPerson,
        RealPerson
    } person = Person::Automatic;
    int timeoutSeconds = 300; // how long to wait for the person in the browser
};

// Part of the engine: the proof that the EPJ can call SFM (reference sections 8 and 9). Runs a user login
// (helseid::UserLogin: PAR + PKCE + DPoP) with the onboarding's client and key and the vendor profile's
// login redirect URI, asks for the client's SFM scopes, and reports loginFinished / loginFailed. A token with
// the SFM scope and the SFM-id claim is recorded (loginProvedAt); its SFM-id fills data().sfmId when the
// status API showed none, and a client that cannot see its signing becomes Ready by it.
class LoginCheck
{
public:
    explicit LoginCheck(Onboarding &owner);
    ~LoginCheck();

    void start(const TestLoginOptions &options);
    void cancel();
    bool isRunning() const;
    void setBrowser(helseid::Browser browser);

private:
    void finished(const helseid::UserLoginResult &result);

    Onboarding &q;
    helseid::UserLogin *m_login = nullptr; // child of the Onboarding, made on first use
    helseid::Browser m_browser;
};

} // namespace sfm::onboarding
