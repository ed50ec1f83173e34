#include "UrlPolicy.h"

#include "NetErrors.h"

#include <QHostAddress>

namespace sfm::net {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    if (!address.setAddress(h))
        return false; // a name other than "localhost" may resolve anywhere
    // QHostAddress::isLoopback covers 127.0.0.0/8, ::1 and ::ffff:127.x.
    return address.isLoopback();
}

Result<void> checkUrlAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return NetErrors::badUrl(url);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return NetErrors::refusedInsecure(url);
    }
    return NetErrors::badUrl(url);
}

} // namespace sfm::net
