#include "PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sfm::ui {

PassphraseDialog::PassphraseDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_first->setEchoMode(QLineEdit::Password);
    m_second = new QLineEdit(this);
    m_second->setEchoMode(QLineEdit::Password);
    m_firstLabel = new QLabel(this);
    m_firstLabel->setBuddy(m_first);
    m_secondLabel = new QLabel(this);
    m_secondLabel->setBuddy(m_second);
    form->addRow(m_firstLabel, m_first);
    form->addRow(m_secondLabel, m_second);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);

    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    retranslateUi();
    updateState();
}

SecureBytes PassphraseDialog::takePassphrase()
{
    SecureBytes bytes(m_first->text().toUtf8());
    m_first->clear();
    m_second->clear();
    return bytes;
}

void PassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslateUi()
{
    setWindowTitle(tr("Protect the key with a passphrase"));
    m_intro->setText(
        tr("No keychain answered, so the private key will be kept in a file encrypted with a passphrase you "
           "choose. Anyone who has both the file and the passphrase can use the key. Keep the passphrase "
           "somewhere safe: without it the key cannot be used and the client needs a new key."));
    m_firstLabel->setText(tr("&Passphrase:"));
    m_secondLabel->setText(tr("&Repeat passphrase:"));
    m_first->setAccessibleName(tr("Passphrase"));
    m_second->setAccessibleName(tr("Repeat passphrase"));
    updateState();
}

void PassphraseDialog::updateState()
{
    QString problem;
    if (m_first->text().toUcs4().size() < MinimumLength) // characters, as checkPassphrase counts them
        problem = tr("Use at least %1 characters.").arg(MinimumLength);
    else if (m_first->text() != m_second->text())
        problem = tr("The two passphrases are not the same.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace sfm::ui
