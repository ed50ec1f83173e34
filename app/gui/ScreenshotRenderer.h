#pragma once

#include "WizardContext.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sfm::ui {
class LanguageManager;
class OnboardingWizard;
} // namespace sfm::ui

namespace sfm::gui {

// `sfm-onboarding --screenshots DIR` (and `./dev screenshots`): walks the wizard through every page in
// practice mode, in nb, nn and en, and saves each page as DIR/<lang>-<nn>-<page>.png for the user guides.
class ScreenshotRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRenderer)

public:
    ScreenshotRenderer(std::function<ui::WizardContext()> makeContext, ui::LanguageManager &languages,
                       QString directory);
    int run();

private:
    bool shootLanguage(const QString &code);
    bool save(ui::OnboardingWizard &wizard, const QString &code, int index, const QString &name);

    std::function<ui::WizardContext()> m_makeContext;
    ui::LanguageManager &m_languages;
    QString m_dir;
};

// Runs the event loop until done() or timeoutMs (a tool's wait; pages never block like this).
bool waitFor(const std::function<bool()> &done, int timeoutMs);

} // namespace sfm::gui
