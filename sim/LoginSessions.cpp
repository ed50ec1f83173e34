#include "LoginSessions.h"

#include "crypto/DpopProof.h"

namespace sfm::sim {

QList<TestPerson> TestPerson::all()
{
    // Synthetic fødselsnumre (month + 80) with valid check digits, and made-up HPR numbers.
    return {
        {QStringLiteral("Kari Nordmann"), QStringLiteral("Kari"), QStringLiteral("Nordmann"),
         QStringLiteral("13858340033"), QStringLiteral("9144850"), 4},
        {QStringLiteral("Ola Nordmann"), QStringLiteral("Ola"), QStringLiteral("Nordmann"),
         QStringLiteral("24897740059"), QStringLiteral("9144851"), 3},
    };
}

TestPerson TestPerson::byPid(const QString &pid, int securityLevel)
{
    for (TestPerson p : all()) {
        if (p.pid == pid) {
            p.securityLevel = securityLevel;
            return p;
        }
    }
    TestPerson unknown;
    unknown.pid = pid;
    unknown.securityLevel = securityLevel;
    return unknown;
}

bool isValidPid(const QString &pid)
{
    if (pid.size() != 11)
        return false;
    int digits[11];
    for (int i = 0; i < 11; ++i) {
        const QChar c = pid.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        digits[i] = c.unicode() - '0';
    }
    static const int w1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    static const int w2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += w1[i] * digits[i];
    int k1 = 11 - sum % 11;
    if (k1 == 11)
        k1 = 0;
    sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += w2[i] * digits[i];
    int k2 = 11 - sum % 11;
    if (k2 == 11)
        k2 = 0;
    return k1 == digits[9] && k2 == digits[10];
}

bool PushedRequest::usesTestIdp() const
{
    return acrValues.split(QLatin1Char(' '), Qt::SkipEmptyParts)
               .contains(QLatin1String("idp:testidp-oidc")) &&
           !testPid.isEmpty() && testSecurityLevel > 0;
}

template<typename T>
void LoginSessions::prune(QHash<QString, T> &map, qint64 now)
{
    for (auto it = map.begin(); it != map.end();) {
        if (it->expiresAt <= now)
            it = map.erase(it);
        else
            ++it;
    }
    while (map.size() >= MaxEntries) {
        auto oldest = map.begin();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->expiresAt < oldest->expiresAt)
                oldest = it;
        }
        map.erase(oldest);
    }
}

QString LoginSessions::push(PushedRequest request, qint64 now)
{
    prune(m_requests, now);
    request.expiresAt = now + RequestLifetimeSeconds;
    const QString uri = QStringLiteral("urn:ietf:params:oauth:request_uri:") + crypto::newJti();
    m_requests.insert(uri, request);
    return uri;
}

std::optional<PushedRequest> LoginSessions::takeRequest(const QString &requestUri, const QString &clientId,
                                                        qint64 now)
{
    const auto it = m_requests.find(requestUri);
    if (it == m_requests.end())
        return std::nullopt;
    const PushedRequest request = *it;
    m_requests.erase(it); // one use, whatever comes of it
    if (request.expiresAt <= now || request.clientId != clientId)
        return std::nullopt;
    return request;
}

QString LoginSessions::openPage(const PushedRequest &request, qint64 now)
{
    prune(m_pages, now);
    PushedRequest waiting = request;
    waiting.expiresAt = now + PageLifetimeSeconds;
    const QString handle = crypto::newJti();
    m_pages.insert(handle, waiting);
    return handle;
}

std::optional<PushedRequest> LoginSessions::takePage(const QString &handle, qint64 now)
{
    const auto it = m_pages.find(handle);
    if (it == m_pages.end())
        return std::nullopt;
    const PushedRequest request = *it;
    m_pages.erase(it);
    if (request.expiresAt <= now)
        return std::nullopt;
    return request;
}

QString LoginSessions::issueCode(const CodeGrant &grant)
{
    prune(m_codes, grant.authTime);
    CodeGrant stored = grant;
    stored.expiresAt = grant.authTime + CodeLifetimeSeconds;
    const QString code = crypto::newJti() + crypto::newJti();
    m_codes.insert(code, stored);
    return code;
}

std::optional<CodeGrant> LoginSessions::takeCode(const QString &code, qint64 now)
{
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return std::nullopt;
    const CodeGrant grant = *it;
    m_codes.erase(it);
    if (grant.expiresAt <= now)
        return std::nullopt;
    return grant;
}

} // namespace sfm::sim
