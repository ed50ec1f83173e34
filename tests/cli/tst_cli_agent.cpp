// sfmctl agent: the daily renewal agent's definitions (systemd user units checked by systemd-analyze
// verify, the Windows Task Scheduler XML parsed as Task Scheduler would read it, the units the .deb ships
// equal to what sfmctl writes) and install / status / remove run as a user would, into a temporary
// XDG_CONFIG_HOME, with a stand-in systemctl that records what it was asked (never the real session's).
#include "AgentUnits.h"
#include "MissingTool.h"
#include "storage/AgentState.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sfm;
using sfm::cli::AgentUnits;

namespace {

const QString Sfmctl = QStringLiteral(SFM_BINARY_DIR "/app/sfmctl");
const QString SystemdAnalyze = QStringLiteral("/usr/bin/systemd-analyze");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The text of one element (first match, by local name) of a Task Scheduler XML document.
QString xmlValue(const QString &xml, const QString &name, QString *namespaceUri = nullptr)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name) {
            if (namespaceUri)
                *namespaceUri = reader.namespaceUri().toString();
            return reader.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    return reader.hasError() ? QStringLiteral("<error: %1>").arg(reader.errorString()) : QString();
}

} // namespace

class TstCliAgent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_log; // what the stand-in systemctl was asked, one call a line

    QString config() const { return m_home.filePath(QStringLiteral("config")); }
    QString unitDir() const { return config() + QStringLiteral("/systemd/user"); }

    // A stand-in systemctl: records its arguments, answers `show` like systemd, exits with FAKE_EXIT.
    QString fakeSystemctl(int exitCode)
    {
        const QString path = m_home.filePath(QStringLiteral("systemctl-%1").arg(exitCode));
        const QByteArray script =
            "#!/bin/sh\n"
            "echo \"$*\" >> '" +
            m_log.toUtf8() +
            "'\n"
            "case \"$*\" in *' show '*|*'show '*)\n"
            "  printf 'UnitFileState=enabled\\nActiveState=active\\n"
            "NextElapseUSecRealtime=Thu 2027-01-07 03:12:00 CET\\nLastTriggerUSec=n/a\\n';;\n"
            "esac\n"
            "[ " +
            QByteArray::number(exitCode) +
            " -eq 0 ] || echo 'Failed to connect to bus: No medium found' >&2\n"
            "exit " +
            QByteArray::number(exitCode) + "\n";
        if (!writeAll(path, script))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    Run sfmctl(const QStringList &args, const QString &systemctl)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("SFM_SYSTEMCTL"), systemctl);
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(Sfmctl, args);
        Run r;
        if (!process.waitForStarted() || !process.waitForFinished(60000))
            return r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }
    QStringList calls() const
    {
        return QString::fromUtf8(readAll(m_log)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_log = m_home.filePath(QStringLiteral("systemctl.log"));
        QVERIFY(QFileInfo(Sfmctl).isExecutable());
    }

    void init() { QFile::remove(m_log); }

    void serviceRunsRenewDue()
    {
        const QString service = AgentUnits::systemdService(QStringLiteral("/usr/bin/sfmctl"));
        QVERIFY(service.contains(QStringLiteral("\nType=oneshot\n")));
        QVERIFY(service.contains(QStringLiteral("\nExecStart=\"/usr/bin/sfmctl\" renew --due\n")));
        const QString timer = AgentUnits::systemdTimer();
        for (const char *line : {"\nOnCalendar=daily\n", "\nPersistent=true\n",
                                 "\nRandomizedDelaySec=60min\n", "\nWantedBy=timers.target\n"})
            QVERIFY2(timer.contains(QLatin1String(line)), line);
        // A path with spaces, quotes, backslashes, % and $ stays one word, taken literally by systemd.
        QCOMPARE(AgentUnits::systemdQuote(QStringLiteral("/opt/my \"apps\"/50%\\$HOME/sfmctl")),
                 QStringLiteral("\"/opt/my \\\"apps\\\"/50%%\\\\$$HOME/sfmctl\""));
    }

    // The .deb ships the units sfmctl would write for /usr/bin/sfmctl, so the two never drift apart.
    void packagedUnitsAreWhatSfmctlWrites()
    {
        const QString dir = QStringLiteral(SFM_SOURCE_DIR "/resources/linux/systemd/");
        QCOMPARE(QString::fromUtf8(readAll(dir + AgentUnits::ServiceName)),
                 AgentUnits::systemdService(QStringLiteral("/usr/bin/sfmctl")));
        QCOMPARE(QString::fromUtf8(readAll(dir + AgentUnits::TimerName)), AgentUnits::systemdTimer());
    }

    void windowsTaskXml()
    {
        const QString program = QStringLiteral("C:\\Program Files\\R&D <EPJ>\\sfmctl.exe");
        const QByteArray bytes = AgentUnits::windowsTaskXml(program);
        QVERIFY(bytes.startsWith("\xff\xfe")); // UTF-16 LE with a byte-order mark, as schtasks /XML reads it
        QStringDecoder utf16(QStringDecoder::Utf16LE);
        const QString text = utf16.decode(bytes.mid(2));
        QVERIFY(!utf16.hasError());
        QVERIFY(text.startsWith(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<Task ")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("[^\\r]\\n"))));
        // The same document Qt's reader sees from the bytes (it honours the BOM and the declaration).
        QXmlStreamReader fromBytes(bytes);
        while (!fromBytes.atEnd())
            fromBytes.readNext();
        QVERIFY2(!fromBytes.hasError(), qPrintable(fromBytes.errorString()));

        QString ns;
        QCOMPARE(xmlValue(text, QStringLiteral("Command"), &ns), program); // escaped and read back
        QCOMPARE(ns, QStringLiteral("http://schemas.microsoft.com/windows/2004/02/mit/task"));
        QCOMPARE(xmlValue(text, QStringLiteral("Arguments")), QStringLiteral("renew --due"));
        QCOMPARE(xmlValue(text, QStringLiteral("DaysInterval")), QStringLiteral("1"));
        QCOMPARE(xmlValue(text, QStringLiteral("RandomDelay")), QStringLiteral("PT60M"));
        QCOMPARE(xmlValue(text, QStringLiteral("StartWhenAvailable")), QStringLiteral("true"));
        QCOMPARE(xmlValue(text, QStringLiteral("LogonType")), QStringLiteral("InteractiveToken"));
        QCOMPARE(xmlValue(text, QStringLiteral("RunLevel")), QStringLiteral("LeastPrivilege"));
        QCOMPARE(xmlValue(text, QStringLiteral("MultipleInstancesPolicy")), QStringLiteral("IgnoreNew"));
        QCOMPARE(xmlValue(text, QStringLiteral("ExecutionTimeLimit")), QStringLiteral("PT30M"));
        // A local start time without an offset, so the task starts at 03:00 wherever the PC is.
        QCOMPARE(xmlValue(text, QStringLiteral("StartBoundary")), QStringLiteral("2025-01-01T03:00:00"));
        QVERIFY(text.contains(QStringLiteral("<Principal id=\"Author\">")));
        QVERIFY(text.contains(QStringLiteral("<Actions Context=\"Author\">")));

        // sfmctl agent task-xml writes the same bytes.
        const QString file = m_home.filePath(QStringLiteral("task.xml"));
        const Run r = sfmctl({QStringLiteral("agent"), QStringLiteral("task-xml"),
                              QStringLiteral("--program"), program, QStringLiteral("--output"), file},
                             fakeSystemctl(0));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(file), bytes);
        QVERIFY(calls().isEmpty());
    }

    // install writes units systemd accepts and enables the timer; status shows it; remove takes it away.
    void installStatusRemove()
    {
        const QString systemctl = fakeSystemctl(0);
        Run r =
            sfmctl({QStringLiteral("agent"), QStringLiteral("install"), QStringLiteral("--user")}, systemctl);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Next run: Thu 2027-01-07 03:12:00 CET")));
        QVERIFY(r.out.contains(QStringLiteral("loginctl enable-linger")));
        QVERIFY(calls().contains(QStringLiteral("--user daemon-reload")));
        QVERIFY(calls().contains(QStringLiteral("--user enable --now sfm-onboarding-renew.timer")));
        const QString service =
            QString::fromUtf8(readAll(unitDir() + QStringLiteral("/sfm-onboarding-renew.service")));
        QVERIFY(service.contains(
            QStringLiteral("ExecStart=\"%1\" renew --due").arg(QFileInfo(Sfmctl).canonicalFilePath())));

        if (!QFileInfo(SystemdAnalyze).isExecutable())
            SFM_SKIP_OR_FAIL_IN_CI(
                "systemd-analyze is not installed (Debian package systemd; ./dev installs it)");
        QTemporaryDir runtime; // systemd-analyze --user needs a runtime directory, not a running systemd
        QVERIFY(runtime.isValid());
        QProcess verify;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config());
        verify.setProcessEnvironment(env);
        verify.setWorkingDirectory(unitDir());
        // --man=no: the man page is installed by the package, not in the build tree.
        verify.start(SystemdAnalyze,
                     {QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("--man=no"),
                      QStringLiteral("./sfm-onboarding-renew.timer"),
                      QStringLiteral("./sfm-onboarding-renew.service")});
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
        QVERIFY2(verify.readAllStandardError().trimmed().isEmpty(), "systemd-analyze verify warned");

        // status: installed, the timer's times from systemd, and the last result renew recorded.
        QCoreApplication::setOrganizationName(QStringLiteral("sfm-onboarding"));
        QCoreApplication::setApplicationName(QStringLiteral("sfm-onboarding"));
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        storage::AgentRun run;
        run.startedAt = QDateTime(QDate(2027, 1, 6), QTime(2, 40), Qt::UTC);
        run.finishedAt = run.startedAt.addSecs(20);
        run.exitCode = 1;
        run.items = {
            {QStringLiteral("journal-1"), QStringLiteral("c-1"), storage::AgentRunItem::Result::Renewed,
             QStringLiteral("renewed, new key expires 2028-01-06"), run.finishedAt.addDays(365)},
            {QStringLiteral("journal-2"), QStringLiteral("c-2"), storage::AgentRunItem::Result::Failed,
             QStringLiteral("HelseID could not be reached"), std::nullopt},
            {QStringLiteral("journal-3"), QStringLiteral("c-3"), storage::AgentRunItem::Result::NotDue,
             QStringLiteral("not due"), run.finishedAt.addDays(200)}};
        QVERIFY(storage::AgentState().record(run).ok());
        QVERIFY(QFileInfo::exists(
            m_home.filePath(QStringLiteral("data/sfm-onboarding/sfm-onboarding/agent-state.json"))));

        r = sfmctl({QStringLiteral("agent"), QStringLiteral("status")}, systemctl);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Renewal agent: installed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Timer: enabled, active.")));
        QVERIFY(r.out.contains(QStringLiteral("Next run: Thu 2027-01-07 03:12:00 CET")));
        QVERIFY(r.out.contains(QStringLiteral("1 renewed, 1 failed, 0 to renew in the portal, 1 not due")));
        QVERIFY(r.out.contains(QStringLiteral("journal-2  HelseID could not be reached")));
        QVERIFY(!r.out.contains(QStringLiteral("journal-3"))); // not-due lines are left out
        QVERIFY(r.out.contains(QStringLiteral("Someone must act")));

        r = sfmctl({QStringLiteral("agent"), QStringLiteral("status"), QStringLiteral("--json")}, systemctl);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("installed")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("systemd-user"));
        QCOMPARE(json.value(QStringLiteral("nextRun")).toString(),
                 QStringLiteral("Thu 2027-01-07 03:12:00 CET"));
        const QJsonObject last = json.value(QStringLiteral("lastRun")).toObject();
        QCOMPARE(last.value(QStringLiteral("exitCode")).toInt(), 1);
        QCOMPARE(last.value(QStringLiteral("items"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("failed"));

        QFile::remove(m_log);
        r = sfmctl({QStringLiteral("agent"), QStringLiteral("remove")}, systemctl);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(calls().contains(QStringLiteral("--user disable --now sfm-onboarding-renew.timer")));
        QVERIFY(!QFileInfo::exists(unitDir() + QStringLiteral("/sfm-onboarding-renew.service")));
        QVERIFY(!QFileInfo::exists(unitDir() + QStringLiteral("/sfm-onboarding-renew.timer")));
        r = sfmctl({QStringLiteral("agent"), QStringLiteral("status")}, systemctl);
        QVERIFY(r.out.contains(QStringLiteral("Renewal agent: not installed")));
        // The record of the last run stays: it is history, not part of the agent.
        QVERIFY(r.out.contains(QStringLiteral("journal-2")));
    }

    // Without a reachable systemd (no session bus, as in a container or over plain ssh) install still
    // writes the units, says it is not active and what to run; remove still removes them.
    void withoutSystemd()
    {
        const QString systemctl = fakeSystemctl(1);
        Run r = sfmctl({QStringLiteral("agent"), QStringLiteral("install")}, systemctl);
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains(QStringLiteral("Failed to connect to bus")));
        QVERIFY(r.err.contains(QStringLiteral(
            "systemctl --user daemon-reload && systemctl --user enable --now sfm-onboarding-renew.timer")));
        QVERIFY(QFileInfo::exists(unitDir() + QStringLiteral("/sfm-onboarding-renew.timer")));
        QVERIFY(!calls().contains(QStringLiteral("--user enable --now sfm-onboarding-renew.timer")));

        r = sfmctl({QStringLiteral("agent"), QStringLiteral("status")}, systemctl);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("the timer's times are not known")));

        // No systemctl at all behaves the same.
        r = sfmctl({QStringLiteral("agent"), QStringLiteral("remove")},
                   m_home.filePath(QStringLiteral("nothing-here")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFileInfo::exists(unitDir() + QStringLiteral("/sfm-onboarding-renew.timer")));
        r = sfmctl({QStringLiteral("agent"), QStringLiteral("remove")}, systemctl);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("not installed")));
    }

    void usage()
    {
        const QString systemctl = fakeSystemctl(0);
        QCOMPARE(sfmctl({QStringLiteral("agent")}, systemctl).exitCode, 2);
        QCOMPARE(sfmctl({QStringLiteral("agent"), QStringLiteral("start")}, systemctl).exitCode, 2);
        QCOMPARE(sfmctl({QStringLiteral("agent"), QStringLiteral("install"), QStringLiteral("--system")},
                        systemctl)
                     .exitCode,
                 2);
        const Run help = sfmctl({QStringLiteral("agent"), QStringLiteral("--help")}, systemctl);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("system-wide")));
        QVERIFY(calls().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCliAgent)
#include "tst_cli_agent.moc"
