#pragma once

#include "WizardPage.h"

class QButtonGroup;
class QCheckBox;
class QLabel;
class QRadioButton;

namespace sfm::ui {

// Page 3: Alternative 1, 2 or 3, each with what it needs and who must act. Alternative 1 is recommended
// when the vendor profile has an API key for the environment, and unavailable without one.
class ChooseWayPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ChooseWayPage(OnboardingWizard *owner);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    QRadioButton *alternativeButton(int alternative) const;
    QCheckBox *ownKeyBox() const { return m_ownKey; }

protected:
    void retranslateUi() override;

private:
    int chosen() const;

    QLabel *m_intro = nullptr;
    QButtonGroup *m_group = nullptr;
    QRadioButton *m_alt[3] = {};
    QLabel *m_text[3] = {};
    QCheckBox *m_ownKey = nullptr;
    QLabel *m_ownKeyText = nullptr;
    QLabel *m_prepare = nullptr;
};

} // namespace sfm::ui
