#pragma once

#include "WizardPage.h"

class QButtonGroup;
class QPushButton;
class QComboBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace sfm::onboarding {
struct OnboardingData;
}

namespace sfm::ui {

class InlineError;
class VendorProfilePanel;

// Page 1: the language (live), the environment (practice with the built-in simulator, TEST, or PROD after a
// confirmation), the vendor profile in use, and unfinished onboardings to resume with their state.
class WelcomePage : public WizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(OnboardingWizard *owner);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;
    bool isComplete() const override;

    // For tests and the screenshot tool.
    QComboBox *languageBox() const { return m_language; }
    QRadioButton *practiceButton() const { return m_practice; }
    QRadioButton *testButton() const { return m_test; }
    QRadioButton *prodButton() const { return m_prod; }
    QRadioButton *resumeButton() const { return m_resume; }
    // Null until there is an unfinished onboarding to list.
    QTreeWidget *resumeList() const { return m_list; }
    QPushButton *networkButton() const { return m_network; }
    VendorProfilePanel *profilePanel() const { return m_profile; }
    void refreshResumeList();

protected:
    void retranslateUi() override;

private:
    QTreeWidget *ensureList();
    // The key's expiry in the list's last column: date and days left, the warning colour from 30 days, and
    // for a portal-only client "renew this one in the portal before DATE".
    void showKeyExpiry(QTreeWidgetItem *item, const onboarding::OnboardingData &saved) const;
    static bool keyNeedsAttention(const onboarding::OnboardingData &saved);
    void retranslateList();
    void environmentClicked(int kind);
    void editNetwork();
    void syncEnvironmentButtons();
    void updateProfileText();
    QString selectedId() const;

    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QGroupBox *m_environmentBox = nullptr;
    QButtonGroup *m_environmentGroup = nullptr;
    QRadioButton *m_practice = nullptr;
    QRadioButton *m_test = nullptr;
    QRadioButton *m_prod = nullptr;
    QLabel *m_environmentNote = nullptr;
    QPushButton *m_network = nullptr;
    InlineError *m_environmentError = nullptr;
    VendorProfilePanel *m_profile = nullptr;
    QGroupBox *m_startBox = nullptr;
    QRadioButton *m_new = nullptr;
    QRadioButton *m_resume = nullptr;
    QTreeWidget *m_list = nullptr;
    QVBoxLayout *m_startLayout = nullptr;
    QLabel *m_listEmpty = nullptr;
    InlineError *m_resumeError = nullptr;
};

} // namespace sfm::ui
