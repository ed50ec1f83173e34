#include "OnboardingCli.h"

#include "CliOutput.h"
#include "ExitCodes.h"
#include "KeyExpiryText.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "storage/SecretStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <iostream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace sfm::cli {

using onboarding::Onboarding;
using onboarding::OnboardingData;
using onboarding::State;

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &usage,
                                    const QString &description, const QStringList &args)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  OnboardText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("sfmctl")} + args)) {
        err(parser.errorText());
        err(OnboardText::tr("Usage: %1   (--help for more)").arg(usage));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out(OnboardText::tr("Usage: %1").arg(usage));
        out(parser.helpText().section(QLatin1Char('\n'), 1));
        out(OnboardText::tr("Exit codes: 0 ok, 1 failure, 2 usage, 3 bad input, 4 network, 5 refused by the "
                            "server, 6 keychain, 7 waiting for someone or in use by another program (resume "
                            "later), 8 cancelled."));
        return ExitOk;
    }
    return std::nullopt;
}

int usageError(const QString &usage, const QString &message)
{
    err(message);
    err(OnboardText::tr("Usage: %1   (--help for more)").arg(usage));
    return ExitUsage;
}

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

namespace {

QJsonObject errorJson(const Error &error)
{
    return {{QStringLiteral("code"), error.code},
            {QStringLiteral("message"), error.message},
            {QStringLiteral("detail"), error.detail}};
}

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

QByteArray readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    QByteArray bytes = QByteArray::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    while (bytes.endsWith('\r') || bytes.endsWith('\n'))
        bytes.chop(1);
    return bytes;
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

std::optional<qint64> parseDuration(const QString &text)
{
    QString t = text.trimmed().toLower();
    qint64 factor = 1;
    if (t.endsWith(u'd'))
        factor = 86400;
    else if (t.endsWith(u'h'))
        factor = 3600;
    else if (t.endsWith(u'm'))
        factor = 60;
    if (!t.isEmpty() && !t.back().isDigit())
        t.chop(1);
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    if (!ok || value <= 0 || value > 10 * 365 * 86400LL / factor)
        return std::nullopt;
    return value * factor;
}

// ---------------------------------------------------------------------------------------------------------

QJsonObject summary(const OnboardingData &d)
{
    QJsonArray scopes;
    for (const auto &s : d.scopeStatuses)
        scopes.append(QJsonObject{{QStringLiteral("scope"), s.scope},
                                  {QStringLiteral("status"), s.status},
                                  {QStringLiteral("statusReason"), s.statusReason}});
    QJsonArray claims;
    for (const auto &c : d.claimStatuses)
        claims.append(QJsonObject{{QStringLiteral("claimType"), c.claimType},
                                  {QStringLiteral("status"), c.status},
                                  {QStringLiteral("activeClaimValue"), c.activeClaimValue},
                                  {QStringLiteral("pendingClaimValue"), c.pendingClaimValue},
                                  {QStringLiteral("statusReason"), c.statusReason}});
    QJsonObject o{{QStringLiteral("onboarding"), d.id},
                  {QStringLiteral("state"), onboarding::stateName(d.state)},
                  {QStringLiteral("alternative"), onboarding::alternativeName(d.setup.alternative)},
                  {QStringLiteral("environment"), d.setup.environment.name()},
                  {QStringLiteral("organizationNumber"), d.setup.organizationNumber},
                  {QStringLiteral("journalName"), d.setup.journalName},
                  {QStringLiteral("clientId"), d.clientId},
                  {QStringLiteral("kid"), d.kid},
                  {QStringLiteral("algorithm"), crypto::algorithmName(d.setup.algorithm)},
                  {QStringLiteral("sfmId"), d.sfmId},
                  {QStringLiteral("confirmationUrl"), d.confirmationUrl().toString()},
                  {QStringLiteral("scopes"), scopes},
                  {QStringLiteral("claims"), claims},
                  {QStringLiteral("updatedAt"), d.updatedAt.toString(Qt::ISODate)}};
    if (!d.setup.contactEmail.isEmpty() || !d.setup.contactLanguage.isEmpty()) {
        o.insert(QStringLiteral("contactEmail"), d.setup.contactEmail);
        o.insert(QStringLiteral("contactLanguage"), d.setup.contactLanguage);
    }
    addKeyLifetime(o, d);
    if (d.state == State::Failed) {
        o.insert(QStringLiteral("resumeState"), onboarding::stateName(d.resumeState));
        o.insert(QStringLiteral("failure"), errorJson(d.failure));
    }
    return o;
}

QStringList describe(const OnboardingData &d)
{
    QStringList lines;
    auto line = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(label, value));
    };
    line(OnboardText::tr("Onboarding"), d.id);
    line(OnboardText::tr("Journal"), d.setup.journalName);
    line(OnboardText::tr("Organization number"), d.setup.organizationNumber);
    line(OnboardText::tr("Child units"), d.setup.childOrganizationNumbers.join(QStringLiteral(", ")));
    QStringList contact{d.setup.contactEmail, d.setup.contactLanguage};
    contact.removeAll(QString());
    line(OnboardText::tr("Contact"), contact.join(QStringLiteral(", ")));
    line(OnboardText::tr("Environment"),
         QStringLiteral("%1 (%2)").arg(d.setup.environment.name(), d.setup.environment.issuer.toString()));
    line(OnboardText::tr("State"),
         QStringLiteral("%1 (%2)").arg(onboarding::stateLabel(d.state), onboarding::stateName(d.state)));
    line(OnboardText::tr("Client ID"), d.clientId);
    line(OnboardText::tr("Key ID"), d.kid);
    if (!d.keyReference.isNull())
        line(OnboardText::tr("Key kept in"), QStringLiteral("%1 (%2, %3)")
                                                 .arg(onboarding::KeyReference::kindName(d.keyReference.kind),
                                                      d.keyReference.service, d.keyReference.entry));
    lines += keyLifetimeLines(d);
    if (d.effectiveState() == State::AwaitingConfirmation)
        line(OnboardText::tr("Confirmation link"), d.confirmationUrl().toString());
    if (!d.confirmationStatus.isEmpty())
        line(OnboardText::tr("Portal answered"), d.confirmationStatus);
    line(OnboardText::tr("SFM-id"), onboarding::sfmIdText(d));
    if (d.loginProvedAt.isValid())
        line(OnboardText::tr("Test login"),
             OnboardText::tr("SFM accepted the client (%1)").arg(d.loginProvedAt.toString(Qt::ISODate)));
    if (d.signingConfirmedAt.isValid())
        line(OnboardText::tr("Signing"), OnboardText::tr("confirmed by you in the portal (%1)")
                                             .arg(d.signingConfirmedAt.toString(Qt::ISODate)));
    if (!d.scopeStatuses.isEmpty()) {
        lines.append(OnboardText::tr("Scopes:"));
        for (const auto &s : d.scopeStatuses)
            lines.append(
                QStringLiteral("  %1: %2%3")
                    .arg(s.scope, s.status,
                         s.statusReason.isEmpty() ? QString() : QStringLiteral(" — ") + s.statusReason));
    }
    if (!d.claimStatuses.isEmpty()) {
        lines.append(OnboardText::tr("Claims:"));
        for (const auto &c : d.claimStatuses)
            lines.append(
                QStringLiteral("  %1: %2 %3%4")
                    .arg(c.claimType, c.status,
                         c.activeClaimValue.isEmpty() ? c.pendingClaimValue : c.activeClaimValue,
                         c.statusReason.isEmpty() ? QString() : QStringLiteral(" — ") + c.statusReason));
    }
    if (d.lastCheckedAt.isValid())
        line(OnboardText::tr("Last checked"), d.lastCheckedAt.toLocalTime().toString(Qt::ISODate));
    if (d.state == State::Failed)
        line(OnboardText::tr("Stopped"), d.failure.toString());
    for (const QString &n : d.notices)
        line(OnboardText::tr("Note"), n);
    if (!onboarding::isFinalState(d.state))
        lines.append(OnboardText::tr("Next: sfmctl resume %1").arg(d.id));
    else if (d.state == State::Ready)
        lines.append(OnboardText::tr("Next: sfmctl export %1 --out FILE").arg(d.id));
    return lines;
}

