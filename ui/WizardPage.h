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

    // This page's id in the wizard (-1 before it is added).
    int pageId() const;
    // The onboarding's state belongs on a later page, by the one routing table
    // (OnboardingWizard::pageForState): what a page waits for before it lets the user go on. False without an
    // onboarding, and while Failed or Cancelled.
    bool onboardingMovedOn() const;
    // After an intent: busy (busyText) until the onboarding moves on from this page, then not busy, then()
    // and Next if this page is the current one. An error the onboarding reports meanwhile ends the wait:
    // handed to onError, else shown on the page.
    void waitForModel(std::function<QString()> busyText, std::function<void()> then = {},
                      std::function<void(const Error &)> onError = {});
    bool isWaitingForModel() const { return m_waiting.active; }

    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;
    // When the page opens, the keyboard focus goes to its first field (unless the page put it on one of its
    // own fields already, e.g. the password after a failed import).
    void showEvent(QShowEvent *event) override;

private:
    void retranslateBase();
    void endWait();

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
    struct Wait
    {
        bool active = false;
        std::function<void()> then;
        std::function<void(const Error &)> onError;
        QMetaObject::Connection state;
        QMetaObject::Connection error;
    } m_waiting;
};

} // namespace sfm::ui
