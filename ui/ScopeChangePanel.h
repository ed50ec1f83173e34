#pragma once

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace sfm::onboarding {
class Onboarding;
}

namespace sfm::ui {

class InlineError;

// Scope changes on the Done page: one "Add …" button per scope the vendor profile offers that the client
// does not have (e.g. "Add SFM migrering"). A click starts the engine's asynchronous scope change; while
// HelseID has not granted it yet, the panel shows each scope that is not ok with HelseID's statusReason
// verbatim (often: the agreement documents must be signed again) and "Check now". A portal-only client
// (no nhn:selvbetjening/client) gets no buttons: its scopes change in the portal.
class ScopeChangePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScopeChangePanel(QWidget *parent = nullptr);

    void attach(onboarding::Onboarding *onboarding);
    void render();
    void retranslateUi();

    // The "Add …" buttons, in the profile's order (for tests).
    QList<QPushButton *> addButtons() const { return m_addButtons; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *checkNowButton() const { return m_checkNow; }
    InlineError *errorView() const { return m_error; }

private:
    void add(const QString &scope);

    QPointer<onboarding::Onboarding> m_onboarding;
    QHBoxLayout *m_buttonRow = nullptr;
    QList<QPushButton *> m_addButtons;
    QLabel *m_status = nullptr;
    QPushButton *m_checkNow = nullptr;
    InlineError *m_error = nullptr;
};

} // namespace sfm::ui
