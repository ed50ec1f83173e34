#pragma once

#include "Simulator.h"
#include "crypto/Key.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>

// Raw HTTP against the in-process simulator, with JWTs built field by field through core/crypto — never the
// product's net/helseid classes, so these tests check the simulator itself against the reference.
namespace simtest {

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject json() const;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

class Http
{
public:
    // Waits for the answer while the event loop runs (the simulator lives in the same thread).
    Reply send(const QByteArray &method, const QString &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply postJson(const QString &url, const QJsonObject &json,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    QNetworkAccessManager m_nam;
};

qint64 now(qint64 offset = 0);
QByteArray sign(const QJsonObject &header, const QJsonObject &payload, const sfm::crypto::Key &key,
                sfm::crypto::Algorithm alg);
// A client assertion as HelseID wants it; 'changes' replaces or (with null) removes payload members,
// 'headerChanges' the same for the header.
QByteArray assertion(const sfm::crypto::Key &key, const QString &clientId, const QString &audience,
                     const QJsonObject &changes = {}, const QJsonObject &headerChanges = {},
                     qint64 clockOffset = 0);
QByteArray proof(const sfm::crypto::Key &key, const QByteArray &method, const QString &url,
                 const QString &nonce = {}, const QByteArray &accessToken = {},
                 const QJsonObject &changes = {}, const QJsonObject &headerChanges = {},
                 qint64 clockOffset = 0);
QByteArray tokenForm(const QString &clientId, const QByteArray &clientAssertion, const QString &scope);
QJsonObject jwtPayload(const QByteArray &jwt);

// A valid draft body for the demo Klientmal; publicJwk as a JSON string, empty optional members left out.
QJsonObject draftBody(const sfm::crypto::Key &key, const QStringList &scopes);
constexpr const char *OrgNumber = "974760673";      // valid mod-11
constexpr const char *ChildOrgNumber = "987654325"; // valid mod-11

// A simulator plus a client registered against it, driving the happy path step by step.
class Fixture
{
public:
    Fixture();
    bool start(const sfm::sim::Simulator::Options &options = {});
    sfm::sim::Simulator &sim() { return *m_sim; }
    const sfm::sim::SimUrls &urls() const { return m_sim->urls(); }
    Http &http() { return m_http; }

    QString createDraft(const sfm::crypto::Key &key, const QJsonObject &body);
    bool confirm(const QString &clientId);
    bool signDocuments(const QString &clientId);
    bool setSettings(const QJsonObject &settings);
    // The token request with the use_dpop_nonce round trip; returns the last reply.
    Reply token(const sfm::crypto::Key &clientKey, const sfm::crypto::Key &dpopKey, const QString &clientId,
                const QString &scope, const QJsonObject &assertionChanges = {});
    QString nonce();
    Reply api(const QByteArray &method, const QString &path, const QByteArray &accessToken,
              const sfm::crypto::Key &dpopKey, const QByteArray &body = {});

private:
    std::unique_ptr<sfm::sim::Simulator> m_sim;
    Http m_http;
    QString m_nonce;
};

} // namespace simtest
