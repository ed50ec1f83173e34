#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "KeyExpiryText.h"
#include "OnboardingCli.h"

#include "onboarding/EpjConfiguration.h"
#include "onboarding/KeyDestination.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "storage/SecretStore.h"

#include <QDir>
#include <QFileInfo>
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
        const QString folder = QDir::toNativeSeparators(store->directory());
        if (listing.onboardings.isEmpty() && listing.problems.isEmpty())
            err(OnboardText::tr("No onboardings in %1.").arg(folder));
        else if (listing.onboardings.isEmpty())
            err(OnboardText::tr("No onboarding in %1 can be used: every file there was refused (below).")
                    .arg(folder));
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

namespace {

// The destinations the onboarding's vendor profile allows (all, with no JWK, when its profile is not
// found here: the export then only writes what the user asked for).
helseid::VendorProfile::KeyDestinations destinationsFor(CliServices &services, const OnboardingData &data)
{
    const QString saved = data.setup.vendorProfile;
    const QString path =
        saved.startsWith(QLatin1String("builtin:")) || saved.startsWith(u':') ? QString() : saved;
    auto profile = services.factory->profile(path, data.setup.environment.kind);
    return profile ? profile->keyDestinations : helseid::VendorProfile::KeyDestinations();
}

} // namespace

