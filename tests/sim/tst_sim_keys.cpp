// Key lifetime in the simulator (reference section 3, step 7 and "Key lifetime"; section 9 "Dates"):
// several keys per client each with its own expiry, POST/GET /v1/client-secret in the body shape the
// setting names, expiration written as .NET writes it, an expired key refused with invalid_client saying
// when it expired, and the control API's clock and key handles. Raw HTTP only.
#include "SimTestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sfm;
using namespace simtest;

namespace {

constexpr qint64 Day = 24 * 3600;
const QString SelfService = QStringLiteral("nhn:selvbetjening/client");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The POST /v1/client-secret body of [SBS]/[FHIT]: a JSON string literal holding the JWK.
QByteArray asJsonString(const QJsonObject &jwk)
{
    return QJsonDocument(QJsonArray{QString::fromUtf8(compact(jwk))})
        .toJson(QJsonDocument::Compact)
        .mid(1)
        .chopped(1);
}

// "2027-05-01T10:00:00" (no offset, as a .NET DateTime of kind Unspecified) read as UTC.
QDateTime readUnspecified(const QString &text)
{
    const QDateTime local = QDateTime::fromString(text, Qt::ISODate);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

} // namespace

class TstSimKeys : public QObject
{
    Q_OBJECT

private:
    Fixture f;
    crypto::Key clientKey;
    crypto::Key dpopKey;

    QString newClient()
    {
        const QString id = f.createDraft(clientKey, draftBody(clientKey, {SelfService}));
        return f.confirm(id) ? id : QString();
    }
    QByteArray selfServiceToken(const crypto::Key &key, const QString &id)
    {
        return f.token(key, dpopKey, id, SelfService)
            .json()
            .value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    }
    // A token request from a client whose clock agrees with the simulator's moved clock.
    Reply tokenAt(const crypto::Key &key, const QString &id, qint64 clockOffset)
    {
        const QString endpoint = f.urls().issuer + QStringLiteral("/connect/token");
        QString nonce;
        Reply r;
        for (int attempt = 0; attempt < 2; ++attempt) {
            r = f.http().send(
                "POST", endpoint,
                tokenForm(id, assertion(key, id, f.urls().issuer, {}, {}, clockOffset), SelfService),
                {{"Content-Type", "application/x-www-form-urlencoded"},
                 {"DPoP", proof(dpopKey, "POST", endpoint, nonce, {}, {}, {}, clockOffset)}});
            if (r.json().value(QStringLiteral("error")).toString() != QLatin1String("use_dpop_nonce"))
                break;
            nonce = QString::fromLatin1(r.header("dpop-nonce"));
        }
        return r;
    }
    Reply control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return f.http().send(method, f.urls().control + path, body.isEmpty() ? QByteArray() : compact(body),
                             {{"Content-Type", "application/json"}});
    }
    QJsonArray listSecrets(const QByteArray &token)
    {
        const Reply r = f.api("GET", QStringLiteral("/v1/client-secret"), token, dpopKey);
        return r.status == 200 ? QJsonDocument::fromJson(r.body).array() : QJsonArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        QVERIFY(f.setSettings({{QStringLiteral("cacheDelaySeconds"), 0}}));
        clientKey = crypto::Key::generateRsa(2048).value();
        dpopKey = crypto::Key::generateEc(crypto::Curve::P256).value();
    }

    void cleanup()
    {
        QVERIFY(f.setSettings({{QStringLiteral("clientSecretBodyShape"), QStringLiteral("string")},
                               {QStringLiteral("expirationKind"), QStringLiteral("unspecified")},
                               {QStringLiteral("keyLifetimeDays"), 365},
                               {QStringLiteral("clockOffsetSeconds"), 0}}));
    }

