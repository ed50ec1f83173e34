#include "GuiOptions.h"

#include <QCommandLineParser>

#include <cstdio>

namespace sfm::gui {

int GuiOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sets up the HelseID client a journal system needs for SFM."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), tr("Start in practice mode, against the built-in HelseID simulator."));
    const QCommandLineOption languageOption(QStringLiteral("language"), tr("The language: nb, nn or en."),
                                            QStringLiteral("code"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("The vendor profile file to use."),
                                           QStringLiteral("file"));
    const QCommandLineOption dirOption(QStringLiteral("onboarding-dir"),
                                       tr("Where onboardings are saved (for support staff and tests)."),
                                       QStringLiteral("dir"));
    const QCommandLineOption shotsOption(
        QStringLiteral("screenshots"),
        tr("Render every page (in nb, nn and en, or in --language) to PNG files in dir, then exit."),
        QStringLiteral("dir"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), tr("Use a dark colour palette."));
    const QCommandLineOption signOption(QStringLiteral("auto-sign-seconds"),
                                        tr("Practice mode: seconds until the simulator signs (default 8)."),
                                        QStringLiteral("seconds"));
    QCommandLineOption quitOption(
        QStringLiteral("quit-when-shown"),
        tr("Print «shown» once the first page is on screen, then quit (for benchmarks)."));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, languageOption, profileOption, dirOption, shotsOption, darkOption,
                       signOption, quitOption});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::fprintf(stdout, "sfm-onboarding %s\n", SFM_VERSION);
        return 0;
    }
    demo = parser.isSet(demoOption);
    language = parser.value(languageOption);
    profilePath = parser.value(profileOption);
    onboardingDir = parser.value(dirOption);
    screenshotDir = parser.value(shotsOption);
    dark = parser.isSet(darkOption);
    quitWhenShown = parser.isSet(quitOption);
    if (parser.isSet(signOption)) {
        bool ok = false;
        const int seconds = parser.value(signOption).toInt(&ok);
        if (!ok || seconds < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("--auto-sign-seconds needs a number of seconds.")));
            return 2;
        }
        autoSignSeconds = seconds;
    }
    if (!language.isEmpty() && language != QLatin1String("nb") && language != QLatin1String("nn") &&
        language != QLatin1String("en")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Unknown language «%1»: use nb, nn or en.").arg(language)));
        return 2;
    }
    return -1;
}

} // namespace sfm::gui
