#include "KeyExpiryPanel.h"

#include "InlineError.h"
#include "helseid/KeyExpiry.h"
#include "onboarding/KeyRenewal.h"
#include "onboarding/Onboarding.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::Onboarding;

// A warning text colour that keeps its contrast: a dark amber on a light window, a light one on a dark.
QColor KeyExpiryPanel::warningColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0xc8, 0x57) : QColor(0x8a, 0x4b, 0x00);
}

QColor KeyExpiryPanel::expiredColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xa8, 0x1c, 0x1c);
}

KeyExpiryPanel::KeyExpiryPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("keyExpiryPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_expiry = new QLabel(this);
    m_expiry->setObjectName(QStringLiteral("keyExpiry"));
    m_expiry->setWordWrap(true);
    m_expiry->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_renew = new QPushButton(this);
    m_renew->setObjectName(QStringLiteral("renewKey"));
    row->addWidget(m_expiry, 1);
    row->addWidget(m_renew);
    layout->addLayout(row);
    m_portal = new QLabel(this);
    m_portal->setWordWrap(true);
    m_portal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_portal->hide();
    layout->addWidget(m_portal);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("renewProgress"));
    m_progress->setWordWrap(true);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_error = new InlineError(this);
    layout->addWidget(m_error);
    connect(m_renew, &QPushButton::clicked, this, &KeyExpiryPanel::renew);
    retranslateUi();
}

void KeyExpiryPanel::attach(Onboarding *current)
{
    if (m_onboarding)
        m_onboarding->disconnect(this);
    m_onboarding = current;
    m_renewing = false;
    m_error->clear();
    m_progress->hide();
    if (!current)
        return;
    connect(current, &Onboarding::dataChanged, this, &KeyExpiryPanel::render);
    connect(current, &Onboarding::busyChanged, this, &KeyExpiryPanel::render);
    connect(current, &Onboarding::progress, this, [this](const QString &line) {
        if (m_renewing) {
            m_progress->setText(line);
            m_progress->show();
        }
    });
    connect(current, &Onboarding::renewalFinished, this, [this](const Error &error) {
        if (!m_renewing)
            return;
        m_renewing = false;
        if (error.isNull())
            m_error->clear();
        else {
            m_progress->hide();
            m_error->setError(error);
        }
        render();
    });
    render();
}

void KeyExpiryPanel::renew()
{
    if (!m_onboarding)
        return;
    m_error->clear();
    m_renewing = true;
    m_progress->setText(tr("Renewing the key…"));
    m_progress->show();
    render();
    m_onboarding->renewKey(); // asynchronous: the key is made off this thread, the rest is network
}

void KeyExpiryPanel::render()
{
    if (!m_onboarding)
        return;
    const auto &saved = m_onboarding->data();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const helseid::KeyExpiry expiry(
        saved.keyExpiresAt.isValid() ? std::optional<QDateTime>(saved.keyExpiresAt) : std::nullopt);
    const QLocale locale;
    const QString date = saved.keyExpiresAt.isValid()
                             ? locale.toString(saved.keyExpiresAt.toLocalTime().date(), QLocale::LongFormat)
                             : QString();
    QPalette colours = palette();
    m_warning = false;
    if (!expiry.expiration()) {
        m_expiry->setText(tr("HelseID did not state when the key expires."));
    } else if (expiry.isExpired(now)) {
        m_warning = true;
        m_expiry->setText(tr("The key expired on %1.").arg(date));
        colours.setColor(QPalette::WindowText, expiredColour(palette()));
    } else {
        const int days = int(expiry.daysLeft(now).value_or(0));
        m_expiry->setText(tr("The key expires on %1 (%n day(s) left).", nullptr, days).arg(date));
        if (expiry.isDueWithin(now, WarningDays)) {
            m_warning = true;
            colours.setColor(QPalette::WindowText, warningColour(palette()));
        }
    }
    m_expiry->setPalette(colours);
    QFont font = m_expiry->font();
    font.setBold(m_warning);
    m_expiry->setFont(font);

    const bool renewable = onboarding::KeyRenewal::checkRenewable(saved).ok();
    const bool portalOnly = !saved.setup.scopes.contains(QString::fromUtf16(onboarding::SelfServiceScope));
    m_renew->setVisible(!portalOnly);
    m_renew->setEnabled(renewable && !m_renewing && !m_onboarding->isBusy());
    m_portal->setVisible(portalOnly);
    if (portalOnly) {
        QString text = onboarding::KeyRenewal::portalOnly(saved).message;
        // The reminder NHN's tools give from 30 days: nothing here renews this key unattended.
        if (expiry.isDueWithin(now, WarningDays) && !expiry.isExpired(now))
            text = tr("Reminder: the key expires in %n day(s); renew it in the portal now.", nullptr,
                      int(expiry.daysLeft(now).value_or(0))) +
                   u' ' + text;
        m_portal->setText(text);
    }
}

void KeyExpiryPanel::retranslateUi()
{
    m_renew->setText(tr("&Renew key now"));
    m_renew->setToolTip(tr("Registers a new key with HelseID, checks it works, switches to it and writes the "
                           "EPJ configuration again. The old key keeps working for 14 days."));
    render();
}

void KeyExpiryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        render(); // the warning colour follows a switch to or from the dark palette
    QWidget::changeEvent(event);
}

} // namespace sfm::ui
