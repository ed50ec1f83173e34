#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "OnboardOptions.h"
#include "OnboardingCli.h"

#include "helseid/Environment.h"
#include "net/HttpClient.h"
#include "onboarding/ContactDetails.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/OrganizationNumber.h"
#include "onboarding/ServiceFactory.h"
#include "storage/SecretStore.h"
#include "storage/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>

// sfmctl onboard and sfmctl resume: Alternative 1 from start to a ready client on the command line, with
// progress on stderr (or JSON events on stdout), waiting for confirmation and signing unless --no-wait.
namespace sfm::cli {

using onboarding::Onboarding;
using onboarding::OnboardingServices;
using onboarding::OnboardingSetup;
using onboarding::State;

namespace {

const QString OnboardUsage = QStringLiteral(
    "sfmctl onboard --environment demo|test|prod|custom [--sim-url URL | --sim-info JSON] --org NUMBER "
    "[--child-org NUMBER]… [--sfm-id ID] [--scope SCOPE]… [--contact-email ADDRESS] [--contact-language "
    "nb|nn|en] "
    "[--profile FILE] [--alg ALG] [--no-wait] [--json]");
const QString ResumeUsage = QStringLiteral("sfmctl resume ID [--signed] [--no-wait] [--json] [--dir FOLDER]");

} // namespace

Error inputError(const QString &message)
{
    return Error(QStringLiteral("cli.input"), message);
}

// The issuer, API and portal of the chosen environment.
Result<helseid::Environment> resolveEnvironment(const QCommandLineParser &p, const EnvironmentOptions &e)
{
    const QString name = p.isSet(e.environment) ? p.value(e.environment) : storage::Settings().environment();
    if (name == QLatin1String("test") || name == QLatin1String("prod"))
        return helseid::Environment::fromName(name);
    if (name == QLatin1String("demo")) {
        QUrl issuer;
        QUrl api;
        QUrl portal;
        if (p.isSet(e.simInfo)) {
            const auto json = simAnnouncement(p.value(e.simInfo));
            if (!json)
                return json.error();
            const QJsonObject o = QJsonDocument::fromJson(json.value()).object();
            issuer = QUrl(o.value(QStringLiteral("issuer")).toString());
            api = QUrl(o.value(QStringLiteral("api")).toString());
            portal = QUrl(o.value(QStringLiteral("portal")).toString());
        } else if (p.isSet(e.simUrl)) {
            issuer = QUrl(p.value(e.simUrl).chopped(p.value(e.simUrl).endsWith(u'/') ? 1 : 0));
            api = QUrl(issuer.toString() + QStringLiteral("/api"));
            portal = QUrl(issuer.toString() + QStringLiteral("/portal"));
        } else {
            return inputError(
                OnboardText::tr("The demo environment needs the simulator: start it with «sfmctl "
                                "sim» and give its address with --sim-url or its start line with "
                                "--sim-info."));
        }
        if (!issuer.isValid() || issuer.host().isEmpty() || !api.isValid() || !portal.isValid())
            return inputError(OnboardText::tr("The simulator's addresses could not be read. Give --sim-url "
                                              "http://127.0.0.1:PORT."));
        return helseid::Environment::demo(issuer, api, portal);
    }
    if (name == QLatin1String("custom")) {
        const QUrl issuer(p.value(e.issuer));
        const QUrl api(p.value(e.api));
        const QUrl portal(p.value(e.portal));
        if (issuer.host().isEmpty() || api.host().isEmpty() || portal.host().isEmpty())
            return inputError(OnboardText::tr("A custom environment needs --issuer, --api and --portal."));
        return helseid::Environment::custom(issuer, api, portal);
    }
    return inputError(OnboardText::tr("Unknown environment «%1»: use demo, test, prod or custom.").arg(name));
}

SecureBytes apiKeyOverride(const QCommandLineParser &p, const EnvironmentOptions &e)
{
    if (p.isSet(e.apiKeyStdin))
        return SecureBytes(readStdinLine());
    return SecureBytes(qgetenv("SFM_API_KEY"));
}

// Applies the wait options to the onboarding's options; an error for values that make no sense.
Result<void> applyWaitOptions(const QCommandLineParser &p, const WaitOptions &w,
                              onboarding::OnboardingOptions &o)
{
    if (p.isSet(w.deadline)) {
        const auto seconds = parseDuration(p.value(w.deadline));
        if (!seconds)
            return inputError(OnboardText::tr("Could not read the deadline «%1»: write e.g. 14d, 36h or 90m.")
                                  .arg(p.value(w.deadline)));
        o.deadlineSeconds = *seconds;
    } else {
        o.deadlineSeconds = storage::Settings().deadlineSeconds();
    }
    auto number = [&p](const QCommandLineOption &option, int min, int max, int &target) -> bool {
        if (!p.isSet(option))
            return true;
        bool ok = false;
        const int v = p.value(option).toInt(&ok);
        if (!ok || v < min || v > max)
            return false;
        target = v;
        return true;
    };
    if (!number(w.pollInterval, 1, 3600, o.pollInitialSeconds) ||
        !number(w.pollMax, 1, 3600, o.pollMaxSeconds) ||
        !number(w.cacheDelay, 0, 600, o.confirmationCacheSeconds))
        return inputError(OnboardText::tr("Give the polling times in whole seconds (1–3600)."));
    o.pollMaxSeconds = std::max(o.pollMaxSeconds, o.pollInitialSeconds);
    if (p.isSet(w.noListen))
        o.listenForConfirmation = false;
    return {};
}

namespace {

Result<RunOptions> runOptions(const QCommandLineParser &p, const WaitOptions &w, const CommonOptions &c)
{
    RunOptions r;
    r.json = p.isSet(c.json);
    r.noWait = p.isSet(w.noWait);
    r.exportPath = p.value(w.exportTo);
    if (p.isSet(w.stopAfter)) {
        const auto state = onboarding::stateFromName(p.value(w.stopAfter));
        if (!state)
            return inputError(OnboardText::tr("Unknown step «%1» for --stop-after: use key-ready, "
                                              "awaiting-confirmation or awaiting-access.")
                                  .arg(p.value(w.stopAfter)));
        r.stopAfter = state;
    }
    return r;
}

// What onboard and resume share once the profile and key store are settled: the API key given outside the
// profile (read after the passphrase: stdin gives the passphrase first), the services and the wait options.
struct Prepared
{
    OnboardingServices services;
    RunOptions run;
};

Result<Prepared> prepareRun(const QCommandLineParser &p, CliServices &services,
                            const helseid::VendorProfile &profile, const EnvironmentOptions &env,
                            const WaitOptions &wait, const CommonOptions &common)
{
    services.factory->setApiKey(apiKeyOverride(p, env));
    Prepared prepared{services.servicesFor(profile), {}};
    if (auto ok = applyWaitOptions(p, wait, prepared.services.options); !ok)
        return ok.error();
    auto run = runOptions(p, wait, common);
    if (!run)
        return run.error();
    prepared.run = run.value();
    return prepared;
}

} // namespace

int runOnboard(const QStringList &args)
{
    quietLibraryLogs();
    QCommandLineParser p;
    CommonOptions common;
    EnvironmentOptions env;
    WaitOptions wait;
    const QCommandLineOption org =
        option::organization(OnboardText::tr("The organization number (9 digits)."));
    const QCommandLineOption child(QStringLiteral("child-org"),
                                   OnboardText::tr("A child unit's organization number (repeat for more)."),
                                   QStringLiteral("number"));
    const QCommandLineOption sfmId(
        QStringLiteral("sfm-id"),
        OnboardText::tr("An existing journal's SFM-id (leave out for a new journal: "
                        "HelseID assigns one)."),
        QStringLiteral("id"));
    const QCommandLineOption name =
        option::journalName(OnboardText::tr("Your name for the journal, for lists."));
    const QCommandLineOption scope(
        QStringLiteral("scope"),
        OnboardText::tr("A scope to ask for (repeat for more); default: the profile's "
                        "preselected scopes."),
        QStringLiteral("scope"));
    const QCommandLineOption alg = option::algorithm();
    const QCommandLineOption bits = option::rsaBits();
    const ContactOptions contact;
    common.addTo(p);
    env.addTo(p);
    wait.addTo(p);
    contact.addTo(p);
    for (const auto *o : {&org, &child, &sfmId, &name, &scope, &alg, &bits})
        p.addOption(*o);
    if (auto done =
            parseCommandLine(p, OnboardUsage,
                             OnboardText::tr("Onboards one journal with Alternative 1: makes the key, "
                                             "keeps it in the keychain, registers the client draft, "
                                             "waits for confirmation and signing."),
                             args))
        return *done;
    if (!p.positionalArguments().isEmpty())
        return usageError(OnboardUsage,
                          OnboardText::tr("Unexpected argument: %1").arg(p.positionalArguments().first()));
    const bool json = p.isSet(common.json);
    if (!p.isSet(org))
        return usageError(OnboardUsage, OnboardText::tr("Give the organization number with --org."));

    auto environment = resolveEnvironment(p, env);
    if (!environment)
        return fail(environment.error(), json, ExitInput);
    CliServices services = makeServices(p, common);
    auto profile = services.factory->profile(p.value(env.profile), environment->kind);
    if (!profile)
        return fail(profile.error(), json, ExitInput);

    OnboardingSetup setup;
    setup.alternative = onboarding::Alternative::Api;
    setup.environment = *environment;
    setup.vendorProfile = p.value(env.profile);
    setup.organizationNumber = onboarding::normalizedOrganizationNumber(p.value(org));
    for (const QString &c : p.values(child))
        setup.childOrganizationNumbers.append(onboarding::normalizedOrganizationNumber(c));
    setup.journalName = p.value(name);
    if (p.isSet(sfmId)) {
        setup.journal = OnboardingSetup::Journal::Existing;
        setup.existingSfmId = p.value(sfmId).trimmed();
    }
    setup.scopes = p.isSet(scope) ? p.values(scope) : profile->preselectedScopes();
    if (auto read = readContactOptions(p, contact, setup.contactEmail, setup.contactLanguage); !read)
        return fail(read.error(), json, ExitInput);
    if (!profile->scopes.isEmpty()) {
        for (const QString &s : setup.scopes) {
            if (!profile->scope(s))
                return fail(
                    inputError(OnboardText::tr("The Klientmal does not offer the scope «%1». Offered: %2")
                                   .arg(s, profile->allScopeNames().join(QStringLiteral(", ")))),
                    json, ExitInput);
        }
    }
    const auto algorithm = crypto::algorithmFromName(p.value(alg).trimmed().toUpper());
    if (!algorithm)
        return usageError(OnboardUsage, OnboardText::tr("Unknown algorithm «%1».").arg(p.value(alg)));
    setup.algorithm = *algorithm;
    bool bitsOk = false;
    setup.rsaBits = p.value(bits).toInt(&bitsOk);
    if (!bitsOk)
        return usageError(OnboardUsage, OnboardText::tr("--bits takes a number, e.g. 4096."));

    if (auto chosen = services.chooseSecretStore(p.value(common.keyStore), QString(), p, common); !chosen)
        return fail(chosen.error(), json);
    auto prepared = prepareRun(p, services, profile.value(), env, wait, common);
    if (!prepared)
        return fail(prepared.error(), json, ExitUsage);

    auto created = Onboarding::create(setup, prepared->services);
    if (!created)
        return fail(created.error(), json);
    std::unique_ptr<Onboarding> onboarding(created.value());
    // Held until the command ends, so a `resume` meanwhile is refused rather than working a second copy.
    auto lock = services.store().lock(onboarding->id());
    if (!lock)
        return fail(lock.error(), json);
    if (json)
        jsonEvent(QStringLiteral("created"), summary(onboarding->data()));
    else
        err(OnboardText::tr("Onboarding %1 started (%2, organization %3).")
                .arg(onboarding->id(), setup.environment.name(), setup.organizationNumber));
    return runOnboarding(*onboarding, prepared->run);
}

int runResume(const QStringList &args)
{
    quietLibraryLogs();
    QCommandLineParser p;
    CommonOptions common;
    EnvironmentOptions env;
    WaitOptions wait;
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      OnboardText::tr("After a lost registration answer: use this client ID "
                                                      "(from the portal) instead of making a new draft."),
                                      QStringLiteral("id"));
    const QCommandLineOption signedOption(
        QStringLiteral("signed"),
        OnboardText::tr(
            "For a client that cannot see its own status (no nhn:selvbetjening/client): you checked "
            "in the portal that the agreement documents are signed."));
    common.addTo(p);
    wait.addTo(p);
    p.addOption(env.profile);
    p.addOption(env.apiKeyStdin);
    p.addOption(clientId);
    p.addOption(signedOption);
    if (auto done =
            parseCommandLine(p, ResumeUsage,
                             OnboardText::tr("Continues an unfinished onboarding from where it stopped "
                                             "(after a crash, a restart, --no-wait or an error)."),
                             args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(ResumeUsage,
                          OnboardText::tr("Say which onboarding to resume (see «sfmctl list»)."));
    const bool json = p.isSet(common.json);

    CliServices services = makeServices(p, common);
    auto found = services.store().find(p.positionalArguments().first());
    if (!found)
        return fail(found.error(), json, ExitInput);
    // One process per onboarding: held until the command ends. Read again once held, so this process
    // continues from what the last holder saved.
    auto lock = services.store().lock(found->id);
    if (!lock)
        return fail(lock.error(), json);
    auto data = services.store().load(found->id);
    if (!data)
        return fail(data.error(), json, ExitInput);
    if (data->state == State::Ready || data->state == State::Exported) {
        if (json)
            jsonEvent(QStringLiteral("done"), summary(data.value()));
        else
            for (const QString &line : describe(data.value()))
                out(line);
        return ExitOk;
    }
    if (data->state == State::Cancelled)
        return fail(
            Error(QStringLiteral("cli.cancelled"),
                  OnboardText::tr("This onboarding was cancelled. Start a new one with «sfmctl onboard».")),
            json, ExitCancelled);

    const onboarding::KeyReference &ref = data->keyReference;
    const QString kind =
        ref.isNull() ? p.value(common.keyStore) : onboarding::KeyReference::kindName(ref.kind);
    if (auto chosen = services.chooseSecretStore(
            kind, ref.kind == onboarding::KeyReference::Kind::EncryptedFile ? ref.service : QString(), p,
            common);
        !chosen)
        return fail(chosen.error(), json);

    // The profile the onboarding was made with, unless another is given; the built-in one is found again
    // by the locator (practice mode only). The wizard resumes through the same call.
    Error savedUnusable;
    auto located = services.factory->resumeProfile(p.value(env.profile), data.value(), &savedUnusable);
    if (!savedUnusable.isNull()) {
        if (json)
            jsonEvent(QStringLiteral("notice"), {{QStringLiteral("message"), savedUnusable.message}});
        else
            err(savedUnusable.message);
    }
    Result<helseid::VendorProfile> profile = located ? Result<helseid::VendorProfile>(located->profile)
                                                     : Result<helseid::VendorProfile>(located.error());
    if (!profile && !data->isBeforeRegistration() && p.value(env.profile).isEmpty())
        profile = helseid::VendorProfile(); // the client exists: waiting needs no Klientmal API key
    if (!profile)
        return fail(profile.error(), json, ExitInput);

    auto prepared = prepareRun(p, services, profile.value(), env, wait, common);
    if (!prepared)
        return fail(prepared.error(), json, ExitUsage);

    Onboarding onboarding(data.value(), prepared->services);
    if (p.isSet(clientId)) {
        if (auto adopted = onboarding.adoptClientId(p.value(clientId)); !adopted)
            return fail(adopted.error(), json, ExitInput);
    }
    if (p.isSet(signedOption)) {
        if (auto confirmed = onboarding.confirmSigned(); !confirmed)
            return fail(confirmed.error(), json, ExitUsage);
    }
    if (json)
        jsonEvent(QStringLiteral("resumed"), summary(onboarding.data()));
    else
        err(OnboardText::tr("Resuming onboarding %1 (%2).")
                .arg(onboarding.id(), onboarding::stateLabel(onboarding.state())));
    return runOnboarding(onboarding, prepared->run);
}

} // namespace sfm::cli
