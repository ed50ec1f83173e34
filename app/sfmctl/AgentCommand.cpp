#include "AgentUnits.h"
#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "Systemctl.h"

#include "storage/AgentState.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

// sfmctl agent install | status | remove | task-xml: the unattended renewal agent, which runs
// `sfmctl renew --due` once a day. Linux: a systemd user timer and service in $XDG_CONFIG_HOME/systemd/user.
// Windows: a Task Scheduler task made from AgentUnits' XML with schtasks.
namespace sfm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sfmctl)
};

#ifdef Q_OS_WIN
constexpr bool OnWindows = true;
#else
constexpr bool OnWindows = false;
#endif

const QString Usage = QStringLiteral("sfmctl agent install [--user] | status [--json] | remove [--user] | "
                                     "task-xml [--program PATH] [--output FILE]");

QString unitDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/systemd/user");
}

QString servicePath()
{
    return unitDirectory() + QLatin1Char('/') + AgentUnits::ServiceName;
}

QString timerPath()
{
    return unitDirectory() + QLatin1Char('/') + AgentUnits::TimerName;
}

// What `systemctl --user enable` links; removed with the units so nothing dangles.
QString wantsLinkPath()
{
    return unitDirectory() + QStringLiteral("/timers.target.wants/") + AgentUnits::TimerName;
}

QString enableCommand()
{
    return QStringLiteral("systemctl --user daemon-reload && systemctl --user enable --now %1")
        .arg(AgentUnits::TimerName);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = Text::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Text::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString windowsTaskFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/sfm-onboarding-renew.xml");
}

