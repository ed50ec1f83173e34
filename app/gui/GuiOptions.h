#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sfm::gui {

// The wizard's command line (see `sfm-onboarding --help` and installer/man/sfm-onboarding.1).
struct GuiOptions
{
    Q_DECLARE_TR_FUNCTIONS(GuiOptions)

public:
    bool demo = false;       // start in practice mode with the built-in simulator
    QString language;        // nb, nn or en; empty = the saved setting or the system's language
    QString profilePath;     // a vendor profile file; empty = the saved setting, else where one is installed
    QString onboardingDir;   // where onboardings are saved; empty = the saved setting or the default
    QString screenshotDir;   // render every page in nb, nn and en to PNG files here, then exit
    bool dark = false;       // a dark palette (also for screenshots)
    int autoSignSeconds = 8; // practice mode: the simulator signs this long after confirmation
    bool quitWhenShown = false; // bench/ui: print "shown" once the first page is on screen, then quit

    // -1 to go on, else the exit code (after --help, --version or a usage error).
    int parse(const QStringList &arguments);
};

} // namespace sfm::gui
