// Renders the overview offscreen in nb, nn and en with a dozen sample onboardings, for the documentation:
//   overview_screenshots OUTPUT_DIR        writes OUTPUT_DIR/{nb,nn,en}-overview.png
#include "OverviewSamples.h"

#include "LanguageManager.h"
#include "Theme.h"
#include "WindowGeometry.h"
#include "fleet/OnboardingCollection.h"
#include "overview/OverviewModel.h"
#include "overview/OverviewWindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Offscreen unless told otherwise (./dev screenshots gives it a 1366x768 screen: offscreen's own is
    // 800x600, narrower than any laptop).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const bool dark = argc > 2 && qstrcmp(argv[2], "--dark") == 0; // to check readability; not for docs
    if (dark)
        sfm::ui::Theme::applyDarkPalette();
    QDir().mkpath(out);
    QTemporaryDir dir;
    if (!overview_samples::writeAll(dir.path(), overview_samples::dozen()))
        return 1;
    sfm::ui::LanguageManager languages;
    sfm::fleet::OnboardingCollection collection(dir.path());
    collection.refresh();
    using L = sfm::ui::LanguageManager::Language;
    for (const L language : {L::Bokmal, L::Nynorsk, L::English}) {
        languages.setLanguage(language);
        sfm::ui::OverviewWindow window(&collection);
        window.model()->setClock(overview_samples::fixedNow);
        window.resize(1366, 600);      // a common laptop screen
        sfm::ui::fitToScreen(&window); // as the program does: a smaller screen gets a smaller window
        window.show();
        QCoreApplication::processEvents();
        window.table()->selectRow(1);
        QCoreApplication::processEvents();
        const QString path =
            out + u'/' + sfm::ui::LanguageManager::code(language) + QStringLiteral("-overview.png");
        if (!window.grab().save(path)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
