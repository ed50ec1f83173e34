#include "ConfirmPage.h"

#include "Dialogs.h"
#include "InlineError.h"
#include "NoticeList.h"
#include "OnboardingWizard.h"
#include "QrCodeWidget.h"
#include "fleet/ConfirmationMail.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::Onboarding;
using onboarding::State;

ConfirmPage::ConfirmPage(OnboardingWizard *parentWizard)
    : WizardPage(parentWizard)
{
    setObjectName(QStringLiteral("confirmPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    body()->addWidget(m_intro);

    auto *grid = new QGridLayout;
    m_linkLabel = new QLabel(this);
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("confirmationLink"));
    m_link->setReadOnly(true);
    m_linkLabel->setBuddy(m_link);
    grid->addWidget(m_linkLabel, 0, 0, 1, 2);
    grid->addWidget(m_link, 1, 0, 1, 2);

    auto *buttons = new QVBoxLayout;
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openLink"));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyLink"));
    m_mail = new QPushButton(this);
    m_mail->setObjectName(QStringLiteral("mailLink"));
    m_contact = new QPushButton(this);
    m_contact->setObjectName(QStringLiteral("editContact"));
    m_checkNow = new QPushButton(this);
    m_checkNow->setObjectName(QStringLiteral("checkNow"));
    for (QPushButton *b : {m_open, m_copy, m_mail, m_contact, m_checkNow})
        buttons->addWidget(b);
    buttons->addStretch(1);
    grid->addLayout(buttons, 2, 0, Qt::AlignTop);

    auto *qrColumn = new QVBoxLayout;
    m_qr = new QrCodeWidget(this);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qrLabel = new QLabel(this);
    m_qrLabel->setWordWrap(true);
    m_qrLabel->setAlignment(Qt::AlignHCenter);
    qrColumn->addWidget(m_qr, 0, Qt::AlignHCenter);
    qrColumn->addWidget(m_qrLabel);
    grid->addLayout(qrColumn, 2, 1, Qt::AlignTop);
    grid->setColumnStretch(1, 1);
    body()->addLayout(grid);

    m_who = new QLabel(this);
    m_who->setWordWrap(true);
    body()->addWidget(m_who);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("confirmStatus"));
    m_status->setWordWrap(true);
    body()->addWidget(m_status);
    // The portal's answer instead of a confirmation, a confirmation port that is gone…: from the model.
    m_notices = new NoticeList(this);
    body()->addWidget(m_notices);
    body()->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Onboarding *current = onboarding())
            QDesktopServices::openUrl(current->confirmationUrl());
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const Onboarding *current = onboarding()) {
            QApplication::clipboard()->setText(current->confirmationUrl().toString());
            m_copy->setText(tr("Copied ✓"));
        }
    });
    connect(m_mail, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(mailUrl()); });
    connect(m_contact, &QPushButton::clicked, this, &ConfirmPage::editContact);
    connect(m_checkNow, &QPushButton::clicked, this, [this] {
        if (Onboarding *current = onboarding())
            current->checkNow();
    });
    retranslateUi();
}

void ConfirmPage::attach(Onboarding *current)
{
    if (!current)
        return;
    connect(current, &Onboarding::stateChanged, this, [this] {
        render();
        advanceIfConfirmed();
    });
    connect(current, &Onboarding::dataChanged, this, &ConfirmPage::render);
    connect(current, &Onboarding::countdownChanged, this, &ConfirmPage::render);
    connect(current, &Onboarding::errorOccurred, this, [this](const Error &error) {
        if (owner()->currentPage() == this)
            showError(error);
    });
}

QUrl ConfirmPage::mailUrl() const
{
    // The same text as the overview's: to the customer's stored confirmer in their stored language, or
    // (none stored) to whomever the user picks in the program's language.
    const Onboarding *current = onboarding();
    if (!current)
        return {};
    const auto mail = fleet::ConfirmationMail::forCustomer(
        {current->data()}, fleet::ConfirmationMail::languageFor(QLocale()), owner()->profile().vendorName);
    return mail ? mail->mailtoUrl() : QUrl();
}

