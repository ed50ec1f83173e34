#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "KeyExpiryText.h"
#include "OnboardingCli.h"

#include "onboarding/EpjConfiguration.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"
#include "storage/SecretStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

// sfmctl status, list, export and token: reading onboardings, handing the EPJ its configuration, and proving
// that configuration works with a real token.
namespace sfm::cli {

using onboarding::EpjConfiguration;
using onboarding::OnboardingData;
using onboarding::State;

int runStatus(const QStringList &args)
{
    quietLibraryLogs();
    const QString usage = QStringLiteral("sfmctl status ID [--json] [--dir FOLDER]");
    QCommandLineParser p;
    CommonOptions common;
    common.addTo(p);
    if (auto done = parseCommandLine(p, usage, OnboardText::tr("Shows where an onboarding stands."), args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(usage,
                          OnboardText::tr("Say which onboarding (its id, client id or journal name)."));
    const bool json = p.isSet(common.json);
    const CliServices services = makeServices(p, common);
    onboarding::OnboardingStore *store = &services.store();
    auto data = store->find(p.positionalArguments().first());
    if (!data)
        return fail(data.error(), json, ExitInput);
    const auto holder = store->lockHolder(data->id);
    if (json) {
        QJsonObject o = summary(data.value());
        if (holder)
            o.insert(QStringLiteral("inUseBy"), holder->toJson());
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        for (const QString &line : describe(data.value()))
            out(line);
        if (holder)
            out(OnboardText::tr("In use by: %1").arg(holder->describe()));
    }
    if (data->state == State::Failed)
        return exitCodeFor(data->failure);
    if (onboarding::isWaitingState(data->state))
        return ExitNotReady;
    return ExitOk;
}

int runList(const QStringList &args)
{
    quietLibraryLogs();
    const QString usage = QStringLiteral("sfmctl list [--json] [--dir FOLDER]");
    QCommandLineParser p;
    CommonOptions common;
    common.addTo(p);
    if (auto done = parseCommandLine(p, usage, OnboardText::tr("Lists the onboardings in the folder."), args))
        return *done;
    const bool json = p.isSet(common.json);
    const CliServices services = makeServices(p, common);
    onboarding::OnboardingStore *store = &services.store();
    const auto listing = store->list();
    if (json) {
        QJsonArray array;
        for (const OnboardingData &d : listing.onboardings) {
            QJsonObject o = summary(d);
            if (const auto holder = store->lockHolder(d.id))
                o.insert(QStringLiteral("inUseBy"), holder->toJson());
            array.append(o);
        }
        QJsonArray problems;
        for (const Error &e : listing.problems)
            problems.append(QJsonObject{{QStringLiteral("code"), e.code},
                                        {QStringLiteral("message"), e.message},
                                        {QStringLiteral("detail"), e.detail}});
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("directory"), store->directory()},
                                                        {QStringLiteral("onboardings"), array},
                                                        {QStringLiteral("problems"), problems}})
                                  .toJson(QJsonDocument::Compact)));
    } else {
        if (listing.onboardings.isEmpty())
            err(OnboardText::tr("No onboardings in %1.").arg(QDir::toNativeSeparators(store->directory())));
        for (const OnboardingData &d : listing.onboardings) {
            out(QStringLiteral("%1  %2  %3  %4  %5  %6")
                    .arg(d.id.left(8), onboarding::stateName(d.state).leftJustified(21),
                         d.setup.organizationNumber, d.clientId.isEmpty() ? QStringLiteral("-") : d.clientId,
                         d.kid.isEmpty() ? QStringLiteral("-") : keyExpiryText(d),
                         d.setup.journalName.isEmpty() ? d.setup.environment.name()
                                                       : d.setup.journalName + QStringLiteral(" (") +
                                                             d.setup.environment.name() + u')'));
            if (const auto holder = store->lockHolder(d.id))
                out(QStringLiteral("          ") + OnboardText::tr("in use by %1").arg(holder->describe()));
        }
        for (const Error &e : listing.problems)
            err(OnboardText::tr("Skipped: %1").arg(e.toString()));
    }
    return ExitOk;
}

