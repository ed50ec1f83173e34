#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "SimCli.h"

// `sfmctl sim`: the built-in HelseID simulator, with exactly the options of helseid-sim
// (docs/simulator.md).
namespace sfm::cli {

int runSim(const QStringList &args)
{
    return sim::runSimulatorCli(QStringLiteral("sfmctl sim"), args, {out, err});
}

} // namespace sfm::cli
