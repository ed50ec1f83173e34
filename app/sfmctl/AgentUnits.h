#pragma once

#include <QByteArray>
#include <QString>

// The definitions of the unattended renewal agent: what runs `sfmctl renew --due` once a day. On Linux a
// systemd user service and timer (also shipped, disabled, in the .deb as /usr/lib/systemd/user/…); on
// Windows a Task Scheduler task (schtasks /Create /XML). Text only, so it can be tested on any platform.
namespace sfm::cli {

class AgentUnits
{
public:
    static inline const QString ServiceName = QStringLiteral("sfm-onboarding-renew.service");
    static inline const QString TimerName = QStringLiteral("sfm-onboarding-renew.timer");
    // The task's path in Task Scheduler (folder "SFM Onboarding").
    static inline const QString TaskName = QStringLiteral("\\SFM Onboarding\\Renew HelseID keys");
    // How far systemd and Task Scheduler may move the daily start at random, so many installations do not
    // all call HelseID at midnight.
    static constexpr int RandomDelayMinutes = 60;
    // A run that hangs is stopped after this long, so it cannot block the next day's run.
    static constexpr int TimeLimitMinutes = 30;

    // The systemd service running `<sfmctl> renew --due` (Type=oneshot).
    static QString systemdService(const QString &sfmctlPath);
    // The timer: daily, RandomizedDelaySec, Persistent=true (a day missed while the PC was off runs at the
    // next start), WantedBy=timers.target.
    static QString systemdTimer();
    // A path as one word of ExecStart= (systemd.service(5) "Command lines": quoted, with \ " and % escaped).
    static QString systemdQuote(const QString &path);

    // The Task Scheduler task (schema 1.2, Windows 7 and later): daily at 03:00 plus a random delay,
    // started later when the PC was off (StartWhenAvailable), only with a network, as the user who installs
    // it and only while that user is logged on (InteractiveToken: the keychain — Credential Manager — is
    // the user's). UTF-16 with a byte-order mark, as schtasks /XML expects.
    static QByteArray windowsTaskXml(const QString &sfmctlPath);
    static QString windowsTaskXmlText(const QString &sfmctlPath); // the same, as text
};

} // namespace sfm::cli