// schtasks (Windows): not run on Linux, where the build and the tests run; docs/windows.md describes it.
int runSchtasks(const QStringList &args, QString *output)
{
    QProcess process;
    process.start(QStringLiteral("schtasks"), args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
        return -1;
    *output =
        QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
    return process.exitCode();
}

int installWindows()
{
    const QString file = windowsTaskFile();
    QString error;
    if (!writeFile(file, AgentUnits::windowsTaskXml(QCoreApplication::applicationFilePath()), &error)) {
        err(error);
        return ExitFailure;
    }
    QString output;
    if (runSchtasks({QStringLiteral("/Create"), QStringLiteral("/TN"), AgentUnits::TaskName,
                     QStringLiteral("/XML"), QDir::toNativeSeparators(file), QStringLiteral("/F")},
                    &output) != 0) {
        err(Text::tr("Task Scheduler did not accept the renewal task: %1").arg(output));
        return ExitFailure;
    }
    out(Text::tr("The renewal agent is installed: the task «%1» runs «sfmctl renew --due» once a day.")
            .arg(AgentUnits::TaskName));
    return ExitOk;
}

int installLinux()
{
    QString error;
    if (!writeFile(servicePath(),
                   AgentUnits::systemdService(QCoreApplication::applicationFilePath()).toUtf8(), &error) ||
        !writeFile(timerPath(), AgentUnits::systemdTimer().toUtf8(), &error)) {
        err(error);
        return ExitFailure;
    }
    out(Text::tr("Wrote %1 and %2 in %3.")
            .arg(AgentUnits::ServiceName, AgentUnits::TimerName, unitDirectory()));
    QString why;
    if (!Systemctl::reachable(&why)) {
        err(Text::tr(
                "systemd for your user could not be reached (%1), so the agent is not active yet. In your "
                "desktop or login session, run:")
                .arg(why));
        err(QStringLiteral("  ") + enableCommand());
        return ExitNotReady;
    }
    for (const QStringList &args :
         {QStringList{QStringLiteral("daemon-reload")},
          QStringList{QStringLiteral("enable"), QStringLiteral("--now"), AgentUnits::TimerName}}) {
        const Systemctl::Outcome o = Systemctl::user(args);
        if (!o.ok()) {
            err(Text::tr("«systemctl --user %1» failed: %2").arg(args.join(QLatin1Char(' ')), o.errors));
            return ExitFailure;
        }
    }
    out(Text::tr("The renewal agent is active: it runs «sfmctl renew --due» once a day."));
    const auto times = Systemctl::show(AgentUnits::TimerName, {QStringLiteral("NextElapseUSecRealtime")});
    if (times.contains(QStringLiteral("NextElapseUSecRealtime")))
        out(Text::tr("Next run: %1").arg(times.value(QStringLiteral("NextElapseUSecRealtime"))));
    out(Text::tr("It runs while you are logged in. To let it run when you are not, ask an administrator for: "
                 "loginctl enable-linger %1")
            .arg(qEnvironmentVariable("USER", QStringLiteral("USER"))));
    return ExitOk;
}

int removeWindows()
{
    QString output;
    if (runSchtasks(
            {QStringLiteral("/Delete"), QStringLiteral("/TN"), AgentUnits::TaskName, QStringLiteral("/F")},
            &output) != 0) {
        err(Text::tr("Task Scheduler did not remove the renewal task: %1").arg(output));
        return ExitFailure;
    }
    QFile::remove(windowsTaskFile());
    out(Text::tr("The renewal agent is removed."));
    return ExitOk;
}

int removeLinux()
{
    const bool installed = QFileInfo::exists(servicePath()) || QFileInfo::exists(timerPath());
    if (!installed) {
        out(Text::tr("The renewal agent is not installed for this user; nothing to remove."));
        return ExitOk;
    }
    QString why;
    const bool reachable = Systemctl::reachable(&why);
    if (reachable) // stops the timer and removes the link `enable` made; a failure here is not fatal
        Systemctl::user({QStringLiteral("disable"), QStringLiteral("--now"), AgentUnits::TimerName});
    bool removed = true;
    for (const QString &path : {timerPath(), servicePath()})
        removed = (!QFileInfo::exists(path) || QFile::remove(path)) && removed;
    QFile::remove(wantsLinkPath()); // a symbolic link: QFileInfo::exists would follow it
    if (!removed) {
        err(Text::tr("The unit files in %1 could not all be removed. Remove them by hand.")
                .arg(unitDirectory()));
        return ExitFailure;
    }
    if (reachable)
        Systemctl::user({QStringLiteral("daemon-reload")});
    out(Text::tr("The renewal agent is removed."));
    if (!reachable)
        err(Text::tr(
                "systemd for your user could not be reached (%1). If the timer is still loaded, it is gone "
                "after your next login, or run: systemctl --user daemon-reload")
                .arg(why));
    return ExitOk;
}

QString resultText(storage::AgentRunItem::Result result)
{
    using R = storage::AgentRunItem::Result;
    switch (result) {
    case R::Renewed:
        return Text::tr("renewed");
    case R::NotDue:
        return Text::tr("not due");
    case R::Portal:
        return Text::tr("renew in the portal");
    case R::Failed:
        return Text::tr("failed");
    case R::Skipped:
        return Text::tr("skipped");
    }
    return {};
}

void printRun(const storage::AgentRun &run)
{
    using R = storage::AgentRunItem::Result;
    out(Text::tr("Last run: %1 (exit code %2): %3 renewed, %4 failed, %5 to renew in the portal, %6 not due.")
            .arg(run.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(run.exitCode)
            .arg(run.count(R::Renewed))
            .arg(run.count(R::Failed))
            .arg(run.count(R::Portal))
            .arg(run.count(R::NotDue)));
    for (const storage::AgentRunItem &item : run.items) {
        if (item.result != R::NotDue)
            out(QStringLiteral("  %1  %2  %3").arg(resultText(item.result), item.onboardingId, item.message));
    }
    if (run.needsAttention())
        out(Text::tr("Someone must act on the lines above."));
}

int status(bool json)
{
    QJsonObject result;
    const storage::AgentState state;
    const auto lastRun = state.lastRun();
    if (!lastRun)
        err(lastRun.error().toString());
    if (OnWindows) {
        QString output;
        const bool installed =
            runSchtasks({QStringLiteral("/Query"), QStringLiteral("/TN"), AgentUnits::TaskName,
                         QStringLiteral("/V"), QStringLiteral("/FO"), QStringLiteral("LIST")},
                        &output) == 0;
        result.insert(QStringLiteral("mode"), QStringLiteral("windows-task"));
        result.insert(QStringLiteral("installed"), installed);
        if (!json) {
            out(installed
                    ? Text::tr("Renewal agent: installed (Task Scheduler, «%1»).").arg(AgentUnits::TaskName)
                    : Text::tr("Renewal agent: not installed. Install it with: sfmctl agent install"));
            if (installed)
                out(output);
        }
    } else {
        const bool installed = QFileInfo::exists(timerPath()) && QFileInfo::exists(servicePath());
        result.insert(QStringLiteral("mode"), QStringLiteral("systemd-user"));
        result.insert(QStringLiteral("installed"), installed);
        result.insert(QStringLiteral("unitDirectory"), unitDirectory());
        if (!json)
            out(installed
                    ? Text::tr("Renewal agent: installed (systemd user timer in %1).").arg(unitDirectory())
                    : Text::tr("Renewal agent: not installed. Install it with: sfmctl agent install"));
        const QString shipped = QStringLiteral("/usr/lib/systemd/user/") + AgentUnits::TimerName;
        if (!installed && QFileInfo::exists(shipped) && !json)
            out(Text::tr(
                    "The package ships the timer (%1), disabled; «sfmctl agent install» sets it up for you.")
                    .arg(shipped));
        QString why;
        if (installed && Systemctl::reachable(&why)) {
            const auto props = Systemctl::show(
                AgentUnits::TimerName,
                {QStringLiteral("UnitFileState"), QStringLiteral("ActiveState"),
                 QStringLiteral("NextElapseUSecRealtime"), QStringLiteral("LastTriggerUSec")});
            const QString none = Text::tr("none");
            result.insert(QStringLiteral("enabled"), props.value(QStringLiteral("UnitFileState")));
            result.insert(QStringLiteral("active"), props.value(QStringLiteral("ActiveState")));
            result.insert(QStringLiteral("nextRun"), props.value(QStringLiteral("NextElapseUSecRealtime")));
            result.insert(QStringLiteral("lastTrigger"), props.value(QStringLiteral("LastTriggerUSec")));
            if (!json) {
                out(Text::tr("Timer: %1, %2.")
                        .arg(props.value(QStringLiteral("UnitFileState"), none),
                             props.value(QStringLiteral("ActiveState"), none)));
                out(Text::tr("Next run: %1")
                        .arg(props.value(QStringLiteral("NextElapseUSecRealtime"), none)));
                out(Text::tr("Last started: %1").arg(props.value(QStringLiteral("LastTriggerUSec"), none)));
            }
        } else if (installed && !json) {
            out(Text::tr("systemd for your user could not be reached (%1): the timer's times are not known.")
                    .arg(why));
        }
    }
    if (lastRun && lastRun->has_value()) {
        result.insert(QStringLiteral("lastRun"), storage::AgentState::toJson(**lastRun));
        if (!json)
            printRun(**lastRun);
    } else if (lastRun && !json) {
        out(Text::tr("The agent has not run yet."));
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)).trimmed());
    return ExitOk;
}

