#pragma once

#include <QString>
#include <QStringList>

namespace sfm::cli {

// The renewal agent's way to reach a person: a desktop notification through `notify-send` (Debian
// libnotify-bin) when something needs a human — a renewal failed, a key must be renewed in the portal.
// Does nothing when notify-send is not installed (a server, Windows) or there is nothing to say; the
// journal has the same lines. Callers pass translated lines that hold no secret (errors never do).
class DesktopNotifier
{
public:
    // One notification: title, and one line per onboarding that needs someone. Waits at most a few seconds
    // for notify-send (no desktop session: it fails, and that is fine). False when nothing was shown.
    static bool notify(const QString &title, const QStringList &lines);
};

} // namespace sfm::cli
