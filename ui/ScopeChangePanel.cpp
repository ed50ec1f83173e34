#include "ScopeChangePanel.h"

#include "InlineError.h"
#include "onboarding/Onboarding.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::Onboarding;
using onboarding::State;

ScopeChangePanel::ScopeChangePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scopeChangePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_buttonRow = new QHBoxLayout;
    m_buttonRow->addStretch(1);
    layout->addLayout(m_buttonRow);
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scopeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_checkNow = new QPushButton(this);
    m_checkNow->setObjectName(QStringLiteral("scopeCheckNow"));
    m_checkNow->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_checkNow);
    layout->addLayout(statusRow);
    m_error = new InlineError(this);
    layout->addWidget(m_error);
    connect(m_checkNow, &QPushButton::clicked, this, [this] {
        if (m_onboarding)
            m_onboarding->checkNow();
    });
    retranslateUi();
}

void ScopeChangePanel::attach(Onboarding *current)
{
    if (m_onboarding)
        m_onboarding->disconnect(this);
    m_onboarding = current;
    m_error->clear();
    if (current) {
        connect(current, &Onboarding::dataChanged, this, &ScopeChangePanel::render);
        connect(current, &Onboarding::busyChanged, this, &ScopeChangePanel::render);
        connect(current, &Onboarding::scopesChanged, this, [this](const Error &error) {
            if (error.isNull())
                m_error->clear();
            else
                m_error->setError(error);
            render();
        });
    }
    render();
}

void ScopeChangePanel::add(const QString &scope)
{
    if (!m_onboarding)
        return;
    m_error->clear();
    m_onboarding->changeScopes({scope}, {}); // asynchronous: read, write back, then wait for access
    render();
}

void ScopeChangePanel::render()
{
    qDeleteAll(m_addButtons);
    m_addButtons.clear();
    if (!m_onboarding) {
        m_status->hide();
        m_checkNow->hide();
        return;
    }
    const auto &saved = m_onboarding->data();
    const State state = m_onboarding->state();
    const bool ready = state == State::Ready || state == State::Exported;
    const bool selfService = saved.setup.scopes.contains(QString::fromUtf16(onboarding::SelfServiceScope));
    if (ready && selfService) {
        const QString language = QLocale().name().left(2);
        int index = 0;
        for (const auto &scope : m_onboarding->services().profile.scopes) {
            if (scope.required || saved.setup.scopes.contains(scope.name))
                continue;
            auto *button = new QPushButton(tr("Add %1").arg(scope.displayNameFor(language)), this);
            button->setObjectName(QStringLiteral("addScope"));
            button->setToolTip(tr("Asks HelseID for the scope %1. The agreement documents may have to be "
                                  "signed again before it works.")
                                   .arg(scope.name));
            button->setEnabled(!m_onboarding->isBusy());
            connect(button, &QPushButton::clicked, this, [this, name = scope.name] { add(name); });
            m_buttonRow->insertWidget(index++, button);
            m_addButtons.append(button);
        }
    }
    // Waiting for a changed scope: what HelseID says about each one not granted yet, verbatim.
    const bool waiting = state == State::AwaitingAccess && saved.readyAt.isValid();
    QStringList lines;
    if (waiting) {
        lines.append(tr("Waiting for HelseID to grant the changed scopes:"));
        for (const auto &scope : saved.scopeStatuses) {
            if (scope.isOk())
                continue;
            lines.append(scope.statusReason.isEmpty()
                             ? tr("%1: %2").arg(scope.scope, scope.status)
                             : tr("%1: %2 — %3").arg(scope.scope, scope.status, scope.statusReason));
        }
    }
    m_status->setText(lines.join(u'\n'));
    m_status->setVisible(waiting);
    m_checkNow->setVisible(waiting);
}

void ScopeChangePanel::retranslateUi()
{
    m_checkNow->setText(tr("C&heck now"));
    render();
}

} // namespace sfm::ui
