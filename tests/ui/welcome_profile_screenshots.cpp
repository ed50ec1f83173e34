// Renders the wizard's Welcome page in TEST in nb, nn and en, for the documentation: once with no vendor
// profile found, once with one found in the system folder.
//   welcome_profile_screenshots OUTPUT_DIR   writes OUTPUT_DIR/{nb,nn,en}-welcome-{no-profile,profile}.png
// Runs in a real window under Xvfb (xvfb-run) or, without a display, offscreen. The folders shown are those
// of a Debian installation and a user "kari": the search result is given, not looked for, so the pictures
// are the same on every machine and nothing is read from or written to the real folders.
#include "LanguageManager.h"
#include "OnboardingWizard.h"
#include "WindowGeometry.h"
#include "onboarding/ServiceFactory.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPixmap>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace sfm;
using Origin = helseid::VendorProfileLocator::Origin;

namespace {

const QByteArray AcmeProfile =
    R"({"schemaVersion": 1, "vendorName": "Acme EPJ AS", "systemName": "Acme Journal",
    "apiKeys": {"test": "not-a-real-key"},
    "scopes": [{"name": "nhn:selvbetjening/client", "default": "preselected", "required": true},
               {"name": "e-helse:sfm.api/sfm.api2", "default": "preselected"}]})";

void settle(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);

    QTemporaryDir home; // settings and the (empty) onboarding folder: never the user's own
    storage::Settings settings(home.filePath(QStringLiteral("settings.ini")));
    onboarding::ServiceFactory::Config config;
    config.onboardingDir = home.filePath(QStringLiteral("onboardings"));
    config.settings = &settings;
    onboarding::ServiceFactory services(config);

    const QList<helseid::VendorProfileLocator::Root> folders = {
        {Origin::BesideProgram, QStringLiteral("/usr/bin/profiles")},
        {Origin::SystemFolder, QStringLiteral("/etc/sfm-onboarding/profiles")},
        {Origin::UserFolder, QStringLiteral("/home/kari/.config/sfm-onboarding/sfm-onboarding/profiles")}};
    helseid::VendorProfileLocator::Choice acme;
    acme.profile = helseid::VendorProfile::fromJson(AcmeProfile).value();
    acme.path = QStringLiteral("/etc/sfm-onboarding/profiles/acme-journal.json");
    acme.origin = Origin::SystemFolder;

    ui::LanguageManager languages;
    using L = ui::LanguageManager::Language;
    for (const L language : {L::Bokmal, L::Nynorsk, L::English}) {
        languages.setLanguage(language);
        for (const bool found : {false, true}) {
            ui::WizardContext context;
            context.services = &services;
            context.profileFolders = folders;
            context.locateProfile = [&](bool) -> Result<ui::WizardContext::ProfileChoice> {
                if (found)
                    return acme;
                return Error(QStringLiteral("profile.not_found"), QString()); // the panel lists the folders
            };
            context.chooseProfile = [](const QString &) -> Result<ui::WizardContext::ProfileChoice> {
                return Error(QStringLiteral("screenshots"), QString());
            };
            context.startPractice = []() -> Result<helseid::Environment> {
                return Error(QStringLiteral("screenshots"), QString());
            };
            ui::OnboardingWizard wizard(context, &languages);
            ui::fitToScreen(&wizard);
            wizard.show();
            settle(300);
            const QString path =
                out + u'/' + ui::LanguageManager::code(language) +
                (found ? QStringLiteral("-welcome-profile.png") : QStringLiteral("-welcome-no-profile.png"));
            if (!wizard.grab().save(path)) {
                std::fprintf(stderr, "could not write %s\n", qPrintable(path));
                return 1;
            }
            std::printf("%s\n", qPrintable(path));
        }
    }
    return 0;
}
