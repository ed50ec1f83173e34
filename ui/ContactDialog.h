#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sfm::ui {

class InlineError;

// Asks whom an onboarding's confirmation e-mail goes to and in which language (OnboardingSetup's
// contactEmail and contactLanguage; ContactDetails checks them). The address is checked as it is typed and
// OK stays disabled while it is not usable; the language is the program's or nb, nn, en. Both fields have a
// label with a mnemonic and an accessible name; Enter accepts, Escape cancels. The change itself is the
// caller's (Onboarding::setContact). Opened through Dialogs::contact(), so tests can answer it.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    // journal: the onboarding's name as lists show it; email and language: what is stored now.
    ContactDialog(const QString &journal, const QString &email, const QString &language,
                  QWidget *parent = nullptr);

    QString email() const;    // trimmed; empty = none
    QString language() const; // "", "nb", "nn" or "en"

    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *languageBox() const { return m_language; }
    InlineError *emailError() const { return m_emailError; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validateLive();

    QString m_journal;
    QLabel *m_intro = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;
    InlineError *m_emailError = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sfm::ui