    // The UNCONFIRMED body shape: exactly the one the setting names is accepted, the other gets a 400
    // problem body. The default is the vendor profile's default (a JSON string, as [SBS] sends it).
    void postBodyShapeFollowsTheSetting()
    {
        const Reply settings = control("GET", QStringLiteral("/settings"));
        QCOMPARE(settings.json().value(QStringLiteral("clientSecretBodyShape")).toString(),
                 QStringLiteral("string"));
        const QString id = newClient();
        const QByteArray t = selfServiceToken(clientKey, id);
        QVERIFY(!t.isEmpty());
        const auto second = crypto::Key::generateEc(crypto::Curve::P256).value();
        const QJsonObject jwk = second.publicJwk(crypto::Algorithm::ES256);

        Reply refused = f.api("POST", QStringLiteral("/v1/client-secret"), t, dpopKey, compact(jwk));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.header("content-type").startsWith("application/problem+json"));
        QCOMPARE(refused.json().value(QStringLiteral("status")).toInt(), 400);
        QVERIFY(refused.json().value(QStringLiteral("errors")).isObject());

        const qint64 before = now();
        Reply r = f.api("POST", QStringLiteral("/v1/client-secret"), t, dpopKey, asJsonString(jwk));
        QCOMPARE(r.status, 200);
        // .NET writes a DateTime without an offset (reference section 9): it must be read as UTC.
        const QString expiration = r.json().value(QStringLiteral("expiration")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"))
                     .match(expiration)
                     .hasMatch(),
                 qPrintable(expiration));
        const qint64 expires = readUnspecified(expiration).toSecsSinceEpoch();
        QVERIFY(expires >= before + 365 * Day && expires <= now() + 365 * Day);

