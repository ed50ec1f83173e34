#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "OnboardOptions.h"
#include "OnboardingCli.h"

#include "SecureBytes.h"
#include "helseid/Environment.h"
#include "helseid/import/PortalConfigurationValidator.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/OrganizationNumber.h"
#include "onboarding/PackageFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

// sfmctl import FILE: reads the configuration the HelseID portal hands out for Alternatives 2 and 3 (its
// password-protected zip, or the JSON inside), checks it against the chosen environment and prints a summary
// — client id, key id, scopes, warnings — never the key. With --org it also keeps the key (keychain or the
// chosen key file) and starts an onboarding that waits until the client is ready, like `sfmctl onboard`.
namespace sfm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sfmctl)
};

constexpr int MaximumPasswordBytes = 1024;

const QString Usage = QStringLiteral(
    "sfmctl import FILE [--password-stdin] [--environment test|prod|demo] [--issuer URL | --sim-info JSON] "
    "[--json] [--org NUMBER [--name TEXT] [--contact-email ADDRESS] [--contact-language nb|nn|en] "
    "[--alternative 2|3] [--no-wait] [--delete-file] [--dir FOLDER] "
    "[--key-store keychain|file [--key-dir FOLDER] [--passphrase-stdin]]]");

// Reads one line from stdin as the zip's password. On a terminal the typing is not echoed.
SecureBytes readPasswordLine()
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        err(Text::tr("Password (from the SMS): "));
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QByteArray line(MaximumPasswordBytes + 2, '\0');
    const bool got = std::fgets(line.data(), int(line.size()), stdin) != nullptr;
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err(QString());
    }
#endif
    qsizetype length = got ? qsizetype(qstrlen(line.constData())) : 0;
    while (length > 0 && (line.at(length - 1) == '\n' || line.at(length - 1) == '\r'))
        --length;
    SecureBytes password(line.left(length));
    secureWipe(line);
    return password;
}

QString keyDescription(const onboarding::ImportSummary &summary)
{
    if (summary.rsa)
        return Text::tr("RSA, %1 bits").arg(summary.keyBits);
    return Text::tr("EC, %1").arg(summary.curve.isEmpty() ? QStringLiteral("?") : summary.curve);
}

QJsonObject summaryJson(const onboarding::ImportSummary &config, bool storing)
{
    QJsonArray warnings;
    for (const Error &warning : config.warnings)
        warnings.append(QJsonObject{{QStringLiteral("code"), warning.code},
                                    {QStringLiteral("message"), warning.message}});
    QJsonObject key{{QStringLiteral("kid"), config.kid},
                    {QStringLiteral("thumbprint"), config.thumbprint},
                    {QStringLiteral("type"), config.rsa ? QStringLiteral("RSA") : QStringLiteral("EC")},
                    {QStringLiteral("bits"), config.keyBits},
                    {QStringLiteral("source"), config.keySource}};
    if (config.algorithm)
        key.insert(QStringLiteral("alg"), crypto::algorithmName(*config.algorithm));
    return QJsonObject{{QStringLiteral("clientId"), config.clientId},
                       {QStringLiteral("clientName"), config.clientName},
                       {QStringLiteral("authority"), config.authority.toString()},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(config.scopes)},
                       {QStringLiteral("grantTypes"), QJsonArray::fromStringList(config.grantTypes)},
                       {QStringLiteral("redirectUris"), QJsonArray::fromStringList(config.redirectUris)},
                       {QStringLiteral("pkceRequired"), config.pkceRequired},
                       {QStringLiteral("canRenewKeyViaApi"), config.canRenewKeyViaApi},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("warnings"), warnings},
                       {QStringLiteral("stored"), storing}};
}

