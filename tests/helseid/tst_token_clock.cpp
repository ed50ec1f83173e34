// A computer whose clock is off (reference section 9, "Clocks"): against the simulator, with this side's
// clock faked five minutes ahead or behind, the token request is refused and the error says it is the clock,
// by how much, that the EPJ will fail the same way and how to fix it — not "wrong client or key". The
// assertion's times are this computer's own: nothing shifts them to hide the difference.
#include "Simulator.h"
#include "crypto/Key.h"
#include "helseid/DiscoveryClient.h"
#include "helseid/Environment.h"
#include "helseid/OAuthError.h"
#include "helseid/SelfServiceClient.h"
#include "helseid/TokenClient.h"
#include "helseid/VendorProfile.h"
#include "net/HttpClient.h"

#include <QTest>

#include <optional>

using namespace sfm;
using namespace sfm::helseid;

namespace {

const QString OrgNumber = QStringLiteral("974600951");

template<typename T>
Result<T> wait(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    std::optional<Result<T>> result;
    start([&](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error(QStringLiteral("test.no_answer"), QStringLiteral("no callback"));
    return std::move(*result);
}

} // namespace

class TstTokenClock : public QObject
{
    Q_OBJECT

private:
    sim::Simulator *m_sim = nullptr;
    Environment m_env;
    VendorProfile m_profile;
    crypto::Key m_key;
    QString m_clientId;

    // A token request made from a computer whose clock is offsetSeconds off (positive: ahead).
    Result<AccessToken> tokenWithClockOff(qint64 offsetSeconds, const QString &clientId)
    {
        net::NetSettings s;
        s.proxy.mode = net::ProxySettings::Mode::None;
        net::HttpClient http(s);
        const auto clock = [offsetSeconds] { return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds); };
        http.setClock(clock); // what the Date header is compared with
        DiscoveryClient discovery(http);
        discovery.setCacheDirectory({});
        TokenClient tokens(http, discovery, m_env);
        tokens.setClock(clock); // what the assertion's iat and exp come from
        return wait<AccessToken>([&](auto cb) {
            tokens.requestToken({clientId, m_key, crypto::Algorithm::ES256, {}, {}},
                                {QStringLiteral("nhn:selvbetjening/client")}, cb);
        });
    }

private slots:
    void initTestCase()
    {
        m_sim = new sim::Simulator(this);
        QVERIFY(m_sim->start(0).ok());
        QVERIFY(m_sim->state().applySettings({{QStringLiteral("cacheDelaySeconds"), 0}}).ok());
        const auto &u = m_sim->urls();
        m_env = Environment::demo(QUrl(u.issuer), QUrl(u.api), QUrl(u.portal));
        m_profile = VendorProfile::demo().value();
        m_key = crypto::Key::generateEc(crypto::Curve::P256).value();

        // A confirmed client, made through the self-service API as the wizard would.
        net::NetSettings s;
        s.proxy.mode = net::ProxySettings::Mode::None;
        net::HttpClient http(s);
        DiscoveryClient discovery(http);
        discovery.setCacheDirectory({});
        TokenClient tokens(http, discovery, m_env);
        SelfServiceClient api(http, tokens, m_env);
        ClientDraft d;
        d.organizationNumber = OrgNumber;
        d.publicJwk = m_key.publicJwk(crypto::Algorithm::ES256);
        d.apiScopes = m_profile.preselectedScopes();
        d.postClientConfirmationRedirectUri = QStringLiteral("http://127.0.0.1:1/confirmed");
        const auto id =
            wait<QString>([&](auto cb) { api.createDraft(d, m_profile.apiKey(QStringLiteral("demo")), cb); });
        QVERIFY(id.ok());
        m_clientId = id.value();
        QVERIFY(m_sim->confirm(m_clientId).ok());
    }

    void rightClockGetsAToken()
    {
        const auto token = tokenWithClockOff(0, m_clientId);
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().toString()));
    }

    void clockOffIsSaidPlainly_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("direction");
        QTest::newRow("5 minutes ahead") << qint64(300) << QStringLiteral("ahead");
        QTest::newRow("5 minutes behind") << qint64(-300) << QStringLiteral("behind");
    }

    void clockOffIsSaidPlainly()
    {
        QFETCH(qint64, offset);
        QFETCH(QString, direction);
        const auto token = tokenWithClockOff(offset, m_clientId);
        QVERIFY(!token.ok()); // the assertion carries this computer's time, and HelseID refuses it
        const Error &e = token.error();
        QCOMPARE(e.code, OAuthError::ClockSkew);
        QVERIFY2(e.message.contains(QStringLiteral("5 minutes ") + direction), qPrintable(e.message));
        QVERIFY(e.message.contains(QLatin1String("EPJ")));
        QVERIFY(e.message.contains(QLatin1String("automatic time")));
        QVERIFY(!e.message.contains(QLatin1String("key"))); // not the advice about client and key
        QVERIFY(e.detail.contains(QLatin1String("invalid_client")));
        QVERIFY(!OAuthError::isNotYet(e)); // not "wait for HelseID's cache": waiting does not help
    }

    void aSmallDifferenceIsNotBlamed()
    {
        // Within the threshold the refusal keeps its own meaning: an unknown client is an unknown client.
        const auto token = tokenWithClockOff(2, QStringLiteral("no-such-client"));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, OAuthError::InvalidClient);
    }

    // A refusal that names its own cause keeps it, however far off the clock is: an unknown client is an
    // unknown client, and an expired key (the simulator says so in error_description) is an expired key —
    // setting the clock right would not help.
    void anotherCauseIsNotBlamedOnTheClock()
    {
        const auto unknown = tokenWithClockOff(300, QStringLiteral("no-such-client"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, OAuthError::InvalidClient);

        sim::SimClient *client = m_sim->state().client(m_clientId);
        QVERIFY(client && !client->keys.isEmpty());
        const qint64 expiration = client->keys.first().expiration;
        client->keys.first().expiration = m_sim->state().now() - 3600;
        const auto expired = tokenWithClockOff(-300, m_clientId);
        client->keys.first().expiration = expiration;
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, OAuthError::InvalidClient);
        QVERIFY2(expired.error().detail.contains(QLatin1String("expired")),
                 qPrintable(expired.error().detail));
        QVERIFY(!expired.error().message.contains(QLatin1String("clock")));

        // The same clock with the key valid again: now it is the clock.
        QCOMPARE(tokenWithClockOff(-300, m_clientId).error().code, OAuthError::ClockSkew);
    }

    void explainClockSkewThreshold()
    {
        const Error refused = OAuthError::fromCode(QStringLiteral("invalid_client"), {}, 400);
        QCOMPARE(OAuthError::explainClockSkew(refused, OAuthError::ClockSkewThresholdSeconds).code,
                 OAuthError::InvalidClient);
        QCOMPARE(OAuthError::explainClockSkew(refused, -OAuthError::ClockSkewThresholdSeconds - 1).code,
                 OAuthError::ClockSkew);
        // The description decides: the assertion's own times point at the clock, another cause does not.
        const auto described = [](const char *description) {
            return OAuthError::fromCode(QStringLiteral("invalid_client"), QString::fromLatin1(description),
                                        400);
        };
        QCOMPARE(
            OAuthError::explainClockSkew(described("client_assertion iat or nbf is in the future"), 300).code,
            OAuthError::ClockSkew);
        QCOMPARE(OAuthError::explainClockSkew(described("client_assertion has expired"), -300).code,
                 OAuthError::ClockSkew);
        QCOMPARE(OAuthError::explainClockSkew(described("Unknown client or client not enabled"), 300).code,
                 OAuthError::InvalidClient);
        QCOMPARE(
            OAuthError::explainClockSkew(described("The client's key abc expired at 2026-01-01T00:00:00Z; "
                                                   "register a new key"),
                                         300)
                .code,
            OAuthError::InvalidClient);
        const Error other = OAuthError::fromCode(QStringLiteral("invalid_scope"), {}, 400);
        QCOMPARE(OAuthError::explainClockSkew(other, 3600).code, OAuthError::InvalidScope);
    }
};

QTEST_GUILESS_MAIN(TstTokenClock)
#include "tst_token_clock.moc"
