#pragma once

#include "Result.h"
#include "helseid/Environment.h"

#include <QCoreApplication>

#include <memory>

namespace sfm::gui {

class PracticeBackend;

// Practice mode: the built-in HelseID simulator (sim/, in the sfm-practice plugin) running in this process
// on 127.0.0.1, set to sign shortly after confirmation so a newcomer can walk Alternatives 1, 2 and 3 from
// start to end offline. The plugin is loaded on first use only.
class PracticeSimulator
{
    Q_DECLARE_TR_FUNCTIONS(PracticeSimulator)

public:
    PracticeSimulator();
    ~PracticeSimulator();

    // Whether the plugin is installed (a file check; nothing is loaded).
    static bool isAvailable();
    // stateDirectory: where the simulator keeps its clients between runs; empty = in memory only.
    Result<void> start(int autoSignSeconds, const QString &stateDirectory);
    helseid::Environment environment() const;
    // The portal's Bekreft and the signing page, for the screenshot tool (no browser there).
    Result<void> confirm(const QString &clientId);
    Result<void> sign(const QString &clientId);

private:
    std::unique_ptr<PracticeBackend> m_backend;
    helseid::Environment m_environment;
};

} // namespace sfm::gui