int runExport(const QStringList &args)
{
    quietLibraryLogs();
    const QString usage = QStringLiteral(
        "sfmctl export ID [--out FILE] [--dir FOLDER] [--key-to keychain|file|transfer] [--key-file PATH] "
        "[--owner ACCOUNT] [--passphrase-stdin]");
    QCommandLineParser p;
    CommonOptions common;
    common.addTo(p);
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     OnboardText::tr("Write the configuration here (default: print it)."),
                                     QStringLiteral("file"));
    const QCommandLineOption keyTo(
        QStringLiteral("key-to"),
        OnboardText::tr("Where the EPJ reads the key: keychain (this user's, the default unless the vendor "
                        "profile names another), file (a key file only --owner may read) or transfer (a "
                        "passphrase-protected file for another computer; the passphrase from stdin)."),
        QStringLiteral("keychain|file|transfer"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     OnboardText::tr("The key file (with --key-to file) or the transfer file "
                                                     "(with --key-to transfer) to write."),
                                     QStringLiteral("path"));
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   OnboardText::tr("The account the EPJ runs as: it alone may read the key "
                                                   "file (with --key-to file)."),
                                   QStringLiteral("account"));
    for (const auto *o : {&outFile, &keyTo, &keyFile, &owner})
        p.addOption(*o);
    if (auto done =
            parseCommandLine(p, usage,
                             OnboardText::tr("Writes the EPJ configuration of a ready onboarding "
                                             "(docs/epj-config.md). It never contains the private key; "
                                             "--key-to says where the EPJ reads the key."),
                             args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(usage,
                          OnboardText::tr("Say which onboarding (its id, client id or journal name)."));
    const bool json = p.isSet(common.json);
    CliServices services = makeServices(p, common);
    onboarding::OnboardingStore *store = &services.store();
    auto found = store->find(p.positionalArguments().first());
    if (!found)
        return fail(found.error(), json, ExitInput);
    if (!p.isSet(outFile) && p.isSet(keyTo))
        return usageError(usage, OnboardText::tr("--key-to needs --out FILE: the configuration names where "
                                                 "the key went."));
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
    if (!p.isSet(outFile)) {
        onboarding::Onboarding o(data.value(), services.servicesFor({}));
        auto configuration = o.configurationJson();
        if (!configuration)
            return fail(configuration.error(), json, ExitNotReady);
        out(QString::fromUtf8(configuration.value()).trimmed());
        return ExitOk;
    }

    const auto allowed = destinationsFor(services, data.value());
    const QString kindName = p.isSet(keyTo) ? p.value(keyTo) : allowed.defaultKind;
    const auto kind = onboarding::KeyDestination::kindFromName(kindName);
    if (!kind)
        return usageError(usage, OnboardText::tr("--key-to is keychain, file or transfer."));
    if (!allowed.supported.contains(kindName))
        return fail(Error(QStringLiteral("cli.key_destination"),
                          OnboardText::tr("The vendor profile says the EPJ cannot read the key from «%1»; it "
                                          "reads it from: %2.")
                              .arg(kindName, allowed.supported.join(QStringLiteral(", ")))),
                    json, ExitUsage);
    onboarding::KeyDestination destination;
    destination.kind = *kind;
    destination.path = p.isSet(keyFile) ? QFileInfo(p.value(keyFile)).absoluteFilePath() : QString();
    destination.owner = p.value(owner);
    destination.jwk = destination.kind == onboarding::KeyDestination::Kind::ServiceFile && allowed.jwk;
    if (destination.kind != onboarding::KeyDestination::Kind::Keychain && !p.isSet(keyFile))
        return usageError(usage, OnboardText::tr("--key-to %1 needs --key-file PATH.").arg(kindName));
    if (destination.kind == onboarding::KeyDestination::Kind::ServiceFile && !p.isSet(owner))
        return usageError(usage, OnboardText::tr("--key-to file needs --owner ACCOUNT."));
    if (destination.kind == onboarding::KeyDestination::Kind::Transfer && !p.isSet(common.passphraseStdin))
        return usageError(usage, OnboardText::tr("--key-to transfer needs --passphrase-stdin: the transfer "
                                                 "file's passphrase on a line of stdin."));

    // The key is read from where the onboarding keeps it: a passphrase-protected file takes the first
    // line of stdin; a transfer file's passphrase is the next line.
    const onboarding::KeyReference &ref = data->keyReference;
    if (destination.kind != onboarding::KeyDestination::Kind::Keychain) {
        const bool inFile = ref.kind == onboarding::KeyReference::Kind::EncryptedFile;
        if (auto chosen = services.chooseSecretStore(inFile ? QStringLiteral("encrypted-file")
                                                            : QStringLiteral("keychain"),
                                                     inFile ? ref.service : QString(), p, common);
            !chosen)
            return fail(chosen.error(), json);
    }
    SecureBytes passphrase;
    if (destination.kind == onboarding::KeyDestination::Kind::Transfer)
        passphrase = SecureBytes(readStdinLine());

    onboarding::Onboarding o(data.value(), services.servicesFor({}));
    int exitCode = ExitFailure;
    const QString path = p.value(outFile);
    o.exportConfiguration(path, destination, passphrase, [&](Result<void> written) {
        if (!written) {
            exitCode = fail(written.error(), json,
                            written.error().code == QLatin1String("onboarding.not_ready") ? ExitNotReady
                            : written.error().code.startsWith(QLatin1String("onboarding.handover.no_")) ||
                                    written.error().code == QLatin1String("onboarding.handover.owner")
                                ? ExitInput
                                : ExitFailure);
        } else {
            err(OnboardText::tr("The EPJ configuration is written to %1.")
                    .arg(QDir::toNativeSeparators(path)));
            if (destination.kind == onboarding::KeyDestination::Kind::ServiceFile)
                err(OnboardText::tr("The key is in %1, readable only by %2.")
                        .arg(QDir::toNativeSeparators(destination.path), destination.owner));
            else if (destination.kind == onboarding::KeyDestination::Kind::Transfer)
                err(OnboardText::tr(
                        "The key is in the transfer file %1. On the EPJ's computer, as the account "
                        "the EPJ runs as: sfmctl key install FILE --passphrase-stdin --config "
                        "CONFIGURATION")
                        .arg(QDir::toNativeSeparators(destination.path)));
            exitCode = ExitOk;
        }
        QCoreApplication::exit(exitCode);
    });
    QCoreApplication::exec();
    return exitCode;
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
                                   OnboardText::tr("The scope to ask for (default: nhn:selvbetjening/client, "
                                                   "else the client's first scope that is not SFM's)."),
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
    const QString wanted = p.value(scope); // empty: the engine's default, never an SFM scope
    if (onboarding::isSfmScope(wanted)) {
        // HelseID gives SFM scopes only to a user login (authorization code flow), never to client
        // credentials.
        const QString id = p.positionalArguments().value(0, QStringLiteral("ID"));
        return fail(
            Error(QStringLiteral("cli.token.needs_user"),
                  OnboardText::tr("SFM needs a user: HelseID gives a token for «%1» only to a person "
                                  "logged in with this client, never to the client alone. To prove that "
                                  "the EPJ can call SFM, run the test login: «sfmctl login-test %2».")
                      .arg(wanted, id)),
            json, ExitUsage);
    }

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
                              {QStringLiteral("jwt"), !(token.header.isEmpty() && token.claims.isEmpty())},
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
                if (token.header.isEmpty() && token.claims.isEmpty()) {
                    out(OnboardText::tr("The token is opaque (not a JWT): it carries no claims this program "
                                        "can read. Only the API it is meant for can look inside it."));
                } else {
                    out(OnboardText::tr("Header:"));
                    out(QString::fromUtf8(QJsonDocument(token.header).toJson(QJsonDocument::Indented))
                            .trimmed());
                    out(OnboardText::tr("Claims:"));
                    out(QString::fromUtf8(QJsonDocument(token.claims).toJson(QJsonDocument::Indented))
                            .trimmed());
                }
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
