#pragma once

#include <QString>
#include <QUrl>

// Where the simulator answers: the STS at the root (issuer), the self-service API under /api, the portal
// under /portal and the control API under /_sim, all on one loopback port.
namespace sfm::sim {

struct SimUrls
{
    QString issuer; // "http://127.0.0.1:P", no trailing slash (tokens and assertions compare it exactly)
    QString api;    // issuer + "/api"
    QString portal; // issuer + "/portal"
    QString control;

    static SimUrls forPort(quint16 port)
    {
        const QString root = QStringLiteral("http://127.0.0.1:%1").arg(port);
        return {root, root + QStringLiteral("/api"), root + QStringLiteral("/portal"),
                root + QStringLiteral("/_sim")};
    }
    QString tokenEndpoint() const { return issuer + QStringLiteral("/connect/token"); }
    QString jwksUri() const { return issuer + QStringLiteral("/.well-known/openid-configuration/jwks"); }
    QString confirmUrl(const QString &clientId) const
    {
        return portal + QStringLiteral("/confirm-client/") +
               QString::fromLatin1(QUrl::toPercentEncoding(clientId));
    }
};

} // namespace sfm::sim
