#pragma once

#include <QStringList>

// Each command family of sfmctl; args are what follows the family's name (args[0] is the sub-command).
namespace sfm::cli {
int runKey(const QStringList &args);        // key generate | thumbprint | install
int runKeyInstall(const QStringList &args); // key install (a transfer file)
int runAssertion(const QStringList &args);  // assertion
int runDpop(const QStringList &args);       // dpop
int runSim(const QStringList &args);        // sim
int runOnboard(const QStringList &args);    // onboard
int runStatus(const QStringList &args);     // status
int runResume(const QStringList &args);     // resume
int runList(const QStringList &args);       // list
int runExport(const QStringList &args);     // export
int runToken(const QStringList &args);      // token
int runImport(const QStringList &args);     // import
int runAgent(const QStringList &args);      // agent install | status | remove | task-xml
int runRenew(const QStringList &args);      // renew ID | renew --due [--within 30d]
int runScopes(const QStringList &args);     // scopes ID --add SCOPE --remove SCOPE
int runLoginTest(const QStringList &args);  // login-test
int runBatch(const QStringList &args);      // batch FILE.csv
int runWatch(const QStringList &args);      // watch --all | ID…
int runContact(const QStringList &args);    // contact ID [--email ADDRESS] [--language nb|nn|en]
} // namespace sfm::cli
