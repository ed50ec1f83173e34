#include "CliOutput.h"
#include "Commands.h"
#include "DesktopNotifier.h"
#include "ExitCodes.h"
#include "KeyExpiryText.h"
#include "OnboardingCli.h"

#include "helseid/KeyExpiry.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "storage/AgentState.h"

#include <QEventLoop>
#include <QJsonObject>

// sfmctl renew ID | renew --due [--within 30d]: renews a client's HelseID key through the self-service API
// (the engine's KeyRenewal: crash-safe, a renewal cut short is continued by the next run), and removes keys
// whose grace period is over. --due is what the renewal agent runs daily; it records the run for
// `sfmctl agent status` (agent-state.json).
namespace sfm::cli {

namespace {

using onboarding::Onboarding;
using onboarding::OnboardingData;
using onboarding::State;
using Item = storage::AgentRunItem;

const QString Usage = QStringLiteral("sfmctl renew (ID | --due [--within 30d]) [--json] [--dir FOLDER] "
                                     "[--passphrase-stdin]");

struct Outcome
{
    Item::Result result = Item::Result::NotDue;
    QString message; // one line, translated
    int exitCode = ExitOk;
    OnboardingData data; // as it is after the run
};

// Run by systemd with its output in the journal (the agent's service): systemd sets JOURNAL_STREAM.
bool underJournal()
{
    return qEnvironmentVariableIsSet("JOURNAL_STREAM");
}

QString nameOf(const OnboardingData &d)
{
    return d.setup.journalName.isEmpty() ? d.id.left(8)
                                         : QStringLiteral("%1 (%2)").arg(d.setup.journalName, d.id.left(8));
}

Result<helseid::VendorProfile> profileFor(const OnboardingData &d)
{
    // As `resume`: the profile the onboarding was made with (its secret-body shape), the demo one for demo.
    if (!d.setup.vendorProfile.isEmpty())
        return helseid::VendorProfile::load(d.setup.vendorProfile);
    if (d.setup.environment.kind == helseid::Environment::Kind::Demo)
        return helseid::VendorProfile::demo();
    return helseid::VendorProfile();
}

bool isReady(const OnboardingData &d)
{
    return d.state == State::Ready || d.state == State::Exported;
}

// The onboarding with its key store open; an outcome when it cannot be run here.
class Runner
{
public:
    Runner(CliServices &services, const QCommandLineParser &parser, const CommonOptions &common, bool json)
        : m_services(services)
        , m_parser(parser)
        , m_common(common)
        , m_json(json)
    {}

    // Renews (or continues a renewal); then removes an old key whose grace period is over.
    Outcome renew(const OnboardingData &data)
    {
        Outcome outcome;
        auto o = open(data, outcome);
        if (!o)
            return outcome;
        Error finished;
        QEventLoop loop;
        QObject::connect(o.get(), &Onboarding::renewalFinished, &loop, [&](const Error &e) {
            finished = e;
            loop.quit();
        });
        o->renewKey();
        loop.exec();
        outcome.data = o->data();
        if (!finished.isNull()) {
            const bool portal = finished.code == QLatin1String("onboarding.renewal.portal_only") ||
                                finished.code == QLatin1String("onboarding.renewal.expired");
            outcome.result = portal ? Item::Result::Portal : Item::Result::Failed;
            outcome.message = finished.message;
            outcome.exitCode = portal ? ExitNotReady : exitCodeFor(finished);
            return outcome;
        }
        outcome.result = Item::Result::Renewed;
        outcome.message = OnboardText::tr("renewed: new key ID %1, expires %2")
                              .arg(outcome.data.kid, keyExpiryText(outcome.data));
        return outcome;
    }

