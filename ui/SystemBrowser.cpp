#include "SystemBrowser.h"

#include <QCoreApplication>
#include <QDesktopServices>

namespace sfm::ui {

helseid::Browser systemBrowser()
{
    return helseid::browserFromEnvironment([](const QUrl &url) -> Result<void> {
        if (QDesktopServices::openUrl(url))
            return {};
        const QString address = url.toString(QUrl::FullyEncoded);
        return Error(
            QStringLiteral("helseid.browser.failed"),
            [address] {
                return QCoreApplication::translate(
                           "sfm::helseid::SystemBrowser",
                           "The web browser could not be opened. Open this address in "
                           "a browser yourself: %1")
                    .arg(address);
            },
            QStringLiteral("QDesktopServices::openUrl failed"));
    });
}

} // namespace sfm::ui