void printSummary(const onboarding::ImportSummary &config)
{
    out(Text::tr("Client ID:   %1").arg(config.clientId));
    if (!config.clientName.isEmpty())
        out(Text::tr("Client name: %1").arg(config.clientName));
    out(Text::tr("HelseID:     %1").arg(config.authority.toString()));
    out(Text::tr("Key:         %1, key ID (kid) %2").arg(keyDescription(config), config.kid));
    if (config.kid != config.thumbprint)
        out(Text::tr("Thumbprint:  %1").arg(config.thumbprint));
    out(Text::tr("Scopes:      %1")
            .arg(config.scopes.isEmpty() ? Text::tr("(none)") : config.scopes.join(QStringLiteral(" "))));
    out(Text::tr("Key renewal: %1")
            .arg(config.canRenewKeyViaApi ? Text::tr("automatic through the self-service API is possible")
                                          : Text::tr("in the portal only")));
    for (const Error &warning : config.warnings)
        err(Text::tr("Warning: %1").arg(warning.message));
}

struct ImportOptions
{
    QCommandLineOption password{
        QStringLiteral("password-stdin"),
        Text::tr("Read the zip file's password (sent by SMS) as the first line of standard input.")};
    QCommandLineOption environment{option::environment(
        Text::tr("The environment the file must be for: test, prod or demo. The file's HelseID address is "
                 "checked against it."))};
    QCommandLineOption issuer{
        option::issuer(Text::tr("Check the file against this HelseID issuer instead (checking only)."))};
    QCommandLineOption simInfo{option::simInfo()};
    QCommandLineOption org{option::organization(Text::tr(
        "Keep the key and start an onboarding for this organization number (9 digits); without it the "
        "file is only checked."))};
    QCommandLineOption name{
        option::journalName(Text::tr("Your name for the journal, for lists (default: the client's name)."))};
    QCommandLineOption alternative{
        QStringLiteral("alternative"),
        Text::tr("2 for a package link (default), 3 for a client made by hand in the portal."),
        QStringLiteral("2|3"), QStringLiteral("2")};
    QCommandLineOption noWait{option::noWait(
        Text::tr("Stop (exit 7) when the onboarding waits for the documents to be signed; continue with "
                 "«sfmctl resume»."))};
    QCommandLineOption deleteFile{
        QStringLiteral("delete-file"),
        Text::tr("Once the key is kept, overwrite and delete FILE (it holds the private key).")};
    ContactOptions contact; // --contact-email, --contact-language, as `sfmctl onboard`
};

// The environment for checking (expected issuer) and, when storing, its API and portal.
struct ChosenEnvironment
{
    std::optional<helseid::Environment> environment; // complete: needed to keep the key and onboard
    QUrl issuer;                                     // what the file is checked against
};

Result<ChosenEnvironment> chooseEnvironment(const QCommandLineParser &p, const ImportOptions &o)
{
    const QString name = p.value(o.environment).trimmed().toLower();
    ChosenEnvironment chosen;
    if (name == QLatin1String("test") || name == QLatin1String("prod")) {
        auto environment = helseid::Environment::fromName(name);
        if (!environment)
            return environment.error();
        chosen.environment = *environment;
        chosen.issuer = environment->issuer;
    } else if (name == QLatin1String("demo")) {
        if (p.isSet(o.simInfo)) {
            const auto line = simAnnouncement(p.value(o.simInfo));
            if (!line)
                return line.error();
            auto environment = helseid::Environment::demoFromAnnouncement(line.value());
            if (!environment)
                return environment.error();
            chosen.environment = *environment;
            chosen.issuer = environment->issuer;
        } else if (!p.isSet(o.issuer)) {
            return Error(
                QStringLiteral("cli.usage"),
                Text::tr("--environment demo needs the simulator: --sim-info with its start line, or "
                         "--issuer with its issuer address."));
        }
    } else if (!name.isEmpty()) {
        return Error(QStringLiteral("cli.usage"),
                     Text::tr("Unknown environment «%1». Use test, prod or demo.").arg(name));
    }
    if (p.isSet(o.issuer)) {
        const QUrl issuer(p.value(o.issuer), QUrl::StrictMode);
        if (!issuer.isValid() || issuer.host().isEmpty())
            return Error(QStringLiteral("cli.usage"),
                         Text::tr("--issuer needs an address such as https://helseid-sts.test.nhn.no."));
        if (!chosen.issuer.isEmpty() &&
            !helseid::PortalConfigurationValidator::sameIssuer(chosen.issuer, issuer))
            return Error(QStringLiteral("cli.usage"),
                         Text::tr("--issuer does not belong to --environment %1.").arg(name));
        chosen.issuer = issuer;
    }
    return chosen;
}

