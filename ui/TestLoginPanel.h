#pragma once

#include "helseid/UserLoginResult.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sfm::onboarding {
class Onboarding;
}

namespace sfm::ui {

class InlineError;

// "Test login as a prescriber" on the Done page: runs the engine's test login (a user login in the system
// browser) and shows in plain words what SFM will see — person, HPR number, security level, organization,
// SFM-id, scopes, token lifetime — with the verdict; the decoded claims as raw JSON only behind "Details".
// The token itself is never shown or kept.
class TestLoginPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TestLoginPanel(QWidget *parent = nullptr);

    void attach(onboarding::Onboarding *onboarding);
    void retranslateUi();

    QPushButton *loginButton() const { return m_login; }
    QLabel *resultView() const { return m_result; }
    QPushButton *detailsButton() const { return m_details; }
    QPlainTextEdit *detailsView() const { return m_raw; }
    InlineError *errorView() const { return m_error; }

signals:
    void loginStarted();
    void loginEnded();

private:
    void start();
    void render();

    QPointer<onboarding::Onboarding> m_onboarding;
    std::optional<helseid::UserLoginResult> m_last; // without the access token
    QLabel *m_intro = nullptr;
    QPushButton *m_login = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_details = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    InlineError *m_error = nullptr;
};

} // namespace sfm::ui
