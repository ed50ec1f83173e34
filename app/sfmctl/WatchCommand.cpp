#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "Interrupt.h"
#include "OnboardOptions.h"
#include "OnboardingCli.h"

#include "fleet/FleetDriver.h"
#include "fleet/OnboardingAttention.h"
#include "fleet/RequestBudget.h"
#include "net/HttpClient.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "storage/Settings.h"

#include <QThreadPool>

// sfmctl watch: follows waiting onboardings (after a batch, or a support person's whole folder) until each
// is ready or its deadline passes, one status line per change. Ctrl+C stops waiting; nothing is lost.
namespace sfm::cli {

using fleet::FleetDriver;
using onboarding::Onboarding;
using onboarding::OnboardingData;
using onboarding::State;

int runWatch(const QStringList &args)
{
    quietLibraryLogs();
    const QString usage = QStringLiteral("sfmctl watch [--all | ID…] [--poll-interval S] [--cache-delay S] "
                                         "[--deadline D] [--dir FOLDER] [--json]");
    QCommandLineParser p;
    CommonOptions common;
    EnvironmentOptions env;
    WaitOptions wait;
    const QCommandLineOption all(QStringLiteral("all"),
                                 OnboardText::tr("Every onboarding in the folder that waits for someone."));
    common.addTo(p);
    for (const auto *o :
         {&wait.deadline, &wait.pollInterval, &wait.pollMax, &wait.cacheDelay, &wait.noListen})
        p.addOption(*o);
    p.addOption(env.profile);
    p.addOption(all);
    if (auto done = parseCommandLine(p, usage,
                                     OnboardText::tr("Follows waiting onboardings until they are ready or "
                                                     "their deadline passes."),
                                     args))
        return *done;
    const bool json = p.isSet(common.json);
    if (p.isSet(all) == !p.positionalArguments().isEmpty())
        return usageError(usage,
                          OnboardText::tr("Give --all or the onboardings to follow (see «sfmctl list»)."));

    CliServices services = makeServices(p, common);
    QList<OnboardingData> chosen;
    if (p.isSet(all)) {
        for (const OnboardingData &d : services.store().list().onboardings)
            if (onboarding::isWaitingState(d.state) || d.state == State::Registered)
                chosen.append(d);
    } else {
        for (const QString &id : p.positionalArguments()) {
            auto found = services.store().find(id);
            if (!found)
                return fail(found.error(), json, ExitInput);
            chosen.append(found.value());
        }
    }
    if (chosen.isEmpty()) {
        err(OnboardText::tr("No onboarding waits for anyone."));
        return ExitOk;
    }
    // The keys are where --key-store says (the keychain by default); one in the other kind of store is left
    // for `sfmctl resume`, which finds its store by itself.
    if (auto store = services.chooseSecretStore(p.value(common.keyStore), QString(), p, common); !store)
        return fail(store.error(), json);
    const auto wantedKind = p.value(common.keyStore) == QLatin1String("keychain")
                                ? onboarding::KeyReference::Kind::Keychain
                                : onboarding::KeyReference::Kind::EncryptedFile;

    storage::Settings settings;
    fleet::RequestLimits limits;
    limits.maxConcurrent = settings.maxConcurrentRequests();
    limits.requestsPerSecond = settings.requestsPerSecond();
    auto budget = std::make_shared<fleet::RequestBudget>(limits);
    services.factory->http().setGate(budget);

    FleetDriver driver(FleetDriver::Goal::UntilReady);
    int skipped = 0;
    for (const OnboardingData &found : chosen) {
        auto lock = services.store().lock(found.id);
        auto data = lock ? services.store().load(found.id) : Result<OnboardingData>(lock.error());
        if (!data) {
            err(OnboardText::tr("%1: %2").arg(found.id, data.error().toString()));
            ++skipped;
            continue;
        }
        if (data->keyReference.kind != wantedKind) {
            err(OnboardText::tr("%1: its key is in the other key store; follow it with «sfmctl resume %1».")
                    .arg(found.id));
            ++skipped;
            continue;
        }
        // The profile is needed only before registration; waiting needs no Klientmal API key.
        auto profile = services.factory->profile(p.value(env.profile), data->setup.environment.kind);
        onboarding::OnboardingServices s =
            services.servicesFor(profile ? profile.value() : helseid::VendorProfile());
        if (auto ok = applyWaitOptions(p, wait, s.options); !ok)
            return fail(ok.error(), json, ExitUsage);
        s.options.listenForConfirmation = false;
        driver.add(std::make_unique<Onboarding>(data.value(), s), std::move(lock.value()));
    }

    const auto line = [&driver, json](int i) {
        const OnboardingData &d = driver.at(i).data();
        if (json) {
            QJsonObject o = summary(d);
            o.insert(QStringLiteral("next"), fleet::OnboardingAttention::waitingForText(d));
            jsonEvent(QStringLiteral("state"), o);
        } else {
            out(OnboardText::tr("%1  %2  %3 — %4")
                    .arg(d.id.left(8),
                         d.setup.journalName.isEmpty() ? d.setup.organizationNumber : d.setup.journalName,
                         onboarding::stateLabel(d.state), fleet::OnboardingAttention::waitingForText(d)));
        }
    };
    QObject::connect(&driver, &FleetDriver::stateChanged, &driver, [line](int i, State) { line(i); });
    QObject::connect(&driver, &FleetDriver::finished, &driver, [] { QCoreApplication::exit(0); });
    int exitCode = -1;
    onInterrupt(&driver, [&driver, &exitCode] {
        err(OnboardText::tr("Interrupted. Nothing is lost: continue with «sfmctl watch --all»."));
        exitCode = ExitCancelled;
        driver.stopAll();
    });
    for (int i = 0; i < driver.count(); ++i)
        line(i);
    driver.start();
    if (!driver.allFinished())
        QCoreApplication::exec();
    QThreadPool::globalInstance()->waitForDone();
    if (exitCode >= 0)
        return exitCode;
    int ready = 0;
    for (int i = 0; i < driver.count(); ++i)
        if (driver.reachedGoal(i))
            ++ready;
    err(OnboardText::tr("%1 of %n onboarding(s) ready.", "", int(chosen.size())).arg(ready));
    return ready == int(chosen.size()) ? ExitOk : (skipped > 0 ? ExitNotReady : ExitFailure);
}

} // namespace sfm::cli
