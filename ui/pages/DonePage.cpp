#include "DonePage.h"

#include "Dialogs.h"
#include "InlineError.h"
#include "KeyExpiryPanel.h"
#include "OnboardingWizard.h"
#include "ScopeChangePanel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::Onboarding;
using onboarding::State;

DonePage::DonePage(OnboardingWizard *parentWizard)
    : WizardPage(parentWizard)
{
    setObjectName(QStringLiteral("donePage"));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_summary);
    m_keyPanel = new KeyExpiryPanel(this);
    body()->addWidget(m_keyPanel);
    m_scopePanel = new ScopeChangePanel(this);
    body()->addWidget(m_scopePanel);

    auto *exportRow = new QHBoxLayout;
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportConfiguration"));
    m_exported = new QLabel(this);
    m_exported->setWordWrap(true);
    m_exported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_exported, 1);
    body()->addLayout(exportRow);
    m_exportError = new InlineError(this);
    body()->addWidget(m_exportError);

    m_testToken = new QPushButton(this);
    m_testToken->setObjectName(QStringLiteral("testToken"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_testToken);
    tokenRow->addStretch(1);
    body()->addLayout(tokenRow);
    m_claims = new QPlainTextEdit(this);
    m_claims->setObjectName(QStringLiteral("claims"));
    m_claims->setReadOnly(true);
    m_claims->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_claims->setMinimumHeight(fontMetrics().height() * 6);
    m_claims->hide();
    body()->addWidget(m_claims);
    m_tokenError = new InlineError(this);
    body()->addWidget(m_tokenError);

    m_nextTitle = new QLabel(this);
    QFont bold = m_nextTitle->font();
    bold.setBold(true);
    m_nextTitle->setFont(bold);
    body()->addWidget(m_nextTitle);
    m_next = new QLabel(this);
    m_next->setWordWrap(true);
    body()->addWidget(m_next);
    body()->addStretch(1);

    connect(m_export, &QPushButton::clicked, this, &DonePage::exportConfiguration);
    connect(m_testToken, &QPushButton::clicked, this, [this] {
        if (Onboarding *current = onboarding()) {
            m_tokenError->clear();
            m_testToken->setEnabled(false);
            setBusy(true, [this] { return tr("Getting a test token from HelseID…"); });
            current->requestTestToken();
        }
    });
    retranslateUi();
}

void DonePage::attach(Onboarding *current)
{
    m_claims->clear();
    m_claims->hide();
    m_keyPanel->attach(current);
    m_scopePanel->attach(current);
    if (!current)
        return;
    connect(current, &Onboarding::dataChanged, this, &DonePage::render);
    connect(current, &Onboarding::testTokenReady, this, [this](const onboarding::TestToken &token) {
        setBusy(false);
        m_testToken->setEnabled(true);
        // Only the decoded header and claims: the token itself is a secret and is never shown here.
        QString text = tr("Token type: %1, valid for %n s", nullptr, token.expiresIn).arg(token.tokenType);
        text += QStringLiteral("\n\n") +
                QString::fromUtf8(QJsonDocument(token.header).toJson(QJsonDocument::Indented));
        text += QString::fromUtf8(QJsonDocument(token.claims).toJson(QJsonDocument::Indented));
        m_claims->setPlainText(text);
        m_claims->show();
    });
    connect(current, &Onboarding::testTokenFailed, this, [this](const Error &error) {
        setBusy(false);
        m_testToken->setEnabled(true);
        m_tokenError->setError(error);
    });
}

int DonePage::nextId() const
{
    return -1;
}

void DonePage::initializePage()
{
    m_exportError->clear();
    m_tokenError->clear();
    render();
}

void DonePage::exportConfiguration()
{
    Onboarding *current = onboarding();
    if (!current)
        return;
    m_exportError->clear();
    const auto &saved = current->data();
    const QString name = QStringLiteral("sfm-client-%1.json")
                             .arg(saved.setup.journalName.isEmpty() ? saved.clientId.left(12)
                                                                    : saved.setup.journalName.simplified());
    QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    if (!saved.exportedTo.isEmpty())
        suggested = saved.exportedTo;
    const QString path = Dialogs::saveFileName(this, tr("Export the EPJ configuration"), suggested,
                                               tr("EPJ configuration (*.json)"));
    if (path.isEmpty())
        return;
    if (auto written = current->exportConfiguration(path); !written)
        m_exportError->setError(written.error());
    render();
}

void DonePage::render()
{
    const Onboarding *current = onboarding();
    if (!current)
        return;
    const auto &saved = current->data();
    const QLocale locale;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<p>%1</p><table>").arg(tr("The HelseID client is ready.").toHtmlEscaped());
    html += row(tr("Journal:"),
                saved.setup.journalName.isEmpty() ? saved.setup.organizationNumber : saved.setup.journalName);
    html += row(tr("Organization number:"), saved.setup.organizationNumber);
    if (!saved.setup.childOrganizationNumbers.isEmpty())
        html += row(tr("Child units:"), saved.setup.childOrganizationNumbers.join(QStringLiteral(", ")));
    html += row(tr("Client ID:"), saved.clientId);
    html += row(tr("SFM-id:"), saved.sfmId.isEmpty() ? tr("(not stated by HelseID)") : saved.sfmId);
    html += row(tr("Key ID:"), saved.kid);
    html += row(tr("Environment:"), saved.setup.environment.name().toUpper());
    html += row(tr("Scopes:"), saved.setup.scopes.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");
    m_summary->setText(html);

    const bool exported = current->state() == State::Exported || !saved.exportedTo.isEmpty();
    m_exported->setText(exported ? tr("Exported to %1").arg(QDir::toNativeSeparators(saved.exportedTo))
                                 : tr("Not exported yet."));
    m_export->setEnabled(current->state() == State::Ready || current->state() == State::Exported);

    QString expiry =
        saved.keyExpiresAt.isValid()
            ? tr("The key expires on %1. Renew it well before then (at least 30 days): a key "
                 "left to expire stops prescribing.")
                  .arg(locale.toString(saved.keyExpiresAt.toLocalTime().date(), QLocale::LongFormat))
            : tr("HelseID did not state when the key expires. Check it in the portal and renew it "
                 "well before then: a key left to expire stops prescribing.");
    if (saved.setup.scopes.contains(QString::fromUtf16(onboarding::SelfServiceScope)))
        expiry += QLatin1Char(' ') + tr("This client renews its key through HelseID's API: «Renew key now» "
                                        "above, or every day unattended with «sfmctl agent install».");
    m_next->setText(expiry + QStringLiteral("\n\n") +
                    tr("Give the exported file to your journal system (EPJ); it names the key in this "
                       "computer's keychain but does not contain it.") +
                    QStringLiteral("\n\n") +
                    tr("SFM in production also needs an access order for SFM/e-resept that your EPJ vendor "
                       "sends to NHN. Ask your vendor whether it is in place."));
}

void DonePage::retranslateUi()
{
    setTitle(tr("Done"));
    setSubTitle(tr("Your journal system can now use SFM through this HelseID client."));
    m_export->setText(tr("&Export the EPJ configuration…"));
    m_testToken->setText(tr("Get a &test token"));
    m_testToken->setToolTip(
        tr("Gets a token for SFM and shows what it says. The token itself is not shown."));
    m_claims->setAccessibleName(tr("Claims of the test token"));
    m_nextTitle->setText(tr("What comes next"));
    m_keyPanel->retranslateUi();
    m_scopePanel->retranslateUi();
    render();
}

} // namespace sfm::ui
