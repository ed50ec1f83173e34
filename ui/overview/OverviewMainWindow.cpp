#include "overview/OverviewMainWindow.h"

#include "fleet/OnboardingCollection.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "overview/OverviewActions.h"
#include "overview/OverviewWindow.h"

#include <QFontMetrics>
#include <QStatusBar>
#include <QTimer>

namespace sfm::ui {

OverviewMainWindow::OverviewMainWindow(onboarding::ServiceFactory *services, helseid::VendorProfile profile,
                                       QWidget *parent)
    : QMainWindow(parent)
    , m_collection(new fleet::OnboardingCollection(services->store().directory(), this))
    , m_overview(new OverviewWindow(m_collection, this))
    , m_actions(new OverviewActions(m_overview, services, std::move(profile), this))
{
    setCentralWidget(m_overview);
    // Wide enough to show every column at once on a laptop screen; Qt would otherwise open the window at
    // the table's small size hint with half the columns scrolled away. fitToScreen trims it on a smaller
    // screen.
    const QFontMetrics metrics(font());
    resize(metrics.averageCharWidth() * 170, metrics.lineSpacing() * 34);
    connect(m_actions, &OverviewActions::message, this, &OverviewMainWindow::showMessage);
    connect(m_overview, &OverviewWindow::newOnboardingRequested, this,
            &OverviewMainWindow::newOnboardingRequested);
    connect(m_overview, &OverviewWindow::openRequested, this, &OverviewMainWindow::openRequested);
    // The files are read once the window is on screen (one event-loop round after it is shown, as the
    // window icon is): a big shared folder must not delay the first frame; the rows follow at once.
    QTimer::singleShot(0, m_collection, [collection = m_collection] {
        QTimer::singleShot(0, collection, &fleet::OnboardingCollection::refresh);
    });
}

void OverviewMainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

} // namespace sfm::ui
