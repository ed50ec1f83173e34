#include "NetworkSettingsDialog.h"

#include "Dialogs.h"
#include "InlineError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sfm::ui {

using Mode = onboarding::NetworkSettings::ProxyMode;

NetworkSettingsDialog::NetworkSettingsDialog(const onboarding::NetworkSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_caPath(current.extraCaFile)
    , m_caFingerprints(current.extraCaFingerprints)
{
    setObjectName(QStringLiteral("networkSettingsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_system = new QRadioButton(this);
    m_none = new QRadioButton(this);
    m_manual = new QRadioButton(this);
    layout->addWidget(m_system);
    layout->addWidget(m_none);
    layout->addWidget(m_manual);
    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_host->setMaxLength(253);
    m_hostLabel = new QLabel(this);
    m_hostLabel->setBuddy(m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(current.proxyPort > 0 ? current.proxyPort : 8080);
    m_portLabel = new QLabel(this);
    m_portLabel->setBuddy(m_port);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    layout->addLayout(form);

    // The extra certificate: rarely needed, so it comes last and says when it is.
    m_caTitle = new QLabel(this);
    QFont bold = m_caTitle->font();
    bold.setBold(true);
    m_caTitle->setFont(bold);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_caTitle);
    m_caIntro = new QLabel(this);
    m_caIntro->setWordWrap(true);
    layout->addWidget(m_caIntro);
    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("extraCaFile"));
    m_caFile->setReadOnly(true);
    m_caChoose = new QPushButton(this);
    m_caChoose->setObjectName(QStringLiteral("chooseExtraCa"));
    m_caClear = new QPushButton(this);
    m_caClear->setObjectName(QStringLiteral("clearExtraCa"));
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caChoose);
    caRow->addWidget(m_caClear);
    layout->addLayout(caRow);
    m_caSummary = new QLabel(this);
    m_caSummary->setWordWrap(true);
    m_caSummary->setTextFormat(Qt::PlainText); // names from the file are shown, never rendered
    m_caSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_caSummary);
    m_caError = new InlineError(this);
    layout->addWidget(m_caError);
    layout->addSpacing(fontMetrics().height());
    layout->addStretch(1);
    connect(m_caChoose, &QPushButton::clicked, this, &NetworkSettingsDialog::chooseCertificate);
    connect(m_caClear, &QPushButton::clicked, this, [this] {
        m_caPath.clear();
        m_caFingerprints.clear();
        showCertificate();
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_host->setText(current.proxyHost);
    (current.proxyMode == Mode::None     ? m_none
     : current.proxyMode == Mode::Manual ? m_manual
                                         : m_system)
        ->setChecked(true);
    for (QRadioButton *b : {m_system, m_none, m_manual})
        connect(b, &QRadioButton::toggled, this, &NetworkSettingsDialog::updateState);
    connect(m_host, &QLineEdit::textChanged, this, &NetworkSettingsDialog::updateState);
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    retranslateUi(); // also shows the certificate
}

void NetworkSettingsDialog::chooseCertificate()
{
    const QString path = Dialogs::openFileName(this, tr("Choose the root certificate"),
                                               tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    m_caPath = path;
    m_caFingerprints.clear(); // a newly chosen file: what it holds now is what the user is shown and confirms
    showCertificate();
}

void NetworkSettingsDialog::showCertificate()
{
    m_caFile->setText(QDir::toNativeSeparators(m_caPath));
    m_caClear->setEnabled(!m_caPath.isEmpty());
    m_caError->clear();
    m_caSummary->clear();
    m_caUsable = true;
    if (!m_caPath.isEmpty()) {
        // A file chosen earlier must still hold the certificates confirmed then (net.extra_ca.changed).
        if (auto loaded = onboarding::NetworkSettings::describeExtraCa(m_caPath, m_caFingerprints)) {
            QStringList names;
            QStringList fingerprints;
            for (const onboarding::CertificateDescription &certificate : loaded.value()) {
                names.append(tr("%1 (valid until %2)\nSHA-256 fingerprint: %3")
                                 .arg(certificate.subject,
                                      QLocale().toString(certificate.expiry.toLocalTime().date(),
                                                         QLocale::ShortFormat),
                                      certificate.sha256Fingerprint));
                fingerprints.append(certificate.sha256Fingerprint);
            }
            m_caFingerprints = fingerprints;
            m_caSummary->setText(tr("Trusted in addition to this computer's certificates. Compare the "
                                    "fingerprint with the one IT gave you:\n%1")
                                     .arg(names.join(QStringLiteral("\n"))));
        } else {
            m_caUsable = false;
            m_caError->setError(loaded.error());
        }
    }
    m_caSummary->setVisible(!m_caSummary->text().isEmpty());
    updateState();
}

onboarding::NetworkSettings NetworkSettingsDialog::settings() const
{
    onboarding::NetworkSettings s;
    s.proxyMode = m_none->isChecked() ? Mode::None : m_manual->isChecked() ? Mode::Manual : Mode::System;
    s.proxyHost = m_host->text().trimmed();
    s.proxyPort = quint16(m_port->value());
    s.extraCaFile = m_caPath;
    s.extraCaFingerprints = m_caFingerprints;
    return s;
}

void NetworkSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NetworkSettingsDialog::updateState()
{
    const bool manual = m_manual->isChecked();
    m_host->setEnabled(manual);
    m_port->setEnabled(manual);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled((!manual || !m_host->text().trimmed().isEmpty()) && m_caUsable);
}

void NetworkSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Network settings"));
    m_intro->setText(
        tr("How the wizard reaches HelseID. Most computers use the system's settings; ask IT if your "
           "network needs a particular proxy."));
    m_system->setText(tr("Use the &system's proxy settings"));
    m_none->setText(tr("&No proxy (direct connection)"));
    m_manual->setText(tr("&Manual proxy:"));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("e.g. proxy.kommune.no"));
    m_host->setAccessibleName(tr("Proxy host"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setAccessibleName(tr("Proxy port"));
    m_caTitle->setText(tr("Extra trusted root certificate"));
    m_caIntro->setText(
        tr("Only if IT says your network inspects encrypted traffic and its root certificate is not "
           "installed on this computer: choose that certificate (a PEM file). It is trusted in addition to "
           "the computer's own."));
    m_caFile->setPlaceholderText(tr("None"));
    m_caFile->setAccessibleName(tr("Extra root certificate file"));
    m_caChoose->setText(tr("&Choose…"));
    m_caClear->setText(tr("C&lear"));
    showCertificate(); // its texts are in the language of the moment too
}

} // namespace sfm::ui
