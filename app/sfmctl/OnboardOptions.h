#pragma once

#include "OnboardingCli.h"
#include "helseid/Environment.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

// The options onboard, resume, batch and watch share: which environment (and where its simulator or custom
// HelseID is), and how long and how often to wait.
namespace sfm::cli {

struct EnvironmentOptions
{
    QCommandLineOption environment{QStringLiteral("environment"),
                                   OnboardText::tr("demo (the simulator), test, prod or custom."),
                                   QStringLiteral("name")};
    QCommandLineOption simUrl{QStringLiteral("sim-url"),
                              OnboardText::tr("Demo: the simulator's address (its issuer), e.g. "
                                              "http://127.0.0.1:8443."),
                              QStringLiteral("url")};
    QCommandLineOption simInfo{
        QStringLiteral("sim-info"),
        OnboardText::tr("Demo: the JSON line the simulator printed on start (or @FILE)."),
        QStringLiteral("json")};
    QCommandLineOption issuer{QStringLiteral("issuer"), OnboardText::tr("Custom: the HelseID issuer."),
                              QStringLiteral("url")};
    QCommandLineOption api{QStringLiteral("api"), OnboardText::tr("Custom: the self-service API."),
                           QStringLiteral("url")};
    QCommandLineOption portal{QStringLiteral("portal"), OnboardText::tr("Custom: the self-service portal."),
                              QStringLiteral("url")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               OnboardText::tr("The EPJ vendor's profile (Klientmal API key, scopes). Demo "
                                               "uses the built-in one."),
                               QStringLiteral("file")};
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
    QCommandLineOption noWait{
        QStringLiteral("no-wait"),
        OnboardText::tr("Stop (exit 7) when the onboarding waits for someone to confirm "
                        "or sign.")};
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
    QCommandLineOption pollInterval{QStringLiteral("poll-interval"),
                                    OnboardText::tr("Seconds before the first status check (default 5)."),
                                    QStringLiteral("seconds")};
    QCommandLineOption pollMax{QStringLiteral("poll-max"),
                               OnboardText::tr("Longest pause between status checks (default 60)."),
                               QStringLiteral("seconds")};
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

Error inputError(const QString &message);
// The issuer, API and portal of the chosen environment.
Result<helseid::Environment> resolveEnvironment(const QCommandLineParser &p, const EnvironmentOptions &e);
// The Klientmal API key given outside the profile (--api-key-stdin or SFM_API_KEY); empty = the profile's.
SecureBytes apiKeyOverride(const QCommandLineParser &p, const EnvironmentOptions &e);
// Applies the wait options to the onboarding's options; an error for values that make no sense.
Result<void> applyWaitOptions(const QCommandLineParser &p, const WaitOptions &w,
                              onboarding::OnboardingOptions &o);

} // namespace sfm::cli