int taskXml(const QString &program, const QString &output)
{
    const QByteArray xml = AgentUnits::windowsTaskXml(program);
    if (output.isEmpty()) {
        out(AgentUnits::windowsTaskXmlText(program).trimmed());
        return ExitOk;
    }
    QString error;
    if (!writeFile(output, xml, &error)) {
        err(error);
        return ExitFailure;
    }
    out(Text::tr("Wrote the Task Scheduler definition to %1. On the Windows PC, as the user who runs the "
                 "onboardings, run:")
            .arg(QDir::toNativeSeparators(output)));
    out(QStringLiteral("  schtasks /Create /TN \"%1\" /XML \"%2\"")
            .arg(AgentUnits::TaskName, QDir::toNativeSeparators(output)));
    return ExitOk;
}

} // namespace

int runAgent(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "The renewal agent runs «sfmctl renew --due» once a day, so keys are renewed before they "
        "expire.\n"
        "  install   set it up for this user (Linux: a systemd user timer; Windows: a Task Scheduler "
        "task). --user is the default and, for now, the only way: a system-wide agent may come later.\n"
        "  status    whether it is set up, when it runs next and what it did last time\n"
        "  remove    take it away again\n"
        "  task-xml  print or write the Windows Task Scheduler definition (for deployment by an "
        "administrator)"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption user(QStringLiteral("user"), Text::tr("For the current user (the default)."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("status: print JSON for scripts."));
    const QCommandLineOption program(QStringLiteral("program"),
                                     Text::tr("task-xml: the path of sfmctl.exe on the Windows PC."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption output(
        QStringLiteral("output"), Text::tr("task-xml: write to this file (UTF-16)."), QStringLiteral("FILE"));
    parser.addOptions({help, user, json, program, output});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("install | status | remove | task-xml"));
    auto usageError = [](const QString &message) {
        err(message);
        err(Text::tr("Usage: %1   (--help for more)").arg(Usage));
        return int(ExitUsage);
    };
    if (!parser.parse(QStringList{QStringLiteral("sfmctl")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out(Text::tr("Usage: %1").arg(Usage));
        out(parser.helpText().section(QLatin1Char('\n'), 1));
        out(Text::tr(
            "Exit codes: 0 ok, 1 failure, 2 wrong arguments, 7 installed but not active yet (run the "
            "command it prints)."));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(Text::tr("Name one action: install, status, remove or task-xml."));
    const QString action = positional.first();
    if (action == QLatin1String("install"))
        return OnWindows ? installWindows() : installLinux();
    if (action == QLatin1String("remove"))
        return OnWindows ? removeWindows() : removeLinux();
    if (action == QLatin1String("status"))
        return status(parser.isSet(json));
    if (action == QLatin1String("task-xml")) {
        const QString path = parser.value(program).isEmpty()
                                 ? QStringLiteral("C:\\Program Files\\SFM Onboarding\\bin\\sfmctl.exe")
                                 : parser.value(program);
        return taskXml(path, parser.value(output));
    }
    return usageError(Text::tr("Unknown action: %1").arg(action));
}

} // namespace sfm::cli
