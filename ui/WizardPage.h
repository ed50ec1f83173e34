#pragma once

#include "Error.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace sfm::onboarding {
class Onboarding;
}

namespace sfm::ui {

class InlineError;
class OnboardingWizard;
class PracticeBanner;

// The base of every page: the practice-mode banner, the page's content in a scroll area (readable at 200 %
// scale), a busy indicator, a page-level error by the buttons that caused it, and live retranslation
// (LanguageChange -> retranslateUi()). A busy page is not complete, so QWizard disables Next by itself.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardPage(OnboardingWizard *owner);

    void setPracticeMode(bool on);
    bool isBusy() const { return m_busy; }
    bool isComplete() const override;
    // The page-level error (tests read it).
    InlineError *pageError() const { return m_error; }

    // The page's first field: the first control of its content, in tab order, that takes the keyboard focus
    // (labels and scroll bars are not fields). Null when the page has none.
    QWidget *firstField() const;

    // Called by the wizard when it gets another Onboarding (new, resumed, or none). Pages connect to its
    // signals here; the old one's connections die with it or are dropped by the wizard.
    virtual void attach(onboarding::Onboarding *onboarding);

protected:
    OnboardingWizard *owner() const { return m_owner; }
    onboarding::Onboarding *onboarding() const;
    QVBoxLayout *body() const { return m_body; }
    // While busy the page is not complete; text is a function so it follows a language change.
    void setBusy(bool busy, std::function<QString()> text = {});
    void showError(const Error &error);
    void clearError();

    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;
    // When the page opens, the keyboard focus goes to its first field (unless the page put it on one of its
    // own fields already, e.g. the password after a failed import).
    void showEvent(QShowEvent *event) override;

private:
    void retranslateBase();

    OnboardingWizard *m_owner = nullptr;
    PracticeBanner *m_banner = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_body = nullptr;
    QWidget *m_busyRow = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    InlineError *m_error = nullptr;
    bool m_busy = false;
    std::function<QString()> m_busyText;
};

} // namespace sfm::ui
