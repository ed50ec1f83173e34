#include "ProxyDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sfm::ui {

using Mode = net::ProxySettings::Mode;

ProxyDialog::ProxyDialog(const net::ProxySettings &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("proxyDialog"));
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
    m_port->setValue(current.port > 0 ? current.port : 8080);
    m_portLabel = new QLabel(this);
    m_portLabel->setBuddy(m_port);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_host->setText(current.host);
    (current.mode == Mode::None     ? m_none
     : current.mode == Mode::Manual ? m_manual
                                    : m_system)
        ->setChecked(true);
    for (QRadioButton *b : {m_system, m_none, m_manual})
        connect(b, &QRadioButton::toggled, this, &ProxyDialog::updateState);
    connect(m_host, &QLineEdit::textChanged, this, &ProxyDialog::updateState);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    retranslateUi();
    updateState();
}

net::ProxySettings ProxyDialog::proxy() const
{
    net::ProxySettings p;
    p.mode = m_none->isChecked() ? Mode::None : m_manual->isChecked() ? Mode::Manual : Mode::System;
    p.host = m_host->text().trimmed();
    p.port = quint16(m_port->value());
    return p;
}

void ProxyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProxyDialog::updateState()
{
    const bool manual = m_manual->isChecked();
    m_host->setEnabled(manual);
    m_port->setEnabled(manual);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!manual || !m_host->text().trimmed().isEmpty());
}

void ProxyDialog::retranslateUi()
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
}

} // namespace sfm::ui
