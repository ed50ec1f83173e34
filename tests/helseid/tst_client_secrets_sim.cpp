// SelfServiceClient's key calls (POST/GET /v1/client-secret) against the simulator as renewal will use
// them: the vendor profile's body shape, expiration read as UTC although .NET writes it without an offset,
// a null expiration, key expiry judged on HelseID's clock (read from its Date header), and the old key
// expiring while the new one works.
// Runs in Europe/Oslo time, so a time read as local would be off by one or two hours.
#include "Simulator.h"
#include "helseid/KeyExpiry.h"
#include "helseid/OAuthError.h"
#include "helseid/SelfServiceClient.h"
#include "helseid/TokenClient.h"
#include "helseid/VendorProfile.h"
#include "net/HttpClient.h"

#include <QTest>

#include <ctime>
#include <optional>

using namespace sfm;
using namespace sfm::helseid;

namespace {

template<typename T>
Result<T> wait(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    std::optional<Result<T>> result;
    start([&](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error(QStringLiteral("test.no_answer"), QStringLiteral("no callback"));
    return std::move(*result);
}

QByteArray describe(const Error &e)
{
    return (e.code + QStringLiteral(": ") + e.toString() + QStringLiteral(" / ") + e.detail).toUtf8();
}

constexpr qint64 Day = 24 * 3600;

} // namespace

class TstClientSecretsSim : public QObject
{
    Q_OBJECT

private:
    sim::Simulator *m_sim = nullptr;
    net::HttpClient *m_http = nullptr;
    DiscoveryClient *m_discovery = nullptr;
    TokenClient *m_tokens = nullptr;
    SelfServiceClient *m_api = nullptr;
    VendorProfile m_profile;

    static crypto::Key newKey() { return crypto::Key::generateEc(crypto::Curve::P256).value(); }
    static ClientCredentials credentials(const QString &clientId, const crypto::Key &key)
    {
        return {clientId, key, crypto::Algorithm::ES256, {}, {}};
    }
    void setSim(const QJsonObject &settings) { QVERIFY(m_sim->state().applySettings(settings).ok()); }
    // A confirmed client (Alternative 1) whose first key is `key`.
    QString newClient(const crypto::Key &key)
    {
        ClientDraft d;
        d.organizationNumber = QStringLiteral("974600951");
        d.publicJwk = key.publicJwk(crypto::Algorithm::ES256);
        d.apiScopes = {SelfServiceClient::SelfServiceScope};
        d.postClientConfirmationRedirectUri = QStringLiteral("http://127.0.0.1:1/confirmed");
        const auto id = wait<QString>(
            [&](auto cb) { m_api->createDraft(d, m_profile.apiKey(QStringLiteral("demo")), cb); });
        if (!id.ok() || !m_sim->confirm(id.value()).ok())
            return {};
        return id.value();
    }
    Result<std::optional<QDateTime>> addKey(const QString &clientId, const crypto::Key &current,
                                            const crypto::Key &next)
    {
        return wait<std::optional<QDateTime>>([&](auto cb) {
            m_api->addClientSecret(credentials(clientId, current), next.publicJwk(crypto::Algorithm::ES256),
                                   cb);
        });
    }
    Result<QList<ClientSecretInfo>> listKeys(const QString &clientId, const crypto::Key &key)
    {
        return wait<QList<ClientSecretInfo>>(
            [&](auto cb) { m_api->listClientSecrets(credentials(clientId, key), cb); });
    }
    // The simulator's own record of a key's expiry (epoch seconds; 0: none).
    qint64 simExpiry(const QString &clientId, const crypto::Key &key)
    {
        for (const sim::ClientKey &k : m_sim->state().client(clientId)->keys) {
            if (k.thumbprint == key.thumbprint())
                return k.expiration;
        }
        return -1;
    }
    // Moves the simulator's expiry of a key (epoch seconds).
    void setSimExpiry(const QString &clientId, const crypto::Key &key, qint64 expiration)
    {
        for (sim::ClientKey &k : m_sim->state().client(clientId)->keys) {
            if (k.thumbprint == key.thumbprint())
                k.expiration = expiration;
        }
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Oslo");
        tzset();
        QVERIFY(QDateTime::currentDateTime().offsetFromUtc() != 0);
        m_sim = new sim::Simulator(this);
        QVERIFY(m_sim->start(0).ok());
        setSim({{QStringLiteral("cacheDelaySeconds"), 0}});
        const auto &u = m_sim->urls();
        const Environment env = Environment::demo(QUrl(u.issuer), QUrl(u.api), QUrl(u.portal));
        m_profile = VendorProfile::demo().value();
        net::NetSettings s;
        s.proxy.mode = net::ProxySettings::Mode::None;
        m_http = new net::HttpClient(s, this);
        m_http->setRandom([] { return 0.0; });
        m_discovery = new DiscoveryClient(*m_http, this);
        m_discovery->setCacheDirectory({});
        m_tokens = new TokenClient(*m_http, *m_discovery, env, this);
        m_api = new SelfServiceClient(*m_http, *m_tokens, env, this);
        m_api->setSecretBodyShape(m_profile.secretBodyShape);
    }

    void cleanup()
    {
        setSim({{QStringLiteral("clientSecretBodyShape"), QStringLiteral("string")},
                {QStringLiteral("keyLifetimeDays"), 365},
                {QStringLiteral("clockOffsetSeconds"), 0},
                {QStringLiteral("clockSkewSeconds"), 5}});
        m_api->setSecretBodyShape(m_profile.secretBodyShape);
    }

    // The profile's default body shape is the one the simulator accepts by default; the expiration it
    // answers (no offset) is the simulator's instant, not shifted by this PC's time zone.
    void addedKeyExpiresWhenHelseIdSays()
    {
        QCOMPARE(m_profile.secretBodyShape, VendorProfile::SecretBodyShape::JsonString);
        const crypto::Key first = newKey();
        const crypto::Key second = newKey();
        const QString id = newClient(first);
        QVERIFY(!id.isEmpty());
        const auto added = addKey(id, first, second);
        QVERIFY2(added.ok(), added.ok() ? "" : describe(added.error()).constData());
        QVERIFY(added->has_value());
        QCOMPARE(added->value().timeSpec(), Qt::UTC);
        QCOMPARE(added->value().toSecsSinceEpoch(), simExpiry(id, second));

        const auto keys = listKeys(id, second); // the new key authenticates
        QVERIFY2(keys.ok(), keys.ok() ? "" : describe(keys.error()).constData());
        QCOMPARE(keys->size(), 2);
        const ClientSecretInfo *old = findClientSecret(*keys, first.thumbprint());
        const ClientSecretInfo *renewed = findClientSecret(*keys, second.thumbprint());
        QVERIFY(old && renewed);
        QCOMPARE(renewed->origin, QStringLiteral("Api"));
        QCOMPARE(renewed->kid, second.thumbprint());
        QCOMPARE(crypto::Key::fromJwk(renewed->publicJwk).value().thumbprint(), second.thumbprint());
        QCOMPARE(renewed->expiration->toSecsSinceEpoch(), simExpiry(id, second));
        QCOMPARE(old->expiration->toSecsSinceEpoch(), simExpiry(id, first));
        QVERIFY(hasOtherValidKey(*keys, first.thumbprint(), m_tokens->serverNow()));
    }

    // Against a server that wants the other shape, the call fails with the API's problem and registers
    // nothing; set to that shape, it works.
    void bodyShapeFollowsTheProfile()
    {
        const crypto::Key first = newKey();
        const QString id = newClient(first);
        setSim({{QStringLiteral("clientSecretBodyShape"), QStringLiteral("object")}});
        const auto refused = addKey(id, first, newKey());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("helseid.api.bad_request"));
        QCOMPARE(listKeys(id, first)->size(), 1);

        m_api->setSecretBodyShape(VendorProfile::SecretBodyShape::JsonObject);
        const auto added = addKey(id, first, newKey());
        QVERIFY2(added.ok(), added.ok() ? "" : describe(added.error()).constData());
        QCOMPARE(listKeys(id, first)->size(), 2);
    }

    void nullExpirationIsAllowed()
    {
        setSim({{QStringLiteral("keyLifetimeDays"), 0}});
        const crypto::Key first = newKey();
        const crypto::Key second = newKey();
        const QString id = newClient(first);
        const auto added = addKey(id, first, second);
        QVERIFY2(added.ok(), added.ok() ? "" : describe(added.error()).constData());
        QVERIFY(!added->has_value());
        const auto keys = listKeys(id, first);
        QVERIFY(keys.ok());
        for (const ClientSecretInfo &k : *keys)
            QVERIFY(!k.expiration.has_value());
        QCOMPARE(KeyExpiry(keys->first().expiration).state(m_tokens->serverNow()),
                 KeyExpiry::State::NotStated);
    }

    // HelseID's clock five minutes ahead of this computer's (the simulator's clock offset, within what it
    // accepts, so tokens still come): the client reads HelseID's time from the Date header and judges the
    // key's expiry by it. Then the old key expires at HelseID — invalid_client — while the key added in
    // time works. HelseID's clock is not moved by days: this computer signs with its own time, and an
    // assertion from a clock that far off is refused (helseid.oauth.clock_skew), so the key's expiry is
    // moved instead.
    void timePassesUntilTheOldKeyExpires()
    {
        constexpr qint64 Ahead = 300;
        setSim({{QStringLiteral("keyLifetimeDays"), 40}, {QStringLiteral("clockSkewSeconds"), 600}});
        const crypto::Key first = newKey();
        const crypto::Key second = newKey();
        const QString id = newClient(first);
        auto keys = listKeys(id, first);
        QVERIFY(keys.ok());
        QCOMPARE(KeyExpiry(keys->first().expiration).state(m_tokens->serverNow()), KeyExpiry::State::Valid);

        // The first key expires 30 days and 150 s after this computer's time: under 30 days by HelseID's.
        setSim({{QStringLiteral("clockOffsetSeconds"), int(Ahead)}});
        setSimExpiry(id, first, QDateTime::currentSecsSinceEpoch() + 30 * Day + Ahead / 2);
        keys = listKeys(id, first);
        QVERIFY2(keys.ok(), keys.ok() ? "" : describe(keys.error()).constData());
        const QDateTime helseIdNow = m_tokens->serverNow();
        QVERIFY(qAbs(helseIdNow.toSecsSinceEpoch() - (QDateTime::currentSecsSinceEpoch() + Ahead)) < 10);
        const KeyExpiry expiry(findClientSecret(*keys, first.thumbprint())->expiration);
        QCOMPARE(expiry.state(helseIdNow), KeyExpiry::State::Due);
        QCOMPARE(expiry.daysLeft(helseIdNow).value_or(-999), 29);
        // By this PC's clock alone it would not look due yet: renewal must use HelseID's time.
        QCOMPARE(expiry.state(QDateTime::currentDateTimeUtc()), KeyExpiry::State::Valid);

        const auto added = addKey(id, first, second);
        QVERIFY2(added.ok(), added.ok() ? "" : describe(added.error()).constData());
        QVERIFY(qAbs(added->value().toSecsSinceEpoch() - (helseIdNow.toSecsSinceEpoch() + 40 * Day)) < 60);

        // The first key expires at HelseID (clocks agreeing again, so the refusal is not put down to the
        // clock); no cached token hides it.
        setSim({{QStringLiteral("clockOffsetSeconds"), 0}});
        setSimExpiry(id, first, m_sim->state().now() - 1);
        m_tokens->clearCache();
        const auto refused = listKeys(id, first);
        QVERIFY(!refused.ok());
        QVERIFY2(OAuthError::isInvalidClient(refused.error()), describe(refused.error()).constData());
        QVERIFY2(refused.error().detail.contains(QStringLiteral("expired")),
                 describe(refused.error()).constData());

        keys = listKeys(id, second);
        QVERIFY2(keys.ok(), keys.ok() ? "" : describe(keys.error()).constData());
        QVERIFY(KeyExpiry(findClientSecret(*keys, first.thumbprint())->expiration)
                    .isExpired(m_tokens->serverNow()));
        QVERIFY(!hasOtherValidKey(*keys, second.thumbprint(), m_tokens->serverNow()));
        QVERIFY(!KeyExpiry(findClientSecret(*keys, second.thumbprint())->expiration)
                     .isExpired(m_tokens->serverNow()));
    }
};

QTEST_MAIN(TstClientSecretsSim)
#include "tst_client_secrets_sim.moc"
