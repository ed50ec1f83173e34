// Time from process start to the wizard's first page on screen, as a ratio to a bare one-page QWizard
// measured in the same run (goal <= 1.5x). Both run offscreen as child processes; the clock runs from
// QProcess::start until the child prints "shown". Medians over several alternating runs. The wizard sets its
// window icon one event-loop round after that, on purpose (see app/gui/main.cpp). Practice mode (--demo) is
// reported too: it loads the simulator plugin and starts the simulator before the first page. So is the start
// on the overview (issue 15: a support person's folder of a dozen onboardings opens on the overview), with
// the same goal.
#include "BenchSupport.h"
#include "OverviewSamples.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using bench::median;

double runOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return -1;
    QByteArray out;
    while (!out.contains("shown")) {
        if (!process.waitForReadyRead(30000))
            return -1;
        out += process.readAllStandardOutput();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    process.waitForFinished(10000);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 11;
    const QString wizard = QStringLiteral(SFM_BINARY_DIR "/app/sfm-onboarding");
    const QString bare = QStringLiteral(SFM_BINARY_DIR "/bench/ui/bench_ui_bare_wizard");
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;sfm.*=false"));

    const QStringList normal{QStringLiteral("--quit-when-shown"), QStringLiteral("--language"),
                             QStringLiteral("nb")};
    const QStringList practice = normal + QStringList{QStringLiteral("--demo")};
    // An empty folder opens on the wizard (the first-time user); one with onboardings on the overview.
    const QString emptyFolder = home.filePath(QStringLiteral("empty"));
    const QString fullFolder = home.filePath(QStringLiteral("onboardings"));
    if (!QDir().mkpath(emptyFolder) || !overview_samples::writeAll(fullFolder, overview_samples::dozen())) {
        std::fprintf(stderr, "could not write the onboarding files\n");
        return 1;
    }
    const QStringList onWizard = normal + QStringList{QStringLiteral("--onboarding-dir"), emptyFolder};
    const QStringList onOverview = normal + QStringList{QStringLiteral("--onboarding-dir"), fullFolder};
    std::vector<double> bareTimes, wizardTimes, practiceTimes, overviewTimes;
    // Warm the page cache for both binaries first, so neither pays for the first disk read.
    runOnce(bare, {}, env);
    runOnce(wizard, onWizard, env);
    runOnce(wizard, practice, env);
    runOnce(wizard, onOverview, env);
    for (int i = 0; i < runs; ++i) {
        bareTimes.push_back(runOnce(bare, {}, env));
        wizardTimes.push_back(runOnce(wizard, onWizard, env));
        practiceTimes.push_back(runOnce(wizard, practice, env));
        overviewTimes.push_back(runOnce(wizard, onOverview, env));
    }
    if (std::count(bareTimes.begin(), bareTimes.end(), -1.0) ||
        std::count(wizardTimes.begin(), wizardTimes.end(), -1.0) ||
        std::count(practiceTimes.begin(), practiceTimes.end(), -1.0) ||
        std::count(overviewTimes.begin(), overviewTimes.end(), -1.0)) {
        std::fprintf(stderr, "a child did not report \"shown\"\n");
        return 1;
    }
    const double b = median(bareTimes), w = median(wizardTimes), p = median(practiceTimes),
                 o = median(overviewTimes);
    std::printf("startup bare QWizard        median %.1f ms (%d runs)\n", b, runs);
    std::printf("startup sfm-onboarding      median %.1f ms (%d runs)\n", w, runs);
    std::printf("startup practice mode       median %.1f ms (%d runs)\n", p, runs);
    std::printf("ratio practice mode/bare    %.2f   (loads the simulator plugin; no goal)\n", p / b);
    std::printf("startup on the overview     median %.1f ms (%d runs, 12 onboardings)\n", o, runs);
    std::printf("ratio startup wizard/bare   %.2f   (goal <= 1.5)\n", w / b);
    std::printf("ratio startup overview/bare %.2f   (goal <= 1.5)\n", o / b);
    return 0;
}