// Keeps the key and waits for the client like `sfmctl onboard`; the onboarding is resumable by its id.
int onboardImported(const QCommandLineParser &p, const ImportOptions &o, const CommonOptions &common,
                    const helseid::Environment &environment, const onboarding::ImportSummary &config,
                    const QString &path, const SecureBytes &password)
{
    const bool json = p.isSet(common.json);
    onboarding::OnboardingSetup setup;
    setup.alternative = p.value(o.alternative) == QLatin1String("3")
                            ? onboarding::Alternative::Manual
                            : onboarding::Alternative::PackageConfiguration;
    setup.environment = environment;
    setup.organizationNumber = onboarding::normalizedOrganizationNumber(p.value(o.org));
    setup.journalName = p.isSet(o.name) ? p.value(o.name) : config.clientName;
    setup.scopes = config.scopes;
    if (auto read = readContactOptions(p, o.contact, setup.contactEmail, setup.contactLanguage); !read)
        return fail(read.error(), json, ExitInput); // checked before the file was read: not expected
    // importPackage() settles these again from the file it reads.
    setup.algorithm = config.signingAlgorithm;
    if (config.rsa)
        setup.rsaBits = config.keyBits;

    CliServices services = makeServices(p, common);
    if (auto chosen = services.chooseSecretStore(p.value(common.keyStore), QString(), p, common); !chosen)
        return fail(chosen.error(), json);
    helseid::VendorProfile profile;
    if (environment.kind == helseid::Environment::Kind::Demo) {
        if (auto demo = helseid::VendorProfile::demo())
            profile = demo.value();
    }
    const onboarding::OnboardingServices s = services.servicesFor(profile);
    auto created = onboarding::Onboarding::create(setup, s);
    if (!created)
        return fail(created.error(), json, ExitInput);
    std::unique_ptr<onboarding::Onboarding> onboarding(created.value());
    auto lock = services.store().lock(onboarding->id()); // held until the command ends
    if (!lock)
        return fail(lock.error(), json);
    if (json)
        jsonEvent(QStringLiteral("created"), summary(onboarding->data()));
    else
        err(Text::tr("Onboarding %1 started (%2, organization %3, client %4).")
                .arg(onboarding->id(), setup.environment.name(), setup.organizationNumber, config.clientId));

    // Once the client is registered the key is kept: only then may the file go.
    const bool deleteFile = p.isSet(o.deleteFile);
    bool fileHandled = false;
    const onboarding::Onboarding *current = onboarding.get();
    QObject::connect(onboarding.get(), &onboarding::Onboarding::stateChanged, onboarding.get(),
                     [&fileHandled, deleteFile, path, json, current](onboarding::State state) {
                         if (fileHandled || state == onboarding::State::Draft ||
                             state == onboarding::State::KeyReady || state == onboarding::State::Failed ||
                             state == onboarding::State::Cancelled)
                             return;
                         fileHandled = true;
                         if (!deleteFile) {
                             err(onboarding::PackageFile::keepingFileNotice(*current, path));
                             return;
                         }
                         auto deleted = onboarding::PackageFile::secureDelete(path);
                         if (!deleted) {
                             err(deleted.error().toString());
                         } else {
                             if (json)
                                 jsonEvent(QStringLiteral("file-deleted"), {{QStringLiteral("path"), path}});
                             err(Text::tr("%1 was overwritten and deleted (on SSDs and in backups copies may "
                                          "remain).")
                                     .arg(QDir::toNativeSeparators(path)));
                         }
                     });
    // The onboarding reads the file again and keeps the key (under the kid and alg the portal registered
    // it with): the key never leaves the engine. The check above ran first so that a file that cannot be
    // used leaves no onboarding behind.
    onboarding->importPackage(path, password);

    RunOptions run;
    run.json = json;
    run.noWait = p.isSet(o.noWait);
    return runOnboarding(*onboarding, run);
}

} // namespace