void ConfirmPage::editContact()
{
    // Local data, so it changes while the onboarding waits (Onboarding::setContact); the mail follows it.
    Onboarding *current = onboarding();
    if (!current)
        return;
    const auto &setup = current->data().setup;
    const auto answer =
        Dialogs::contact(this, setup.journalName.isEmpty() ? setup.organizationNumber : setup.journalName,
                         setup.contactEmail, setup.contactLanguage);
    if (!answer)
        return;
    if (auto set = current->setContact(answer->email, answer->language); !set) {
        showError(set.error());
        return;
    }
    clearError();
    owner()->setup().contactEmail = current->data().setup.contactEmail;
    owner()->setup().contactLanguage = current->data().setup.contactLanguage;
}

int ConfirmPage::nextId() const
{
    return OnboardingWizard::WaitingPageId;
}

void ConfirmPage::initializePage()
{
    clearError();
    if (Onboarding *current = onboarding()) {
        // After a resume the onboarding waits on its own again.
        if (current->state() == State::Registered || current->state() == State::AwaitingConfirmation)
            current->proceed();
    }
    retranslateUi();
}

void ConfirmPage::render()
{
    const Onboarding *current = onboarding();
    const QUrl url = current ? current->confirmationUrl() : QUrl();
    m_link->setText(url.toString());
    m_link->setCursorPosition(0);
    if (m_qr->text() != url.toString())
        m_qr->setText(url.toString());
    m_qrLabel->setVisible(m_qr->error().isNull()); // no "scan" caption under "cannot be shown"
    for (QPushButton *b : {m_open, m_copy, m_mail})
        b->setEnabled(!url.isEmpty());
    if (onboardingMovedOn()) {
        m_status->setText(tr("Confirmed. Next: signing the agreement documents and access."));
    } else {
        const int seconds = current ? current->secondsToNextCheck() : -1;
        m_status->setText(seconds >= 0
                              ? tr("Waiting for the confirmation… The wizard also notices a confirmation "
                                   "made on another computer. Next check in %n s.",
                                   nullptr, seconds)
                              : tr("Waiting for the confirmation… The wizard also notices a "
                                   "confirmation made on another computer."));
    }
    m_notices->setNotices(owner()->noticesFor(current));
    emit completeChanged();
}

void ConfirmPage::advanceIfConfirmed()
{
    if (owner()->currentPage() == this && onboardingMovedOn())
        owner()->next();
}

bool ConfirmPage::isComplete() const
{
    return onboardingMovedOn() && WizardPage::isComplete();
}

void ConfirmPage::retranslateUi()
{
    setTitle(tr("Confirm in the portal"));
    setSubTitle(tr("The client draft is registered. Now someone must confirm it."));
    m_intro->setText(tr("A person with the Altinn role «Ta i bruk HelseID for et fagsystem» on the "
                        "organization's main entity (hovedenhet) opens this link, logs in with ID-porten "
                        "(e.g. BankID) and confirms. If that is not you, send them the link."));
    m_linkLabel->setText(tr("Confirmation &link:"));
    m_link->setAccessibleName(tr("Confirmation link"));
    m_open->setText(tr("&Open in the browser"));
    m_copy->setText(tr("&Copy the link"));
    m_mail->setText(tr("Send by &e-mail…"));
    m_contact->setText(tr("Edit con&tact…"));
    m_contact->setToolTip(tr("Whom the e-mail goes to, and in which language"));
    m_checkNow->setText(tr("Chec&k now"));
    m_qr->setAccessibleName(tr("QR code of the confirmation link"));
    m_qrLabel->setText(tr("Scan to open the link on a phone."));
    m_who->setText(tr("You can close this window while you wait: the onboarding is saved, and you resume it "
                      "from the first page."));
    m_notices->retranslateUi();
    render();
}

} // namespace sfm::ui
