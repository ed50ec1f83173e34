#pragma once

#include "WizardPage.h"

class QLabel;
class QPushButton;
class QGridLayout;
class QGroupBox;

namespace sfm::ui {

class NoticeList;
class TestLoginPanel;

// Page 7: waiting for signing and access. Each scope and claim with its status and HelseID's statusReason
// (verbatim, in whatever language it comes), the SFM-id once known, a countdown to the next check and
// «Check now». The window may be closed meanwhile; a desktop notification says when the client is ready.
class WaitingPage : public WizardPage
{
    Q_OBJECT

public:
    explicit WaitingPage(OnboardingWizard *parentWizard);

    void initializePage() override;
    int nextId() const override;
    bool isComplete() const override;
    void attach(onboarding::Onboarding *onboarding) override;

    // The status table: one row per scope and claim (name, status, HelseID's statusReason verbatim).
    QGroupBox *statusTable() const { return m_table; }
    // The text of row `row`, column 0 name, 1 status, 2 statusReason (for tests).
    QString cellText(int row, int column) const;
    int rowCount() const { return m_rows; }
    QPushButton *checkNowButton() const { return m_checkNow; }
    QLabel *countdownLabel() const { return m_countdown; }
    QLabel *readyNote() const { return m_readyNote; }
    // For a client that cannot see its signing (no nhn:selvbetjening/client): "the documents are signed"
    // and the test login, the two ways on.
    QPushButton *signedButton() const { return m_signed; }
    TestLoginPanel *testLogin() const { return m_testLogin; }
    // What the onboarding told its user (a port that is gone, clock skew…), newest first.
    NoticeList *notices() const { return m_notices; }

protected:
    void retranslateUi() override;

private:
    void render();
    void becameReady();
    QString statusText(const QString &status) const;

    QLabel *m_intro = nullptr;
    QGroupBox *m_table = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_cells;
    QList<QLabel *> m_headings;
    int m_rows = 0;
    QLabel *m_sfmId = nullptr;
    QLabel *m_countdown = nullptr;
    QPushButton *m_checkNow = nullptr;
    QLabel *m_closeNote = nullptr;
    QLabel *m_readyNote = nullptr;
    QWidget *m_portalOnly = nullptr;
    QLabel *m_portalOnlyText = nullptr;
    QPushButton *m_signed = nullptr;
    TestLoginPanel *m_testLogin = nullptr;
    NoticeList *m_notices = nullptr;
    bool m_notified = false;
};

} // namespace sfm::ui
