#pragma once

#include "WizardPage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace sfm::ui {

class InlineError;

// Page 2: the organization number (checked live with the shared mod-11 function), optional child units, the
// journal — new (HelseID assigns the SFM-id) or existing (its SFM-id pasted, if the vendor profile allows) —
// and the user's own name for it; optionally the customer's confirmer (e-mail and language) for the
// confirmation mail.
class OrganizationPage : public WizardPage
{
    Q_OBJECT

public:
    explicit OrganizationPage(OnboardingWizard *owner);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void attach(onboarding::Onboarding *onboarding) override;

    QLineEdit *organizationNumberEdit() const { return m_orgNumber; }
    QLineEdit *childUnitsEdit() const { return m_children; }
    QLineEdit *journalNameEdit() const { return m_journalName; }
    QLineEdit *sfmIdEdit() const { return m_sfmId; }
    QRadioButton *existingJournalButton() const { return m_existing; }
    QLineEdit *contactEmailEdit() const { return m_contactEmail; }
    QComboBox *contactLanguageBox() const { return m_contactLanguage; } // data: "", "nb", "nn", "en"
    InlineError *organizationError() const { return m_orgError; }

    // Child units as typed: separated by commas, spaces or new lines; spaces inside a number are not allowed.
    static QStringList splitChildUnits(const QString &text);

protected:
    void retranslateUi() override;

private:
    void validateLive();
    void updateLocked();
    void showStoredContact(); // once sent to HelseID: the contact as the onboarding has it

    QLabel *m_intro = nullptr;
    QLabel *m_orgLabel = nullptr;
    QLineEdit *m_orgNumber = nullptr;
    InlineError *m_orgError = nullptr;
    QLabel *m_childrenLabel = nullptr;
    QLineEdit *m_children = nullptr;
    QLabel *m_childrenHint = nullptr;
    InlineError *m_childrenError = nullptr;
    QGroupBox *m_journalBox = nullptr;
    QRadioButton *m_new = nullptr;
    QRadioButton *m_existing = nullptr;
    QLabel *m_sfmIdLabel = nullptr;
    QLineEdit *m_sfmId = nullptr;
    InlineError *m_sfmIdError = nullptr;
    QLabel *m_existingNote = nullptr;
    QGroupBox *m_contactBox = nullptr;
    QLabel *m_contactEmailLabel = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    InlineError *m_contactEmailError = nullptr;
    QLabel *m_contactLanguageLabel = nullptr;
    QComboBox *m_contactLanguage = nullptr;
    QLabel *m_contactHint = nullptr;
    QLabel *m_journalNameLabel = nullptr;
    QLineEdit *m_journalName = nullptr;
    QLabel *m_locked = nullptr;
};

} // namespace sfm::ui