    // Removes the key a renewal replaced when its grace period is over (HelseID's time decides).
    void retireIfDue(const OnboardingData &data)
    {
        if (data.previousKey.isNull() || data.previousKey.removeAfter > QDateTime::currentDateTimeUtc())
            return;
        Outcome ignored;
        auto o = open(data, ignored);
        if (!o)
            return;
        QEventLoop loop;
        QObject::connect(o.get(), &Onboarding::previousKeyChecked, &loop, [&](bool removed) {
            if (removed && !m_json)
                err(OnboardText::tr("%1: the previous key's grace period is over; it is removed.")
                        .arg(nameOf(data)));
            loop.quit();
        });
        o->retirePreviousKey();
        loop.exec();
    }

private:
    std::unique_ptr<Onboarding> open(const OnboardingData &data, Outcome &outcome)
    {
        outcome.data = data;
        auto profile = profileFor(data);
        if (!profile) {
            outcome = {Item::Result::Failed, profile.error().message, ExitInput, data};
            return nullptr;
        }
        const onboarding::KeyReference &ref = data.keyReference;
        if (auto chosen = m_services.chooseSecretStore(
                onboarding::KeyReference::kindName(ref.kind),
                ref.kind == onboarding::KeyReference::Kind::EncryptedFile ? ref.service : QString(), m_parser,
                m_common);
            !chosen) {
            outcome = {Item::Result::Skipped, chosen.error().message, exitCodeFor(chosen.error()), data};
            return nullptr;
        }
        auto o = std::make_unique<Onboarding>(data, m_services.servicesFor(profile.value()));
        QObject::connect(o.get(), &Onboarding::progress, o.get(), [this, id = data.id](const QString &line) {
            if (underJournal())
                return; // the journal gets one line per onboarding (report()), not every step
            if (m_json)
                jsonEvent(QStringLiteral("progress"),
                          {{QStringLiteral("onboarding"), id}, {QStringLiteral("message"), line}});
            else
                err(line);
        });
        return o;
    }

