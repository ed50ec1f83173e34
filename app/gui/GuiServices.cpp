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
    if (!options.screenshotDir.isEmpty() && options.onboardingDir.isEmpty())
        config.onboardingDir = m_screenshotDir.path(); // never show (or touch) the user's own onboardings
    m_services = std::make_unique<onboarding::ServiceFactory>(config);

    // The profile: the command line, else the saved one, else the built-in demo profile.
    const QString path =
        !options.profilePath.isEmpty() ? options.profilePath : m_services->settings().vendorProfile();
    if (!path.isEmpty()) {
        if (auto loaded = helseid::VendorProfile::load(path)) {
            m_profile = loaded.value();
            m_profileSource = path;
        } else {
            qCWarning(lcUi) << "vendor profile" << path << "not usable:" << loaded.error().toString();
            m_profileProblem = loaded.error().message;
        }
    }
    if (m_profileSource.isEmpty()) {
        // Left empty: the wizard names the built-in profile in the language of the moment.
        if (auto demo = helseid::VendorProfile::demo())
            m_profile = demo.value();
    }
    if (options.dark)
        ui::Theme::applyDarkPalette();
}

GuiServices::~GuiServices() = default;

ui::WizardContext GuiServices::context()
{
    ui::WizardContext context;
    context.services = m_services.get();
    context.profile = m_profile;
    context.profileSource = m_profileSource;
    if (PracticeSimulator::isAvailable())
        context.startPractice = [this] { return startPractice(); };
    context.startInPractice = m_options.demo;
    return context;
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