// ---------------------------------------------------------------------------------------------------------

namespace {

#ifdef Q_OS_UNIX
int g_signalFds[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}
#endif

// Follows one onboarding, prints what happens, and ends the event loop with the right exit code.
class Runner : public QObject
{
public:
    Runner(Onboarding &o, const RunOptions &options)
        : m_o(o)
        , m_options(options)
    {
        connect(&o, &Onboarding::stateChanged, this, [this](State s) {
            if (m_options.json)
                jsonEvent(QStringLiteral("state"), {{QStringLiteral("onboarding"), m_o.id()},
                                                    {QStringLiteral("state"), onboarding::stateName(s)},
                                                    {QStringLiteral("clientId"), m_o.data().clientId},
                                                    {QStringLiteral("kid"), m_o.data().kid}});
            QTimer::singleShot(0, this, [this] { evaluate(); });
        });
        connect(&o, &Onboarding::progress, this, [this](const QString &message) {
            if (m_options.json)
                jsonEvent(QStringLiteral("progress"), {{QStringLiteral("message"), message}});
            err(message);
            QTimer::singleShot(0, this, [this] { evaluate(); });
        });
        connect(&o, &Onboarding::notice, this, [this](const QString &message) {
            if (m_options.json)
                jsonEvent(QStringLiteral("notice"), {{QStringLiteral("message"), message}});
            err(OnboardText::tr("Note: %1").arg(message));
        });
        connect(&o, &Onboarding::errorOccurred, this, [this](const Error &error) {
            if (m_o.state() == State::Failed)
                return; // reported once, at the end
            if (m_options.json)
                jsonEvent(QStringLiteral("warning"), errorJson(error));
            err(OnboardText::tr("Not yet: %1 (checking again by itself)").arg(error.toString()));
        });
        connect(&o, &Onboarding::confirmationReceived, this, [this](const QString &status) {
            if (m_options.json)
                jsonEvent(QStringLiteral("confirmation"), {{QStringLiteral("status"), status}});
        });
        connect(&o, &Onboarding::accessStatusChanged, this, [this] {
            const OnboardingData &d = m_o.data();
            if (m_options.json) {
                QJsonObject s = summary(d);
                jsonEvent(QStringLiteral("access"),
                          {{QStringLiteral("scopes"), s.value(QStringLiteral("scopes"))},
                           {QStringLiteral("claims"), s.value(QStringLiteral("claims"))},
                           {QStringLiteral("sfmId"), d.sfmId}});
            }
            for (const auto &scope : d.scopeStatuses)
                err(QStringLiteral("  %1: %2%3")
                        .arg(scope.scope, scope.status,
                             scope.statusReason.isEmpty() ? QString()
                                                          : QStringLiteral(" — ") + scope.statusReason));
        });
#ifdef Q_OS_UNIX
        if (g_signalFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
            std::signal(SIGINT, onSignal);
            std::signal(SIGTERM, onSignal);
        }
        if (g_signalFds[1] >= 0) {
            m_notifier = new QSocketNotifier(qintptr(g_signalFds[1]), QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, [this] {
                char c;
                [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
                m_o.pause();
                err(OnboardText::tr("Interrupted. Nothing is lost: continue with «sfmctl resume %1».")
                        .arg(m_o.id()));
                finish(ExitCancelled);
            });
        }
#endif
    }

    void start()
    {
        QTimer::singleShot(0, this, [this] {
            m_o.proceed();
            evaluate();
        });
    }

    int exitCode() const
    {
        return m_exitCode;
    }

private:
    void evaluate()
    {
        if (m_exitCode >= 0)
            return;
        const OnboardingData &d = m_o.data();
        const State s = d.state;
        if (m_options.stopAfter && s == *m_options.stopAfter) {
            m_o.pause();
            err(OnboardText::tr("Stopped after «%1» as asked. Continue with «sfmctl resume %2».")
                    .arg(onboarding::stateName(s), d.id));
            finish(ExitNotReady);
            return;
        }
        switch (s) {
        case State::Draft:
        case State::KeyReady:
            if (!m_o.isBusy() && d.setup.alternative == onboarding::Alternative::Api)
                m_o.proceed();
            return;
        case State::Registered:
            return;
        case State::AwaitingConfirmation:
            if (!m_linkShown) {
                m_linkShown = true;
                if (m_options.json)
                    jsonEvent(QStringLiteral("confirmation-link"),
                              {{QStringLiteral("url"), d.confirmationUrl().toString()},
                               {QStringLiteral("redirectUri"), m_o.confirmationRedirectUri().toString()}});
                else
                    out(OnboardText::tr("Confirmation link: %1").arg(d.confirmationUrl().toString()));
            }
            if (m_options.noWait) {
                m_o.pause();
                err(OnboardText::tr(
                        "Waiting for someone to confirm in the portal. Continue later with «sfmctl "
                        "resume %1».")
                        .arg(d.id));
                finish(ExitNotReady);
            }
            return;
        case State::AwaitingAccess:
            if (m_o.waitsForSigningConfirmation()) {
                m_o.pause();
                err(OnboardText::tr(
                        "When the agreement documents are signed (check in the portal), continue "
                        "with «sfmctl resume %1 --signed», or prove it with «sfmctl login-test %1».")
                        .arg(d.id));
                finish(ExitNotReady);
                return;
            }
            if (m_options.noWait) {
                m_o.pause();
                err(OnboardText::tr("Waiting for the agreement documents to be signed. Continue later with "
                                    "«sfmctl resume %1».")
                        .arg(d.id));
                finish(ExitNotReady);
            }
            return;
        case State::Ready:
            if (!m_options.exportPath.isEmpty()) {
                if (auto exported = m_o.exportConfiguration(m_options.exportPath); !exported) {
                    finish(fail(exported.error(), m_options.json));
                    return;
                }
                err(OnboardText::tr("The EPJ configuration is written to %1.")
                        .arg(QDir::toNativeSeparators(m_options.exportPath)));
                return; // -> Exported
            }
            finish(ExitOk);
            return;
        case State::Exported:
            finish(ExitOk);
            return;
        case State::Failed:
            finish(fail(d.failure, m_options.json));
            return;
        case State::Cancelled:
            finish(ExitCancelled);
            return;
        }
    }

    void finish(int code)
    {
        if (m_exitCode >= 0)
            return;
        m_exitCode = code;
        const OnboardingData &d = m_o.data();
        if (m_options.json) {
            QJsonObject s = summary(d);
            s.insert(QStringLiteral("exitCode"), code);
            jsonEvent(QStringLiteral("done"), s);
        } else {
            out(OnboardText::tr("Onboarding: %1").arg(d.id));
            out(OnboardText::tr("State: %1").arg(onboarding::stateName(d.state)));
            if (!d.clientId.isEmpty())
                out(OnboardText::tr("Client ID: %1").arg(d.clientId));
            if (!d.kid.isEmpty())
                out(OnboardText::tr("Key ID: %1").arg(d.kid));
            if (!d.clientId.isEmpty())
                out(OnboardText::tr("SFM-id: %1").arg(onboarding::sfmIdText(d)));
        }
        QCoreApplication::exit(code);
    }

    Onboarding &m_o;
    RunOptions m_options;
    int m_exitCode = -1;
    bool m_linkShown = false;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace

void quietLibraryLogs()
{
    // Progress lines are the CLI's output; the libraries' info logs are for support, who turn them on with
    // QT_LOGGING_RULES (e.g. "sfm.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sfm.*.info=false"));
}

int runOnboarding(Onboarding &onboarding, const RunOptions &options)
{
    Runner runner(onboarding, options);
    runner.start();
    const int code = QCoreApplication::exec();
    // Join the worker threads (key generation) now, while OpenSSL is still set up: their per-thread state is
    // freed at thread exit, which after OpenSSL's own exit handler would leak it.
    QThreadPool::globalInstance()->waitForDone();
    return runner.exitCode() >= 0 ? runner.exitCode() : code;
}

} // namespace sfm::cli