int runExport(const QStringList &args)
{
    quietLibraryLogs();
    const QString usage = QStringLiteral("sfmctl export ID [--out FILE] [--dir FOLDER]");
    QCommandLineParser p;
    CommonOptions common;
    common.addTo(p);
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     OnboardText::tr("Write the configuration here (default: print it)."),
                                     QStringLiteral("file"));
    p.addOption(outFile);
    if (auto done =
            parseCommandLine(p, usage,
                             OnboardText::tr("Writes the EPJ configuration of a ready onboarding "
                                             "(docs/epj-config.md). It never contains the private key."),
                             args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(usage,
                          OnboardText::tr("Say which onboarding (its id, client id or journal name)."));
    const bool json = p.isSet(common.json);
    const CliServices services = makeServices(p, common);
    onboarding::OnboardingStore *store = &services.store();
    auto found = store->find(p.positionalArguments().first());
    if (!found)
        return fail(found.error(), json, ExitInput);
    // Writing the file moves the onboarding to Exported: only while no other process works it.
    std::unique_ptr<onboarding::OnboardingLock> lock;
    if (p.isSet(outFile)) {
        auto locked = store->lock(found->id);
        if (!locked)
            return fail(locked.error(), json);
        lock = std::move(locked).value();
    }
    auto data = store->load(found->id);
    if (!data)
        return fail(data.error(), json, ExitInput);
    onboarding::Onboarding o(data.value(), services.servicesFor({}));
    if (!p.isSet(outFile)) {
        auto configuration = o.configurationJson();
        if (!configuration)
            return fail(configuration.error(), json, ExitNotReady);
        out(QString::fromUtf8(configuration.value()).trimmed());
        return ExitOk;
    }
    if (auto written = o.exportConfiguration(p.value(outFile)); !written)
        return fail(written.error(), json,
                    written.error().code == QLatin1String("onboarding.not_ready") ? ExitNotReady
                                                                                  : ExitFailure);
    err(OnboardText::tr("The EPJ configuration is written to %1.")
            .arg(QDir::toNativeSeparators(p.value(outFile))));
    return ExitOk;
}

int runToken(const QStringList &args)
{
    quietLibraryLogs();
    const QString usage = QStringLiteral(
        "sfmctl token (ID | --config FILE) [--scope SCOPE] [--child-org NUMBER] [--show-token] [--json]");
    QCommandLineParser p;
    CommonOptions common;
    common.addTo(p);
    const QCommandLineOption config(QStringLiteral("config"),
                                    OnboardText::tr("An exported EPJ configuration file."),
                                    QStringLiteral("file"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   OnboardText::tr("The scope to ask for (default: the SFM scope)."),
                                   QStringLiteral("scope"));
    const QCommandLineOption child(QStringLiteral("child-org"),
                                   OnboardText::tr("Ask on behalf of this child unit."),
                                   QStringLiteral("number"));
    const QCommandLineOption showToken(
        QStringLiteral("show-token"),
        OnboardText::tr("Also print the access token itself (a secret: handle it "
                        "with care)."));
    for (const auto *o : {&config, &scope, &child, &showToken})
        p.addOption(*o);
    if (auto done =
            parseCommandLine(p, usage,
                             OnboardText::tr("Gets a client-credentials DPoP token with the client's key "
                                             "and shows its decoded header and claims."),
                             args))
        return *done;
    const bool json = p.isSet(common.json);

    CliServices services = makeServices(p, common);
    onboarding::OnboardingStore *store = &services.store();
    EpjConfiguration configuration;
    if (p.isSet(config)) {
        auto loaded = EpjConfiguration::load(p.value(config));
        if (!loaded)
            return fail(loaded.error(), json, ExitInput);
        configuration = loaded.value();
    } else if (p.positionalArguments().size() == 1) {
        auto data = store->find(p.positionalArguments().first());
        if (!data)
            return fail(data.error(), json, ExitInput);
        if (data->clientId.isEmpty() || data->keyReference.isNull())
            return fail(Error(QStringLiteral("onboarding.not_ready"),
                              OnboardText::tr("This onboarding has no client yet. Resume it first.")),
                        json, ExitNotReady);
        configuration = EpjConfiguration::fromOnboarding(data.value());
    } else {
        return usageError(usage, OnboardText::tr("Give an onboarding id or --config FILE."));
    }
    // The engine's own token path: the key from its store, checked against the configuration's thumbprint,
    // then a client-credentials DPoP token, as the onboarding itself gets one.
    auto data = configuration.toOnboardingData();
    if (!data)
        return fail(data.error(), json, ExitInput);
    if (auto chosen = services.chooseSecretStore(configuration.keyStorage,
                                                 configuration.keyStorage == QLatin1String("encrypted-file")
                                                     ? configuration.keyService
                                                     : QString(),
                                                 p, common);
        !chosen)
        return fail(chosen.error(), json);
    onboarding::OnboardingServices s = services.servicesFor({});
    s.store = nullptr; // a token changes nothing in the onboarding file
    onboarding::Onboarding onboarding(data.value(), s);
    const QString wanted = p.isSet(scope) ? p.value(scope)
                           : configuration.scopes.contains(QString::fromUtf16(onboarding::SfmApiScope))
                               ? QString::fromUtf16(onboarding::SfmApiScope)
                               : configuration.scopes.value(configuration.scopes.size() - 1);

    int exitCode = ExitFailure;
    QObject::connect(&onboarding, &onboarding::Onboarding::testTokenFailed, [&](const Error &error) {
        exitCode = fail(error, json);
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(
        &onboarding, &onboarding::Onboarding::testTokenReady, [&](const onboarding::TestToken &token) {
            if (json) {
                QJsonObject o{{QStringLiteral("scope"), token.scope},
                              {QStringLiteral("tokenType"), token.tokenType},
                              {QStringLiteral("expiresIn"), token.expiresIn},
                              {QStringLiteral("header"), token.header},
                              {QStringLiteral("claims"), token.claims}};
                if (p.isSet(showToken))
                    o.insert(QStringLiteral("accessToken"), QString::fromLatin1(token.accessToken));
                jsonEvent(QStringLiteral("token"), o);
            } else {
                out(OnboardText::tr("Token type: %1, expires in %2 s, scope %3")
                        .arg(token.tokenType)
                        .arg(token.expiresIn)
                        .arg(token.scope));
                out(OnboardText::tr("Header:"));
                out(QString::fromUtf8(QJsonDocument(token.header).toJson(QJsonDocument::Indented)).trimmed());
                out(OnboardText::tr("Claims:"));
                out(QString::fromUtf8(QJsonDocument(token.claims).toJson(QJsonDocument::Indented)).trimmed());
                if (p.isSet(showToken))
                    out(QString::fromLatin1(token.accessToken));
            }
            exitCode = ExitOk;
            QCoreApplication::exit(exitCode);
        });
    onboarding.requestTestToken(wanted, p.value(child));
    QCoreApplication::exec();
    return exitCode;
}

} // namespace sfm::cli
