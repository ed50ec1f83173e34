#include "ExportDialog.h"

#include "Dialogs.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::KeyDestination;

namespace {

// A line edit with a "Choose…" button beside it, in one row of a form.
QWidget *withButton(QLineEdit *edit, QPushButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

ExportDialog::ExportDialog(const QString &suggestedPath, const QStringList &supported,
                           const QString &defaultKind, bool jwk, QWidget *parent)
    : QDialog(parent)
    , m_jwk(jwk)
{
    setObjectName(QStringLiteral("exportDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *configForm = new QFormLayout;
    m_config = new QLineEdit(suggestedPath, this);
    m_config->setObjectName(QStringLiteral("configurationPath"));
    m_configBrowse = new QPushButton(this);
    m_configLabel = new QLabel(this);
    m_configLabel->setBuddy(m_config);
    configForm->addRow(m_configLabel, withButton(m_config, m_configBrowse, this));
    layout->addLayout(configForm);

    m_whereLabel = new QLabel(this);
    m_whereLabel->setWordWrap(true);
    layout->addWidget(m_whereLabel);
    m_kinds = new QButtonGroup(this);
    m_keychain = new QRadioButton(this);
    m_keychain->setObjectName(QStringLiteral("keyToKeychain"));
    m_file = new QRadioButton(this);
    m_file->setObjectName(QStringLiteral("keyToFile"));
    m_transfer = new QRadioButton(this);
    m_transfer->setObjectName(QStringLiteral("keyToTransfer"));
    const QList<QPair<QRadioButton *, KeyDestination::Kind>> kinds{
        {m_keychain, KeyDestination::Kind::Keychain},
        {m_file, KeyDestination::Kind::ServiceFile},
        {m_transfer, KeyDestination::Kind::Transfer}};
    for (const auto &[button, kind] : kinds) {
        m_kinds->addButton(button, int(kind));
        button->setVisible(supported.contains(KeyDestination::kindName(kind)));
        button->setChecked(KeyDestination::kindName(kind) == defaultKind);
        layout->addWidget(button);
    }
    if (!m_kinds->checkedButton()) {
        for (const auto &[button, kind] : kinds) {
            if (button->isVisibleTo(this)) {
                button->setChecked(true);
                break;
            }
        }
    }

    // The key file for a service account.
    m_fileBox = new QWidget(this);
    auto *fileForm = new QFormLayout(m_fileBox);
    m_keyFile = new QLineEdit(m_fileBox);
    m_keyFile->setObjectName(QStringLiteral("keyFilePath"));
    m_keyFileBrowse = new QPushButton(m_fileBox);
    m_keyFileLabel = new QLabel(m_fileBox);
    m_keyFileLabel->setBuddy(m_keyFile);
    fileForm->addRow(m_keyFileLabel, withButton(m_keyFile, m_keyFileBrowse, m_fileBox));
    m_owner = new QLineEdit(m_fileBox);
    m_owner->setObjectName(QStringLiteral("keyOwner"));
    m_ownerLabel = new QLabel(m_fileBox);
    m_ownerLabel->setBuddy(m_owner);
    fileForm->addRow(m_ownerLabel, m_owner);
    layout->addWidget(m_fileBox);

    // The transfer file and its passphrase.
    m_transferBox = new QWidget(this);
    auto *transferForm = new QFormLayout(m_transferBox);
    m_transferFile = new QLineEdit(m_transferBox);
    m_transferFile->setObjectName(QStringLiteral("transferFilePath"));
    m_transferBrowse = new QPushButton(m_transferBox);
    m_transferFileLabel = new QLabel(m_transferBox);
    m_transferFileLabel->setBuddy(m_transferFile);
    transferForm->addRow(m_transferFileLabel, withButton(m_transferFile, m_transferBrowse, m_transferBox));
    m_first = new QLineEdit(m_transferBox);
    m_first->setObjectName(QStringLiteral("transferPassphrase"));
    m_first->setEchoMode(QLineEdit::Password);
    m_firstLabel = new QLabel(m_transferBox);
    m_firstLabel->setBuddy(m_first);
    transferForm->addRow(m_firstLabel, m_first);
    m_second = new QLineEdit(m_transferBox);
    m_second->setObjectName(QStringLiteral("transferPassphraseAgain"));
    m_second->setEchoMode(QLineEdit::Password);
    m_secondLabel = new QLabel(m_transferBox);
    m_secondLabel->setBuddy(m_second);
    transferForm->addRow(m_secondLabel, m_second);
    layout->addWidget(m_transferBox);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kinds, &QButtonGroup::idToggled, this, &ExportDialog::updateState);
    for (QLineEdit *edit : {m_config, m_keyFile, m_owner, m_transferFile, m_first, m_second})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_configBrowse, &QPushButton::clicked, this, [this] {
        browse(m_config, tr("Export the EPJ configuration"), tr("EPJ configuration (*.json)"));
    });
    connect(m_keyFileBrowse, &QPushButton::clicked, this,
            [this] { browse(m_keyFile, tr("The key file"), tr("Key file (*.pem)")); });
    connect(m_transferBrowse, &QPushButton::clicked, this,
            [this] { browse(m_transferFile, tr("The transfer file"), tr("Transfer file (*.p8.pem)")); });

    // Suggested names beside the configuration.
    const QFileInfo config(suggestedPath);
    const QString stem = config.absolutePath() + u'/' + config.completeBaseName();
    m_keyFile->setText(stem + QStringLiteral("-key.pem"));
    m_transferFile->setText(stem + QStringLiteral("-key.p8.pem"));

    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    retranslateUi();
}

QString ExportDialog::configurationPath() const
{
    return m_config->text().trimmed();
}

KeyDestination ExportDialog::destination() const
{
    KeyDestination d;
    d.kind = KeyDestination::Kind(m_kinds->checkedId());
    if (d.kind == KeyDestination::Kind::ServiceFile) {
        d.path = QFileInfo(m_keyFile->text().trimmed()).absoluteFilePath();
        d.owner = m_owner->text().trimmed();
        d.jwk = m_jwk;
    } else if (d.kind == KeyDestination::Kind::Transfer) {
        d.path = QFileInfo(m_transferFile->text().trimmed()).absoluteFilePath();
    }
    return d;
}

QString ExportDialog::passphrase() const
{
    return m_kinds->checkedId() == int(KeyDestination::Kind::Transfer) ? m_first->text() : QString();
}

void ExportDialog::browse(QLineEdit *edit, const QString &caption, const QString &filter)
{
    const QString path = Dialogs::saveFileName(this, caption, edit->text(), filter);
    if (!path.isEmpty())
        edit->setText(path);
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export the EPJ configuration"));
    m_intro->setText(tr("The EPJ needs this configuration file and the private key. The file never contains "
                        "the key; it says where the EPJ finds it."));
    m_configLabel->setText(tr("&Configuration file:"));
    m_config->setAccessibleName(tr("Configuration file"));
    for (QPushButton *b : {m_configBrowse, m_keyFileBrowse, m_transferBrowse})
        b->setText(tr("Choose…"));
    m_configBrowse->setAccessibleName(tr("Choose the configuration file"));
    m_keyFileBrowse->setAccessibleName(tr("Choose the key file"));
    m_transferBrowse->setAccessibleName(tr("Choose the transfer file"));
    m_whereLabel->setText(tr("Where will the EPJ read the key?"));
    m_keychain->setText(tr("In my &keychain: the EPJ runs as me, on this computer"));
    m_file->setText(tr("In a key &file for the account the EPJ runs as (a service on this computer)"));
    m_transfer->setText(tr("In a &transfer file, to install on the computer where the EPJ runs"));
    m_keyFileLabel->setText(tr("Key fi&le:"));
    m_keyFile->setAccessibleName(tr("Key file"));
    m_ownerLabel->setText(tr("&Account:"));
    m_owner->setAccessibleName(tr("The account the EPJ runs as"));
    m_owner->setPlaceholderText(tr("e.g. the service's user name"));
    m_transferFileLabel->setText(tr("T&ransfer file:"));
    m_transferFile->setAccessibleName(tr("Transfer file"));
    m_firstLabel->setText(tr("&Passphrase:"));
    m_first->setAccessibleName(tr("Passphrase for the transfer file"));
    m_secondLabel->setText(tr("R&epeat passphrase:"));
    m_second->setAccessibleName(tr("Repeat the passphrase"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    updateState();
}

void ExportDialog::updateState()
{
    const auto kind = KeyDestination::Kind(m_kinds->checkedId());
    m_fileBox->setVisible(kind == KeyDestination::Kind::ServiceFile);
    m_transferBox->setVisible(kind == KeyDestination::Kind::Transfer);
    switch (kind) {
    case KeyDestination::Kind::Keychain:
        m_note->setText(tr("Only your user account can read the key there. Choose this when the EPJ runs as "
                           "you, on this computer."));
        break;
    case KeyDestination::Kind::ServiceFile:
        m_note->setText(
            m_jwk
                ? tr("Only that account (and administrators) can read the file. The key is also written in "
                     "the JWK form beside it. Making a file for another account needs administrator rights.")
                : tr("Only that account (and administrators) can read the file. Making a file for another "
                     "account needs administrator rights."));
        break;
    case KeyDestination::Kind::Transfer:
        m_note->setText(tr("Carry the transfer file and the configuration to the EPJ's computer and give the "
                           "passphrase by another way. There, as the EPJ's account, run: sfmctl key install "
                           "FILE --passphrase-stdin --config CONFIGURATION. Then delete the transfer file."));
        break;
    }
    QString problem;
    if (configurationPath().isEmpty())
        problem = tr("Choose where the configuration file goes.");
    else if (kind == KeyDestination::Kind::ServiceFile && m_keyFile->text().trimmed().isEmpty())
        problem = tr("Choose where the key file goes.");
    else if (kind == KeyDestination::Kind::ServiceFile && m_owner->text().trimmed().isEmpty())
        problem = tr("Name the account the EPJ runs as.");
    else if (kind == KeyDestination::Kind::Transfer && m_transferFile->text().trimmed().isEmpty())
        problem = tr("Choose where the transfer file goes.");
    else if (kind == KeyDestination::Kind::Transfer && m_first->text().size() < MinimumPassphraseLength)
        problem = tr("Use a passphrase of at least %1 characters.").arg(MinimumPassphraseLength);
    else if (kind == KeyDestination::Kind::Transfer && m_first->text() != m_second->text())
        problem = tr("The two passphrases are not the same.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace sfm::ui
