#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// The command line shared by helseid-sim and `sfmctl sim`: parses the options, starts the simulator,
// prints the one start-up JSON line to stdout and runs until SIGINT/SIGTERM.
namespace sfm::sim {

struct CliIo
{
    std::function<void(const QString &)> out; // stdout, one line
    std::function<void(const QString &)> err; // stderr, one line
};

// args without the program name. Returns the process exit code (0 ok, 1 failure, 2 usage).
int runSimulatorCli(const QString &programName, const QStringList &args, const CliIo &io);

} // namespace sfm::sim
