#include "GuiServices.h"

#include "LanguageManager.h"
#include "Logging.h"
#include "PracticeSimulator.h"
#include "ScreenshotRenderer.h"
#include "Theme.h"
#include "onboarding/ServiceFactory.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QStandardPaths>

namespace sfm::gui {

GuiServices::GuiServices(const GuiOptions &options)
    : m_options(options)
{
    onboarding::ServiceFactory::Config config;
    config.onboardingDir = options.onboardingDir;
    if (!options.screenshotDir.isEmpty() && options.onboardingDir.isEmpty()) {
        m_screenshotDir = std::make_unique<QTemporaryDir>();
        config.onboardingDir = m_screenshotDir->path(); // never show (or touch) the user's own onboardings
    }
    m_services = std::make_unique<onboarding::ServiceFactory>(config);

    if (options.dark)
        ui::Theme::applyDarkPalette();
}

GuiServices::~GuiServices() = default;

ui::WizardContext GuiServices::context()
{
    ui::WizardContext context;
    context.services = m_services.get();
    // The same search as sfmctl's (VendorProfileLocator through the factory): --profile, the file chosen
    // in the settings, beside the program, the system folder, the user's folder; the demo profile only in
    // practice mode.
    context.locateProfile = [this](bool practice) {
        return m_services->locateProfile(m_options.profilePath, practice);
    };
    context.chooseProfile = [this](const QString &path) { return m_services->chooseProfile(path); };
    context.profileFolders = m_services->profileRoots();
    if (PracticeSimulator::isAvailable())
        context.startPractice = [this] { return startPractice(); };
    context.startInPractice = m_options.demo;
    return context;
}

helseid::VendorProfile GuiServices::overviewProfile()
{
    // The overview checks and exports onboardings made earlier: their clients exist, so it needs no API key;
    // the profile gives the vendor's name for the confirmation mail and where the EPJ may read the key.
    auto found = m_services->locateProfile(m_options.profilePath, m_options.demo);
    if (!found) {
        qCInfo(lcUi) << "overview without a vendor profile:" << found.error().code;
        return {};
    }
    return found->profile;
}

Result<helseid::Environment> GuiServices::startPractice()
{
    if (!m_practice) {
        auto practice = std::make_unique<PracticeSimulator>();
        const QString stateDir = m_options.screenshotDir.isEmpty()
                                     ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                     : QString();
        if (auto started = practice->start(m_options.autoSignSeconds, stateDir); !started)
            return started.error();
        m_practice = std::move(practice);
    }
    return m_practice->environment();
}

void GuiServices::applyLanguage(ui::LanguageManager &languages)
{
    const QString code =
        !m_options.language.isEmpty() ? m_options.language : m_services->settings().language();
    languages.setLanguage(ui::LanguageManager::fromCode(code).value_or(ui::LanguageManager::systemDefault()));
    QObject::connect(&languages, &ui::LanguageManager::languageChanged, &languages, [this](auto language) {
        m_services->settings().setLanguage(ui::LanguageManager::code(language));
        m_services->settings().sync();
    });
}

int GuiServices::renderScreenshots(ui::LanguageManager &languages)
{
    // Screenshots are always taken in practice mode with a fresh onboarding folder, so they show the same
    // pages on every machine and never a user's own onboardings.
    m_options.autoSignSeconds = 0; // the tool signs when it has shot the waiting page
    const QStringList codes = m_options.language.isEmpty() ? QStringList() : QStringList{m_options.language};
    ScreenshotRenderer renderer(*this, languages, m_options.screenshotDir, codes);
    return renderer.run();
}

} // namespace sfm::gui
