#include "SystemBrowser.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

namespace sfm::helseid {

namespace {

Error browserFailed(const QUrl &url, const QString &detail)
{
    // The address holds no secret (client id and a one-use request handle): the user may open it by hand.
    const QString address = url.toString(QUrl::FullyEncoded);
    return Error(
        QStringLiteral("helseid.browser.failed"),
        [address] {
            return QCoreApplication::translate("sfm::helseid::SystemBrowser",
                                               "The web browser could not be opened. Open this address in a "
                                               "browser yourself: %1")
                .arg(address);
        },
        detail);
}

bool startCommand(const QString &command, const QUrl &url)
{
    QStringList parts = QProcess::splitCommand(command);
    if (parts.isEmpty())
        return false;
    const QString address = url.toString(QUrl::FullyEncoded);
    bool placed = false;
    for (QString &part : parts) {
        if (part.contains(QLatin1String("%s"))) {
            part.replace(QLatin1String("%s"), address);
            placed = true;
        }
    }
    if (!placed)
        parts.append(address);
    const QString program = parts.takeFirst();
    return QProcess::startDetached(program, parts);
}

} // namespace

Browser browserFromEnvironment(Browser fallback)
{
    return [fallback = std::move(fallback)](const QUrl &url) -> Result<void> {
        const QString variable = qEnvironmentVariable("BROWSER");
        if (variable.trimmed().isEmpty()) {
            if (fallback)
                return fallback(url);
            return browserFailed(url, QStringLiteral("no browser opener"));
        }
        for (const QString &command : variable.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
            if (startCommand(command, url)) {
                qCInfo(lcHelseId) << "browser started from BROWSER";
                return {};
            }
        }
        return browserFailed(url, QStringLiteral("no command in BROWSER could be started"));
    };
}

Browser platformBrowser()
{
    return [](const QUrl &url) -> Result<void> {
        const QString address = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
        // Not "cmd /c start": it would split the address at '&'.
        const bool started = QProcess::startDetached(
            QStringLiteral("rundll32"), {QStringLiteral("url.dll,FileProtocolHandler"), address});
#elif defined(Q_OS_MACOS)
        const bool started = QProcess::startDetached(QStringLiteral("open"), {address});
#else
        const bool started = QProcess::startDetached(QStringLiteral("xdg-open"), {address});
#endif
        if (!started)
            return browserFailed(url, QStringLiteral("the platform's URL opener could not be started"));
        return {};
    };
}

} // namespace sfm::helseid