        QVERIFY(f.setSettings({{QStringLiteral("clientSecretBodyShape"), QStringLiteral("object")}}));
        const auto third = crypto::Key::generateEc(crypto::Curve::P384).value();
        QCOMPARE(f.api("POST", QStringLiteral("/v1/client-secret"), t, dpopKey,
                       asJsonString(third.publicJwk(crypto::Algorithm::ES384)))
                     .status,
                 400);
        QCOMPARE(f.api("POST", QStringLiteral("/v1/client-secret"), t, dpopKey,
                       compact(third.publicJwk(crypto::Algorithm::ES384)))
                     .status,
                 200);
        QCOMPARE(listSecrets(t).size(), 3);
        // "both" is no longer a choice: the simulator is as strict as HelseID could be.
        QVERIFY(!f.setSettings({{QStringLiteral("clientSecretBodyShape"), QStringLiteral("both")}}));
        // The same key twice is refused.
        QCOMPARE(f.api("POST", QStringLiteral("/v1/client-secret"), t, dpopKey,
                       compact(third.publicJwk(crypto::Algorithm::ES384)))
                     .status,
                 400);
    }

    void listShowsEveryKeyWithItsOwnExpiry()
    {
        const QString id = newClient();
        const QByteArray t = selfServiceToken(clientKey, id);
        QVERIFY(f.setSettings({{QStringLiteral("keyLifetimeDays"), 30}}));
        const auto second = crypto::Key::generateRsa(2048).value();
        QCOMPARE(f.api("POST", QStringLiteral("/v1/client-secret"), t, dpopKey,
                       asJsonString(second.publicJwk(crypto::Algorithm::PS256)))
                     .status,
                 200);
        const QJsonArray keys = listSecrets(t);
        QCOMPARE(keys.size(), 2);
        for (const QJsonValue &v : keys) {
            const QJsonObject k = v.toObject();
            for (const char *member : {"expiration", "kid", "jwkThumbprint", "origin", "publicJwk"})
                QVERIFY2(k.contains(QLatin1String(member)), member);
            QCOMPARE(k.value(QStringLiteral("origin")).toString(), QStringLiteral("Api"));
            QVERIFY(!k.value(QStringLiteral("expiration")).toString().endsWith(QLatin1Char('Z')));
        }
        const QJsonObject first = keys.at(0).toObject();
        const QJsonObject added = keys.at(1).toObject();
        QCOMPARE(first.value(QStringLiteral("jwkThumbprint")).toString(), clientKey.thumbprint());
        QCOMPARE(added.value(QStringLiteral("jwkThumbprint")).toString(), second.thumbprint());
        QCOMPARE(added.value(QStringLiteral("kid")).toString(), second.thumbprint());
        // publicJwk is a JSON string holding the public key.
        const QJsonObject jwk =
            QJsonDocument::fromJson(added.value(QStringLiteral("publicJwk")).toString().toUtf8()).object();
        QCOMPARE(crypto::Key::fromJwk(jwk).value().thumbprint(), second.thumbprint());
        QVERIFY(!jwk.contains(QStringLiteral("d")));
        // Each key its own expiry: the first from the draft (365 days), the second from now (30 days).
        const qint64 firstExpiry =
            readUnspecified(first.value(QStringLiteral("expiration")).toString()).toSecsSinceEpoch();
        const qint64 addedExpiry =
            readUnspecified(added.value(QStringLiteral("expiration")).toString()).toSecsSinceEpoch();
        QVERIFY(qAbs(firstExpiry - (now() + 365 * Day)) < 120);
        QVERIFY(qAbs(addedExpiry - (now() + 30 * Day)) < 120);

        // With expirationKind "utc" the same instants carry a Z.
        QVERIFY(f.setSettings({{QStringLiteral("expirationKind"), QStringLiteral("utc")}}));
        const QJsonObject utc = listSecrets(t).at(1).toObject();
        const QDateTime parsed =
            QDateTime::fromString(utc.value(QStringLiteral("expiration")).toString(), Qt::ISODate);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsed.toSecsSinceEpoch(), addedExpiry);

        // keyLifetimeDays 0: a key that never expires has "expiration": null.
        QVERIFY(f.setSettings({{QStringLiteral("keyLifetimeDays"), 0}}));
        const auto third = crypto::Key::generateEc(crypto::Curve::P256).value();
        const Reply r = f.api("POST", QStringLiteral("/v1/client-secret"), t, dpopKey,
                              asJsonString(third.publicJwk(crypto::Algorithm::ES256)));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QStringLiteral("expiration")).isNull());
        QVERIFY(listSecrets(t).at(2).toObject().value(QStringLiteral("expiration")).isNull());
    }

    // An expired key: invalid_client, with a description that says the key expired and when. The client's
    // other, valid key still works.
    void expiredKeyIsInvalidClientSayingWhen()
    {
        const QString id = newClient();
        const QByteArray t = selfServiceToken(clientKey, id);
        const auto next = crypto::Key::generateRsa(2048).value();
        QCOMPARE(f.api("POST", QStringLiteral("/v1/client-secret"), t, dpopKey,
                       asJsonString(next.publicJwk(crypto::Algorithm::PS256)))
                     .status,
                 200);

        const QString keyPath = QStringLiteral("/clients/%1/keys/%2").arg(id, clientKey.thumbprint());
        const Reply changed = control("POST", keyPath, {{QStringLiteral("expiresInSeconds"), -60}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(QStringLiteral("expired")).toBool(), true);
        const QString when = changed.json().value(QStringLiteral("expiration")).toString();
        QVERIFY(when.endsWith(QLatin1Char('Z')));

        const Reply refused = f.token(clientKey, dpopKey, id, SelfService);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        const QString description = refused.json().value(QStringLiteral("error_description")).toString();
        QVERIFY2(description.contains(QStringLiteral("expired")), qPrintable(description));
        QVERIFY2(description.contains(when), qPrintable(description));

        QCOMPARE(f.token(next, dpopKey, id, SelfService).status, 200);

        // Given a new expiry, the old key authenticates again.
        QCOMPARE(control("POST", keyPath, {{QStringLiteral("expiration"), QJsonValue::Null}}).status, 200);
        QCOMPARE(f.token(clientKey, dpopKey, id, SelfService).status, 200);
    }

    void controlApiListsAndChangesKeys()
    {
        const QString id = newClient();
        Reply r = control("GET", QStringLiteral("/clients/%1/keys").arg(id));
        QCOMPARE(r.status, 200);
        QJsonArray keys = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(keys.size(), 1);
        QJsonObject k = keys.first().toObject();
        QCOMPARE(k.value(QStringLiteral("kid")).toString(), clientKey.thumbprint());
        QCOMPARE(k.value(QStringLiteral("origin")).toString(), QStringLiteral("Api"));
        QCOMPARE(k.value(QStringLiteral("expired")).toBool(), false);
        const qint64 epoch = qint64(k.value(QStringLiteral("expirationEpochSeconds")).toDouble());
        QCOMPARE(QDateTime::fromString(k.value(QStringLiteral("expiration")).toString(), Qt::ISODate)
                     .toSecsSinceEpoch(),
                 epoch);

        // A date without an offset is UTC; one with an offset is that instant.
        const QString keyPath = QStringLiteral("/clients/%1/keys/%2").arg(id, clientKey.thumbprint());
        r = control("POST", keyPath, {{QStringLiteral("expiration"), QStringLiteral("2031-03-04T05:06:07")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("expiration")).toString(),
                 QStringLiteral("2031-03-04T05:06:07Z"));
        r = control("POST", keyPath,
                    {{QStringLiteral("expiration"), QStringLiteral("2031-03-04T05:06:07+01:00")}});
        QCOMPARE(r.json().value(QStringLiteral("expiration")).toString(),
                 QStringLiteral("2031-03-04T04:06:07Z"));
        const QByteArray t = selfServiceToken(clientKey, id);
        QCOMPARE(listSecrets(t).first().toObject().value(QStringLiteral("expiration")).toString(),
                 QStringLiteral("2031-03-04T04:06:07"));

        // A key someone added in the portal: origin "Gui" in the API's list.
        const auto portalKey = crypto::Key::generateRsa(2048).value();
        r = control("POST", QStringLiteral("/clients/%1/keys").arg(id),
                    {{QStringLiteral("publicJwk"), portalKey.publicJwk(portalKey.defaultAlgorithm())},
                     {QStringLiteral("expiresInSeconds"), 10 * Day}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QStringLiteral("origin")).toString(), QStringLiteral("Gui"));
        keys = listSecrets(t);
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(1).toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("Gui"));
        QCOMPARE(f.token(portalKey, dpopKey, id, SelfService).status, 200);

        // Refusals: unknown client, unknown key, both or neither of the two forms, not a date.
        QCOMPARE(control("GET", QStringLiteral("/clients/nope/keys")).status, 404);
        QCOMPARE(control("POST", QStringLiteral("/clients/%1/keys/nope").arg(id),
                         {{QStringLiteral("expiresInSeconds"), 1}})
                     .status,
                 404);
        QCOMPARE(control("POST", keyPath,
                         {{QStringLiteral("expiresInSeconds"), 1},
                          {QStringLiteral("expiration"), QJsonValue::Null}})
                     .status,
                 400);
        QCOMPARE(control("POST", keyPath, {{QStringLiteral("other"), 1}}).status, 400);
        QCOMPARE(control("POST", keyPath, {{QStringLiteral("expiration"), QStringLiteral("soon")}}).status,
                 400);
        QCOMPARE(control("POST", QStringLiteral("/clients/%1/keys").arg(id),
                         {{QStringLiteral("publicJwk"), portalKey.publicJwk(portalKey.defaultAlgorithm())}})
                     .status,
                 400);
    }

    // Moving the simulator's clock makes time pass: a key registered with a two-day lifetime has expired
    // three days later, for a client whose clock moved along.
    void theClockMakesKeysExpire()
    {
        QVERIFY(f.setSettings({{QStringLiteral("keyLifetimeDays"), 2}}));
        const QString id = newClient();
        QCOMPARE(tokenAt(clientKey, id, 0).status, 200);

        Reply r = control("POST", QStringLiteral("/clock"), {{QStringLiteral("advanceSeconds"), 3 * Day}});
        QCOMPARE(r.status, 200);
        QCOMPARE(qint64(r.json().value(QStringLiteral("offsetSeconds")).toDouble()), 3 * Day);
        QVERIFY(qAbs(qint64(r.json().value(QStringLiteral("nowEpochSeconds")).toDouble()) - now(3 * Day)) <
                60);
        QCOMPARE(control("GET", QStringLiteral("/settings"))
                     .json()
                     .value(QStringLiteral("clockOffsetSeconds"))
                     .toInt(),
                 int(3 * Day));
        // The Date header follows the clock, so a client can tell how far it has moved.
        const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(r.header("date")).chopped(4),
                                                       QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
        QVERIFY(qAbs(QDateTime(date.date(), date.time(), Qt::UTC).toSecsSinceEpoch() - now(3 * Day)) < 60);

        const Reply refused = tokenAt(clientKey, id, 3 * Day);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        QVERIFY(refused.json()
                    .value(QStringLiteral("error_description"))
                    .toString()
                    .contains(QStringLiteral("expired")));
        const QJsonArray keys =
            QJsonDocument::fromJson(control("GET", QStringLiteral("/clients/%1/keys").arg(id)).body).array();
        QCOMPARE(keys.first().toObject().value(QStringLiteral("expired")).toBool(), true);

        // Back to the real time, the key is valid again; absolute offsets and bad bodies.
        r = control("POST", QStringLiteral("/clock"), {{QStringLiteral("offsetSeconds"), 0}});
        QCOMPARE(r.json().value(QStringLiteral("offsetSeconds")).toInt(), 0);
        QCOMPARE(tokenAt(clientKey, id, 0).status, 200);
        QCOMPARE(control("POST", QStringLiteral("/clock"),
                         {{QStringLiteral("offsetSeconds"), 1}, {QStringLiteral("advanceSeconds"), 1}})
                     .status,
                 400);
        QCOMPARE(control("POST", QStringLiteral("/clock"), {{QStringLiteral("advanceSeconds"), 0.5}}).status,
                 400);
        QCOMPARE(
            control("POST", QStringLiteral("/clock"), {{QStringLiteral("offsetSeconds"), 20.0 * 365 * Day}})
                .status,
            400);
        QCOMPARE(
            control("GET", QStringLiteral("/clock")).json().value(QStringLiteral("offsetSeconds")).toInt(),
            0);
    }

    // A key's expiry survives a restart with --state; a state file from before the body shape became strict
    // (it saved "both") still loads, with the default shape.
    void expiryPersistsAndOldStateFilesLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        sim::Simulator::Options options;
        options.statePath = dir.filePath(QStringLiteral("sim-state.json"));
        QString id;
        {
            Fixture first;
            QVERIFY(first.start(options));
            id = first.createDraft(clientKey, draftBody(clientKey, {SelfService}));
            QVERIFY(!id.isEmpty());
            QCOMPARE(first.http()
                         .postJson(first.urls().control +
                                       QStringLiteral("/clients/%1/keys/%2").arg(id, clientKey.thumbprint()),
                                   {{QStringLiteral("expiration"), QStringLiteral("2030-01-02T03:04:05Z")}})
                         .status,
                     200);
        }
        QFile file(options.statePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject settings = state.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("clientSecretBodyShape")).toString(),
                 QStringLiteral("string"));
        settings.insert(QStringLiteral("clientSecretBodyShape"), QStringLiteral("both"));
        state.insert(QStringLiteral("settings"), settings);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(state).toJson());
        file.close();

        Fixture second;
        QVERIFY(second.start(options));
        QCOMPARE(second.sim().state().settings().clientSecretBodyShape, QStringLiteral("string"));
        const QJsonArray keys =
            QJsonDocument::fromJson(
                second.http()
                    .send("GET", second.urls().control + QStringLiteral("/clients/%1/keys").arg(id))
                    .body)
                .array();
        QCOMPARE(keys.first().toObject().value(QStringLiteral("expiration")).toString(),
                 QStringLiteral("2030-01-02T03:04:05Z"));
    }
};

QTEST_MAIN(TstSimKeys)
#include "tst_sim_keys.moc"
