#include "WelcomePage.h"

#include "Dialogs.h"
#include "InlineError.h"
#include "KeyExpiryPanel.h"
#include "NetworkSettingsDialog.h"
#include "OnboardingWizard.h"
#include "VendorProfilePanel.h"
#include "helseid/KeyExpiry.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sfm::ui {

using Kind = helseid::Environment::Kind;

WelcomePage::WelcomePage(OnboardingWizard *parentWizard)
    : WizardPage(parentWizard)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    body()->addWidget(m_intro);

    auto *languageRow = new QFormLayout;
    m_language = new QComboBox(this);
    for (const auto language : LanguageManager::languages())
        m_language->addItem(LanguageManager::nativeName(language), LanguageManager::code(language));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    languageRow->addRow(m_languageLabel, m_language);
    body()->addLayout(languageRow);
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const auto language = LanguageManager::fromCode(m_language->itemData(index).toString());
        if (language && owner()->languages())
            owner()->languages()->setLanguage(*language);
    });
    if (auto *languages = owner()->languages()) {
        connect(languages, &LanguageManager::languageChanged, this, [this](auto language) {
            m_language->setCurrentIndex(m_language->findData(LanguageManager::code(language)));
        });
        m_language->setCurrentIndex(m_language->findData(LanguageManager::code(languages->language())));
    }

    m_environmentBox = new QGroupBox(this);
    auto *envLayout = new QVBoxLayout(m_environmentBox);
    m_practice = new QRadioButton(m_environmentBox);
    m_test = new QRadioButton(m_environmentBox);
    m_prod = new QRadioButton(m_environmentBox);
    m_environmentGroup = new QButtonGroup(this);
    m_environmentGroup->addButton(m_practice, int(Kind::Demo));
    m_environmentGroup->addButton(m_test, int(Kind::Test));
    m_environmentGroup->addButton(m_prod, int(Kind::Prod));
    envLayout->addWidget(m_practice);
    envLayout->addWidget(m_test);
    envLayout->addWidget(m_prod);
    m_environmentNote = new QLabel(m_environmentBox);
    m_environmentNote->setWordWrap(true);
    envLayout->addWidget(m_environmentNote);
    m_environmentError = new InlineError(m_environmentBox);
    envLayout->addWidget(m_environmentError);
    m_network = new QPushButton(m_environmentBox);
    m_network->setObjectName(QStringLiteral("networkSettings"));
    m_network->setEnabled(owner()->context().services != nullptr);
    auto *networkRow = new QHBoxLayout;
    networkRow->addWidget(m_network);
    networkRow->addStretch(1);
    envLayout->addLayout(networkRow);
    connect(m_network, &QPushButton::clicked, this, &WelcomePage::editNetwork);
    body()->addWidget(m_environmentBox);
    m_practice->setEnabled(owner()->hasPractice());
    connect(m_environmentGroup, &QButtonGroup::idClicked, this, &WelcomePage::environmentClicked);

    // Which vendor profile is used, or that none was found and how to get one. Made after the environment
    // is chosen below, since that decides which profile is used.
    m_profile = new VendorProfilePanel(parentWizard, this);
    body()->addWidget(m_profile);

    m_startBox = new QGroupBox(this);
    auto *startLayout = new QVBoxLayout(m_startBox);
    m_startLayout = startLayout;
    m_new = new QRadioButton(m_startBox);
    m_resume = new QRadioButton(m_startBox);
    m_new->setChecked(true);
    m_listEmpty = new QLabel(m_startBox);
    m_listEmpty->setWordWrap(true);
    m_resumeError = new InlineError(m_startBox);
    startLayout->addWidget(m_new);
    startLayout->addWidget(m_resume);
    // The list itself is made when there is something in it (ensureList()).
    startLayout->addWidget(m_listEmpty);
    startLayout->addWidget(m_resumeError);
    body()->addWidget(m_startBox);
    body()->addStretch(1);

    connect(m_resume, &QRadioButton::toggled, this, [this](bool on) {
        if (m_list) {
            m_list->setEnabled(on);
            if (on && !m_list->currentItem() && m_list->topLevelItemCount() > 0)
                m_list->setCurrentItem(m_list->topLevelItem(0));
        }
        emit completeChanged();
    });

    // --demo starts in practice mode; otherwise the last environment used, TEST by default.
    Kind initial = Kind::Test;
    if (owner()->context().startInPractice && owner()->hasPractice())
        initial = Kind::Demo;
    if (initial == Kind::Demo) {
        if (auto selected = owner()->selectEnvironment(Kind::Demo); !selected) {
            m_environmentError->setError(selected.error());
            initial = Kind::Test;
            (void)owner()->selectEnvironment(Kind::Test);
        }
    } else {
        (void)owner()->selectEnvironment(Kind::Test);
    }
    connect(parentWizard, &OnboardingWizard::practiceModeChanged, this, [this] { syncEnvironmentButtons(); });
    syncEnvironmentButtons();
    retranslateUi(); // also fills the resume list
}

