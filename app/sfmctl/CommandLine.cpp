#include "CommandLine.h"

#include "CliOutput.h"
#include "ExitCodes.h"

#include <QLoggingCategory>

#include <iostream>
#include <string>

namespace sfm::cli {

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &usage,
                                    const QString &description, const QStringList &args)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  OnboardText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("sfmctl")} + args)) {
        err(parser.errorText());
        err(OnboardText::tr("Usage: %1   (--help for more)").arg(usage));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out(OnboardText::tr("Usage: %1").arg(usage));
        out(parser.helpText().section(QLatin1Char('\n'), 1));
        out(OnboardText::tr("Exit codes: 0 ok, 1 failure, 2 usage, 3 bad input, 4 network, 5 refused by the "
                            "server, 6 keychain, 7 waiting for someone or in use by another program (resume "
                            "later), 8 cancelled."));
        return ExitOk;
    }
    return std::nullopt;
}

int usageError(const QString &usage, const QString &message)
{
    err(message);
    err(OnboardText::tr("Usage: %1   (--help for more)").arg(usage));
    return ExitUsage;
}

QByteArray readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    QByteArray bytes = QByteArray::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    while (bytes.endsWith('\r') || bytes.endsWith('\n'))
        bytes.chop(1);
    return bytes;
}

std::optional<qint64> parseDuration(const QString &text)
{
    QString t = text.trimmed().toLower();
    qint64 factor = 1;
    if (t.endsWith(u'd'))
        factor = 86400;
    else if (t.endsWith(u'h'))
        factor = 3600;
    else if (t.endsWith(u'm'))
        factor = 60;
    if (!t.isEmpty() && !t.back().isDigit())
        t.chop(1);
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    if (!ok || value <= 0 || value > 10 * 365 * 86400LL / factor)
        return std::nullopt;
    return value * factor;
}

void quietLibraryLogs()
{
    // Progress lines are the CLI's output; the libraries' info logs are for support, who turn them on with
    // QT_LOGGING_RULES (e.g. "sfm.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sfm.*.info=false"));
}

} // namespace sfm::cli
