#pragma once

#include "WizardPage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sfm::ui {

class InlineError;
class KeyExpiryPanel;
class ScopeChangePanel;

// Page 8: the client is ready. A summary, export of the EPJ configuration (never the private key), a test
// token with its decoded claims, and what comes next: key expiry and renewal, and the SFM/e-resept access
// order the vendor must place with NHN before production use.
class DonePage : public WizardPage
{
    Q_OBJECT

public:
    explicit DonePage(OnboardingWizard *parentWizard);

    void initializePage() override;
    int nextId() const override;
    void attach(onboarding::Onboarding *onboarding) override;

    QPushButton *exportButton() const { return m_export; }
    QPushButton *testTokenButton() const { return m_testToken; }
    QPlainTextEdit *claimsView() const { return m_claims; }
    QLabel *exportedLabel() const { return m_exported; }
    KeyExpiryPanel *keyPanel() const { return m_keyPanel; }
    ScopeChangePanel *scopePanel() const { return m_scopePanel; }

protected:
    void retranslateUi() override;

private:
    void render();
    void exportConfiguration();

    QLabel *m_summary = nullptr;
    KeyExpiryPanel *m_keyPanel = nullptr;
    ScopeChangePanel *m_scopePanel = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exported = nullptr;
    InlineError *m_exportError = nullptr;
    QPushButton *m_testToken = nullptr;
    QPlainTextEdit *m_claims = nullptr;
    InlineError *m_tokenError = nullptr;
    QLabel *m_nextTitle = nullptr;
    QLabel *m_next = nullptr;
};

} // namespace sfm::ui
