#pragma once

#include "CommandLine.h"
#include "Error.h"
#include "OnboardingRunner.h"
#include "OnboardingSummary.h"
#include "Result.h"
#include "helseid/VendorProfile.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace sfm::net {
class HttpClient;
}
namespace sfm::storage {
class SecretStore;
} // namespace sfm::storage
namespace sfm::onboarding {
class Onboarding;
class OnboardingStore;
class ServiceFactory;
} // namespace sfm::onboarding

// What the onboarding commands of sfmctl share: mapping errors to the documented exit codes, reporting them
// (lines on stderr, or one JSON event per line on stdout with --json), the options every command takes and
// the services a command runs with. Parsing helpers are in CommandLine.h, the run loop in
// OnboardingRunner.h, the text and JSON forms of an onboarding in OnboardingSummary.h.
namespace sfm::cli {

// The exit code for an error (docs/sfmctl.md).
int exitCodeFor(const Error &error);
// Prints an error with what to do next; with --json as an {"event":"error"} line as well.
int fail(const Error &error, bool json, int exitCode = -1);

// Emits one JSON event line on stdout.
void jsonEvent(const QString &name, QJsonObject fields);
// An error as the JSON events carry it: code, message, detail.
QJsonObject errorJson(const Error &error);

// Options every onboarding command understands.
struct CommonOptions
{
    QCommandLineOption dir{QStringLiteral("dir"), OnboardText::tr("Folder of the onboarding files."),
                           OnboardText::tr("folder")};
    QCommandLineOption json{QStringLiteral("json"),
                            OnboardText::tr("Print one JSON event per line on stdout.")};
    QCommandLineOption keyStore{QStringLiteral("key-store"),
                                OnboardText::tr("Where new keys go: keychain (default) or file (a "
                                                "passphrase-protected file; needs --passphrase-stdin)."),
                                OnboardText::tr("keychain|file"), QStringLiteral("keychain")};
    QCommandLineOption keyDir{
        QStringLiteral("key-dir"),
        OnboardText::tr("Folder for passphrase-protected key files (with --key-store file)."),
        OnboardText::tr("folder")};
    QCommandLineOption passphraseStdin{
        QStringLiteral("passphrase-stdin"),
        OnboardText::tr("Read the key file's passphrase from the first line of "
                        "stdin.")};

    void addTo(QCommandLineParser &parser) const;
};

// The objects an onboarding command runs with, from the one ServiceFactory; alive until the command returns.
struct CliServices
{
    std::unique_ptr<onboarding::ServiceFactory> factory;
    std::unique_ptr<storage::SecretStore> fileStore; // the passphrase-protected files, when chosen
    storage::SecretStore *secrets = nullptr;         // the keychain (the factory's) or fileStore

    CliServices();
    CliServices(CliServices &&) noexcept;
    ~CliServices();
    onboarding::OnboardingStore &store() const;
    // Chooses where keys are: "keychain", or "file"/"encrypted-file" (passphrase from stdin, files in
    // location, else --key-dir, else the default folder).
    Result<void> chooseSecretStore(const QString &kind, const QString &location,
                                   const QCommandLineParser &parser, const CommonOptions &common);
    // What an Onboarding runs with: these services, the profile and the chosen key store.
    onboarding::OnboardingServices servicesFor(const helseid::VendorProfile &profile) const;
};

// The services of one command: the folder from --dir (else the settings, else the default) and the
// Klientmal API key given outside the profile (empty: the profile's).
CliServices makeServices(const QCommandLineParser &parser, const CommonOptions &common,
                         SecureBytes apiKey = {});
} // namespace sfm::cli
