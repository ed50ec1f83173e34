#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// What the simulated STS remembers between the steps of a user login (reference section 8): pushed
// authorization requests (PAR, 60 s, one use), login pages waiting for a person to be chosen, and
// authorization codes (60 s, one use). In memory only: a login does not survive a simulator restart, and
// nothing here is a customer's secret.
namespace sfm::sim {

// A synthetic person the simulated identity provider logs in. Never a real person's data.
struct TestPerson
{
    QString name;
    QString givenName;
    QString familyName;
    QString pid;       // a synthetic fødselsnummer (month + 80, as Norway's test data uses)
    QString hprNumber; // empty: not a health professional
    int securityLevel = 4;

    // The people the login page offers; the first one is a prescriber at security level 4.
    static QList<TestPerson> all();
    // One of all() by fødselsnummer, or a person with that number, no name and no HPR number.
    static TestPerson byPid(const QString &pid, int securityLevel);
};

// True for an 11-digit fødselsnummer whose two check digits are right.
bool isValidPid(const QString &pid);

struct PushedRequest
{
    QString clientId;
    QString redirectUri; // as sent (with the port the client listens on)
    QString state;
    QString codeChallenge; // S256
    QString nonce;
    QStringList scopes;
    QString acrValues;
    QString testPid;           // test identity provider: log this person in without a page
    int testSecurityLevel = 0; // 0: not given
    QString dpopJkt;           // bound at PAR (dpop_jkt or a DPoP proof); empty: bound at the token endpoint
    qint64 expiresAt = 0;

    bool usesTestIdp() const;
};

struct CodeGrant
{
    PushedRequest request;
    TestPerson person;
    qint64 authTime = 0;
    qint64 expiresAt = 0;
};

class LoginSessions
{
public:
    static constexpr int RequestLifetimeSeconds = 60;
    static constexpr int CodeLifetimeSeconds = 60;
    static constexpr int PageLifetimeSeconds = 600;
    static constexpr int MaxEntries = 1000; // per kind; the oldest are dropped first

    // Answers the request_uri (urn:ietf:params:oauth:request_uri:…).
    QString push(PushedRequest request, qint64 now);
    // The pushed request, once; nullopt when unknown, used, expired or pushed by another client.
    std::optional<PushedRequest> takeRequest(const QString &requestUri, const QString &clientId, qint64 now);

    // A login page waiting for the person to be chosen: answers the page's one-use handle.
    QString openPage(const PushedRequest &request, qint64 now);
    std::optional<PushedRequest> takePage(const QString &handle, qint64 now);

    QString issueCode(const CodeGrant &grant);
    // The code's grant, once (a second use finds nothing); nullopt when unknown, used or expired.
    std::optional<CodeGrant> takeCode(const QString &code, qint64 now);

private:
    template<typename T>
    static void prune(QHash<QString, T> &map, qint64 now);

    QHash<QString, PushedRequest> m_requests;
    QHash<QString, PushedRequest> m_pages;
    QHash<QString, CodeGrant> m_codes;
};

} // namespace sfm::sim
