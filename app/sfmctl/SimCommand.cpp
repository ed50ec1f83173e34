#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"

#include <QCoreApplication>

// Placeholder until this command family lands; it says so instead of pretending.
namespace sfm::cli {

int runSim(const QStringList &)
{
    err(QCoreApplication::translate("sfmctl", "This command is not available in this build yet."));
    return ExitFailure;
}

} // namespace sfm::cli
