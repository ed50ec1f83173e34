#pragma once

#include "helseid/VendorProfile.h"
#include "onboarding/OnboardingData.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace sfm::onboarding {
class ServiceFactory;
}
namespace sfm::fleet {
class FleetDriver;
class RequestBudget;
} // namespace sfm::fleet

namespace sfm::ui {

class OverviewWindow;

// Does what the overview's actions ask (OverviewWindow only renders and asks): checks waiting onboardings
// in the background through one shared request budget, copies or e-mails the confirmation link (one text
// per customer, ConfirmationMail), changes a customer's contact, exports the EPJ configuration, archives and
// deletes. Everything runs on the event loop; nothing blocks the window. Results and problems go to the
// window's status line (message()).
class OverviewActions : public QObject
{
    Q_OBJECT

public:
    OverviewActions(OverviewWindow *window, onboarding::ServiceFactory *services,
                    helseid::VendorProfile profile, QObject *parent = nullptr);
    ~OverviewActions() override;

    void checkNow(const QStringList &ids);
    void copyConfirmationLink(const QStringList &ids);
    void emailConfirmationLink(const QStringList &ids);
    // Asks (Dialogs::contact) and changes whom the onboarding's confirmation e-mail goes to
    // (Onboarding::setContact, holding its lock): any state, nothing sent to HelseID.
    void editContact(const QString &id);
    void exportConfiguration(const QStringList &ids);
    void archive(const QStringList &ids);
    void remove(const QStringList &ids);

    bool isChecking() const;

signals:
    // A translated line for the status bar (what was done, or what went wrong).
    void message(const QString &text);
    void checkFinished();

private:
    QList<onboarding::OnboardingData> load(const QStringList &ids) const;
    QString mailLanguage() const;

    QPointer<OverviewWindow> m_window;
    onboarding::ServiceFactory *m_services = nullptr;
    helseid::VendorProfile m_profile;
    std::shared_ptr<fleet::RequestBudget> m_budget;
    fleet::FleetDriver *m_check = nullptr;
    QStringList m_pendingChecks; // asked for while a check runs: checked next
};

} // namespace sfm::ui
