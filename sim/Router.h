#pragma once

#include "SimHttp.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

// Maps "METHOD /path/{}/more" to a handler; {} captures one path segment. Unknown paths answer 404, a known
// path with another method 405 (with Allow), so a client calling the wrong verb sees it at once.
namespace sfm::sim {

class Router
{
public:
    using Handler = std::function<SimResponse(const SimRequest &request, const QStringList &params)>;
    using AsyncHandler = std::function<void(const SimRequest &request, const QStringList &params, Respond)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    void addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler);

    void dispatch(const SimRequest &request, const Respond &respond) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        AsyncHandler handler;
    };
    QList<Route> m_routes;
};

} // namespace sfm::sim
