#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "OnboardingCli.h"

#include "onboarding/EpjConfiguration.h"
#include "onboarding/KeyHandover.h"
#include "onboarding/ServiceFactory.h"
#include "storage/SecretStore.h"

#include <QDir>
#include <QJsonObject>

// sfmctl key install: the target computer's half of a transfer file (docs/epj-config.md "Transfer file").
// The key is opened with its passphrase, checked against the configuration's thumbprint, and put where that
// configuration says the EPJ reads it: this account's keychain, or a service account's key file.
namespace sfm::cli {

int runKeyInstall(const QStringList &args)
{
    quietLibraryLogs();
    const QString usage =
        QStringLiteral("sfmctl key install FILE --passphrase-stdin --config CONFIGURATION [--json]");
    QCommandLineParser p;
    CommonOptions common;
    common.addTo(p);
    const QCommandLineOption config(QStringLiteral("config"),
                                    OnboardText::tr("The EPJ configuration exported with the transfer file: "
                                                    "says where the key goes and which key it must be."),
                                    QStringLiteral("file"));
    p.addOption(config);
    if (auto done = parseCommandLine(p, usage,
                                     OnboardText::tr("Installs the key from a transfer file on the computer "
                                                     "where the EPJ runs, as the account it runs as."),
                                     args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(usage, OnboardText::tr("Give the transfer file."));
    if (!p.isSet(common.passphraseStdin))
        return usageError(usage, OnboardText::tr("Give the transfer file's passphrase on the first line of "
                                                 "stdin with --passphrase-stdin."));
    // Without the configuration the key's identity cannot be checked, nor its place known.
    if (!p.isSet(config))
        return usageError(usage, OnboardText::tr("Give the EPJ configuration exported with the transfer file "
                                                 "(--config FILE)."));
    const bool json = p.isSet(common.json);
    auto configuration = onboarding::EpjConfiguration::load(p.value(config));
    if (!configuration)
        return fail(configuration.error(), json, ExitInput);
    const SecureBytes passphrase(readStdinLine());
    auto key = onboarding::KeyHandover::readTransferFile(p.positionalArguments().first(), passphrase);
    if (!key)
        return fail(key.error(), json, ExitInput);
    if (key->thumbprint() != configuration->keyThumbprint) {
        return fail(
            Error(
                QStringLiteral("onboarding.handover.thumbprint"),
                [] {
                    return OnboardText::tr(
                        "The transfer file holds another key than the configuration names. Use the "
                        "transfer file and the configuration of the same export.");
                },
                QStringLiteral("expected %1, found %2").arg(configuration->keyThumbprint, key->thumbprint())),
            json, ExitInput);
    }

    const auto done = [&](const QString &where) {
        if (json)
            jsonEvent(QStringLiteral("installed"), {{QStringLiteral("storage"), configuration->keyStorage},
                                                    {QStringLiteral("thumbprint"), key->thumbprint()}});
        else
            err(OnboardText::tr("The key (thumbprint %1) is installed: %2.").arg(key->thumbprint(), where));
        return ExitOk;
    };
    if (configuration->keyStorage == QLatin1String("file")) {
        onboarding::KeyDestination destination;
        destination.kind = onboarding::KeyDestination::Kind::ServiceFile;
        destination.path = configuration->keyPath;
        destination.owner = configuration->keyOwner;
        destination.jwk = !configuration->keyJwkPath.isEmpty();
        if (auto written = onboarding::KeyHandover::writeServiceFile(key.value(), destination); !written)
            return fail(written.error(), json);
        return done(OnboardText::tr("the key file %1, readable only by %2")
                        .arg(QDir::toNativeSeparators(destination.path), destination.owner));
    }
    if (configuration->keyStorage != QLatin1String("keychain"))
        return fail(Error(QStringLiteral("onboarding.handover.storage"),
                          OnboardText::tr("The configuration keeps the key in «%1»; a transfer file installs "
                                          "into the keychain or a key file.")
                              .arg(configuration->keyStorage)),
                    json, ExitInput);

    CliServices services = makeServices(p, common);
    storage::SecretStore &keychain = services.factory->keychain();
    if (keychain.location() != configuration->keyService)
        return fail(
            Error(QStringLiteral("onboarding.handover.service"),
                  OnboardText::tr("The configuration names the keychain service «%1», but this program "
                                  "uses «%2».")
                      .arg(configuration->keyService, keychain.location())),
            json, ExitInput);
    // Stored, then read back and compared: installed means the EPJ will find this very key there.
    int exitCode = ExitFailure;
    const QString entry = configuration->keyEntry;
    keychain.storeKey(entry, key.value(), [&](Result<void> stored) {
        if (!stored) {
            exitCode = fail(stored.error(), json);
            QCoreApplication::exit(exitCode);
            return;
        }
        keychain.loadKey(entry, [&](Result<crypto::Key> loaded) {
            if (!loaded)
                exitCode = fail(loaded.error(), json);
            else if (loaded->thumbprint() != key->thumbprint())
                exitCode = fail(Error(QStringLiteral("onboarding.handover.verify"),
                                      OnboardText::tr("The keychain gave back another key than was stored. "
                                                      "Check the keychain, then install again.")),
                                json);
            else
                exitCode = done(OnboardText::tr("this account's keychain, entry %1").arg(entry));
            QCoreApplication::exit(exitCode);
        });
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace sfm::cli