    CliServices &m_services;
    const QCommandLineParser &m_parser;
    const CommonOptions &m_common;
    bool m_json;
};

// The journal's priority for a line (sd-daemon's "<N>" prefix, which the journal reads off stdout/stderr):
// a failure is an error, a portal renewal a warning, the rest information.
QString journalPriority(Item::Result result)
{
    switch (result) {
    case Item::Result::Failed:
        return QStringLiteral("<3>");
    case Item::Result::Portal:
        return QStringLiteral("<4>");
    default:
        return QStringLiteral("<6>");
    }
}

void report(const Outcome &outcome, bool json)
{
    if (json) {
        QJsonObject fields = summary(outcome.data);
        fields.insert(QStringLiteral("result"), storage::AgentState::resultName(outcome.result));
        fields.insert(QStringLiteral("message"), outcome.message);
        jsonEvent(QStringLiteral("renew"), fields);
        return;
    }
    // One line per onboarding, never a secret: the journal name, the client and what happened.
    out((underJournal() ? journalPriority(outcome.result) : QString()) +
        QStringLiteral("%1  %2").arg(nameOf(outcome.data), outcome.message));
}

// What needs a person after an unattended run, as a desktop notification (the same lines are in the
// journal): failed renewals and keys to renew in the portal.
void notifyPerson(const QList<Outcome> &outcomes)
{
    QStringList lines;
    for (const Outcome &o : outcomes) {
        if (o.result == Item::Result::Failed)
            lines.append(OnboardText::tr("%1: the key renewal failed. Run «sfmctl renew %2» to see why.")
                             .arg(nameOf(o.data), o.data.id.left(8)));
        else if (o.result == Item::Result::Portal)
            lines.append(o.data.keyExpiresAt.isValid()
                             ? OnboardText::tr("%1: renew the key in HelseID's portal before %2.")
                                   .arg(nameOf(o.data), keyExpiryText(o.data))
                             : OnboardText::tr("%1: renew the key in HelseID's portal.").arg(nameOf(o.data)));
    }
    DesktopNotifier::notify(OnboardText::tr("SFM: a HelseID key needs you"), lines);
}

Item itemFor(const Outcome &outcome)
{
    Item item;
    item.onboardingId = outcome.data.id;
    item.clientId = outcome.data.clientId;
    item.result = outcome.result;
    item.message = outcome.message;
    if (outcome.data.keyExpiresAt.isValid())
        item.expiresAt = outcome.data.keyExpiresAt;
    return item;
}

// An onboarding whose lock another process holds (or that cannot be locked): skipped, with who has it.
Outcome inUseOutcome(const onboarding::OnboardingStore &store, const OnboardingData &data, const Error &error)
{
    Outcome outcome{Item::Result::Skipped, error.message, exitCodeFor(error), data};
    if (error.code != QLatin1String("storage.onboarding.locked"))
        return outcome;
    if (const auto holder = store.lockHolder(data.id))
        outcome.message = OnboardText::tr("skipped: in use by %1").arg(holder->describe());
    return outcome;
}

int renewDue(Runner &runner, onboarding::OnboardingStore &store, int windowDays, bool json)
{
    storage::AgentRun run;
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.windowDays = windowDays;
    const auto listing = store.list();
    QList<Outcome> outcomes;
    int inUse = 0;
    for (const OnboardingData &listed : listing.onboardings) {
        if (!isReady(listed))
            continue; // nothing to renew before the client works
        Outcome outcome;
        // One process per onboarding (as resume and scopes): held while it is renewed and its old key
        // retired, then let go before the next one.
        auto lock = store.lock(listed.id);
        if (!lock) {
            outcome = inUseOutcome(store, listed, lock.error());
            inUse += lock.error().code == QLatin1String("storage.onboarding.locked") ? 1 : 0;
        } else if (auto loaded = store.load(listed.id); !loaded) {
            outcome = {Item::Result::Failed, loaded.error().message, ExitInput, listed};
        } else {
            const OnboardingData &d = loaded.value(); // as the last holder saved it
            const helseid::KeyExpiry expiry(
                d.keyExpiresAt.isValid() ? std::optional<QDateTime>(d.keyExpiresAt) : std::nullopt);
            if (d.renewal.isActive() || expiry.isDueWithin(QDateTime::currentDateTimeUtc(), windowDays)) {
                outcome = runner.renew(d);
            } else {
                outcome.data = d;
                outcome.message = OnboardText::tr("not due: the key expires %1").arg(keyExpiryText(d));
            }
            if (outcome.result != Item::Result::Failed)
                runner.retireIfDue(outcome.data);
        }
        report(outcome, json);
        run.items.append(itemFor(outcome));
        outcomes.append(outcome);
    }
    notifyPerson(outcomes);
    for (const Error &e : listing.problems)
        err(OnboardText::tr("Skipped: %1").arg(e.toString()));
    // An onboarding in use by another program is not renewed by this run: like a portal renewal, it waits
    // (exit 7), and the next run tries it again.
    run.exitCode = run.count(Item::Result::Failed) > 0                ? int(ExitFailure)
                   : run.count(Item::Result::Portal) > 0 || inUse > 0 ? int(ExitNotReady)
                                                                      : int(ExitOk);
    run.finishedAt = QDateTime::currentDateTimeUtc();
    if (auto recorded = storage::AgentState().record(run); !recorded)
        err(recorded.error().toString());
    if (!json)
        err(OnboardText::tr("%1 renewed, %2 failed, %3 to renew in the portal, %4 not due.")
                .arg(run.count(Item::Result::Renewed))
                .arg(run.count(Item::Result::Failed))
                .arg(run.count(Item::Result::Portal))
                .arg(run.count(Item::Result::NotDue)));
    if (inUse > 0 && !json)
        err(OnboardText::tr("%n skipped: in use by another program (the next run tries again).", "", inUse));
    return run.exitCode;
}

} // namespace

int runRenew(const QStringList &args)
{
    quietLibraryLogs();
    QCommandLineParser p;
    CommonOptions common;
    common.addTo(p);
    const QCommandLineOption due(QStringLiteral("due"),
                                 OnboardText::tr("Renew every ready onboarding whose key expires within the "
                                                 "window (what the renewal agent runs)."));
    const QCommandLineOption within(
        QStringLiteral("within"),
        OnboardText::tr("The window for --due: days (30d, 30) or weeks (4w). Default: 30 days."),
        OnboardText::tr("days"), QStringLiteral("30d"));
    p.addOption(due);
    p.addOption(within);
    if (auto done = parseCommandLine(
            p, Usage,
            OnboardText::tr("Registers a new key for the client with HelseID, authenticated with the current "
                            "key, proves it with a token, switches to it and re-exports the EPJ "
                            "configuration. The old key is kept for 14 days. A renewal cut short is "
                            "continued by the next run."),
            args))
        return *done;
    const bool json = p.isSet(common.json);
    const int positional = int(p.positionalArguments().size());
    if (p.isSet(due) == (positional == 1) || positional > 1)
        return usageError(Usage, OnboardText::tr("Give either an onboarding (its id, client id or journal "
                                                 "name) or --due."));
    if (p.isSet(within) && !p.isSet(due))
        return usageError(Usage, OnboardText::tr("--within goes with --due."));
    auto window = helseid::KeyExpiry::parseWindow(p.value(within));
    if (!window)
        return fail(window.error(), json, ExitUsage);

    CliServices services = makeServices(p, common);
    Runner runner(services, p, common, json);
    if (p.isSet(due))
        return renewDue(runner, services.store(), window.value(), json);

    auto found = services.store().find(p.positionalArguments().first());
    if (!found)
        return fail(found.error(), json, ExitInput);
    // One process per onboarding: held until the command ends, and read again once held (as resume).
    auto lock = services.store().lock(found->id);
    if (!lock)
        return fail(lock.error(), json); // in use: "in use by … since …", exit 7
    auto data = services.store().load(found->id);
    if (!data)
        return fail(data.error(), json, ExitInput);
    const Outcome outcome = runner.renew(data.value());
    if (outcome.result != Item::Result::Failed)
        runner.retireIfDue(outcome.data);
    report(outcome, json);
    return outcome.exitCode;
}

} // namespace sfm::cli