int runImport(const QStringList &args)
{
    quietLibraryLogs();
    QCommandLineParser p;
    ImportOptions o;
    CommonOptions common;
    common.addTo(p);
    p.addOptions({o.password, o.environment, o.issuer, o.simInfo, o.org, o.name, o.alternative, o.noWait,
                  o.deleteFile});
    o.contact.addTo(p);
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The zip or JSON file from the portal."));
    if (auto done = parseCommandLine(
            p, Usage,
            Text::tr("Reads the configuration file the HelseID portal made for a client (Alternatives 2 and "
                     "3): the password-protected zip file, or the JSON file inside it. Checks it and prints "
                     "the client ID, the key ID, the scopes and any warnings; the private key is never "
                     "printed. With --org it also keeps the key (in the keychain, or with --key-store file "
                     "in a passphrase-protected file whose passphrase is the next line of standard input) "
                     "and waits, like «sfmctl onboard», until the client is ready."),
            args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(Usage, Text::tr("Give exactly one file to import."));
    const bool json = p.isSet(common.json);
    if (p.value(o.alternative) != QLatin1String("2") && p.value(o.alternative) != QLatin1String("3"))
        return usageError(Usage, Text::tr("--alternative is 2 (package link) or 3 (made by hand)."));
    const bool storing = p.isSet(o.org);
    if (!storing && (p.isSet(o.deleteFile) || p.isSet(o.noWait) || p.isSet(o.name)))
        return usageError(Usage,
                          Text::tr("--delete-file, --no-wait and --name need --org: without it the file "
                                   "is only checked."));
    if (!storing && (p.isSet(o.contact.email) || p.isSet(o.contact.language)))
        return usageError(Usage, Text::tr("--contact-email and --contact-language need --org: without it "
                                          "the file is only checked."));

    auto chosen = chooseEnvironment(p, o);
    if (!chosen) {
        if (chosen.error().code == QLatin1String("cli.usage"))
            return usageError(Usage, chosen.error().message);
        return fail(chosen.error(), json, ExitInput);
    }
    if (storing && !chosen->environment)
        return usageError(Usage,
                          Text::tr("Keeping the key needs the environment: --environment test or prod, "
                                   "or demo with --sim-info."));
    if (storing) {
        if (auto org =
                onboarding::checkOrganizationNumber(onboarding::normalizedOrganizationNumber(p.value(o.org)));
            !org)
            return fail(org.error(), json, ExitInput);
        QString email, language;
        if (auto contact = readContactOptions(p, o.contact, email, language); !contact)
            return fail(contact.error(), json, ExitInput);
    }

    SecureBytes password;
    if (p.isSet(o.password))
        password = readPasswordLine();

    const QString path = p.positionalArguments().first();
    auto config = onboarding::PackageFile::check(path, password, chosen->issuer);
    if (!config) {
        // A missing libarchive is this installation's fault, not the file's: a failure, not bad input.
        const bool noReader = config.error().code == QLatin1String("import.zip_reader_missing");
        const int code = fail(config.error(), json, noReader ? ExitFailure : ExitInput);
        if (config.error().code == QLatin1String("import.password_required") && !p.isSet(o.password))
            err(Text::tr("Give the password with --password-stdin."));
        return code;
    }

    if (json)
        jsonEvent(QStringLiteral("imported"), summaryJson(*config, storing));
    else
        printSummary(*config);

    if (!storing) {
        err(Text::tr(
            "The file was checked; the key was not kept. To keep it and start an onboarding, add --org "
            "with the organization number."));
        return ExitOk;
    }
    return onboardImported(p, o, common, *chosen->environment, *config, path, password);
}

} // namespace sfm::cli
