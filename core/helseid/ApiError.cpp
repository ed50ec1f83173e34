#include "ApiError.h"

#include "net/HttpResponse.h"
#include "net/NetErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sfm::helseid {

namespace {

constexpr int MaxTextChars = 500;

QString capped(const QJsonValue &v)
{
    if (v.isString())
        return net::NetErrors::excerpt(v.toString().toUtf8(), MaxTextChars);
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

bool isPropertyMessage(const QJsonObject &o)
{
    return o.contains(QLatin1String("message")) &&
           (o.contains(QLatin1String("property")) || o.contains(QLatin1String("propertyName")));
}

void addPropertyMessage(ApiProblem &p, const QJsonObject &o)
{
    QString property = capped(o.value(QLatin1String("property")));
    if (property.isEmpty())
        property = capped(o.value(QLatin1String("propertyName")));
    p.errors[property].append(capped(o.value(QLatin1String("message"))));
}

} // namespace

ApiProblem ApiProblem::parse(const net::HttpResponse &response)
{
    ApiProblem p;
    p.status = response.status;
    p.wwwAuthenticate = response.header("WWW-Authenticate").left(1024);

    QJsonParseError parseError;
    const QJsonDocument doc = response.body.size() <= 1024 * 1024
                                  ? QJsonDocument::fromJson(response.body, &parseError)
                                  : QJsonDocument();
    const bool json =
        !response.body.isEmpty() && parseError.error == QJsonParseError::NoError && !doc.isNull();

    if (json && doc.isObject()) {
        const QJsonObject o = doc.object();
        // 1. RFC 7807 problem details.
        if (o.contains(QLatin1String("title")) || o.contains(QLatin1String("type")) ||
            o.contains(QLatin1String("detail")) || o.contains(QLatin1String("errors"))) {
            p.kind = Kind::ProblemDetails;
            p.type = capped(o.value(QLatin1String("type")));
            p.title = capped(o.value(QLatin1String("title")));
            p.detail = capped(o.value(QLatin1String("detail")));
            p.instance = capped(o.value(QLatin1String("instance")));
            const QJsonValue errors = o.value(QLatin1String("errors"));
            if (errors.isObject()) {
                // ASP.NET validation problems: {"Property": ["message", …]}.
                const QJsonObject e = errors.toObject();
                int count = 0;
                for (auto it = e.begin(); it != e.end() && count < 50; ++it, ++count) {
                    const QString key = net::NetErrors::excerpt(it.key().toUtf8(), 100);
                    if (it.value().isArray()) {
                        const QJsonArray messages = it.value().toArray();
                        for (int i = 0; i < messages.size() && i < 20; ++i)
                            p.errors[key].append(capped(messages.at(i)));
                    } else {
                        p.errors[key].append(capped(it.value()));
                    }
                }
            } else if (errors.isArray()) {
                const QJsonArray e = errors.toArray();
                for (int i = 0; i < e.size() && i < 50; ++i) {
                    if (e.at(i).isObject() && isPropertyMessage(e.at(i).toObject()))
                        addPropertyMessage(p, e.at(i).toObject());
                }
            }
            return p;
        }
        // 2. {property, message} (client-draft 400s).
        if (isPropertyMessage(o)) {
            p.kind = Kind::PropertyMessage;
            addPropertyMessage(p, o);
            return p;
        }
    }
    if (json && doc.isArray()) {
        const QJsonArray a = doc.array();
        bool all = !a.isEmpty();
        for (const QJsonValue &v : a)
            all = all && v.isObject() && isPropertyMessage(v.toObject());
        if (all) {
            p.kind = Kind::PropertyMessage;
            for (int i = 0; i < a.size() && i < 50; ++i)
                addPropertyMessage(p, a.at(i).toObject());
            return p;
        }
    }
    // 3. Status and raw text.
    p.kind = Kind::Raw;
    p.rawText = net::NetErrors::excerpt(response.body, MaxTextChars);
    return p;
}

QString ApiProblem::summary() const
{
    QStringList parts;
    if (!title.isEmpty())
        parts.append(detail.isEmpty() ? title : title + QStringLiteral(": ") + detail);
    else if (!detail.isEmpty())
        parts.append(detail);
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QString messages = it.value().join(QStringLiteral(" "));
        parts.append(it.key().isEmpty() ? messages : it.key() + QStringLiteral(": ") + messages);
    }
    if (!rawText.isEmpty())
        parts.append(rawText);
    if (!wwwAuthenticate.isEmpty())
        parts.append(QStringLiteral("WWW-Authenticate: ") + QString::fromLatin1(wwwAuthenticate));
    return parts.join(QStringLiteral("; "));
}

Error ApiError::fromResponse(const net::HttpResponse &response, Error::Translator operation)
{
    const ApiProblem p = ApiProblem::parse(response);
    const QString serverSays = p.summary();
    const int status = response.status;
    const QString detail = QStringLiteral("HTTP %1").arg(status) +
                           (serverSays.isEmpty() ? QString() : QStringLiteral(": ") + serverSays);
    QString code = QStringLiteral("helseid.api.http.") + QString::number(status);
    if (status == 400 || status == 422)
        code = QStringLiteral("helseid.api.bad_request");
    else if (status == 401)
        code = QStringLiteral("helseid.api.unauthorized");
    else if (status == 403)
        code = QStringLiteral("helseid.api.forbidden");
    else if (status == 404)
        code = QStringLiteral("helseid.api.not_found");
    else if (status == 409)
        code = QStringLiteral("helseid.api.conflict");
    // The operation is the caller's translated words, so it is asked again with the message.
    auto message = [status, serverSays, operation]() -> QString {
        const QString what = operation();
        // The server's own words are part of the message for 400s: they name the field that was wrong.
        const QString because = serverSays.isEmpty() ? QString() : tr(" The server said: %1").arg(serverSays);
        switch (status) {
        case 400:
        case 422:
            return tr("The self-service API rejected %1.").arg(what) + because +
                   tr(" Correct the details and try again.");
        case 401:
            return tr("The self-service API did not accept the credentials for %1. Check the key and that "
                      "the client has access to the self-service API (nhn:selvbetjening/client).")
                .arg(what);
        case 403:
            return tr("The self-service API refused %1: the client is not allowed to do that.").arg(what) +
                   because;
        case 404:
            return tr("The self-service API does not know what %1 asked for. Check the environment settings.")
                .arg(what);
        case 409:
            return tr("The self-service API reported a conflict for %1.").arg(what) + because;
        case 429:
            return tr("The self-service API is busy. Wait a minute and try %1 again.").arg(what);
        default:
            break;
        }
        if (status >= 500)
            return tr("The self-service API has a problem right now (HTTP %1) and could not complete %2. Try "
                      "again later.")
                .arg(status)
                .arg(what);
        return tr("The self-service API answered %1 with an error (HTTP %2).").arg(what).arg(status);
    };
    return {code, message, detail};
}

} // namespace sfm::helseid
