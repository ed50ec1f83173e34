#include "SimHttp.h"

#include <QJsonDocument>
#include <QStringDecoder>

namespace sfm::sim {

std::optional<QList<QPair<QString, QString>>> SimRequest::formItems() const
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QByteArray raw = body;
    // QUrlQuery does not treat '+' as a space; HTML forms and OAuth clients do.
    raw.replace('+', QByteArrayLiteral("%20"));
    const QString text = decoder.decode(raw);
    if (decoder.hasError())
        return std::nullopt;
    return QUrlQuery(text).queryItems(QUrl::FullyDecoded);
}

std::optional<QHash<QString, QString>> SimRequest::formFields() const
{
    const auto items = formItems();
    if (!items)
        return std::nullopt;
    QHash<QString, QString> fields;
    for (const auto &[key, value] : *items) {
        if (fields.contains(key))
            return std::nullopt;
        fields.insert(key, value);
    }
    return fields;
}

SimResponse &SimResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

SimResponse &SimResponse::forClient(const QString &clientId)
{
    clientIdForLog = clientId;
    return *this;
}

SimResponse SimResponse::json(const QJsonObject &object, int status)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    return r;
}

SimResponse SimResponse::json(const QJsonArray &array, int status)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    r.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    return r;
}

SimResponse SimResponse::html(const QString &page, int status)
{
    SimResponse r;
    r.status = status;
    r.body = page.toUtf8();
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    // The portal pages never need scripts or outside resources.
    r.headers.append(
        {QByteArrayLiteral("Content-Security-Policy"),
         QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")});
    return r;
}

SimResponse SimResponse::text(const QString &text, int status)
{
    SimResponse r;
    r.status = status;
    r.body = text.toUtf8();
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
    return r;
}

SimResponse SimResponse::empty(int status)
{
    SimResponse r;
    r.status = status;
    return r;
}

SimResponse SimResponse::redirect(const QUrl &target)
{
    SimResponse r;
    r.status = 303;
    r.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    return r;
}

SimResponse SimResponse::oauthError(const QString &error, const QString &description, int status)
{
    QJsonObject body{{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    SimResponse r = json(body, status);
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return r;
}

SimResponse SimResponse::problem(int status, const QString &title, const QString &detail,
                                 const QJsonObject &errors)
{
    QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("https://tools.ietf.org/html/rfc9110#section-15.5.1")},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), status}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), errors);
    SimResponse r = json(body, status);
    r.headers.first().second = QByteArrayLiteral("application/problem+json; charset=utf-8");
    return r;
}

SimResponse SimResponse::propertyError(const QString &property, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("property"), property}, {QStringLiteral("message"), message}},
                400);
}

} // namespace sfm::sim
