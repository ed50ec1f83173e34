#include "AgentUnits.h"

#include <QStringEncoder>
#include <QXmlStreamWriter>

namespace sfm::cli {

namespace {

const QString RenewArguments = QStringLiteral("renew --due");

} // namespace

QString AgentUnits::systemdQuote(const QString &path)
{
    QString quoted;
    for (const QChar c : path) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            quoted += QLatin1Char('\\');
        if (c == QLatin1Char('%')) // specifiers (systemd.unit(5)): %% is a literal %
            quoted += QLatin1Char('%');
        if (c == QLatin1Char('$')) // environment variable substitution: $$ is a literal $
            quoted += QLatin1Char('$');
        quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString AgentUnits::systemdService(const QString &sfmctlPath)
{
    return QStringLiteral(
               "# Renews the HelseID keys of this user's SFM onboardings that expire within 30 days.\n"
               "# Started daily by %1; see `sfmctl agent status` and `journalctl --user -u %2`.\n"
               "[Unit]\n"
               "Description=Renew HelseID keys for SFM that expire soon (sfm-onboarding)\n"
               "Documentation=man:sfmctl(1)\n"
               "\n"
               "[Service]\n"
               "Type=oneshot\n"
               "ExecStart=%3 %4\n"
               "TimeoutStartSec=%5min\n"
               "NoNewPrivileges=yes\n"
               "Nice=10\n")
        .arg(TimerName, ServiceName, systemdQuote(sfmctlPath), RenewArguments)
        .arg(TimeLimitMinutes);
}

QString AgentUnits::systemdTimer()
{
    return QStringLiteral(
               "# Starts %1 once a day; a day missed while the computer was off runs at the next start.\n"
               "[Unit]\n"
               "Description=Daily renewal of HelseID keys for SFM (sfm-onboarding)\n"
               "Documentation=man:sfmctl(1)\n"
               "\n"
               "[Timer]\n"
               "OnCalendar=daily\n"
               "RandomizedDelaySec=%2min\n"
               "Persistent=true\n"
               "\n"
               "[Install]\n"
               "WantedBy=timers.target\n")
        .arg(ServiceName)
        .arg(RandomDelayMinutes);
}

QString AgentUnits::windowsTaskXmlText(const QString &sfmctlPath)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    const QString ns = QStringLiteral("http://schemas.microsoft.com/windows/2004/02/mit/task");
    auto element = [&xml](const QString &name, const QString &value) { xml.writeTextElement(name, value); };
    xml.writeStartElement(QStringLiteral("Task"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeDefaultNamespace(ns);

    xml.writeStartElement(QStringLiteral("RegistrationInfo"));
    element(
        QStringLiteral("Description"),
        QStringLiteral("Renews the HelseID keys of this user's SFM onboardings that expire within 30 days "
                       "(sfmctl renew --due). See: sfmctl agent status."));
    element(QStringLiteral("URI"), TaskName);
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("Triggers"));
    xml.writeStartElement(QStringLiteral("CalendarTrigger"));
    // Local time, no offset: 03:00 wherever the PC is. The date only starts the series.
    element(QStringLiteral("StartBoundary"), QStringLiteral("2025-01-01T03:00:00"));
    element(QStringLiteral("Enabled"), QStringLiteral("true"));
    element(QStringLiteral("RandomDelay"), QStringLiteral("PT%1M").arg(RandomDelayMinutes));
    xml.writeStartElement(QStringLiteral("ScheduleByDay"));
    element(QStringLiteral("DaysInterval"), QStringLiteral("1"));
    xml.writeEndElement(); // ScheduleByDay
    xml.writeEndElement(); // CalendarTrigger
    xml.writeEndElement(); // Triggers

    xml.writeStartElement(QStringLiteral("Principals"));
    xml.writeStartElement(QStringLiteral("Principal"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("Author"));
    element(QStringLiteral("LogonType"), QStringLiteral("InteractiveToken"));
    element(QStringLiteral("RunLevel"), QStringLiteral("LeastPrivilege"));
    xml.writeEndElement(); // Principal
    xml.writeEndElement(); // Principals

    xml.writeStartElement(QStringLiteral("Settings"));
    element(QStringLiteral("MultipleInstancesPolicy"), QStringLiteral("IgnoreNew"));
    element(QStringLiteral("DisallowStartIfOnBatteries"), QStringLiteral("false"));
    element(QStringLiteral("StopIfGoingOnBatteries"), QStringLiteral("false"));
    element(QStringLiteral("StartWhenAvailable"), QStringLiteral("true"));
    element(QStringLiteral("RunOnlyIfNetworkAvailable"), QStringLiteral("true"));
    element(QStringLiteral("ExecutionTimeLimit"), QStringLiteral("PT%1M").arg(TimeLimitMinutes));
    element(QStringLiteral("Enabled"), QStringLiteral("true"));
    element(QStringLiteral("Hidden"), QStringLiteral("false"));
    xml.writeEndElement(); // Settings

    xml.writeStartElement(QStringLiteral("Actions"));
    xml.writeAttribute(QStringLiteral("Context"), QStringLiteral("Author"));
    xml.writeStartElement(QStringLiteral("Exec"));
    element(QStringLiteral("Command"), sfmctlPath);
    element(QStringLiteral("Arguments"), RenewArguments);
    xml.writeEndElement(); // Exec
    xml.writeEndElement(); // Actions

    xml.writeEndElement(); // Task
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n") + text.trimmed() +
           QLatin1Char('\n');
}

QByteArray AgentUnits::windowsTaskXml(const QString &sfmctlPath)
{
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    // CRLF, as Windows writes its own task files.
    QString text = windowsTaskXmlText(sfmctlPath);
    text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return utf16.encode(text);
}

} // namespace sfm::cli
