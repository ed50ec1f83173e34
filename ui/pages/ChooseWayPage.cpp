#include "ChooseWayPage.h"

#include "OnboardingWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::Alternative;

ChooseWayPage::ChooseWayPage(OnboardingWizard *parentWizard)
    : WizardPage(parentWizard)
{
    setObjectName(QStringLiteral("chooseWayPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    body()->addWidget(m_intro);

    m_group = new QButtonGroup(this);
    const int indent = fontMetrics().averageCharWidth() * 4;
    for (int i = 0; i < 3; ++i) {
        m_alt[i] = new QRadioButton(this);
        m_alt[i]->setObjectName(QStringLiteral("alternative%1").arg(i + 1));
        m_group->addButton(m_alt[i], i + 1);
        m_text[i] = new QLabel(this);
        m_text[i]->setWordWrap(true);
        m_text[i]->setContentsMargins(indent, 0, 0, 6);
        m_text[i]->setBuddy(m_alt[i]);
        body()->addWidget(m_alt[i]);
        body()->addWidget(m_text[i]);
        if (i == 2) {
            m_ownKey = new QCheckBox(this);
            m_ownKey->setObjectName(QStringLiteral("ownKey"));
            m_ownKeyText = new QLabel(this);
            m_ownKeyText->setWordWrap(true);
            auto *row = new QGridLayout;
            row->setColumnMinimumWidth(0, indent);
            row->addWidget(m_ownKey, 0, 1);
            row->addWidget(m_ownKeyText, 1, 1);
            row->setColumnStretch(1, 1);
            body()->addLayout(row);
        }
    }
    m_prepare = new QLabel(this);
    m_prepare->setWordWrap(true);
    body()->addWidget(m_prepare);
    body()->addStretch(1);

    connect(m_group, &QButtonGroup::idToggled, this, [this] {
        m_ownKey->setEnabled(chosen() == 3);
        m_ownKeyText->setEnabled(chosen() == 3);
        emit completeChanged();
    });
    retranslateUi();
}

QRadioButton *ChooseWayPage::alternativeButton(int alternative) const
{
    return alternative >= 1 && alternative <= 3 ? m_alt[alternative - 1] : nullptr;
}

int ChooseWayPage::chosen() const
{
    return m_group->checkedId();
}

void ChooseWayPage::initializePage()
{
    const bool hasKey = owner()->profileHasApiKey();
    m_alt[0]->setEnabled(hasKey);
    const auto *current = onboarding();
    const Alternative alternative =
        current ? current->data().setup.alternative : owner()->setup().alternative;
    int pick = int(alternative);
    if (!current && (pick == 1 && !hasKey))
        pick = 0;
    if (pick == 0)
        pick = hasKey ? 1 : 2;
    m_alt[pick - 1]->setChecked(true);
    m_ownKey->setChecked(owner()->manualWithOwnKey());
    m_ownKey->setEnabled(pick == 3);
    // Once sent to HelseID the way is fixed.
    const bool locked = current && current->state() != onboarding::State::Draft &&
                        current->state() != onboarding::State::KeyReady;
    for (auto *button : m_alt)
        button->setEnabled(!locked && (button != m_alt[0] || hasKey));
    m_ownKey->setEnabled(!locked && pick == 3);
    retranslateUi();
}

bool ChooseWayPage::validatePage()
{
    clearError();
    const int alternative = chosen();
    if (alternative < 1)
        return false;
    auto &setup = owner()->setup();
    const auto *current = onboarding();
    if (current && current->state() != onboarding::State::Draft &&
        current->state() != onboarding::State::KeyReady)
        return true;
    setup.alternative = Alternative(alternative);
    owner()->setManualWithOwnKey(alternative == 3 && m_ownKey->isChecked());
    // Alternative 1 offers the profile's scopes on a later page; 2 and 3 get theirs from the portal's file.
    // Without a vendor profile (Alternatives 2 and 3 only): the self-service and SFM scopes the portal guide
    // asks for; a file from the portal replaces them with the client's own.
    if (setup.scopes.isEmpty())
        setup.scopes = owner()->profile().preselectedScopes();
    if (setup.scopes.isEmpty())
        setup.scopes = {QString::fromUtf16(onboarding::SelfServiceScope),
                        QString::fromUtf16(onboarding::SfmApiScope)};
    if (auto applied = owner()->applySetup(); !applied) {
        showError(applied.error());
        return false;
    }
    return true;
}

int ChooseWayPage::nextId() const
{
    switch (chosen()) {
    case 1:
        return OnboardingWizard::KeyPageId;
    case 3:
        return m_ownKey->isChecked() ? OnboardingWizard::KeyPageId : OnboardingWizard::ImportPageId;
    default:
        return OnboardingWizard::ImportPageId;
    }
}

void ChooseWayPage::retranslateUi()
{
    setTitle(tr("Choose the way"));
    setSubTitle(tr("HelseID offers three ways to make the client. All end in the same place."));
    m_intro->setText(
        tr("Pick the way that fits what you have at hand. Whichever you choose, someone with the "
           "Altinn role «Ta i bruk HelseID for et fagsystem» on the organization's main entity "
           "(hovedenhet) must confirm the client and sign the agreement documents."));
    const bool hasKey = owner()->profileHasApiKey();
    m_alt[0]->setText(hasKey ? tr("Alternative &1: automatically through the API (recommended)")
                             : tr("Alternative &1: automatically through the API (not available)"));
    m_text[0]->setText(
        hasKey
            ? tr("Needs the API key that is in your vendor profile — nothing more to fetch. The wizard makes "
                 "the key pair and the client draft; then a person with the Altinn role confirms it in the "
                 "portal (you can send them the link) and signs.")
        : owner()->hasProfile()
            ? tr("Needs an API key from your vendor's Klientmal (client template) for this environment. "
                 "Your vendor profile has none, so use Alternative 2 or 3, or ask your vendor for a "
                 "profile with a key.")
            : tr("Needs the vendor profile from your EPJ vendor, with an API key for this environment. No "
                 "vendor profile was found on this computer (the first page says where the wizard looked), "
                 "so use Alternative 2 or 3, or ask your vendor for the profile."));
    m_alt[1]->setText(tr("Alternative &2: package link from your vendor"));
    m_text[1]->setText(
        tr("Needs the package link your EPJ vendor sent you, and a mobile phone for the SMS. A "
           "person with the Altinn role opens the link in the portal, which makes the client and "
           "a zip file with its key; the zip's password comes by SMS. You import the zip here."));
    m_alt[2]->setText(tr("Alternative &3: by hand in the portal"));
    m_text[2]->setText(
        tr("Needs access to the self-service portal (Selvbetjening). Someone creates the client "
           "from your vendor's Klientmal (client template) and downloads its configuration file "
           "(a zip, password by SMS). You import it here, or make the key here and paste its "
           "public part in the portal."));
    m_ownKey->setText(tr("Make the &key pair here"));
    m_ownKeyText->setText(tr("You then paste its public key in the portal instead of downloading a zip. The "
                             "private key never leaves this computer."));
    m_prepare->setText(tr("You can stop after any step and resume later from the first page."));
}

} // namespace sfm::ui
