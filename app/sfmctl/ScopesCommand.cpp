#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "OnboardOptions.h"
#include "OnboardingCli.h"

#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingLock.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "storage/Settings.h"

#include <QEventLoop>

// sfmctl scopes ID --add SCOPE --remove SCOPE: changes the API scopes of a ready client through the
// self-service API (the engine's ScopeChange: the client is read and written back whole, only its scopes
// changed), then waits as `resume` does until every scope is ok — a new scope may need the agreement
// documents signed again; the scope's statusReason says so. Holds the onboarding's lock throughout.
namespace sfm::cli {

namespace {

using onboarding::Onboarding;
using onboarding::State;

const QString Usage =
    QStringLiteral("sfmctl scopes ID [--add SCOPE]… [--remove SCOPE]… [--no-wait] [--profile FILE] "
                   "[--poll-interval SECONDS] [--poll-max SECONDS] [--json] [--dir FOLDER] "
                   "[--passphrase-stdin]");

// --add a --add b, or --add a,b
QStringList scopeValues(const QStringList &values)
{
    QStringList scopes;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            if (!scopes.contains(part.trimmed()))
                scopes.append(part.trimmed());
        }
    }
    return scopes;
}

int exitCodeForChange(const Error &error)
{
    static const QStringList input = {
        QStringLiteral("onboarding.scopes.not_offered"), QStringLiteral("onboarding.scopes.required"),
        QStringLiteral("onboarding.scopes.both"), QStringLiteral("onboarding.scopes.unchanged")};
    if (input.contains(error.code))
        return ExitInput;
    if (error.code == QLatin1String("onboarding.scopes.portal_only") ||
        error.code == QLatin1String("onboarding.scopes.not_ready") ||
        error.code == QLatin1String("onboarding.scopes.busy"))
        return ExitNotReady;
    return exitCodeFor(error);
}

} // namespace

int runScopes(const QStringList &args)
{
    quietLibraryLogs();
    QCommandLineParser p;
    CommonOptions common;
    common.addTo(p);
    const QCommandLineOption add(QStringLiteral("add"),
                                 OnboardText::tr("Add this scope (one the vendor profile offers)."),
                                 OnboardText::tr("scope"));
    const QCommandLineOption remove(QStringLiteral("remove"), OnboardText::tr("Remove this scope."),
                                    OnboardText::tr("scope"));
    const QCommandLineOption noWait =
        option::noWait(OnboardText::tr("Stop (exit 7) when the new scope waits for signing."));
    const QCommandLineOption profileOption =
        option::profile(OnboardText::tr("The vendor profile (default: the one the onboarding used)."));
    const QCommandLineOption pollInterval = option::pollInterval();
    const QCommandLineOption pollMax = option::pollMax();
    for (const auto *o : {&add, &remove, &noWait, &profileOption, &pollInterval, &pollMax})
        p.addOption(*o);
    if (auto done = parseCommandLine(
            p, Usage,
            OnboardText::tr("Adds or removes API scopes of a ready client. The client is read from HelseID "
                            "and written back with only its scopes changed; then it waits until HelseID "
                            "grants the new scopes (the agreement documents may have to be signed again)."),
            args))
        return *done;
    const bool json = p.isSet(common.json);
    const QStringList added = scopeValues(p.values(add));
    const QStringList removed = scopeValues(p.values(remove));
    if (p.positionalArguments().size() != 1)
        return usageError(Usage, OnboardText::tr("Say which onboarding to change (see «sfmctl list»)."));
    if (added.isEmpty() && removed.isEmpty())
        return usageError(Usage, OnboardText::tr("Give at least one --add or --remove."));

    CliServices services = makeServices(p, common);
    auto found = services.store().find(p.positionalArguments().first());
    if (!found)
        return fail(found.error(), json, ExitInput);
    // One process per onboarding, as `resume`: held until the command ends, and read again once held.
    auto lock = services.store().lock(found->id);
    if (!lock)
        return fail(lock.error(), json);
    auto data = services.store().load(found->id);
    if (!data)
        return fail(data.error(), json, ExitInput);

    const onboarding::KeyReference &ref = data->keyReference;
    if (auto chosen = services.chooseSecretStore(
            onboarding::KeyReference::kindName(ref.kind),
            ref.kind == onboarding::KeyReference::Kind::EncryptedFile ? ref.service : QString(), p, common);
        !chosen)
        return fail(chosen.error(), json);
    // The scopes offered come from the vendor profile, so it is needed (not only its API key).
    QString profilePath = p.value(profileOption);
    const QString saved = data->setup.vendorProfile;
    if (profilePath.isEmpty() && !saved.startsWith(QLatin1String("builtin:")) && !saved.startsWith(u':'))
        profilePath = saved;
    auto profile = services.factory->profile(profilePath, data->setup.environment.kind);
    if (!profile)
        return fail(profile.error(), json, ExitInput);

    onboarding::OnboardingServices s = services.servicesFor(profile.value());
    s.options.deadlineSeconds = storage::Settings().deadlineSeconds();
    s.options.listenForConfirmation = false; // the client is confirmed: only signing is awaited
    for (const auto &[option, target] : {std::pair{&pollInterval, &s.options.pollInitialSeconds},
                                         std::pair{&pollMax, &s.options.pollMaxSeconds}}) {
        if (!p.isSet(*option))
            continue;
        bool ok = false;
        const int v = p.value(*option).toInt(&ok);
        if (!ok || v < 1 || v > 3600)
            return usageError(Usage, OnboardText::tr("Give the polling times in whole seconds (1–3600)."));
        *target = v;
    }
    s.options.pollMaxSeconds = std::max(s.options.pollMaxSeconds, s.options.pollInitialSeconds);

    Onboarding o(data.value(), s);
    Error changed;
    {
        QEventLoop loop;
        QObject::connect(&o, &Onboarding::progress, &loop, [json](const QString &line) {
            if (json)
                jsonEvent(QStringLiteral("progress"), {{QStringLiteral("message"), line}});
            err(line);
        });
        QObject::connect(&o, &Onboarding::scopesChanged, &loop, [&](const Error &e) {
            changed = e;
            loop.quit();
        });
        o.changeScopes(added, removed); // refusals are answered at once, the rest from the event loop
        if (o.isChangingScopes())
            loop.exec();
    }
    if (!changed.isNull())
        return fail(changed, json, exitCodeForChange(changed));
    {
        // The first check (right away) says what HelseID wants now, e.g. the documents signed again: shown
        // before --no-wait stops.
        QEventLoop loop;
        QObject::connect(&o, &Onboarding::accessStatusChanged, &loop, &QEventLoop::quit);
        QObject::connect(&o, &Onboarding::stateChanged, &loop, &QEventLoop::quit);
        QObject::connect(&o, &Onboarding::errorOccurred, &loop, &QEventLoop::quit);
        loop.exec();
        for (const auto &scope : o.data().scopeStatuses)
            err(QStringLiteral("  %1: %2%3")
                    .arg(scope.scope, scope.status,
                         scope.statusReason.isEmpty() ? QString()
                                                      : QStringLiteral(" — ") + scope.statusReason));
    }
    // AwaitingAccess now: waits like `resume` (the scopes' statusReason printed as it changes).
    RunOptions run;
    run.json = json;
    run.noWait = p.isSet(noWait);
    return runOnboarding(o, run);
}

} // namespace sfm::cli
