#pragma once

#include "NetSettings.h"

#include <QNetworkProxyFactory>

namespace sfm::net {

// Applies ProxySettings per request. Loopback (the simulator, the confirmation listener) never goes
// through a proxy: a corporate proxy cannot reach this computer's 127.0.0.1.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(ProxySettings settings)
        : m_settings(std::move(settings))
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    ProxySettings m_settings;
};

} // namespace sfm::net
