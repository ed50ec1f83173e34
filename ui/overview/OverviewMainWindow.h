#pragma once

#include "helseid/VendorProfile.h"

#include <QMainWindow>

namespace sfm::onboarding {
class ServiceFactory;
}
namespace sfm::fleet {
class OnboardingCollection;
}

namespace sfm::ui {

class OverviewActions;
class OverviewWindow;

// The program's overview window (issue 15), as the app shows it when onboardings exist: the onboarding
// folder's collection (watched, so changes by sfmctl or another process appear without a restart), the
// table (OverviewWindow), its actions wired to the services (OverviewActions), and a status line for what
// an action did. One class, so the GUI test drives exactly what a support person sees. The folder is read
// after the window is on screen (start-up time); "New onboarding" and "open" are the app's to handle.
class OverviewMainWindow : public QMainWindow
{
    Q_OBJECT

public:
    OverviewMainWindow(onboarding::ServiceFactory *services, helseid::VendorProfile profile,
                       QWidget *parent = nullptr);

    fleet::OnboardingCollection *collection() const { return m_collection; }
    OverviewWindow *overview() const { return m_overview; }
    OverviewActions *actions() const { return m_actions; }
    // A line in the status bar (15 seconds), e.g. why an onboarding could not be opened.
    void showMessage(const QString &text);

signals:
    void newOnboardingRequested();
    void openRequested(const QString &id);

private:
    fleet::OnboardingCollection *m_collection = nullptr;
    OverviewWindow *m_overview = nullptr;
    OverviewActions *m_actions = nullptr;
};

} // namespace sfm::ui
