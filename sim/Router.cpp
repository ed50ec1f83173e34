#include "Router.h"

namespace sfm::sim {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    addAsync(method, pattern,
             [handler = std::move(handler)](const SimRequest &request, const QStringList &params,
                                            const Respond &respond) { respond(handler(request, params)); });
}

void Router::addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler)
{
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QStringLiteral("\\{\\}"), QStringLiteral("([^/]+)"));
    m_routes.append(
        {method, QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$')), std::move(handler)});
}

void Router::dispatch(const SimRequest &request, const Respond &respond) const
{
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        QStringList params = match.capturedTexts();
        params.removeFirst();
        route.handler(request, params, respond);
        return;
    }
    if (!allowed.isEmpty()) {
        respond(SimResponse::text(QStringLiteral("Method not allowed"), 405)
                    .withHeader(QByteArrayLiteral("Allow"), allowed.join(", ")));
        return;
    }
    respond(SimResponse::text(QStringLiteral("Not found"), 404));
}

} // namespace sfm::sim
