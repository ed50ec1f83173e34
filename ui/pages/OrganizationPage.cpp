#include "OrganizationPage.h"

#include "InlineError.h"
#include "LanguageManager.h"
#include "OnboardingWizard.h"
#include "onboarding/ContactDetails.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OrganizationNumber.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::OnboardingSetup;

OrganizationPage::OrganizationPage(OnboardingWizard *parentWizard)
    : WizardPage(parentWizard)
{
    setObjectName(QStringLiteral("organizationPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    body()->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_orgNumber = new QLineEdit(this);
    m_orgNumber->setObjectName(QStringLiteral("organizationNumber"));
    m_orgNumber->setMaxLength(20);
    m_orgNumber->setInputMethodHints(Qt::ImhDigitsOnly);
    m_orgLabel = new QLabel(this);
    m_orgLabel->setBuddy(m_orgNumber);
    m_orgError = new InlineError(this);
    auto *orgColumn = new QVBoxLayout;
    orgColumn->addWidget(m_orgNumber);
    orgColumn->addWidget(m_orgError);
    form->addRow(m_orgLabel, orgColumn);

    m_children = new QLineEdit(this);
    m_children->setObjectName(QStringLiteral("childUnits"));
    m_childrenLabel = new QLabel(this);
    m_childrenLabel->setBuddy(m_children);
    m_childrenHint = new QLabel(this);
    m_childrenHint->setWordWrap(true);
    m_childrenError = new InlineError(this);
    auto *childColumn = new QVBoxLayout;
    childColumn->addWidget(m_children);
    childColumn->addWidget(m_childrenHint);
    childColumn->addWidget(m_childrenError);
    form->addRow(m_childrenLabel, childColumn);

    m_journalName = new QLineEdit(this);
    m_journalName->setObjectName(QStringLiteral("journalName"));
    m_journalName->setMaxLength(100);
    m_journalNameLabel = new QLabel(this);
    m_journalNameLabel->setBuddy(m_journalName);
    form->addRow(m_journalNameLabel, m_journalName);
    body()->addLayout(form);

    m_journalBox = new QGroupBox(this);
    auto *journalLayout = new QVBoxLayout(m_journalBox);
    m_new = new QRadioButton(m_journalBox);
    m_existing = new QRadioButton(m_journalBox);
    m_new->setChecked(true);
    journalLayout->addWidget(m_new);
    journalLayout->addWidget(m_existing);
    auto *sfmRow = new QFormLayout;
    m_sfmId = new QLineEdit(m_journalBox);
    m_sfmId->setObjectName(QStringLiteral("sfmId"));
    m_sfmId->setMaxLength(60);
    m_sfmIdLabel = new QLabel(m_journalBox);
    m_sfmIdLabel->setBuddy(m_sfmId);
    m_sfmIdError = new InlineError(m_journalBox);
    auto *sfmColumn = new QVBoxLayout;
    sfmColumn->addWidget(m_sfmId);
    sfmColumn->addWidget(m_sfmIdError);
    sfmRow->addRow(m_sfmIdLabel, sfmColumn);
    journalLayout->addLayout(sfmRow);
    m_existingNote = new QLabel(m_journalBox);
    m_existingNote->setWordWrap(true);
    journalLayout->addWidget(m_existingNote);
    body()->addWidget(m_journalBox);

    // Optional and ours only (never sent to HelseID): whom the overview's confirmation mail goes to.
    m_contactBox = new QGroupBox(this);
    auto *contactForm = new QFormLayout(m_contactBox);
    contactForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_contactEmail = new QLineEdit(m_contactBox);
    m_contactEmail->setObjectName(QStringLiteral("contactEmail"));
    m_contactEmail->setMaxLength(254);
    m_contactEmail->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_contactEmailLabel = new QLabel(m_contactBox);
    m_contactEmailLabel->setBuddy(m_contactEmail);
    m_contactEmailError = new InlineError(m_contactBox);
    auto *emailColumn = new QVBoxLayout;
    emailColumn->addWidget(m_contactEmail);
    emailColumn->addWidget(m_contactEmailError);
    contactForm->addRow(m_contactEmailLabel, emailColumn);
    m_contactLanguage = new QComboBox(m_contactBox);
    m_contactLanguage->setObjectName(QStringLiteral("contactLanguage"));
    m_contactLanguage->addItem(QString(), QString());
    for (const auto language : LanguageManager::languages())
        m_contactLanguage->addItem(LanguageManager::nativeName(language), LanguageManager::code(language));
    m_contactLanguageLabel = new QLabel(m_contactBox);
    m_contactLanguageLabel->setBuddy(m_contactLanguage);
    contactForm->addRow(m_contactLanguageLabel, m_contactLanguage);
    m_contactHint = new QLabel(m_contactBox);
    m_contactHint->setWordWrap(true);
    contactForm->addRow(m_contactHint);
    // Once sent to HelseID the fields above are locked and say so here; the contact below stays editable.
    m_locked = new QLabel(this);
    m_locked->setWordWrap(true);
    m_locked->hide();
    body()->addWidget(m_locked);
    body()->addWidget(m_contactBox);
    body()->addStretch(1);

    const bool existingAllowed =
        owner()->profile().sfmIdMode == helseid::VendorProfile::SfmIdMode::AudienceSpecificClaimWhenExisting;
    m_existing->setEnabled(existingAllowed);
    m_sfmId->setEnabled(false);

    connect(m_orgNumber, &QLineEdit::textChanged, this, &OrganizationPage::validateLive);
    connect(m_children, &QLineEdit::textChanged, this, &OrganizationPage::validateLive);
    connect(m_sfmId, &QLineEdit::textChanged, this, &OrganizationPage::validateLive);
    connect(m_contactEmail, &QLineEdit::textChanged, this, &OrganizationPage::validateLive);
    connect(m_existing, &QRadioButton::toggled, this, [this](bool on) {
        m_sfmId->setEnabled(on);
        if (on)
            m_sfmId->setFocus();
        validateLive();
    });
    connect(parentWizard, &OnboardingWizard::onboardingChanged, this, [this] { updateLocked(); });
    retranslateUi();
}

QStringList OrganizationPage::splitChildUnits(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void OrganizationPage::initializePage()
{
    // Fill from the setup (after a resume or going back) without losing what the user typed.
    const OnboardingSetup &setup = owner()->setup();
    if (m_orgNumber->text().isEmpty())
        m_orgNumber->setText(setup.organizationNumber);
    if (m_children->text().isEmpty())
        m_children->setText(setup.childOrganizationNumbers.join(QStringLiteral(", ")));
    if (m_journalName->text().isEmpty())
        m_journalName->setText(setup.journalName);
    if (m_contactEmail->text().isEmpty())
        m_contactEmail->setText(setup.contactEmail);
    if (!setup.contactLanguage.isEmpty())
        m_contactLanguage->setCurrentIndex(std::max(0, m_contactLanguage->findData(setup.contactLanguage)));
    if (setup.journal == OnboardingSetup::Journal::Existing && m_existing->isEnabled()) {
        m_existing->setChecked(true);
        if (m_sfmId->text().isEmpty())
            m_sfmId->setText(setup.existingSfmId);
    }
    showStoredContact();
    updateLocked();
    validateLive();
}

void OrganizationPage::attach(onboarding::Onboarding *current)
{
    // Going back after the draft was sent must show the fields locked, not only a page opened afterwards.
    if (!current)
        return;
    connect(current, &onboarding::Onboarding::stateChanged, this, &OrganizationPage::updateLocked);
    // A contact changed elsewhere (the confirm page) shows here when the user goes back; never while the
    // user types on this page.
    connect(current, &onboarding::Onboarding::dataChanged, this, [this] {
        if (owner()->currentPage() != this)
            showStoredContact();
    });
}

void OrganizationPage::showStoredContact()
{
    const auto *current = onboarding();
    if (!current || current->state() == onboarding::State::Draft ||
        current->state() == onboarding::State::KeyReady)
        return; // before registration the page's fields are the setup's source
    const OnboardingSetup &stored = current->data().setup;
    m_contactEmail->setText(stored.contactEmail);
    m_contactLanguage->setCurrentIndex(std::max(0, m_contactLanguage->findData(stored.contactLanguage)));
}

void OrganizationPage::updateLocked()
{
    const auto *current = onboarding();
    const bool locked = current && current->state() != onboarding::State::Draft &&
                        current->state() != onboarding::State::KeyReady;
    // The contact is ours only (never sent to HelseID): it stays editable (Onboarding::setContact).
    for (QWidget *w : {static_cast<QWidget *>(m_orgNumber), static_cast<QWidget *>(m_children),
                       static_cast<QWidget *>(m_journalBox), static_cast<QWidget *>(m_journalName)})
        w->setEnabled(!locked);
    m_locked->setVisible(locked);
}

void OrganizationPage::validateLive()
{
    // Say what is wrong as soon as it is certain, not while the user is still typing the first digits.
    const QString org = onboarding::normalizedOrganizationNumber(m_orgNumber->text());
    const auto orgCheck = onboarding::checkOrganizationNumber(org);
    const bool orgTyping = org.size() < 9 && !org.isEmpty() &&
                           std::all_of(org.cbegin(), org.cend(), [](QChar c) { return c.isDigit(); });
    if (orgCheck.ok() || org.isEmpty() || orgTyping)
        m_orgError->clear();
    else
        m_orgError->setError(orgCheck.error());

    m_childrenError->clear();
    for (const QString &child : splitChildUnits(m_children->text())) {
        if (auto c = onboarding::checkOrganizationNumber(child); !c) {
            m_childrenError->setMessage(tr("Child unit %1: %2").arg(child.left(20), c.error().message));
            break;
        }
        if (child == org) {
            m_childrenError->setMessage(
                tr("A child unit cannot have the same number as the organization itself."));
            break;
        }
    }

    m_sfmIdError->clear();
    if (m_existing->isChecked() && !m_sfmId->text().isEmpty()) {
        if (auto s = onboarding::checkSfmId(m_sfmId->text().trimmed()); !s)
            m_sfmIdError->setError(s.error());
    }
    // An address is judged once it has an @ and a dot after it, or when the user moved on (validatePage).
    const QString email = m_contactEmail->text().trimmed();
    const bool emailTyping = !email.contains(u'@') || !email.section(u'@', -1).contains(u'.');
    if (auto e = onboarding::checkContactEmail(email); e.ok() || emailTyping)
        m_contactEmailError->clear();
    else
        m_contactEmailError->setError(e.error());
    emit completeChanged();
}

bool OrganizationPage::isComplete() const
{
    const QString org = onboarding::normalizedOrganizationNumber(m_orgNumber->text());
    if (!onboarding::isValidOrganizationNumber(org) || !m_childrenError->text().isEmpty())
        return false;
    if (m_existing->isChecked() && !onboarding::checkSfmId(m_sfmId->text().trimmed()).ok())
        return false;
    if (!m_contactEmailError->text().isEmpty())
        return false;
    return WizardPage::isComplete();
}

bool OrganizationPage::validatePage()
{
    OnboardingSetup &setup = owner()->setup();
    auto *current = onboarding();
    if (current && current->state() != onboarding::State::Draft &&
        current->state() != onboarding::State::KeyReady) {
        // Already sent to HelseID: the other fields are shown, not changed; the contact is saved now.
        if (auto set =
                current->setContact(m_contactEmail->text(), m_contactLanguage->currentData().toString());
            !set) {
            m_contactEmailError->setError(set.error());
            m_contactEmail->setFocus();
            emit completeChanged();
            return false;
        }
        setup.contactEmail = current->data().setup.contactEmail;
        setup.contactLanguage = current->data().setup.contactLanguage;
        return true;
    }
    setup.organizationNumber = onboarding::normalizedOrganizationNumber(m_orgNumber->text());
    setup.childOrganizationNumbers = splitChildUnits(m_children->text());
    setup.journalName = m_journalName->text().trimmed();
    setup.journal =
        m_existing->isChecked() ? OnboardingSetup::Journal::Existing : OnboardingSetup::Journal::New;
    setup.existingSfmId = m_existing->isChecked() ? m_sfmId->text().trimmed() : QString();
    const QString email = m_contactEmail->text().trimmed();
    if (auto e = onboarding::checkContactEmail(email); !e) {
        m_contactEmailError->setError(e.error());
        m_contactEmail->setFocus();
        emit completeChanged();
        return false;
    }
    setup.contactEmail = email;
    setup.contactLanguage = m_contactLanguage->currentData().toString();
    return true;
}

void OrganizationPage::retranslateUi()
{
    setTitle(tr("Organization and journal"));
    setSubTitle(tr("Who the HelseID client is for."));
    m_intro->setText(
        tr("Each journal (SFM-id) needs its own HelseID client. Use the organization number of the "
           "legal entity that runs the journal."));
    m_orgLabel->setText(tr("&Organization number:"));
    m_orgNumber->setPlaceholderText(tr("9 digits, e.g. 974760673"));
    m_orgNumber->setAccessibleName(tr("Organization number"));
    m_childrenLabel->setText(tr("&Child units (optional):"));
    m_children->setAccessibleName(tr("Child units"));
    m_children->setPlaceholderText(tr("Organization numbers separated by commas"));
    m_childrenHint->setText(tr("Only if the journal is used by child units (underenheter) that must be named "
                               "in the client."));
    m_journalNameLabel->setText(tr("Name of the &journal:"));
    m_journalName->setPlaceholderText(tr("Your own name for it, e.g. «Helsehuset Nord»"));
    m_journalName->setAccessibleName(tr("Name of the journal"));
    m_journalBox->setTitle(tr("Journal (SFM-id)"));
    m_new->setText(tr("A ne&w journal (HelseID assigns its SFM-id)"));
    m_existing->setText(tr("An e&xisting journal: I will paste its SFM-id"));
    m_sfmIdLabel->setText(tr("&SFM-id:"));
    m_sfmId->setAccessibleName(tr("SFM-id of the existing journal"));
    m_existingNote->setText(
        m_existing->isEnabled()
            ? tr("Several clients may point to the same journal. A pasted SFM-id stays pending until NHN "
                 "approves it.")
            : tr("Your vendor profile does not allow pointing a new client to an existing journal."));
    m_contactBox->setTitle(tr("The customer's confirmer (optional)"));
    m_contactEmailLabel->setText(tr("E-&mail:"));
    m_contactEmail->setPlaceholderText(tr("e.g. post@kommune.no"));
    m_contactEmail->setAccessibleName(tr("E-mail of the customer's confirmer"));
    m_contactLanguageLabel->setText(tr("L&anguage of the e-mail:"));
    m_contactLanguage->setItemText(0, tr("The program's language"));
    m_contactLanguage->setAccessibleName(tr("Language of the confirmation e-mail"));
    m_contactHint->setText(tr("Who confirms the client in the portal, if not you: the confirmation e-mail "
                              "goes to this address, in this language. Kept on this computer only."));
    m_locked->setText(tr("This onboarding was already sent to HelseID, so the organization and the journal "
                         "cannot change now. Start a new onboarding on the first page to use other ones. The "
                         "customer's confirmer below can still change: it is kept on this computer only."));
    validateLive();
}

} // namespace sfm::ui
