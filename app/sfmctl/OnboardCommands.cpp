#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"

#include <QCoreApplication>

// Placeholder until this command family lands; it says so instead of pretending.
namespace sfm::cli {

int runOnboard(const QStringList &)
{
    err(QCoreApplication::translate("sfmctl", "This command is not available in this build yet."));
    return ExitFailure;
}

int runStatus(const QStringList &)
{
    err(QCoreApplication::translate("sfmctl", "This command is not available in this build yet."));
    return ExitFailure;
}

int runResume(const QStringList &)
{
    err(QCoreApplication::translate("sfmctl", "This command is not available in this build yet."));
    return ExitFailure;
}

int runList(const QStringList &)
{
    err(QCoreApplication::translate("sfmctl", "This command is not available in this build yet."));
    return ExitFailure;
}

int runExport(const QStringList &)
{
    err(QCoreApplication::translate("sfmctl", "This command is not available in this build yet."));
    return ExitFailure;
}

int runToken(const QStringList &)
{
    err(QCoreApplication::translate("sfmctl", "This command is not available in this build yet."));
    return ExitFailure;
}

} // namespace sfm::cli
