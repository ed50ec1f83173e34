#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Reading an sfmctl command line: --help, usage errors, durations, lines from stdin.
namespace sfm::cli {

// The translation context of the onboarding commands' texts ("sfmctl").
class OnboardText
{
    Q_DECLARE_TR_FUNCTIONS(sfmctl)
};

// Parses args; handles --help (exit 0) and usage errors (exit 2); nullopt means "go on".
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &usage,
                                    const QString &description, const QStringList &args);
int usageError(const QString &usage, const QString &message);

// A line from stdin (passphrase, API key); empty at end of input.
QByteArray readStdinLine();

// Turns the libraries' info logs off unless QT_LOGGING_RULES asks for them.
void quietLibraryLogs();

// "14d", "36h", "90m", "600s" or "600" -> seconds; nullopt when not understood.
std::optional<qint64> parseDuration(const QString &text);

} // namespace sfm::cli
