#include "ScopesPage.h"

#include "OnboardingWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace sfm::ui {

using helseid::VendorProfile;
using onboarding::Onboarding;
using onboarding::State;

ScopesPage::ScopesPage(OnboardingWizard *parentWizard)
    : WizardPage(parentWizard)
{
    setObjectName(QStringLiteral("scopesPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    body()->addWidget(m_intro);
    m_list = new QVBoxLayout;
    body()->addLayout(m_list);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    body()->addWidget(m_summary);
    body()->addStretch(1);
    rebuild();
    retranslateUi();
}

void ScopesPage::rebuild()
{
    qDeleteAll(m_boxes);
    qDeleteAll(m_details);
    m_boxes.clear();
    m_details.clear();
    const int indent = fontMetrics().averageCharWidth() * 4;
    for (const VendorProfile::Scope &scope : owner()->profile().scopes) {
        auto *box = new QCheckBox(this);
        box->setProperty("scope", scope.name);
        box->setChecked(scope.required || scope.defaultState == VendorProfile::ScopeDefault::Preselected);
        box->setEnabled(!scope.required);
        auto *detail = new QLabel(this);
        detail->setWordWrap(true);
        detail->setContentsMargins(indent, 0, 0, 4);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_list->addWidget(box);
        m_list->addWidget(detail);
        m_boxes.append(box);
        m_details.append(detail);
        connect(box, &QCheckBox::toggled, this, &ScopesPage::completeChanged);
    }
}

void ScopesPage::attach(Onboarding *current)
{
    if (!current)
        return;
    connect(current, &Onboarding::busyChanged, this, [this](bool busy) {
        if (isWaitingForModel())
            setBusy(busy, [this] { return tr("Sending the client draft to HelseID…"); });
    });
}

int ScopesPage::nextId() const
{
    return OnboardingWizard::ConfirmPageId;
}

void ScopesPage::initializePage()
{
    clearError();
    // After a resume, show what was chosen then.
    if (const Onboarding *current = onboarding()) {
        const QStringList chosen = current->data().setup.scopes;
        if (!chosen.isEmpty()) {
            for (QCheckBox *box : std::as_const(m_boxes))
                box->setChecked(chosen.contains(box->property("scope").toString()) || !box->isEnabled());
        }
    }
    retranslateUi();
}

QStringList ScopesPage::chosenScopes() const
{
    QStringList scopes;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            scopes.append(box->property("scope").toString());
    }
    return scopes;
}

bool ScopesPage::isComplete() const
{
    return !chosenScopes().isEmpty() && WizardPage::isComplete();
}

bool ScopesPage::validatePage()
{
    Onboarding *current = onboarding();
    if (!current)
        return false;
    if (!current->data().isBeforeRegistration())
        return true; // registered already (e.g. after Back): nothing to send again
    clearError();
    owner()->setup().scopes = chosenScopes();
    if (auto applied = owner()->applySetup(); !applied) {
        showError(applied.error());
        return false;
    }
    // Asynchronous: the page stays busy until the Onboarding reports the registration, then moves on.
    waitForModel([this] { return tr("Sending the client draft to HelseID…"); });
    if (current->state() == State::Failed)
        current->retry();
    else
        current->registerClient();
    return false;
}

void ScopesPage::retranslateUi()
{
    setTitle(tr("Scopes (API access)"));
    setSubTitle(tr("What the client may use. Then the wizard sends the client draft to HelseID."));
    m_intro->setText(
        tr("Your vendor's Klientmal (client template) offers these scopes. «Forhåndsvalgt» "
           "(preselected) ones are checked; «Tilgjengelig» (available) ones are yours to choose."));
    const auto &profile = owner()->profile();
    const QString language =
        owner()->languages() ? LanguageManager::code(owner()->languages()->language()) : QStringLiteral("en");
    for (int i = 0; i < m_boxes.size(); ++i) {
        const auto *scope = profile.scope(m_boxes.at(i)->property("scope").toString());
        if (!scope)
            continue;
        m_boxes.at(i)->setText(scope->displayNameFor(language));
        m_boxes.at(i)->setAccessibleName(scope->displayNameFor(language));
        QString state = scope->defaultState == VendorProfile::ScopeDefault::Preselected
                            ? tr("Forhåndsvalgt (preselected)")
                            : tr("Tilgjengelig (available)");
        if (scope->required)
            state = tr("always included: the wizard reads the client's status with it");
        m_details.at(i)->setText(tr("%1 — %2").arg(scope->name, state));
    }
    m_summary->setText(
        tr("When you press Next, the client draft is sent with the public key. Nothing can be "
           "used until someone confirms it in the portal — the next page helps you with that."));
}

} // namespace sfm::ui
