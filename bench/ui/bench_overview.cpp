// The overview with 1,000 onboarding files (issue 15): the time to open it against a bare QTableView of the
// same rows (both read the same files, measured in the same run, median of several), and the longest
// UI-thread stall while scrolling, sorting and filtering (goal < 50 ms), next to an idle event loop.
//   bench_overview [FILES] [RUNS]
#include "LatencyProbe.h"
#include "OverviewSamples.h"

#include "BenchSupport.h"
#include "fleet/OnboardingCollection.h"
#include "onboarding/OnboardingState.h"
#include "overview/OverviewFilterModel.h"
#include "overview/OverviewModel.h"
#include "overview/OverviewWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using sfm::onboarding::OnboardingData;
using sfm::onboarding::State;

namespace {

using bench::idle;
using bench::median;

// Shown and painted once.
void settle(QWidget &w)
{
    w.show();
    QCoreApplication::processEvents();
    w.repaint();
    QCoreApplication::processEvents();
}

// The baseline: the same files read with OnboardingStore::list() into a plain item model with the same nine
// columns of text, in a bare QTableView.
double openBare(const QString &dir)
{
    QElapsedTimer t;
    t.start();
    const auto listing = sfm::onboarding::OnboardingStore(dir).list();
    QStandardItemModel model(int(listing.onboardings.size()), 9);
    int row = 0;
    for (const OnboardingData &d : listing.onboardings) {
        const QStringList cells = {d.setup.journalName,
                                   d.setup.organizationNumber,
                                   d.setup.environment.name(),
                                   QString::number(int(d.setup.alternative)),
                                   sfm::onboarding::stateLabel(d.state),
                                   QString(),
                                   d.waitingSince.toString(),
                                   d.keyExpiresAt.toString(),
                                   d.lastCheckedAt.toString()};
        for (int c = 0; c < cells.size(); ++c)
            model.setItem(row, c, new QStandardItem(cells.at(c)));
        ++row;
    }
    QTableView view;
    view.setModel(&model);
    view.resize(1366, 700);
    settle(view);
    return double(t.nsecsElapsed()) / 1e6;
}

double openOverview(const QString &dir)
{
    QElapsedTimer t;
    t.start();
    sfm::fleet::OnboardingCollection collection(dir);
    collection.refresh();
    sfm::ui::OverviewWindow window(&collection);
    window.resize(1366, 700);
    settle(window);
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;sfm.*=false");
    QApplication app(argc, argv);
    const int files = argc > 1 ? std::max(10, atoi(argv[1])) : 1000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;

    QTemporaryDir dir;
    const QList<OnboardingData> dozen = overview_samples::dozen();
    QList<OnboardingData> all;
    for (int i = 0; i < files; ++i) {
        OnboardingData d =
            overview_samples::make(dozen.at(i % dozen.size()).setup.journalName + u' ' + QString::number(i),
                                   dozen.at(i % dozen.size()).setup.organizationNumber,
                                   dozen.at(i % dozen.size()).setup.environment.name(),
                                   dozen.at(i % dozen.size()).state, 1, QStringLiteral("client-%1").arg(i));
        d.keyExpiresAt = overview_samples::fixedNow().addDays(i % 90);
        all << d;
    }
    if (!overview_samples::writeAll(dir.path(), all)) {
        std::fprintf(stderr, "could not write the files\n");
        return 1;
    }

    // Open: alternate the two so both see the same disk cache and machine load.
    openBare(dir.path()); // warm-up (file cache, fonts)
    openOverview(dir.path());
    std::vector<double> bare, overview;
    for (int i = 0; i < runs; ++i) {
        bare.push_back(openBare(dir.path()));
        overview.push_back(openOverview(dir.path()));
    }

    // Stalls, on one open overview.
    sfm::fleet::OnboardingCollection collection(dir.path());
    collection.refresh();
    sfm::ui::OverviewWindow window(&collection);
    window.resize(1366, 700);
    settle(window);
    LatencyProbe probe;
    probe.start();
    idle(1000);
    probe.stop();
    const double idleStall = probe.maxStallMs();

    // Scrolling: page by page to the end and back, one step per event-loop turn as a wheel would.
    QScrollBar *bar = window.table()->verticalScrollBar();
    probe.start();
    for (int pass = 0; pass < 2; ++pass) {
        for (int v = 0; v <= bar->maximum(); v += std::max(1, bar->pageStep())) {
            bar->setValue(pass == 0 ? v : bar->maximum() - v);
            idle(8);
        }
    }
    probe.stop();
    const double scrollStall = probe.maxStallMs();

    // Sorting by every column, both ways.
    probe.start();
    for (int c = 0; c < sfm::ui::OverviewModel::ColumnCount; ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            window.table()->sortByColumn(c, order);
            idle(10);
        }
    }
    probe.stop();
    const double sortStall = probe.maxStallMs();

    // Filtering: typing a search letter by letter (each keystroke re-filters), then the quick filters.
    probe.start();
    for (const QString &text :
         {QStringLiteral("Lege"), QStringLiteral("974760673"), QStringLiteral("client-99")}) {
        for (int i = 1; i <= text.size(); ++i) {
            window.searchField()->setText(text.left(i));
            idle(10);
        }
        window.searchField()->clear();
        idle(10);
    }
    for (int i = 0; i < window.showFilter()->count(); ++i) {
        window.showFilter()->setCurrentIndex(i);
        idle(10);
    }
    window.showFilter()->setCurrentIndex(0);
    for (int i = 0; i < window.stateFilter()->count(); ++i) {
        window.stateFilter()->setCurrentIndex(i);
        idle(10);
    }
    probe.stop();
    const double filterStall = probe.maxStallMs();

    // A change on disk by another writer: the rescan of 1,000 files re-reads one.
    probe.start();
    OnboardingData changed = collection.at(500);
    changed.state = State::Ready;
    (void)sfm::onboarding::OnboardingStore(dir.path()).save(changed);
    idle(600);
    probe.stop();
    const double rescanStall = probe.maxStallMs();

    const double b = median(bare);
    const double o = median(overview);
    std::printf("%d onboarding files, %d runs\n", files, runs);
    std::printf("bare QTableView open         median %.1f ms\n", b);
    std::printf("overview open                median %.1f ms\n", o);
    std::printf("ratio overview/bare          %.2f (goal <= 2.0: %s)\n", o / std::max(b, 0.1),
                o / std::max(b, 0.1) <= 2.0 ? "met" : "NOT met");
    std::printf("idle event loop              longest stall %.1f ms (machine noise)\n", idleStall);
    std::printf("scrolling                    longest stall %.1f ms\n", scrollStall);
    std::printf("sorting (every column)       longest stall %.1f ms\n", sortStall);
    std::printf("filtering (search, filters)  longest stall %.1f ms\n", filterStall);
    std::printf("change on disk (rescan)      longest stall %.1f ms\n", rescanStall);
    const double worst = std::max({scrollStall, sortStall, filterStall, rescanStall});
    std::printf("goal: every stall < 50 ms: %s\n", worst < 50 ? "met" : "NOT met");
    return 0;
}