void WelcomePage::initializePage()
{
    refreshResumeList();
}

void WelcomePage::environmentClicked(int id)
{
    const Kind kind = Kind(id);
    m_environmentError->clear();
    if (kind == owner()->environment().kind)
        return;
    if (kind == Kind::Prod &&
        Dialogs::ask(this, tr("Use production?"),
                     tr("In production you create a real HelseID client for your organization, and someone "
                        "with the right to do so must confirm it and sign the agreement documents. Use the "
                        "test environment or practice mode to try things out first.\n\nContinue in "
                        "production?"),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        syncEnvironmentButtons();
        return;
    }
    if (auto selected = owner()->selectEnvironment(kind); !selected)
        m_environmentError->setError(selected.error());
    syncEnvironmentButtons();
    updateProfileText();
}

void WelcomePage::editNetwork()
{
    onboarding::ServiceFactory *services = owner()->context().services;
    if (!services)
        return;
    NetworkSettingsDialog dialog(services->networkSettings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    services->applyNetworkSettings(dialog.settings()); // applies to the next request, and is saved
}

void WelcomePage::syncEnvironmentButtons()
{
    if (QAbstractButton *button = m_environmentGroup->button(int(owner()->environment().kind)))
        button->setChecked(true);
    updateProfileText();
}

void WelcomePage::updateProfileText()
{
    // TEST and PROD share a profile, but whether it has an API key differs between them.
    m_profile->refresh();
}

QTreeWidget *WelcomePage::ensureList()
{
    if (m_list)
        return m_list;
    // Made on first need: most starts have nothing to resume, and an empty list still costs start-up time.
    m_list = new QTreeWidget(m_startBox);
    m_list->setObjectName(QStringLiteral("resumeList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setUniformRowHeights(true);
    m_list->setMinimumHeight(fontMetrics().height() * 5);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_startLayout->insertWidget(m_startLayout->indexOf(m_resume) + 1, m_list);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { emit completeChanged(); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        m_resume->setChecked(true);
        owner()->next();
    });
    QWidget::setTabOrder(m_resume, m_list);
    retranslateList();
    return m_list;
}

void WelcomePage::retranslateList()
{
    if (!m_list)
        return;
    m_list->setHeaderLabels({tr("Journal"), tr("State"), tr("Environment"), tr("Key expires")});
    m_list->setAccessibleName(tr("Unfinished onboardings"));
}

void WelcomePage::refreshResumeList()
{
    const QString keep = selectedId();
    if (m_list)
        m_list->clear();
    if (owner()->context().services) {
        onboarding::OnboardingStore *store = &owner()->context().services->store();
        const auto listing = store->list();
        for (const auto &saved : listing.onboardings) {
            // Exported ones are done, unless their key needs attention within the warning window.
            if (saved.state == onboarding::State::Cancelled ||
                (saved.state == onboarding::State::Exported && !keyNeedsAttention(saved)))
                continue;
            ensureList();
            const QString journal =
                saved.setup.journalName.isEmpty()
                    ? saved.setup.organizationNumber
                    : tr("%1 (%2)").arg(saved.setup.journalName, saved.setup.organizationNumber);
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, journal);
            item->setText(1, onboarding::stateLabel(saved.state));
            // Another program works it: say so here, before the user picks it (resume refuses it).
            if (const auto holder = store->lockHolder(saved.id); holder && !holder->isThisProcess()) {
                item->setText(
                    1, tr("%1 — in use by %2").arg(onboarding::stateLabel(saved.state), holder->describe()));
                item->setToolTip(1, tr("Another program works this onboarding. Finish or close it there "
                                       "first."));
            }
            item->setText(2, saved.setup.environment.name().toUpper());
            showKeyExpiry(item, saved);
            item->setData(0, Qt::UserRole, saved.id);
            item->setToolTip(
                0, tr("Last changed %1")
                       .arg(QLocale().toString(saved.updatedAt.toLocalTime(), QLocale::ShortFormat)));
            if (saved.id == keep)
                m_list->setCurrentItem(item);
        }
        if (!listing.problems.isEmpty())
            m_resumeError->setError(listing.problems.first());
    }
    const bool any = m_list && m_list->topLevelItemCount() > 0;
    m_resume->setEnabled(any);
    if (m_list) {
        m_list->setVisible(any);
        m_list->setEnabled(m_resume->isChecked());
    }
    m_listEmpty->setVisible(!any);
    if (!any)
        m_new->setChecked(true);
    // With nothing to resume (and no file to report) "start a new one" is the only choice: the box would
    // only make the page taller than the window, and a page that scrolls is laid out twice at start.
    m_startBox->setVisible(any || !m_resumeError->isHidden());
    emit completeChanged();
}

bool WelcomePage::keyNeedsAttention(const onboarding::OnboardingData &saved)
{
    const helseid::KeyExpiry expiry(
        saved.keyExpiresAt.isValid() ? std::optional<QDateTime>(saved.keyExpiresAt) : std::nullopt);
    return expiry.isDueWithin(QDateTime::currentDateTimeUtc(), KeyExpiryPanel::WarningDays);
}

void WelcomePage::showKeyExpiry(QTreeWidgetItem *item, const onboarding::OnboardingData &saved) const
{
    if (!saved.keyExpiresAt.isValid())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const helseid::KeyExpiry expiry(saved.keyExpiresAt);
    const QString date = QLocale().toString(saved.keyExpiresAt.toLocalTime().date(), QLocale::ShortFormat);
    const int days = int(expiry.daysLeft(now).value_or(0));
    const bool portalOnly = !saved.clientId.isEmpty() &&
                            !saved.setup.scopes.contains(QString::fromUtf16(onboarding::SelfServiceScope));
    if (expiry.isExpired(now)) {
        item->setText(3, tr("expired %1").arg(date));
        item->setForeground(3, KeyExpiryPanel::expiredColour(palette()));
    } else {
        item->setText(3, tr("%1 (%n day(s))", nullptr, days).arg(date));
        if (expiry.isDueWithin(now, KeyExpiryPanel::WarningDays))
            item->setForeground(3, KeyExpiryPanel::warningColour(palette()));
    }
    item->setToolTip(3, portalOnly ? tr("Renew this one in the portal before %1: the client cannot renew "
                                        "its key itself.")
                                         .arg(date)
                                   : tr("Renewed through HelseID's API (Renew key now, or sfmctl renew)."));
}

QString WelcomePage::selectedId() const
{
    const QTreeWidgetItem *item = m_list ? m_list->currentItem() : nullptr;
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool WelcomePage::isComplete() const
{
    if (m_resume->isChecked() && selectedId().isEmpty())
        return false;
    return WizardPage::isComplete();
}

bool WelcomePage::validatePage()
{
    owner()->ensureAllPages();
    m_resumeError->clear();
    if (m_resume->isChecked()) {
        if (auto resumed = owner()->resume(selectedId()); !resumed) {
            m_resumeError->setError(resumed.error());
            return false;
        }
        return true;
    }
    // A new onboarding: an earlier one (resumed, or already sent to HelseID) stays saved for later.
    if (auto *current = onboarding()) {
        const auto state = current->state();
        if (state != onboarding::State::Draft && state != onboarding::State::KeyReady)
            owner()->releaseOnboarding();
    }
    return true;
}

int WelcomePage::nextId() const
{
    if (m_resume->isChecked() && onboarding()) {
        const auto &saved = onboarding()->data();
        return OnboardingWizard::pageForState(saved.effectiveState(), saved.setup.alternative,
                                              owner()->manualWithOwnKey());
    }
    return OnboardingWizard::OrganizationPageId;
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Welcome"));
    setSubTitle(tr("Set up a HelseID client so your journal system (EPJ) can use SFM."));
    m_intro->setText(tr(
        "This wizard makes a HelseID client for one journal of your organization, keeps its private key in "
        "this computer's keychain, waits until the client is confirmed and the agreement documents are "
        "signed, and hands your journal system a configuration it can use. You can close it at any time "
        "and resume later."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_environmentBox->setTitle(tr("Environment"));
    m_network->setText(tr("N&etwork settings…"));
    m_network->setToolTip(tr("The proxy, and an extra root certificate, if your network needs them."));
    m_practice->setText(tr("&Practice mode"));
    m_test->setText(tr("&Test environment (TEST)"));
    m_prod->setText(tr("Pro&duction (PROD)"));
    m_environmentNote->setText(
        owner()->hasPractice()
            ? tr("Practice mode uses a simulator built into this program: nothing is sent to HelseID. New "
                 "here? Try the whole way there first; it takes a few minutes.")
            : tr("Practice mode is not part of this installation."));
    m_startBox->setTitle(tr("Start or resume"));
    m_new->setText(tr("&Start a new onboarding"));
    m_resume->setText(tr("&Resume an unfinished onboarding:"));
    retranslateList();
    m_listEmpty->setText(tr("There are no unfinished onboardings on this computer."));
    updateProfileText();
    refreshResumeList();
}

} // namespace sfm::ui
