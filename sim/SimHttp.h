#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

// The simulator's own view of one HTTP exchange: a request already read off the socket and the response a
// handler builds. Kept apart from QHttpServer's types so handlers stay plain functions that tests can read.
namespace sfm::sim {

struct SimRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;      // fully decoded, e.g. "/api/v1/client"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    // "127.0.0.1:port" as the client addressed us (for DPoP htu).
    QByteArray host() const { return header(QByteArrayLiteral("host")); }
    // application/x-www-form-urlencoded fields; nullopt when a field repeats (RFC 6749 section 3.2 forbids
    // it) or the body is not UTF-8 text.
    std::optional<QHash<QString, QString>> formFields() const;
    // The same, keeping repeated fields (HTML checkboxes); nullopt when the body is not UTF-8 text.
    std::optional<QList<QPair<QString, QString>>> formItems() const;
};

struct SimResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString clientIdForLog; // the client the request was about, for the one log line per request

    SimResponse &withHeader(const QByteArray &name, const QByteArray &value);
    SimResponse &forClient(const QString &clientId);

    static SimResponse json(const QJsonObject &object, int status = 200);
    static SimResponse json(const QJsonArray &array, int status = 200);
    static SimResponse html(const QString &page, int status = 200);
    static SimResponse text(const QString &text, int status = 200);
    static SimResponse empty(int status);
    static SimResponse redirect(const QUrl &target);
    // OAuth 2.0 error body (RFC 6749 section 5.2) as the STS answers.
    static SimResponse oauthError(const QString &error, const QString &description, int status = 400);
    // RFC 7807 problem details, optionally with an "errors" object as ASP.NET's validation problems.
    static SimResponse problem(int status, const QString &title, const QString &detail,
                               const QJsonObject &errors = {});
    // The {property, message} body the self-service API answers client-draft 400s with.
    static SimResponse propertyError(const QString &property, const QString &message);
};

// Hands a response back to the connection that asked; may be called later (latency, key generation).
using Respond = std::function<void(SimResponse)>;

} // namespace sfm::sim
