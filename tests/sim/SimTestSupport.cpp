#include "SimTestSupport.h"

#include "crypto/Base64Url.h"
#include "crypto/DpopProof.h"
#include "crypto/Jws.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

using namespace sfm;

namespace simtest {

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

Reply Http::send(const QByteArray &method, const QString &url, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Only a guard against a hung test, never an assertion about speed.
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return r;
}

Reply Http::postJson(const QString &url, const QJsonObject &json,
                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("POST", url, QJsonDocument(json).toJson(QJsonDocument::Compact), all);
}

qint64 now(qint64 offset)
{
    return QDateTime::currentSecsSinceEpoch() + offset;
}

QByteArray sign(const QJsonObject &header, const QJsonObject &payload, const crypto::Key &key,
                crypto::Algorithm alg)
{
    auto jws = crypto::signCompact(header, payload, key, alg);
    return jws ? jws.value() : QByteArray();
}

namespace {

void applyChanges(QJsonObject &object, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            object.remove(it.key());
        else
            object.insert(it.key(), it.value());
    }
}

} // namespace

QByteArray assertion(const crypto::Key &key, const QString &clientId, const QString &audience,
                     const QJsonObject &changes, const QJsonObject &headerChanges, qint64 clockOffset)
{
    const qint64 t = now(clockOffset);
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("client-authentication+jwt")},
                       {QStringLiteral("kid"), key.thumbprint()}};
    QJsonObject payload{{QStringLiteral("iss"), clientId},
                        {QStringLiteral("sub"), clientId},
                        {QStringLiteral("aud"), audience},
                        {QStringLiteral("iat"), t},
                        {QStringLiteral("nbf"), t},
                        {QStringLiteral("exp"), t + 60},
                        {QStringLiteral("jti"), crypto::newJti()}};
    applyChanges(header, headerChanges);
    applyChanges(payload, changes);
    return sign(header, payload, key, key.defaultAlgorithm());
}

QByteArray proof(const crypto::Key &key, const QByteArray &method, const QString &url, const QString &nonce,
                 const QByteArray &accessToken, const QJsonObject &changes, const QJsonObject &headerChanges,
                 qint64 clockOffset)
{
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
                       {QStringLiteral("jwk"), key.publicJwk()}};
    QJsonObject payload{{QStringLiteral("jti"), crypto::newJti()},
                        {QStringLiteral("htm"), QString::fromLatin1(method)},
                        {QStringLiteral("htu"), url},
                        {QStringLiteral("iat"), now(clockOffset)}};
    if (!nonce.isEmpty())
        payload.insert(QStringLiteral("nonce"), nonce);
    if (!accessToken.isEmpty())
        payload.insert(QStringLiteral("ath"), QString::fromLatin1(crypto::accessTokenHash(accessToken)));
    applyChanges(header, headerChanges);
    applyChanges(payload, changes);
    return sign(header, payload, key, key.defaultAlgorithm());
}

QByteArray tokenForm(const QString &clientId, const QByteArray &clientAssertion, const QString &scope)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("client_assertion_type"),
                      QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
    form.addQueryItem(QStringLiteral("client_assertion"), QString::fromLatin1(clientAssertion));
    form.addQueryItem(QStringLiteral("scope"), scope);
    return form.query(QUrl::FullyEncoded).toLatin1();
}

QJsonObject jwtPayload(const QByteArray &jwt)
{
    const auto parts = crypto::parseCompact(jwt);
    return parts ? QJsonDocument::fromJson(parts->payload).object() : QJsonObject();
}

QJsonObject draftBody(const crypto::Key &key, const QStringList &scopes)
{
    const QByteArray jwk =
        QJsonDocument(key.publicJwk(key.defaultAlgorithm())).toJson(QJsonDocument::Compact);
    return QJsonObject{{QStringLiteral("organizationNumber"), QLatin1String(OrgNumber)},
                       {QStringLiteral("publicJwk"), QString::fromUtf8(jwk)},
                       {QStringLiteral("apiScopes"), QJsonArray::fromStringList(scopes)},
                       // Empty optional members are left out, as NHN's samples do (reference section 9).
                       {QStringLiteral("postClientConfirmationRedirectUri"),
                        QStringLiteral("http://127.0.0.1:1/confirmed?journal=1")}};
}

Fixture::Fixture()
    : m_sim(std::make_unique<sim::Simulator>())
{}

bool Fixture::start(const sim::Simulator::Options &options)
{
    return bool(m_sim->start(options));
}

QString Fixture::createDraft(const crypto::Key &, const QJsonObject &body)
{
    const Reply r = m_http.postJson(urls().api + QStringLiteral("/v1/client-drafts"), body,
                                    {{"api-key", "demo-klientmal-api-key"}});
    return r.status == 200 ? r.json().value(QStringLiteral("clientId")).toString() : QString();
}

bool Fixture::confirm(const QString &clientId)
{
    return m_http
               .send("POST",
                     urls().control + QStringLiteral("/clients/") + clientId + QStringLiteral("/confirm"))
               .status == 200;
}

bool Fixture::signDocuments(const QString &clientId)
{
    return m_http
               .send("POST",
                     urls().control + QStringLiteral("/clients/") + clientId + QStringLiteral("/sign"))
               .status == 200;
}

bool Fixture::setSettings(const QJsonObject &settings)
{
    return m_http.postJson(urls().control + QStringLiteral("/settings"), settings).status == 200;
}

QString Fixture::nonce()
{
    return m_nonce;
}

Reply Fixture::token(const crypto::Key &clientKey, const crypto::Key &dpopKey, const QString &clientId,
                     const QString &scope, const QJsonObject &assertionChanges)
{
    const QString endpoint = urls().issuer + QStringLiteral("/connect/token");
    Reply r;
    for (int attempt = 0; attempt < 2; ++attempt) {
        // A fresh assertion each time: its jti is spent even when the DPoP nonce is missing.
        r = m_http.send(
            "POST", endpoint,
            tokenForm(clientId, assertion(clientKey, clientId, urls().issuer, assertionChanges), scope),
            {{"Content-Type", "application/x-www-form-urlencoded"},
             {"DPoP", proof(dpopKey, "POST", endpoint, m_nonce)}});
        if (r.status == 400 &&
            r.json().value(QStringLiteral("error")).toString() == QLatin1String("use_dpop_nonce")) {
            m_nonce = QString::fromLatin1(r.header("dpop-nonce"));
            continue;
        }
        break;
    }
    return r;
}

Reply Fixture::api(const QByteArray &method, const QString &path, const QByteArray &accessToken,
                   const crypto::Key &dpopKey, const QByteArray &body)
{
    const QString url = urls().api + path;
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "DPoP " + accessToken},
                                                 {"DPoP", proof(dpopKey, method, url, {}, accessToken)}};
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return m_http.send(method, url, body, headers);
}

} // namespace simtest
