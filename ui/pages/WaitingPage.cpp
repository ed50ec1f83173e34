#include "WaitingPage.h"

#include "InlineError.h"
#include "NoticeList.h"
#include "OnboardingWizard.h"
#include "TestLoginPanel.h"

#include <QApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::Onboarding;
using onboarding::State;

WaitingPage::WaitingPage(OnboardingWizard *parentWizard)
    : WizardPage(parentWizard)
{
    setObjectName(QStringLiteral("waitingPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    body()->addWidget(m_intro);

    // Labels in a grid rather than a list view: statusReason texts are long and must wrap, never be elided.
    m_table = new QGroupBox(this);
    m_table->setObjectName(QStringLiteral("statusTable"));
    m_grid = new QGridLayout(m_table);
    m_grid->setColumnStretch(2, 1);
    m_grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    body()->addWidget(m_table);

    m_sfmId = new QLabel(this);
    m_sfmId->setObjectName(QStringLiteral("sfmIdLabel"));
    m_sfmId->setWordWrap(true);
    m_sfmId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_sfmId);

    auto *row = new QHBoxLayout;
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_checkNow = new QPushButton(this);
    m_checkNow->setObjectName(QStringLiteral("checkNow"));
    row->addWidget(m_countdown, 1);
    row->addWidget(m_checkNow);
    body()->addLayout(row);

    // A client without nhn:selvbetjening/client cannot read its own status: the person says the documents
    // are signed, or proves access with the test login.
    m_portalOnly = new QWidget(this);
    m_portalOnly->setObjectName(QStringLiteral("portalOnly"));
    auto *portalOnly = new QVBoxLayout(m_portalOnly);
    portalOnly->setContentsMargins(0, 0, 0, 0);
    m_portalOnlyText = new QLabel(m_portalOnly);
    m_portalOnlyText->setWordWrap(true);
    portalOnly->addWidget(m_portalOnlyText);
    auto *signedRow = new QHBoxLayout;
    m_signed = new QPushButton(m_portalOnly);
    m_signed->setObjectName(QStringLiteral("documentsSigned"));
    signedRow->addWidget(m_signed);
    signedRow->addStretch(1);
    portalOnly->addLayout(signedRow);
    m_testLogin = new TestLoginPanel(m_portalOnly);
    portalOnly->addWidget(m_testLogin);
    m_portalOnly->hide();
    body()->addWidget(m_portalOnly);
    connect(m_signed, &QPushButton::clicked, this, [this] {
        if (Onboarding *current = onboarding()) {
            if (auto confirmed = current->confirmSigned(); !confirmed)
                showError(confirmed.error());
        }
    });

    m_notices = new NoticeList(this);
    body()->addWidget(m_notices);

    m_closeNote = new QLabel(this);
    m_closeNote->setWordWrap(true);
    body()->addWidget(m_closeNote);
    m_readyNote = new QLabel(this);
    m_readyNote->setObjectName(QStringLiteral("readyNote"));
    m_readyNote->setWordWrap(true);
    m_readyNote->hide();
    body()->addWidget(m_readyNote);
    body()->addStretch(1);

    connect(m_checkNow, &QPushButton::clicked, this, [this] {
        if (Onboarding *current = onboarding())
            current->checkNow();
    });
    retranslateUi();
}

void WaitingPage::attach(Onboarding *current)
{
    m_notified = false;
    m_testLogin->attach(current);
    if (!current)
        return;
    connect(current, &Onboarding::stateChanged, this, [this](State state) {
        render();
        if (state == State::Ready)
            becameReady();
    });
    connect(current, &Onboarding::accessStatusChanged, this, &WaitingPage::render);
    connect(current, &Onboarding::dataChanged, this, &WaitingPage::render);
    connect(current, &Onboarding::countdownChanged, this, &WaitingPage::render);
    connect(current, &Onboarding::errorOccurred, this, [this](const Error &error) {
        if (owner()->currentPage() == this)
            showError(error);
    });
}

int WaitingPage::nextId() const
{
    return OnboardingWizard::DonePageId;
}

void WaitingPage::initializePage()
{
    clearError();
    if (Onboarding *current = onboarding()) {
        if (onboarding::isWaitingState(current->state()) || current->state() == State::Registered ||
            current->state() == State::Failed)
            current->proceed();
    }
    render();
}

QString WaitingPage::statusText(const QString &status) const
{
    if (status == QLatin1String("ok"))
        return tr("ready");
    if (status == QLatin1String("pending"))
        return tr("pending");
    if (status == QLatin1String("updatePending"))
        return tr("change pending");
    if (status == QLatin1String("missing"))
        return tr("not granted yet");
    if (status == QLatin1String("unknown"))
        return tr("only the portal shows it");
    return status; // an unknown value: shown as HelseID wrote it
}

QString WaitingPage::cellText(int row, int column) const
{
    const qsizetype index = qsizetype(row) * 3 + column;
    if (row < 0 || column < 0 || column > 2 || index >= m_cells.size())
        return {};
    const auto *label = qobject_cast<const QLabel *>(m_cells.at(index));
    return label ? label->text() : QString();
}

void WaitingPage::render()
{
    const Onboarding *current = onboarding();
    qDeleteAll(m_cells);
    m_cells.clear();
    m_rows = 0;
    if (!current) {
        m_notices->setNotices({});
        return;
    }
    auto addRow = [this](const QString &name, const QString &tooltip, const QString &status,
                         const QString &reason) {
        const int row = m_rows + 1; // row 0 holds the headings
        int column = 0;
        for (const QString &text : {name, status, reason}) {
            auto *label = new QLabel(text, m_table);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(column == 2);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            if (column == 0)
                label->setToolTip(tooltip);
            m_grid->addWidget(label, row, column);
            m_cells.append(label);
            ++column;
        }
        ++m_rows;
    };
    const auto &saved = current->data();
    const auto &profile = owner()->profile();
    const QString language =
        owner()->languages() ? LanguageManager::code(owner()->languages()->language()) : QStringLiteral("en");
    for (const auto &scope : saved.scopeStatuses) {
        const auto *known = profile.scope(scope.scope);
        // statusReason verbatim: HelseID's words, in HelseID's language, never parsed.
        addRow(known ? known->displayNameFor(language) : scope.scope, scope.scope, statusText(scope.status),
               scope.statusReason);
    }
    for (const auto &claim : saved.claimStatuses) {
        const bool isSfmId = claim.claimType == QString::fromUtf16(onboarding::SfmIdClaimType);
        addRow(isSfmId ? tr("SFM-id") : claim.claimType, claim.claimType, statusText(claim.status),
               claim.statusReason);
    }
    if (saved.scopeStatuses.isEmpty() && saved.claimStatuses.isEmpty())
        addRow(tr("(no answer from HelseID yet)"), QString(), QString(), QString());
    m_sfmId->setText(saved.sfmId.isEmpty() ? tr("SFM-id: not known yet; HelseID assigns it.")
                                           : tr("SFM-id: %1").arg(saved.sfmId));
    m_portalOnly->setVisible(!saved.canSeeSigning() && current->state() == State::AwaitingAccess);
    m_notices->setNotices(owner()->noticesFor(current));

    const State state = current->state();
    const int seconds = current->secondsToNextCheck();
    if (state == State::Ready || state == State::Exported)
        m_countdown->setText(tr("The client is ready."));
    else if (current->isBusy())
        m_countdown->setText(tr("Checking…"));
    else if (seconds >= 0)
        m_countdown->setText(tr("Next check in %n s.", nullptr, seconds));
    else if (state == State::Failed)
        m_countdown->setText(tr("Stopped. Press «Check now» to try again."));
    else
        m_countdown->setText(QString());
    m_checkNow->setEnabled(state != State::Ready && state != State::Exported && !current->isBusy());
    emit completeChanged();
}

void WaitingPage::becameReady()
{
    if (m_notified)
        return;
    m_notified = true;
    const QString title = tr("The HelseID client is ready");
    const QString text = tr("Every scope is granted. Export the configuration for your journal system.");
    // The wizard may be minimized for days: a desktop notification when the system has one, and always a
    // note in the window.
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        auto *tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        tray->show();
        tray->showMessage(title, text, QSystemTrayIcon::Information, 15000);
    }
    m_readyNote->setText(tr("%1. %2").arg(title, text));
    m_readyNote->show();
    QApplication::alert(owner());
    if (owner()->currentPage() == this)
        owner()->next();
}

