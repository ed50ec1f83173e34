#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "Interrupt.h"
#include "OnboardOptions.h"
#include "OnboardingCli.h"

#include "fleet/BatchFile.h"
#include "fleet/BatchIdentityIndex.h"
#include "fleet/BatchReport.h"
#include "fleet/BatchValidator.h"
#include "fleet/FleetDriver.h"
#include "fleet/RequestBudget.h"
#include "net/HttpClient.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "storage/Settings.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThreadPool>

// sfmctl batch: one onboarding per row of a CSV file (docs/support-guide.md), through one polite request
// budget. A second run of the same file continues the same onboardings and never makes a second client.
namespace sfm::cli {

using fleet::BatchFile;
using fleet::BatchReport;
using fleet::BatchRow;
using fleet::FleetDriver;
using onboarding::Onboarding;
using onboarding::OnboardingData;
using onboarding::State;

namespace {

const QString BatchUsage = QStringLiteral(
    "sfmctl batch FILE.csv --environment demo|test|prod|custom [--profile FILE] [--dry-run] [--no-wait] "
    "[--report FILE] [--skip-bad-rows] [--json]");

std::shared_ptr<fleet::RequestBudget> budgetFromSettings()
{
    const storage::Settings settings;
    fleet::RequestLimits limits;
    limits.maxConcurrent = settings.maxConcurrentRequests();
    limits.requestsPerSecond = settings.requestsPerSecond();
    return std::make_shared<fleet::RequestBudget>(limits);
}

Result<void> writeReport(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(QStringLiteral("cli.report"),
                     OnboardText::tr("Could not write the report to %1.").arg(QDir::toNativeSeparators(path)),
                     file.errorString());
    return {};
}

int finishReport(const BatchReport &report, const QString &path, bool json)
{
    const QByteArray bytes = json ? QJsonDocument(report.toJson()).toJson() : report.toCsv();
    if (!path.isEmpty()) {
        if (auto written = writeReport(path, bytes); !written)
            return fail(written.error(), json);
        err(OnboardText::tr("The report is written to %1.").arg(QDir::toNativeSeparators(path)));
    } else if (json) {
        out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
    } else {
        for (const BatchReport::Line &line : report.lines())
            out(OnboardText::tr("Row %1: %2 %3 — %4")
                    .arg(line.row.row)
                    .arg(line.row.organizationNumber, line.row.journalName, BatchReport::nextStep(line)));
    }
    err(report.summaryText());
    return ExitOk;
}

} // namespace

int runBatch(const QStringList &args)
{
    quietLibraryLogs();
    QCommandLineParser p;
    CommonOptions common;
    EnvironmentOptions env;
    WaitOptions wait;
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        OnboardText::tr("Check every row and print every problem; change nothing."));
    const QCommandLineOption report(
        QStringLiteral("report"),
        OnboardText::tr("Write the report (CSV, or JSON with --json) to this file."), QStringLiteral("file"));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad-rows"),
                                     OnboardText::tr("Run the good rows of a file that has problems."));
    const QCommandLineOption alg = option::algorithm();
    const QCommandLineOption bits = option::rsaBits();
    common.addTo(p);
    env.addTo(p);
    wait.addTo(p);
    for (const auto *o : {&dryRun, &report, &skipBad, &alg, &bits})
        p.addOption(*o);
    if (auto done = parseCommandLine(p, BatchUsage,
                                     OnboardText::tr("Onboards one journal per row of a CSV file with "
                                                     "Alternative 1; a second run continues the same "
                                                     "onboardings."),
                                     args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(BatchUsage, OnboardText::tr("Give one CSV file."));
    const bool json = p.isSet(common.json);

    auto file = BatchFile::read(p.positionalArguments().first());
    if (!file)
        return fail(file.error(), json, ExitInput);
    auto environment = resolveEnvironment(p, env);
    if (!environment)
        return fail(environment.error(), json, ExitInput);
    CliServices services = makeServices(p, common);
    auto profile = services.factory->profile(p.value(env.profile), environment->kind);
    if (!profile)
        return fail(profile.error(), json, ExitInput);
    const auto algorithm = crypto::algorithmFromName(p.value(alg).trimmed().toUpper());
    if (!algorithm)
        return usageError(BatchUsage, OnboardText::tr("Unknown algorithm «%1».").arg(p.value(alg)));
    bool bitsOk = false;
    const int rsaBits = p.value(bits).toInt(&bitsOk);
    if (!bitsOk)
        return usageError(BatchUsage, OnboardText::tr("--bits takes a number, e.g. 4096."));

    // Every problem, with the row number a spreadsheet shows.
    const fleet::BatchValidator validator(profile->allScopeNames());
    const QList<fleet::BatchProblem> problems = validator.validate(file.value());
    for (const fleet::BatchProblem &problem : problems)
        err(problem.error.toString());
    const QList<int> badRows = fleet::BatchValidator::rowsWithProblems(problems);
    const fleet::BatchIdentityIndex index(services.store().list().onboardings);
    if (p.isSet(dryRun)) {
        int continuing = 0;
        for (const BatchRow &row : file->rows())
            if (!badRows.contains(row.row) && index.find(row, environment->name()))
                ++continuing;
        const int good = int(file->rows().size()) - int(badRows.size());
        err(OnboardText::tr("%n row(s) checked: %1 with problems, %2 to start, %3 to continue.", "",
                            int(file->rows().size()))
                .arg(badRows.size())
                .arg(good - continuing)
                .arg(continuing));
        return badRows.isEmpty() ? ExitOk : ExitInput;
    }
    if (!badRows.isEmpty() && !p.isSet(skipBad))
        return fail(Error(QStringLiteral("cli.batch.problems"),
                          OnboardText::tr("%n row(s) have problems (listed above). Correct them, or run the "
                                          "other rows with --skip-bad-rows.",
                                          "", int(badRows.size()))),
                    json, ExitInput);

    if (auto chosen = services.chooseSecretStore(p.value(common.keyStore), QString(), p, common); !chosen)
        return fail(chosen.error(), json);
    const auto keyKind = p.value(common.keyStore) == QLatin1String("keychain")
                             ? onboarding::KeyReference::Kind::Keychain
                             : onboarding::KeyReference::Kind::EncryptedFile;
    services.factory->setApiKey(apiKeyOverride(p, env));
    onboarding::OnboardingServices s = services.servicesFor(profile.value());
    if (auto ok = applyWaitOptions(p, wait, s.options); !ok)
        return fail(ok.error(), json, ExitUsage);
    // Many onboardings at once: none listens for the portal's redirect on its own port; checks notice it.
    s.options.listenForConfirmation = false;
    auto budget = budgetFromSettings();
    services.factory->http().setGate(budget);
    QObject::connect(budget.get(), &fleet::RequestBudget::paused, budget.get(), [](auto duration) {
        err(OnboardText::tr("HelseID asked us to slow down: pausing %1 s.")
                .arg((duration.count() + 999) / 1000));
    });

    BatchReport result;
    QList<int> lineOfDriver; // driver index -> report line
    FleetDriver driver(p.isSet(wait.noWait) ? FleetDriver::Goal::UntilWaiting
                                            : FleetDriver::Goal::UntilReady);
    driver.setMaxActive(budget->limits().maxConcurrent);
    for (const BatchRow &row : file->rows()) {
        BatchReport::Line line{row, {}, {}};
        if (badRows.contains(row.row)) {
            line.problem = OnboardText::tr("Skipped: the row has problems.");
            result.add(line);
            continue;
        }
        const OnboardingData *existing = index.find(row, environment->name());
        std::unique_ptr<Onboarding> onboarding;
        std::unique_ptr<onboarding::OnboardingLock> lock;
        if (existing && existing->state != State::Cancelled) {
            auto held = services.store().lock(existing->id);
            auto data = held ? services.store().load(existing->id) : Result<OnboardingData>(held.error());
            if (!data) {
                line.data = *existing;
                line.problem = data.error().toString();
                result.add(line);
                continue;
            }
            if (fleet::applyRowContact(row, data->setup)) {
                if (auto saved = services.store().save(data.value()); !saved) {
                    line.data = data.value();
                    line.problem = saved.error().toString();
                    result.add(line);
                    continue;
                }
            }
            line.data = data.value();
            if (data->state == State::Ready || data->state == State::Exported ||
                (!data->keyReference.isNull() && data->keyReference.kind != keyKind)) {
                // Nothing to do (ready), or its key is in the other key store (resume it by itself).
                result.add(line);
                continue;
            }
            lock = std::move(held.value());
            onboarding = std::make_unique<Onboarding>(data.value(), s);
        } else {
            auto created = Onboarding::create(fleet::setupForRow(row, *environment, profile.value(),
                                                                 p.value(env.profile), *algorithm, rsaBits),
                                              s);
            if (!created) {
                line.problem = created.error().toString();
                result.add(line);
                continue;
            }
            onboarding.reset(created.value());
            auto held = services.store().lock(onboarding->id());
            if (!held) {
                line.data = onboarding->data();
                line.problem = held.error().toString();
                result.add(line);
                continue;
            }
            lock = std::move(held.value());
        }
        line.data = onboarding->data();
        lineOfDriver.append(int(result.lines().size()));
        result.add(line);
        driver.add(std::move(onboarding), std::move(lock));
    }

    QObject::connect(&driver, &FleetDriver::stateChanged, &driver, [&](int i, State state) {
        const Onboarding &o = driver.at(i);
        if (json)
            jsonEvent(QStringLiteral("state"),
                      {{QStringLiteral("onboarding"), o.id()},
                       {QStringLiteral("row"), result.lines().at(lineOfDriver.at(i)).row.row},
                       {QStringLiteral("state"), onboarding::stateName(state)},
                       {QStringLiteral("clientId"), o.data().clientId}});
        else
            err(OnboardText::tr("Row %1 (%2): %3")
                    .arg(result.lines().at(lineOfDriver.at(i)).row.row)
                    .arg(o.data().setup.journalName, onboarding::stateLabel(state)));
    });
    int exitCode = ExitOk;
    QObject::connect(&driver, &FleetDriver::finished, &driver, [] { QCoreApplication::exit(0); });
    onInterrupt(&driver, [&driver, &exitCode] {
        err(OnboardText::tr(
            "Interrupted. Nothing is lost: run the same file again, or «sfmctl watch --all»."));
        exitCode = ExitCancelled;
        driver.stopAll();
    });
    driver.start();
    if (!driver.allFinished())
        QCoreApplication::exec();
    QThreadPool::globalInstance()->waitForDone();

    // The report from what the onboardings are now.
    BatchReport final;
    QHash<int, int> driverOfLine;
    for (int i = 0; i < lineOfDriver.size(); ++i)
        driverOfLine.insert(lineOfDriver.at(i), i);
    bool anyFailed = false;
    for (int l = 0; l < result.lines().size(); ++l) {
        BatchReport::Line line = result.lines().at(l);
        if (const auto it = driverOfLine.constFind(l); it != driverOfLine.cend()) {
            line.data = driver.at(*it).data();
            if (line.data.state == State::Failed) {
                line.problem = line.data.failure.toString();
                anyFailed = true;
            }
        }
        final.add(line);
    }
    if (const int written = finishReport(final, p.value(report), json); written != ExitOk)
        return written;
    if (exitCode != ExitOk)
        return exitCode;
    if (anyFailed)
        return ExitFailure;
    const auto summary = final.summary();
    return summary.ready == summary.rows - summary.skipped ? ExitOk : ExitNotReady;
}

} // namespace sfm::cli
