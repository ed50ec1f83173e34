#include "ContactDialog.h"

#include "InlineError.h"
#include "LanguageManager.h"
#include "onboarding/ContactDetails.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sfm::ui {

ContactDialog::ContactDialog(const QString &journal, const QString &email, const QString &language,
                             QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("contactDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText); // the journal name is the user's own text

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("contactEmail"));
    m_email->setMaxLength(254);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_email->setText(email);
    m_emailLabel = new QLabel(this);
    m_emailLabel->setBuddy(m_email);
    m_emailError = new InlineError(this);
    auto *emailColumn = new QVBoxLayout;
    emailColumn->addWidget(m_email);
    emailColumn->addWidget(m_emailError);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("contactLanguage"));
    m_language->addItem(QString(), QString());
    for (const auto l : LanguageManager::languages())
        m_language->addItem(LanguageManager::nativeName(l), LanguageManager::code(l));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_emailLabel, emailColumn);
    form->addRow(m_languageLabel, m_language);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_email, &QLineEdit::textChanged, this, &ContactDialog::validateLive);
    retranslateUi();
    m_email->setFocus();
    m_email->selectAll();
    // Room for a whole municipal address (post@helse.nordre-follo.kommune.no) and the notes in nb and nn.
    m_email->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

QString ContactDialog::email() const
{
    return m_email->text().trimmed();
}

QString ContactDialog::language() const
{
    return m_language->currentData().toString();
}

void ContactDialog::validateLive()
{
    // As the organization page: an address is judged once it has an @ and a dot after it, or on OK.
    const QString text = email();
    const bool typing = !text.contains(u'@') || !text.section(u'@', -1).contains(u'.');
    if (auto checked = onboarding::checkContactEmail(text); checked.ok() || typing)
        m_emailError->clear();
    else
        m_emailError->setError(checked.error());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_emailError->text().isEmpty());
}

void ContactDialog::accept()
{
    if (auto checked = onboarding::checkContactEmail(email()); !checked) {
        m_emailError->setError(checked.error());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_email->setFocus();
        return;
    }
    QDialog::accept();
}

void ContactDialog::retranslateUi()
{
    setWindowTitle(tr("Contact for the confirmation e-mail"));
    m_intro->setText(tr("Whom the confirmation e-mail for «%1» goes to, and in which language: the person "
                        "who confirms the client in the portal.")
                         .arg(m_journal));
    m_emailLabel->setText(tr("E-&mail:"));
    m_email->setPlaceholderText(tr("e.g. post@kommune.no"));
    m_email->setAccessibleName(tr("E-mail of the customer's confirmer"));
    m_languageLabel->setText(tr("L&anguage of the e-mail:"));
    m_language->setItemText(0, tr("The program's language"));
    m_language->setAccessibleName(tr("Language of the confirmation e-mail"));
    m_note->setText(tr("Leave the address empty to choose it in the mail program. Kept on this computer "
                       "only, never sent to HelseID, so it can change at any step."));
    validateLive();
}

void ContactDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sfm::ui
