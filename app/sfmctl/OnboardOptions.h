#pragma once

#include "OnboardingCli.h"
#include "helseid/Environment.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace sfm::cli {

// The options several commands take (onboard, resume, batch, watch, import, scopes), each declared here once:
// its name, its value name and, where it means the same for every command, its help. A command whose option
// means something narrower gives its own help: import checks the file against --issuer, onboard connects to
// it.
namespace option {
QCommandLineOption environment(const QString &help);
QCommandLineOption issuer(const QString &help);
QCommandLineOption simInfo();
QCommandLineOption profile(const QString &help);
QCommandLineOption organization(const QString &help);
QCommandLineOption journalName(const QString &help);
QCommandLineOption noWait(const QString &help);
QCommandLineOption pollInterval();
QCommandLineOption pollMax();
QCommandLineOption algorithm();
QCommandLineOption rsaBits();
// --contact-email/--contact-language with their usual help, or under another name and help (`sfmctl
// contact`).
QCommandLineOption contactEmail(const QString &name = QStringLiteral("contact-email"),
                                const QString &help = {});
QCommandLineOption contactLanguage(const QString &name = QStringLiteral("contact-language"),
                                   const QString &help = {});
} // namespace option

// The demo simulator's start line from --sim-info: the value itself, or the first line of the file @FILE.
Result<QByteArray> simAnnouncement(const QString &value);

// Which environment (and where its simulator or custom HelseID is), and how long and how often to wait.
struct EnvironmentOptions
{
    QCommandLineOption environment{
        option::environment(OnboardText::tr("demo (the simulator), test, prod or custom."))};
    QCommandLineOption simUrl{QStringLiteral("sim-url"),
                              OnboardText::tr("Demo: the simulator's address (its issuer), e.g. "
                                              "http://127.0.0.1:8443."),
                              QStringLiteral("url")};
    QCommandLineOption simInfo{option::simInfo()};
    QCommandLineOption issuer{option::issuer(OnboardText::tr("Custom: the HelseID issuer."))};
    QCommandLineOption api{QStringLiteral("api"), OnboardText::tr("Custom: the self-service API."),
                           QStringLiteral("url")};
    QCommandLineOption portal{QStringLiteral("portal"), OnboardText::tr("Custom: the self-service portal."),
                              QStringLiteral("url")};
    QCommandLineOption profile{option::profile(OnboardText::tr(
        "The EPJ vendor's profile (Klientmal API key, scopes). Demo uses the built-in one."))};
    QCommandLineOption apiKeyStdin{QStringLiteral("api-key-stdin"),
                                   OnboardText::tr("Read the Klientmal's API key from stdin instead of the "
                                                   "profile (also: environment variable SFM_API_KEY).")};

    void addTo(QCommandLineParser &p) const
    {
        for (const auto *o :
             {&environment, &simUrl, &simInfo, &issuer, &api, &portal, &profile, &apiKeyStdin})
            p.addOption(*o);
    }
};

struct WaitOptions
{
    QCommandLineOption noWait{option::noWait(
        OnboardText::tr("Stop (exit 7) when the onboarding waits for someone to confirm or sign."))};
    QCommandLineOption deadline{
        QStringLiteral("deadline"),
        OnboardText::tr("Stop waiting after this long (e.g. 14d, 36h, 90m); default 14d."),
        QStringLiteral("duration")};
    QCommandLineOption stopAfter{
        QStringLiteral("stop-after"),
        OnboardText::tr("Stop (exit 7) once this step is reached, e.g. key-ready: make "
                        "and store the key now, register later."),
        QStringLiteral("state")};
    QCommandLineOption exportTo{QStringLiteral("export"),
                                OnboardText::tr("When ready, write the EPJ configuration to this file."),
                                QStringLiteral("file")};
    QCommandLineOption pollInterval{option::pollInterval()};
    QCommandLineOption pollMax{option::pollMax()};
    QCommandLineOption cacheDelay{
        QStringLiteral("cache-delay"),
        OnboardText::tr("Seconds to wait after the portal's confirmation before the "
                        "first check (HelseID's cache; default 15)."),
        QStringLiteral("seconds")};
    QCommandLineOption noListen{
        QStringLiteral("no-listen"),
        OnboardText::tr("Do not open a local port for the portal's redirect; notice the "
                        "confirmation by checking only.")};

    void addTo(QCommandLineParser &p) const
    {
        for (const auto *o :
             {&noWait, &deadline, &stopAfter, &exportTo, &pollInterval, &pollMax, &cacheDelay, &noListen})
            p.addOption(*o);
    }
};

// Whom the confirmation mail goes to, in which language (ContactDetails; ours only, never sent to HelseID):
// onboard and import take --contact-email/--contact-language, `sfmctl contact` the same as
// --email/--language.
struct ContactOptions
{
    QCommandLineOption email{option::contactEmail()};
    QCommandLineOption language{option::contactLanguage()};

    void addTo(QCommandLineParser &p) const
    {
        p.addOption(email);
        p.addOption(language);
    }
};

// The contact given (trimmed; the language in lower case) written into email and language where set, after
// the checks of ContactDetails; an error naming the bad value otherwise (nothing is written then).
Result<void> readContactOptions(const QCommandLineParser &p, const ContactOptions &c, QString &email,
                                QString &language);

Error inputError(const QString &message);
// The issuer, API and portal of the chosen environment.
Result<helseid::Environment> resolveEnvironment(const QCommandLineParser &p, const EnvironmentOptions &e);
// The Klientmal API key given outside the profile (--api-key-stdin or SFM_API_KEY); empty = the profile's.
SecureBytes apiKeyOverride(const QCommandLineParser &p, const EnvironmentOptions &e);
// Applies the wait options to the onboarding's options; an error for values that make no sense.
Result<void> applyWaitOptions(const QCommandLineParser &p, const WaitOptions &w,
                              onboarding::OnboardingOptions &o);

} // namespace sfm::cli
