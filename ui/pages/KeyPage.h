#pragma once

#include "WizardPage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace sfm::ui {

// Page 4 (Alternative 1, and Alternative 3 with an own key): the key pair. RSA 4096 with PS256 is
// recommended; an advanced choice offers other sizes and EC, marked as not confirmed by HelseID. The
// Onboarding generates it off the UI thread and stores it before anything is sent; the page shows the key
// ID and where the key is kept, and offers the explicit encrypted-file fallback when no keychain answers.
class KeyPage : public WizardPage
{
    Q_OBJECT

public:
    explicit KeyPage(OnboardingWizard *parentWizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    void attach(onboarding::Onboarding *onboarding) override;

    QPushButton *generateButton() const { return m_generate; }
    QComboBox *algorithmBox() const { return m_algorithm; }
    QLabel *keyIdLabel() const { return m_keyId; }
    QPushButton *fallbackButton() const { return m_fallback; }

protected:
    void retranslateUi() override;

private:
    void generate();
    void algorithmChosen(int index);
    void render();
    void fillAlgorithms();

    QLabel *m_intro = nullptr;
    QLabel *m_recommended = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QGroupBox *m_advanced = nullptr;
    QLabel *m_algorithmLabel = nullptr;
    QComboBox *m_algorithm = nullptr;
    QLabel *m_algorithmNote = nullptr;
    QPushButton *m_generate = nullptr;
    QLabel *m_keyIdTitle = nullptr;
    QLabel *m_keyId = nullptr;
    QLabel *m_whereTitle = nullptr;
    QLabel *m_where = nullptr;
    QPushButton *m_fallback = nullptr;
};

} // namespace sfm::ui
