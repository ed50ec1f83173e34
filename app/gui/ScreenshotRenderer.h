#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

#include <functional>

namespace sfm::ui {
class LanguageManager;
class OnboardingWizard;
} // namespace sfm::ui

namespace sfm::gui {

class GuiServices;

// `sfm-onboarding --screenshots DIR` (and `./dev screenshots`): walks the wizard through every page in
// practice mode — Alternative 1 from start to Done, then the import pages of Alternatives 2 and 3 — in nb,
// nn and en, and saves each page (and the network settings) as DIR/<lang>-<nn>-<page>.png for the user
// guides.
class ScreenshotRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRenderer)

public:
    // languages: codes to shoot (nb, nn, en); empty = all three.
    ScreenshotRenderer(GuiServices &services, ui::LanguageManager &languages, QString directory,
                       QStringList codes = {});
    int run();

private:
    bool shootAlternative1(const QString &code);
    bool shootImportPages(const QString &code);
    bool shootNetworkSettings(const QString &code);
    bool save(QWidget &widget, const QString &code, int index, const QString &name);
    bool fail(const QString &what);

    GuiServices &m_services;
    ui::LanguageManager &m_languages;
    QString m_dir;
    QStringList m_codes;
};

// Runs the event loop until done() or timeoutMs (a tool's wait; pages never block like this).
bool waitFor(const std::function<bool()> &done, int timeoutMs);

} // namespace sfm::gui
