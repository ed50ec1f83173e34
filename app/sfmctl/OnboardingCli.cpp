#include "OnboardingCli.h"

#include "CliOutput.h"
#include "ExitCodes.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "storage/SecretStore.h"

#include <QJsonDocument>

// What the onboarding commands share besides parsing and the run loop: exit codes and error reports, and the
// services a command runs with.
namespace sfm::cli {

int exitCodeFor(const Error &error)
{
    const QString &c = error.code;
    auto starts = [&c](const char *prefix) { return c.startsWith(QLatin1String(prefix)); };
    // Another process works the onboarding (or saved it meanwhile): like a wait, try again later.
    if (c == QLatin1String("onboarding.deadline") || c == QLatin1String("storage.onboarding.locked") ||
        c == QLatin1String("storage.onboarding.changed"))
        return ExitNotReady;
    if (c == QLatin1String("onboarding.draft.uncertain") || c == QLatin1String("net.refused_insecure") ||
        c == QLatin1String("net.bad_url"))
        return c == QLatin1String("onboarding.draft.uncertain") ? ExitNetwork : ExitInput;
    if (starts("net.") || starts("helseid.discovery.") || c == QLatin1String("helseid.api.http.429") ||
        c.startsWith(QLatin1String("helseid.api.http.5")))
        return ExitNetwork;
    if (starts("helseid.api.") || starts("helseid.oauth.") || c == QLatin1String("helseid.login.refused"))
        return ExitRefused;
    if (c == QLatin1String("helseid.login.timeout") || c == QLatin1String("helseid.login.cancelled"))
        return ExitCancelled;
    if (starts("storage.keychain.") || starts("storage.file.") || starts("storage.key.") ||
        starts("onboarding.key.") || c == QLatin1String("onboarding.no_secret_store"))
        return ExitKeychain;
    if (starts("onboarding.orgnr.") || starts("onboarding.setup.") || starts("onboarding.sfmid.") ||
        starts("profile.") || starts("storage.onboarding.") || starts("onboarding.config.") ||
        starts("onboarding.file.") || c == QLatin1String("onboarding.no_api_key") ||
        c == QLatin1String("onboarding.not_ready") || starts("cli."))
        return ExitInput;
    return ExitFailure;
}

void jsonEvent(const QString &name, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), name);
    out(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
}

QJsonObject errorJson(const Error &error)
{
    return {{QStringLiteral("code"), error.code},
            {QStringLiteral("message"), error.message},
            {QStringLiteral("detail"), error.detail}};
}

namespace {

// A hint for the command line on top of the error's own "what next".
QString cliHint(const Error &error)
{
    // "failed" too: without a session bus (SSH, a server) the keychain cannot even be asked, and QtKeychain
    // reports that as an unspecific error rather than "no backend".
    if (error.code == QLatin1String("storage.keychain.unavailable") ||
        error.code == QLatin1String("storage.keychain.failed"))
        return OnboardText::tr(
            "On the command line: run again with --key-store file --passphrase-stdin to keep "
            "the key in a passphrase-protected file instead.");
    if (error.code == QLatin1String("onboarding.key.store_mismatch"))
        return OnboardText::tr("On the command line: give the passphrase with --passphrase-stdin.");
    return {};
}

} // namespace

int fail(const Error &error, bool json, int exitCode)
{
    const int code = exitCode >= 0 ? exitCode : exitCodeFor(error);
    if (json) {
        QJsonObject fields = errorJson(error);
        fields.insert(QStringLiteral("exitCode"), code);
        if (const QString hint = cliHint(error); !hint.isEmpty())
            fields.insert(QStringLiteral("hint"), hint);
        jsonEvent(QStringLiteral("error"), fields);
    }
    err(OnboardText::tr("Error: %1").arg(error.toString()));
    if (const QString hint = cliHint(error); !hint.isEmpty())
        err(hint);
    return code;
}

void CommonOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(dir);
    parser.addOption(json);
    parser.addOption(keyStore);
    parser.addOption(keyDir);
    parser.addOption(passphraseStdin);
}

CliServices::CliServices() = default;
CliServices::CliServices(CliServices &&) noexcept = default;
CliServices::~CliServices() = default;

onboarding::OnboardingStore &CliServices::store() const
{
    return factory->store();
}

CliServices makeServices(const QCommandLineParser &parser, const CommonOptions &common, SecureBytes apiKey)
{
    onboarding::ServiceFactory::Config config;
    config.onboardingDir = parser.value(common.dir);
    config.apiKey = std::move(apiKey);
    CliServices services;
    services.factory = std::make_unique<onboarding::ServiceFactory>(std::move(config));
    return services;
}

Result<void> CliServices::chooseSecretStore(const QString &kind, const QString &location,
                                            const QCommandLineParser &parser, const CommonOptions &common)
{
    if (kind == QLatin1String("keychain")) {
        secrets = &factory->keychain();
        return {};
    }
    if (kind == QLatin1String("file") || kind == QLatin1String("encrypted-file")) {
        if (!parser.isSet(common.passphraseStdin))
            return Error(
                QStringLiteral("cli.passphrase_needed"),
                OnboardText::tr("A passphrase-protected key file needs its passphrase: give it on the "
                                "first line of stdin with --passphrase-stdin."));
        auto files = factory->makeEncryptedFileStore(
            SecureBytes(readStdinLine()), location.isEmpty() ? parser.value(common.keyDir) : location);
        if (!files)
            return files.error();
        fileStore = std::move(files).value();
        secrets = fileStore.get();
        return {};
    }
    return Error(QStringLiteral("cli.key_store"),
                 OnboardText::tr("Unknown key store «%1»: use keychain or file.").arg(kind));
}

onboarding::OnboardingServices CliServices::servicesFor(const helseid::VendorProfile &profile) const
{
    return factory->servicesFor(profile, secrets);
}

} // namespace sfm::cli
