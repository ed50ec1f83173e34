#include "DonePage.h"

#include "Dialogs.h"
#include "ExportDialog.h"
#include "InlineError.h"
#include "KeyExpiryPanel.h"
#include "OnboardingWizard.h"
#include "ScopeChangePanel.h"
#include "TestLoginPanel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
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

    m_testLogin = new TestLoginPanel(this);
    body()->addWidget(m_testLogin);

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
    connect(m_testLogin, &TestLoginPanel::loginStarted, this,
            [this] { setBusy(true, [this] { return tr("Waiting for the login in the browser…"); }); });
    connect(m_testLogin, &TestLoginPanel::loginEnded, this, [this] { setBusy(false); });
    retranslateUi();
}

void DonePage::attach(Onboarding *current)
{
    m_keyPanel->attach(current);
    m_scopePanel->attach(current);
    m_testLogin->attach(current);
    if (!current)
        return;
    connect(current, &Onboarding::dataChanged, this, &DonePage::render);
}

int DonePage::nextId() const
{
    return -1;
}

void DonePage::initializePage()
{
    m_exportError->clear();
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
    // Where the configuration goes and where the EPJ reads the key, as the vendor profile allows.
    const auto &destinations = owner()->profile().keyDestinations;
    QString path;
    onboarding::KeyDestination destination; // this user's keychain
    QString passphrase;
    if (auto queued = Dialogs::takeNextFileName()) {
        path = *queued; // a test answering for the dialog: the configuration there, the key in the keychain
    } else {
        ExportDialog dialog(suggested, destinations.supported, destinations.defaultKind, destinations.jwk,
                            this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        path = dialog.configurationPath();
        destination = dialog.destination();
        passphrase = dialog.passphrase();
    }
    setBusy(true, [] { return tr("Exporting the configuration…"); });
    QPointer<DonePage> guard(this);
    current->exportConfiguration(path, destination, SecureBytes(passphrase.toUtf8()),
                                 [guard](Result<void> written) {
                                     if (!guard)
                                         return;
                                     guard->setBusy(false);
                                     if (!written)
                                         guard->m_exportError->setError(written.error());
                                     guard->render();
                                 });
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
    html += row(tr("SFM-id:"), onboarding::sfmIdText(saved));
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
    m_testLogin->retranslateUi();
    m_nextTitle->setText(tr("What comes next"));
    m_keyPanel->retranslateUi();
    m_scopePanel->retranslateUi();
    render();
}

} // namespace sfm::ui
