#include "overview/OverviewActions.h"

#include "Dialogs.h"
#include "fleet/ConfirmationMail.h"
#include "fleet/FleetDriver.h"
#include "fleet/OnboardingCollection.h"
#include "fleet/OnboardingFiles.h"
#include "fleet/RequestBudget.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "overview/OverviewModel.h"
#include "overview/OverviewWindow.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>

namespace sfm::ui {

using onboarding::Onboarding;
using onboarding::OnboardingData;

OverviewActions::OverviewActions(OverviewWindow *window, onboarding::ServiceFactory *services,
                                 helseid::VendorProfile profile, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_services(services)
    , m_profile(std::move(profile))
{
    connect(window, &OverviewWindow::checkNowRequested, this, &OverviewActions::checkNow);
    connect(window, &OverviewWindow::copyConfirmationLinkRequested, this,
            &OverviewActions::copyConfirmationLink);
    connect(window, &OverviewWindow::emailConfirmationLinkRequested, this,
            &OverviewActions::emailConfirmationLink);
    connect(window, &OverviewWindow::editContactRequested, this, &OverviewActions::editContact);
    connect(window, &OverviewWindow::exportRequested, this, &OverviewActions::exportConfiguration);
    connect(window, &OverviewWindow::archiveRequested, this, &OverviewActions::archive);
    connect(window, &OverviewWindow::deleteRequested, this, &OverviewActions::remove);
}

OverviewActions::~OverviewActions()
{
    delete m_check; // its onboardings and locks go before the services
}

bool OverviewActions::isChecking() const
{
    return m_check != nullptr;
}

QList<OnboardingData> OverviewActions::load(const QStringList &ids) const
{
    QList<OnboardingData> list;
    for (const QString &id : ids)
        if (auto data = m_services->store().load(id))
            list.append(data.value());
    return list;
}

QString OverviewActions::mailLanguage() const
{
    // The program's language, for customers without a stored one (OnboardingSetup::contactLanguage).
    return fleet::ConfirmationMail::languageFor(QLocale());
}

void OverviewActions::checkNow(const QStringList &ids)
{
    if (m_check) {
        m_pendingChecks += ids;
        return;
    }
    if (!m_budget) {
        // One budget for every check of this program, shared through the one HTTP client.
        fleet::RequestLimits limits;
        limits.maxConcurrent = m_services->maxConcurrentRequests();
        limits.requestsPerSecond = m_services->requestsPerSecond();
        m_budget = std::make_shared<fleet::RequestBudget>(limits);
        m_services->setRequestGate(m_budget);
    }
    m_check = new fleet::FleetDriver(fleet::FleetDriver::Goal::OneCheck, this);
    int busy = 0;
    for (const QString &id : ids) {
        auto lock = m_services->store().lock(id);
        if (!lock) {
            ++busy; // open in the wizard or in sfmctl: it checks by itself there
            continue;
        }
        auto data = m_services->store().load(id);
        if (!data || data->keyReference.kind == onboarding::KeyReference::Kind::EncryptedFile)
            continue; // a passphrase-protected key: checked when opened
        onboarding::OnboardingServices s = m_services->servicesFor(m_profile, &m_services->keychain());
        s.options.listenForConfirmation = false;
        m_check->add(std::make_unique<Onboarding>(data.value(), s), std::move(lock.value()));
    }
    const int count = m_check->count();
    connect(m_check, &fleet::FleetDriver::finished, this, [this, count, busy] {
        m_check->deleteLater();
        m_check = nullptr;
        if (m_window && m_window->model()->collection())
            m_window->model()->collection()->refresh();
        emit message(
            busy > 0
                ? tr("Checked %n onboarding(s); %1 in use elsewhere were left alone.", "", count).arg(busy)
                : tr("Checked %n onboarding(s).", "", count));
        emit checkFinished();
        if (!m_pendingChecks.isEmpty())
            checkNow(std::exchange(m_pendingChecks, {}));
    });
    emit message(tr("Checking %n onboarding(s) in the background…", "", count));
    m_check->start();
}

void OverviewActions::copyConfirmationLink(const QStringList &ids)
{
    QStringList texts;
    for (const auto &customer : fleet::ConfirmationMail::byCustomer(load(ids)))
        if (auto mail = fleet::ConfirmationMail::forCustomer(customer, mailLanguage(), m_profile.vendorName))
            texts.append(mail->plainText());
    if (texts.isEmpty()) {
        emit message(tr("None of the chosen onboardings has a confirmation link yet."));
        return;
    }
    QGuiApplication::clipboard()->setText(texts.join(QStringLiteral("\n\n-----\n\n")));
    emit message(tr("The confirmation text for %n customer(s) is copied.", "", int(texts.size())));
}

void OverviewActions::emailConfirmationLink(const QStringList &ids)
{
    int opened = 0;
    for (const auto &customer : fleet::ConfirmationMail::byCustomer(load(ids)))
        if (auto mail = fleet::ConfirmationMail::forCustomer(customer, mailLanguage(), m_profile.vendorName))
            opened += QDesktopServices::openUrl(mail->mailtoUrl()) ? 1 : 0;
    emit message(opened > 0
                     ? tr("%n e-mail(s) opened in the mail program.", "", opened)
                     : tr("No e-mail could be opened (no confirmation link yet, or no mail program)."));
}

void OverviewActions::editContact(const QString &id)
{
    auto data = m_services->store().load(id);
    if (!data) {
        emit message(data.error().message);
        return;
    }
    const QString journal =
        data->setup.journalName.isEmpty() ? data->setup.organizationNumber : data->setup.journalName;
    const auto answer =
        Dialogs::contact(m_window, journal, data->setup.contactEmail, data->setup.contactLanguage);
    if (!answer)
        return;
    // As every change: under the onboarding's lock (refused while the wizard or sfmctl works it), on the
    // file as it is now.
    auto lock = m_services->store().lock(id);
    if (!lock) {
        emit message(lock.error().message);
        return;
    }
    data = m_services->store().load(id);
    if (!data) {
        emit message(data.error().message);
        return;
    }
    Onboarding onboarding(data.value(), m_services->servicesFor(m_profile, &m_services->keychain()));
    if (auto set = onboarding.setContact(answer->email, answer->language); !set) {
        emit message(set.error().message);
        return;
    }
    if (m_window && m_window->model()->collection())
        m_window->model()->collection()->refresh();
    emit message(onboarding.data().setup.contactEmail.isEmpty()
                     ? tr("The contact of %1 is saved: no address (the mail program asks).").arg(journal)
                     : tr("The confirmation e-mail for %1 goes to %2.")
                           .arg(journal, onboarding.data().setup.contactEmail));
}

void OverviewActions::exportConfiguration(const QStringList &ids)
{
    for (const OnboardingData &data : load(ids)) {
        const QString suggested =
            QStringLiteral("sfm-%1-%2.json").arg(data.setup.organizationNumber, data.clientId.left(8));
        const QString path = Dialogs::saveFileName(m_window, tr("Export the EPJ configuration"), suggested,
                                                   tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
        auto lock = m_services->store().lock(data.id);
        if (!lock) {
            emit message(lock.error().message);
            continue;
        }
        Onboarding onboarding(data, m_services->servicesFor(m_profile, &m_services->keychain()));
        if (auto exported = onboarding.exportConfiguration(path); !exported) {
            emit message(exported.error().message);
            continue;
        }
        emit message(tr("The EPJ configuration is written to %1.").arg(QDir::toNativeSeparators(path)));
    }
}

void OverviewActions::archive(const QStringList &ids)
{
    int archived = 0;
    for (const QString &id : ids) {
        if (auto moved = fleet::OnboardingFiles::archive(m_services->store(), id); !moved)
            emit message(moved.error().message);
        else
            ++archived;
    }
    if (m_window && m_window->model()->collection())
        m_window->model()->collection()->refresh();
    if (archived > 0)
        emit message(tr("%n onboarding(s) moved to %1.", "", archived)
                         .arg(QDir::toNativeSeparators(
                             fleet::OnboardingFiles::archiveDirectory(m_services->store()))));
}

void OverviewActions::remove(const QStringList &ids)
{
    const QList<OnboardingData> list = load(ids);
    auto left = std::make_shared<int>(int(list.size()));
    auto removed = std::make_shared<int>(0);
    for (const OnboardingData &data : list) {
        fleet::OnboardingFiles::remove(m_services->store(), &m_services->keychain(), data,
                                       [this, left, removed, window = m_window](Result<void> done) {
                                           if (!done)
                                               emit message(done.error().message);
                                           else
                                               ++*removed;
                                           if (--*left == 0) {
                                               if (window && window->model()->collection())
                                                   window->model()->collection()->refresh();
                                               emit message(tr("%n onboarding(s) deleted.", "", *removed));
                                           }
                                       });
    }
}

} // namespace sfm::ui
