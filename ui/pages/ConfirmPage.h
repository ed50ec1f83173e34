#pragma once

#include "WizardPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace sfm::ui {

class NoticeList;
class QrCodeWidget;

// Page 6 (Alternative 1): someone with the Altinn role must confirm the client draft in the portal. The
// link can be opened here, copied, sent by e-mail or scanned as a QR code; the page waits — the Onboarding
// notices the confirmation through the loopback redirect or, when it was made elsewhere, by probing.
class ConfirmPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ConfirmPage(OnboardingWizard *parentWizard);

    void initializePage() override;
    int nextId() const override;
    bool isComplete() const override;
    void attach(onboarding::Onboarding *onboarding) override;

    QPushButton *openButton() const { return m_open; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *mailButton() const { return m_mail; }
    QPushButton *contactButton() const { return m_contact; } // whom the mail goes to (ContactDialog)
    QrCodeWidget *qrCode() const { return m_qr; }
    QLabel *statusLabel() const { return m_status; }
    // What the onboarding told its user (e.g. the portal's answer instead of a confirmation), newest first.
    NoticeList *notices() const { return m_notices; }
    // The mailto: URL the e-mail button opens.
    QUrl mailUrl() const;

protected:
    void retranslateUi() override;

private:
    void render();
    void advanceIfConfirmed();
    void editContact();

    QLabel *m_intro = nullptr;
    QLabel *m_linkLabel = nullptr;
    QLineEdit *m_link = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_mail = nullptr;
    QPushButton *m_contact = nullptr;
    QPushButton *m_checkNow = nullptr;
    QrCodeWidget *m_qr = nullptr;
    QLabel *m_qrLabel = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_status = nullptr;
    NoticeList *m_notices = nullptr;
};

} // namespace sfm::ui
