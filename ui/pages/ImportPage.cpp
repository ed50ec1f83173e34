#include "ImportPage.h"

#include "Dialogs.h"
#include "FileDropArea.h"
#include "InlineError.h"
#include "OnboardingWizard.h"
#include "onboarding/PackageFile.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::Alternative;
using onboarding::Onboarding;
using onboarding::State;

ImportPage::ImportPage(OnboardingWizard *parentWizard)
    : WizardPage(parentWizard)
{
    setObjectName(QStringLiteral("importPage"));
    m_guide = new QLabel(this);
    m_guide->setObjectName(QStringLiteral("portalGuide"));
    m_guide->setWordWrap(true);
    m_guide->setTextFormat(Qt::RichText);
    m_guide->setOpenExternalLinks(true);
    m_guide->setTextInteractionFlags(Qt::TextBrowserInteraction);
    body()->addWidget(m_guide);

    auto *links = new QHBoxLayout;
    m_openPackage = new QPushButton(this);
    m_openPackage->setObjectName(QStringLiteral("openPackageLink"));
    m_openPortal = new QPushButton(this);
    m_openPortal->setObjectName(QStringLiteral("openPortal"));
    links->addWidget(m_openPackage);
    links->addWidget(m_openPortal);
    links->addStretch(1);
    body()->addLayout(links);
    connect(m_openPackage, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(packageLink()); });
    connect(m_openPortal, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(owner()->environment().portalBase); });

    // Alternative 3 with an own key: the public key to paste, and the client ID to copy back.
    m_ownKeyBox = new QGroupBox(this);
    auto *ownLayout = new QFormLayout(m_ownKeyBox);
    ownLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_publicKey = new QLineEdit(m_ownKeyBox);
    m_publicKey->setObjectName(QStringLiteral("publicKey"));
    m_publicKey->setReadOnly(true);
    m_publicKeyLabel = new QLabel(m_ownKeyBox);
    m_publicKeyLabel->setBuddy(m_publicKey);
    auto *keyButtons = new QHBoxLayout;
    m_copyKey = new QPushButton(m_ownKeyBox);
    m_saveKey = new QPushButton(m_ownKeyBox);
    keyButtons->addWidget(m_publicKey, 1);
    keyButtons->addWidget(m_copyKey);
    keyButtons->addWidget(m_saveKey);
    ownLayout->addRow(m_publicKeyLabel, keyButtons);
    m_clientId = new QLineEdit(m_ownKeyBox);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setMaxLength(200);
    m_clientIdLabel = new QLabel(m_ownKeyBox);
    m_clientIdLabel->setBuddy(m_clientId);
    ownLayout->addRow(m_clientIdLabel, m_clientId);
    body()->addWidget(m_ownKeyBox);
    connect(m_clientId, &QLineEdit::textChanged, this, &ImportPage::completeChanged);
    connect(m_copyKey, &QPushButton::clicked, this, [this] {
        if (!m_ownKey.clipboard.isEmpty())
            QApplication::clipboard()->setText(m_ownKey.clipboard);
    });
    connect(m_saveKey, &QPushButton::clicked, this, [this] {
        if (m_ownKey.file.isEmpty())
            return;
        const QString path = Dialogs::saveFileName(this, tr("Save the public key"),
                                                   QStringLiteral("public-key.json"), tr("JWK (*.json)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_ownKey.file) < 0 || !file.commit())
            showError(Error(
                QStringLiteral("ui.save_failed"),
                [] { return tr("Could not save the file. Choose another folder and try again."); },
                file.errorString()));
    });

    // The file from the portal.
    m_fileBox = new QGroupBox(this);
    auto *fileLayout = new QVBoxLayout(m_fileBox);
    auto *dropRow = new QHBoxLayout;
    m_drop = new FileDropArea(m_fileBox);
    m_choose = new QPushButton(m_fileBox);
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    dropRow->addWidget(m_drop, 1);
    dropRow->addWidget(m_choose, 0, Qt::AlignVCenter);
    fileLayout->addLayout(dropRow);
    m_fileLabel = new QLabel(m_fileBox);
    m_fileLabel->setWordWrap(true);
    fileLayout->addWidget(m_fileLabel);
    m_fileError = new InlineError(m_fileBox);
    fileLayout->addWidget(m_fileError);
    auto *passwordForm = new QFormLayout;
    m_password = new QLineEdit(m_fileBox);
    m_password->setObjectName(QStringLiteral("smsPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(m_fileBox);
    m_passwordLabel->setBuddy(m_password);
    passwordForm->addRow(m_passwordLabel, m_password);
    fileLayout->addLayout(passwordForm);
    m_passwordHint = new QLabel(m_fileBox);
    m_passwordHint->setWordWrap(true);
    fileLayout->addWidget(m_passwordHint);
    body()->addWidget(m_fileBox);
    connect(m_drop, &FileDropArea::fileDropped, this, &ImportPage::setFile);
    connect(m_choose, &QPushButton::clicked, this, &ImportPage::chooseFile);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_result);
    body()->addStretch(1);
    retranslateUi();
}

ImportPage::~ImportPage() = default;

bool ImportPage::ownKey() const
{
    const Onboarding *current = onboarding();
    const Alternative alternative =
        current ? current->data().setup.alternative : owner()->setup().alternative;
    return alternative == Alternative::Manual && owner()->manualWithOwnKey();
}

bool ImportPage::isPackage() const
{
    const Onboarding *current = onboarding();
    const Alternative alternative =
        current ? current->data().setup.alternative : owner()->setup().alternative;
    return alternative == Alternative::PackageConfiguration;
}

QUrl ImportPage::packageLink() const
{
    const auto &profile = owner()->profile();
    if (profile.packageIds.isEmpty())
        return {};
    // The first package; a vendor with several sends its customers the right link instead.
    const QString packageId = profile.packageIds.value(profile.packageIds.keys().constFirst());
    return profile.packageLink(owner()->environment().portalBase, packageId,
                               owner()->setup().organizationNumber);
}

void ImportPage::attach(Onboarding *current)
{
    m_ownKey = {};
    m_readingFile = false;
    m_loadingKey = false;
    if (!current)
        return;
    connect(current, &Onboarding::packageImported, this, &ImportPage::imported);
    connect(current, &Onboarding::errorOccurred, this, [this](const Error &error) {
        if (std::exchange(m_loadingKey, false))
            showError(error);
    });
    connect(current, &Onboarding::publicKeyReady, this, [this](const onboarding::PublicKeyText &key) {
        m_loadingKey = false;
        m_ownKey = key;
        m_publicKey->setText(key.clipboard);
        m_publicKey->setCursorPosition(0);
        emit completeChanged();
    });
}

int ImportPage::nextId() const
{
    return OnboardingWizard::WaitingPageId;
}

void ImportPage::initializePage()
{
    clearError();
    m_fileError->clear();
    m_ownKeyBox->setVisible(ownKey());
    m_fileBox->setVisible(!ownKey());
    m_openPackage->setVisible(isPackage());
    m_openPackage->setEnabled(!packageLink().isEmpty());
    if (ownKey())
        loadOwnKey();
    retranslateUi();
}

void ImportPage::loadOwnKey()
{
    Onboarding *current = onboarding();
    if (!current || !m_ownKey.clipboard.isEmpty() || current->data().keyReference.isNull())
        return;
    // Only the public part is shown; the model reads it from where it stored the key.
    m_loadingKey = true;
    current->requestPublicKey();
}

void ImportPage::chooseFile()
{
    const QString path =
        Dialogs::openFileName(this, tr("Choose the file from the portal"),
                              tr("Configuration from the portal (*.zip *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportPage::setFile(const QString &path)
{
    m_path = path;
    m_fileError->clear();
    m_summary = {};
    showSummary();
    m_fileLabel->setText(tr("Chosen: %1").arg(QDir::toNativeSeparators(path)));
    // A JSON file has no password; the zip does.
    const bool zip = !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    m_password->setEnabled(zip);
    if (zip)
        m_password->setFocus();
    emit completeChanged();
}

bool ImportPage::isComplete() const
{
    if (onboardingMovedOn())
        return WizardPage::isComplete();
    if (ownKey())
        return !m_ownKey.clipboard.isEmpty() && !m_clientId->text().trimmed().isEmpty() &&
               WizardPage::isComplete();
    return !m_path.isEmpty() && WizardPage::isComplete();
}

bool ImportPage::validatePage()
{
    Onboarding *current = onboarding();
    if (!current)
        return false;
    if (!current->data().isBeforeRegistration())
        return true;
    clearError();
    m_fileError->clear();
    if (ownKey()) {
        waitForModel(keepingText());
        current->useOwnKeyClient(m_clientId->text().trimmed(), owner()->setup().scopes);
        return false;
    }
    startImport();
    return false;
}

void ImportPage::startImport()
{
    Onboarding *current = onboarding();
    if (!current)
        return;
    m_readingFile = true;
    waitForModel([this] { return tr("Reading the file…"); },
                 [this] {
                     if (m_importedFromFile)
                         offerDeletion();
                 },
                 [this](const Error &error) {
                     if (!std::exchange(m_readingFile, false)) {
                         showError(error); // the file was fine; keeping the key or checking the client failed
                         return;
                     }
                     // The file could not be used: said next to it; another file or password may do.
                     m_fileError->setError(error);
                     if (error.code.contains(QLatin1String("password")))
                         m_password->setFocus();
                 });
    // The model reads and checks the file off the UI thread and keeps its key; the page never sees it.
    current->importPackage(m_path, SecureBytes(m_password->text().toUtf8()));
}

void ImportPage::imported(const onboarding::ImportSummary &summary)
{
    if (!std::exchange(m_readingFile, false))
        return;
    m_password->clear();
    m_summary = summary;
    showSummary();
    m_importedFromFile = true;
    setBusy(true, keepingText()); // still waiting for the model to move on
}

void ImportPage::showSummary()
{
    if (m_summary.clientId.isEmpty()) {
        m_result->clear();
        return;
    }
    QStringList lines;
    lines << tr("Client ID: %1").arg(m_summary.clientId) << tr("Key ID: %1").arg(m_summary.kid)
          << tr("Scopes: %1").arg(m_summary.scopes.join(QStringLiteral(", ")));
    for (const Error &warning : std::as_const(m_summary.warnings))
        lines << tr("Note: %1").arg(warning.retranslated().message);
    m_result->setText(lines.join(QLatin1Char('\n')));
}

std::function<QString()> ImportPage::keepingText() const
{
    const Onboarding *current = onboarding();
    if (current && onboarding::PackageFile::keepsKeyInFile(*current))
        return [this] {
            return tr("Keeping the key in the passphrase-protected file and checking the client…");
        };
    return [this] { return tr("Keeping the key in the keychain and checking the client…"); };
}

void ImportPage::offerDeletion()
{
    m_importedFromFile = false;
    const QString path = m_path;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    const auto answer = Dialogs::ask(this, tr("Delete the downloaded file?"),
                                     tr("%1\n\nDelete the file now?").arg(keepingFileNotice(path)),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (auto deleted = onboarding::PackageFile::secureDelete(path); !deleted)
        showError(deleted.error());
}

QString ImportPage::keepingFileNotice(const QString &path) const
{
    // Names where the onboarding actually keeps the key: the keychain, or the file the user chose instead.
    const Onboarding *current = onboarding();
    return current ? onboarding::PackageFile::keepingFileNotice(*current, path) : QString();
}

void ImportPage::renderGuide()
{
    const auto &profile = owner()->profile();
    const QString portal = owner()->environment().portalBase.toString();
    const QString org = owner()->setup().organizationNumber;
    QStringList steps;
    if (isPackage()) {
        // The button opens the link the vendor profile makes; without a profile it would be a guess.
        if (!packageLink().isEmpty())
            steps << tr("Open the package link your EPJ vendor sent you (the button below opens the one in "
                        "your vendor profile).");
        else if (!owner()->hasProfile())
            steps << tr(
                "Open the package link your EPJ vendor sent you. No vendor profile was found on this "
                "computer, so the wizard cannot open it for you: use the link in the vendor's message.");
        else
            steps << tr("Open the package link your EPJ vendor sent you.");
        steps << tr("A person with the Altinn role «Ta i bruk HelseID for et fagsystem» logs in and approves "
                    "the package for organization number %1. The portal makes the client and its key pair.")
                     .arg(org)
              << tr("Download the zip file the portal offers. Its password comes by SMS to that person's "
                    "phone.")
              << tr("Choose the zip below (or drag it here) and type the SMS password.");
    } else {
        steps << tr("Open <a href=\"%1\">Selvbetjening</a> (the self-service portal) and log in with "
                    "ID-porten.")
                     .arg(portal.toHtmlEscaped())
              << (profile.systemName.isEmpty() || profile.vendorName.isEmpty()
                      ? tr("Under «Klienter», create a new client (Klient) from your EPJ vendor's Klientmal "
                           "for "
                           "organization number %1.")
                            .arg(org)
                      : tr("Under «Klienter», create a new client (Klient) from the Klientmal «%1» of %2 for "
                           "organization "
                           "number %3.")
                            .arg(profile.systemName.toHtmlEscaped(), profile.vendorName.toHtmlEscaped(), org))
              << tr("Choose the scopes your vendor asks for, at least «SFM portaler og integrasjoner».");
        if (ownKey())
            steps << tr("Choose to use your own public key and paste the one below (copy it, or save it as a "
                        "file).")
                  << tr("Save the client and copy its client ID into the field below.");
        else
            steps
                << tr("Let the portal make the key, and download the configuration file (a zip; its password "
                      "comes by SMS).")
                << tr("Choose the file below (or drag it here) and type the SMS password.");
    }
    QString html = QStringLiteral("<ol>");
    for (const QString &step : std::as_const(steps))
        html += QStringLiteral("<li>%1</li>").arg(step);
    html += QStringLiteral("</ol>");
    m_guide->setText(html);
}

void ImportPage::retranslateUi()
{
    const bool package = isPackage();
    setTitle(package ? tr("Package from your vendor") : tr("Make the client in the portal"));
    setSubTitle(package ? tr("Alternative 2: the portal makes the client from your vendor's package.")
                        : tr("Alternative 3: you make the client by hand in the portal."));
    renderGuide();
    m_openPackage->setText(tr("Open the &package link"));
    m_openPackage->setToolTip(
        packageLink().isEmpty()
            ? tr("The wizard has no package link from a vendor profile: use the link your vendor sent you.")
            : QString());
    m_openPortal->setText(tr("Open the p&ortal"));
    m_openPortal->setAccessibleName(tr("Open the self-service portal in the browser"));
    m_ownKeyBox->setTitle(tr("Your own key"));
    m_publicKeyLabel->setText(tr("P&ublic key:"));
    m_publicKey->setAccessibleName(tr("Public key (JWK) to paste in the portal"));
    m_copyKey->setText(tr("&Copy"));
    m_saveKey->setText(tr("&Save as file…"));
    m_clientIdLabel->setText(tr("Client &ID from the portal:"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_fileBox->setTitle(tr("The file from the portal"));
    m_drop->setText(tr("Drop the zip or JSON file here"));
    m_choose->setText(tr("C&hoose file…"));
    m_fileLabel->setText(m_path.isEmpty() ? tr("No file chosen yet.")
                                          : tr("Chosen: %1").arg(QDir::toNativeSeparators(m_path)));
    showSummary();
    m_passwordLabel->setText(tr("SMS pass&word:"));
    m_password->setAccessibleName(tr("SMS password of the zip file"));
    m_passwordHint->setText(tr("Not needed for a JSON file you extracted yourself. The password is used once "
                               "and never saved."));
}

} // namespace sfm::ui