bool WaitingPage::isComplete() const
{
    const Onboarding *current = onboarding();
    return current && onboardingMovedOn() && WizardPage::isComplete();
}

void WaitingPage::retranslateUi()
{
    setTitle(tr("Waiting for signing and access"));
    setSubTitle(tr("HelseID grants each scope when the agreement documents are signed."));
    m_intro->setText(tr("The organization must sign the agreement documents in the portal. HelseID's own "
                        "explanation of each status is shown as HelseID wrote it."));
    m_table->setTitle(tr("Status of each scope and claim"));
    if (m_headings.isEmpty()) {
        for (int column = 0; column < 3; ++column) {
            auto *heading = new QLabel(m_table);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            m_grid->addWidget(heading, 0, column, Qt::AlignLeft | Qt::AlignTop);
            m_headings.append(heading);
        }
    }
    m_headings.at(0)->setText(tr("Scope or claim"));
    m_headings.at(1)->setText(tr("Status"));
    m_headings.at(2)->setText(tr("HelseID says"));
    m_checkNow->setText(tr("Chec&k now"));
    m_portalOnlyText->setText(onboarding::cannotSeeSigningText());
    m_signed->setText(tr("The documents are &signed (I checked in the portal)"));
    m_testLogin->retranslateUi();
    m_notices->retranslateUi();
    m_closeNote->setText(tr("This can take days. You can close the window: the onboarding is saved, and you "
                            "resume it from the first page. The wizard checks by itself while it is open."));
    render();
}

} // namespace sfm::ui
