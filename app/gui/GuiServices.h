#pragma once

#include "GuiOptions.h"
#include "WizardContext.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace sfm::onboarding {
class ServiceFactory;
}
namespace sfm::ui {
class LanguageManager;
}

namespace sfm::gui {

class PracticeSimulator;

// Wires the wizard: core's services from the one ServiceFactory (settings, HTTP client, onboarding store,
// keychain and its explicit fallback), the vendor profile and — for practice mode — the built-in simulator,
// started in this process on first use.
class GuiServices
{
    Q_DECLARE_TR_FUNCTIONS(GuiServices)

public:
    explicit GuiServices(const GuiOptions &options);
    ~GuiServices();

    ui::WizardContext context();
    // The vendor profile for the overview (none found: an empty one; never the demo one outside --demo).
    helseid::VendorProfile overviewProfile();
    // The language from the command line, else the saved one; later changes are saved.
    void applyLanguage(ui::LanguageManager &languages);
    // --screenshots: renders every page in nb, nn and en; the exit code.
    int renderScreenshots(ui::LanguageManager &languages);
    // The practice simulator once started (for the screenshot tool), else null.
    PracticeSimulator *practice() const { return m_practice.get(); }

private:
    Result<helseid::Environment> startPractice();

    GuiOptions m_options;
    // Only when rendering screenshots: a folder of its own for their onboardings (made, and removed, only
    // then).
    std::unique_ptr<QTemporaryDir> m_screenshotDir;
    std::unique_ptr<onboarding::ServiceFactory> m_services;
    std::unique_ptr<PracticeSimulator> m_practice;
};

} // namespace sfm::gui
