#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "ProcessHardening.h"

#include <QCoreApplication>

#include <functional>
#include <map>

using namespace sfm::cli;

namespace {

struct Command
{
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("key"),
         {runKey, QT_TRANSLATE_NOOP("sfmctl", "Generate a key pair or print a key's thumbprint")}},
        {QStringLiteral("assertion"),
         {runAssertion, QT_TRANSLATE_NOOP("sfmctl", "Print a fresh client assertion")}},
        {QStringLiteral("dpop"), {runDpop, QT_TRANSLATE_NOOP("sfmctl", "Print a DPoP proof")}},
        {QStringLiteral("sim"),
         {runSim, QT_TRANSLATE_NOOP("sfmctl", "Start the built-in HelseID simulator")}},
        {QStringLiteral("onboard"),
         {runOnboard, QT_TRANSLATE_NOOP("sfmctl", "Onboard a journal with Alternative 1")}},
        {QStringLiteral("status"), {runStatus, QT_TRANSLATE_NOOP("sfmctl", "Show an onboarding's status")}},
        {QStringLiteral("resume"),
         {runResume, QT_TRANSLATE_NOOP("sfmctl", "Resume an unfinished onboarding")}},
        {QStringLiteral("list"), {runList, QT_TRANSLATE_NOOP("sfmctl", "List onboardings")}},
        {QStringLiteral("export"), {runExport, QT_TRANSLATE_NOOP("sfmctl", "Export the EPJ configuration")}},
        {QStringLiteral("token"),
         {runToken, QT_TRANSLATE_NOOP("sfmctl", "Get a test token and show its claims")}},
        {QStringLiteral("login-test"),
         {runLoginTest, QT_TRANSLATE_NOOP("sfmctl", "Log a prescriber in and show what SFM will see")}},
        {QStringLiteral("import"),
         {runImport, QT_TRANSLATE_NOOP("sfmctl", "Import a configuration file from the portal")}},
        {QStringLiteral("renew"),
         {runRenew, QT_TRANSLATE_NOOP("sfmctl", "Renew a client's key, or every key that expires soon")}},
        {QStringLiteral("scopes"),
         {runScopes, QT_TRANSLATE_NOOP("sfmctl", "Add or remove API scopes of a ready client")}},
        {QStringLiteral("batch"),
         {runBatch, QT_TRANSLATE_NOOP("sfmctl", "Onboard one journal per row of a CSV file")}},
        {QStringLiteral("watch"),
         {runWatch, QT_TRANSLATE_NOOP("sfmctl", "Follow waiting onboardings until they are ready")}},
        {QStringLiteral("contact"),
         {runContact, QT_TRANSLATE_NOOP("sfmctl", "Show or change whom the confirmation e-mail goes to")}},
        {QStringLiteral("agent"),
         {runAgent, QT_TRANSLATE_NOOP("sfmctl", "Set up, show or remove the daily key renewal")}},
    };
    return table;
}

void printUsage()
{
    err(QCoreApplication::translate("sfmctl",
                                    "Usage: sfmctl COMMAND [OPTIONS]   (sfmctl COMMAND --help for more)"));
    err(QString());
    for (const auto &[name, command] : commands())
        err(QStringLiteral("  %1  %2")
                .arg(name, -10)
                .arg(QCoreApplication::translate("sfmctl", command.summary)));
    err(QString());
    err(QCoreApplication::translate(
        "sfmctl", "Exit codes: 0 ok, 1 failure, 2 usage, 3 bad input, 4 network, 5 refused by "
                  "the server, 6 keychain, 7 waiting for someone or in use by another program (resume "
                  "later), 8 cancelled."));
}

} // namespace

int main(int argc, char *argv[])
{
    sfm::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sfm-onboarding"));
    QCoreApplication::setOrganizationName(QStringLiteral("sfm-onboarding"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SFM_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out(QStringLiteral("sfmctl %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    const QString name = args.takeFirst();
    const auto it = commands().find(name);
    if (it == commands().end()) {
        err(QCoreApplication::translate("sfmctl", "Unknown command: %1").arg(name));
        printUsage();
        return ExitUsage;
    }
    return it->second.run(args);
}
