#pragma once

#include "Error.h"
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

// What the onboarding commands of sfmctl share: option parsing, choosing the environment, profile, key
// store and onboarding folder, mapping errors to the documented exit codes, and printing progress (lines on
// stderr, or one JSON event per line on stdout with --json).
namespace sfm::cli {

class OnboardText
{
    Q_DECLARE_TR_FUNCTIONS(sfmctl)
};

// Parses args; handles --help (exit 0) and usage errors (exit 2); nullopt means "go on".
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &usage,
                                    const QString &description, const QStringList &args);
int usageError(const QString &usage, const QString &message);

// The exit code for an error (docs/sfmctl.md).
int exitCodeFor(const Error &error);
// Prints an error with what to do next; with --json as an {"event":"error"} line as well.
int fail(const Error &error, bool json, int exitCode = -1);

// Emits one JSON event line on stdout.
void jsonEvent(const QString &name, QJsonObject fields);

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
// A line from stdin (passphrase, API key); empty at end of input.
QByteArray readStdinLine();

// Drives an onboarding until it is ready, waits for someone (--no-wait, exit 7), stops with an error, or
// the user interrupts (Ctrl+C, exit 8). Returns the exit code.
struct RunOptions
{
    bool json = false;
    bool noWait = false;
    std::optional<onboarding::State> stopAfter;
    QString exportPath;
};
int runOnboarding(onboarding::Onboarding &onboarding, const RunOptions &options);

// Human-readable and JSON forms of an onboarding, for status and list.
QStringList describe(const onboarding::OnboardingData &data);
QJsonObject summary(const onboarding::OnboardingData &data);

// Turns the libraries' info logs off unless QT_LOGGING_RULES asks for them.
void quietLibraryLogs();

// "14d", "36h", "90m", "600s" or "600" -> seconds; nullopt when not understood.
std::optional<qint64> parseDuration(const QString &text);

} // namespace sfm::cli
