#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Runs `systemctl --user …` for `sfmctl agent`. The program is systemctl from PATH, or the one the
// environment variable SFM_SYSTEMCTL names (tests put a recording stand-in there, so they never touch the
// developer's real session).
namespace sfm::cli {

class Systemctl
{
public:
    struct Outcome
    {
        bool started = false; // false: no systemctl at all
        int exitCode = -1;
        QString output; // stdout
        QString errors; // stderr, for the user when it failed
        bool ok() const { return started && exitCode == 0; }
    };

    static QString program();
    // `systemctl --user ARGS`; gives up after 30 s.
    static Outcome user(const QStringList &args);
    // Whether this user's systemd instance answers (`systemctl --user show-environment`); when not, the
    // reason (no systemctl, no session bus …) is in why.
    static bool reachable(QString *why = nullptr);
    // `systemctl --user show UNIT -p NAME…` as name → value ("n/a" and empty values left out).
    static QMap<QString, QString> show(const QString &unit, const QStringList &properties);
};

} // namespace sfm::cli
