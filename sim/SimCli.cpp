#include "SimCli.h"

#include "Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace sfm::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sfm::sim::SimCli", text);
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop reads the byte and quits cleanly (state is saved).
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

void quitOnSignals(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#else
void quitOnSignals(QObject *) {}
#endif

bool readSeconds(const QCommandLineParser &parser, const QString &option, const char *setting,
                 QJsonObject &settings, const CliIo &io)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok) {
        io.err(tr("--%1 needs a whole number of seconds.").arg(option));
        return false;
    }
    settings.insert(QLatin1String(setting), value);
    return true;
}

} // namespace

int runSimulatorCli(const QString &programName, const QStringList &args, const CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local HelseID and Selvbetjening simulator on 127.0.0.1, for practice "
           "and tests. Prints one JSON line with its URLs and Klientmaler on start."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption port(QStringLiteral("port"), tr("Listen on this port (default: any free port)."),
                                  QStringLiteral("N"));
    const QCommandLineOption state(
        QStringLiteral("state"), tr("Keep everything in this file across restarts."), QStringLiteral("FILE"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    tr("Extra Klientmaler and settings from this JSON file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Practice-mode defaults: documents sign themselves."));
    const QCommandLineOption cacheDelay(
        QStringLiteral("cache-delay"),
        tr("Seconds a confirmed client still gets invalid_client (default 15)."), QStringLiteral("S"));
    const QCommandLineOption autoSign(
        QStringLiteral("auto-sign"),
        tr("Seconds after confirmation until documents count as signed (0: never)."), QStringLiteral("S"));
    const QCommandLineOption clockOffset(QStringLiteral("clock-offset"),
                                         tr("Seconds added to the simulator's clock."), QStringLiteral("S"));
    const QCommandLineOption logSms(QStringLiteral("log-sms-passwords"),
                                    tr("Also write the practice SMS passwords of package zips to the log."));
    parser.addOptions({help, version, port, state, config, demo, cacheDelay, autoSign, clockOffset, logSms});

    if (!parser.parse(QStringList{programName} + args)) {
        io.err(parser.errorText());
        return 2;
    }
    if (parser.isSet(help)) {
        // helpText() names argv[0]; for `sfmctl sim` the command is two words.
        QString text = parser.helpText();
        if (!QCoreApplication::arguments().isEmpty())
            text.replace(QCoreApplication::arguments().constFirst(), programName);
        io.out(text.trimmed());
        return 0;
    }
    if (parser.isSet(version)) {
        io.out(programName + QLatin1Char(' ') + QStringLiteral(SFM_VERSION));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
        return 2;
    }

    Simulator::Options options;
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            io.err(tr("--port needs a port number from 1 to 65535."));
            return 2;
        }
        options.port = quint16(value);
    }
    options.statePath = parser.value(state);
    options.configPath = parser.value(config);
    options.demo = parser.isSet(demo);
    QJsonObject settings;
    if (!readSeconds(parser, QStringLiteral("cache-delay"), "cacheDelaySeconds", settings, io) ||
        !readSeconds(parser, QStringLiteral("auto-sign"), "autoSignSeconds", settings, io) ||
        !readSeconds(parser, QStringLiteral("clock-offset"), "clockOffsetSeconds", settings, io))
        return 2;
    if (parser.isSet(logSms))
        settings.insert(QStringLiteral("logSmsPasswords"), true);

    Simulator simulator;
    if (auto started = simulator.start(options); !started) {
        io.err(started.error().toString());
        return 1;
    }
    if (auto applied = simulator.state().applySettings(settings); !applied) {
        io.err(applied.error().toString());
        return 2;
    }
    io.out(QString::fromUtf8(QJsonDocument(simulator.startupInfo()).toJson(QJsonDocument::Compact)));
    quitOnSignals(&simulator);
    QCoreApplication::exec();
    if (auto saved = simulator.state().saveNow(); !saved) {
        io.err(saved.error().toString());
        return 1;
    }
    return 0;
}

} // namespace sfm::sim
