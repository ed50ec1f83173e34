#include "ProxyFactory.h"

#include "UrlPolicy.h"

namespace sfm::net {

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    switch (m_settings.mode) {
    case ProxySettings::Mode::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case ProxySettings::Mode::Manual:
        return {QNetworkProxy(QNetworkProxy::HttpProxy, m_settings.host, m_settings.port)};
    case ProxySettings::Mode::System:
        break;
    }
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

} // namespace sfm::net
