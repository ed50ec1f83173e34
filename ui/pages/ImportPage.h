#pragma once

#include "WizardPage.h"
#include "onboarding/Onboarding.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sfm::ui {

class FileDropArea;
class InlineError;

// Page 5 for Alternatives 2 and 3: what to do in the portal (the vendor's package link, or a numbered guide
// to making the client by hand), then the import of the file the portal hands out — the zip with the SMS
// password or the extracted JSON, chosen or dropped — or, with an own key, its public key to paste and the
// client ID to copy back. Afterwards it offers to delete the downloaded file and says what keeping it means.
class ImportPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ImportPage(OnboardingWizard *parentWizard);
    ~ImportPage() override;

    void initializePage() override;
    int nextId() const override;
    bool isComplete() const override;
    bool validatePage() override;
    void attach(onboarding::Onboarding *onboarding) override;

    // For tests and the screenshot tool.
    void setFile(const QString &path);
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *publicKeyEdit() const { return m_publicKey; }
    QPushButton *packageLinkButton() const { return m_openPackage; }
    InlineError *fileError() const { return m_fileError; }
    QString filePath() const { return m_path; }

protected:
    void retranslateUi() override;

private:
    bool ownKey() const;
    bool isPackage() const;
    QUrl packageLink() const;
    void chooseFile();
    void startImport();
    void imported(const onboarding::ImportSummary &summary);
    std::function<QString()> keepingText() const;
    void offerDeletion();
    QString keepingFileNotice(const QString &path) const;
    void loadOwnKey();
    void renderGuide();
    void showSummary();

    QLabel *m_guide = nullptr;
    QPushButton *m_openPackage = nullptr;
    QPushButton *m_openPortal = nullptr;
    QGroupBox *m_ownKeyBox = nullptr;
    QLabel *m_publicKeyLabel = nullptr;
    QLineEdit *m_publicKey = nullptr;
    QPushButton *m_copyKey = nullptr;
    QPushButton *m_saveKey = nullptr;
    QLabel *m_clientIdLabel = nullptr;
    QLineEdit *m_clientId = nullptr;
    QGroupBox *m_fileBox = nullptr;
    FileDropArea *m_drop = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_fileLabel = nullptr;
    InlineError *m_fileError = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordHint = nullptr;
    QLabel *m_result = nullptr;

    QString m_path;
    onboarding::PublicKeyText m_ownKey; // the own key's public JWK for the portal (from the model)
    bool m_readingFile = false;         // importPackage until packageImported: errors go next to the file
    bool m_loadingKey = false;          // requestPublicKey until publicKeyReady
    bool m_importedFromFile = false;
    onboarding::ImportSummary m_summary; // no key: shown again in another language
};

} // namespace sfm::ui
