// sfm-onboarding: the wizard. Parses the command line, wires core's services into the wizard, and in
// practice mode (--demo) starts the built-in HelseID simulator in this process. Nothing else.
#include "GuiOptions.h"
#include "GuiServices.h"
#include "LanguageManager.h"
#include "OnboardingWizard.h"
#include "ProcessHardening.h"
#include "WindowGeometry.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "overview/OverviewMainWindow.h"

#include <QApplication>
#include <QByteArrayView>
#include <QDir>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

// --help and --version print and exit: answered without a GUI application, so they work without a display
// (a package check, an SSH session).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" ||
            arg == "-v")
            return true;
    }
    return false;
}

void setWindowIcon()
{
    // Sizes added by file: each is decoded only when the platform asks for it.
    QIcon icon;
    for (const int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/sfm-onboarding-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
}

} // namespace

int main(int argc, char *argv[])
{
    sfm::disableCoreDumps();
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("sfm-onboarding"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SFM_VERSION));
        sfm::gui::GuiOptions options;
        const int exitCode = options.parse(QCoreApplication::arguments());
        return exitCode >= 0 ? exitCode : 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sfm-onboarding"));
    QApplication::setOrganizationName(QStringLiteral("sfm-onboarding"));
    QApplication::setApplicationVersion(QStringLiteral(SFM_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("SFM onboarding"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sfm_onboarding.SfmOnboarding"));

    sfm::gui::GuiOptions options;
    if (const int exitCode = options.parse(app.arguments()); exitCode >= 0)
        return exitCode;

    sfm::gui::GuiServices services(options);
    sfm::ui::LanguageManager languages;
    if (!options.screenshotDir.isEmpty())
        return services.renderScreenshots(languages);
    services.applyLanguage(languages);

    // Support staff with onboardings start on the overview; a first-time user goes straight into the wizard.
    // Only a directory listing decides: the overview reads the files after it is on screen.
    const QString folder = services.context().services->store().directory();
    const bool overviewFirst = !QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty();
    std::unique_ptr<sfm::ui::OnboardingWizard> wizard;
    std::unique_ptr<sfm::ui::OverviewMainWindow> overview;
    const auto openWizard = [&](const QString &id) {
        wizard = std::make_unique<sfm::ui::OnboardingWizard>(services.context(), &languages);
        if (!id.isEmpty()) {
            if (auto resumed = wizard->resume(id); resumed && wizard->onboarding()) {
                const auto &data = wizard->onboarding()->data();
                wizard->setStartId(sfm::ui::OnboardingWizard::pageForState(data.state, data.setup.alternative,
                                                                           wizard->manualWithOwnKey()));
                wizard->restart();
            } else if (overview) {
                overview->showMessage(resumed ? QString() : resumed.error().message);
                wizard.reset();
                return;
            }
        }
        sfm::ui::fitToScreen(wizard.get());
        wizard->show();
    };
    if (overviewFirst) {
        overview = std::make_unique<sfm::ui::OverviewMainWindow>(services.context().services,
                                                                 services.overviewProfile());
        QObject::connect(overview.get(), &sfm::ui::OverviewMainWindow::newOnboardingRequested, &app,
                         [&] { openWizard({}); });
        QObject::connect(overview.get(), &sfm::ui::OverviewMainWindow::openRequested, &app,
                         [&](const QString &id) { openWizard(id); });
        sfm::ui::fitToScreen(overview.get());
        overview->show();
    } else {
        openWizard({});
    }
    // The window icon is set once the first page is on screen: reading the PNGs loads Qt's image plugins,
    // which cost a tenth of the start-up time and change nothing the user needs in the first frame.
    QTimer::singleShot(0, &app, [&app] { QTimer::singleShot(0, &app, setWindowIcon); });
    if (options.quitWhenShown) {
        // The first page has been laid out and painted once the event loop has run a round.
        QTimer::singleShot(0, &app, [] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return app.exec();
}
