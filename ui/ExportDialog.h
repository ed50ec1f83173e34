#pragma once

#include "onboarding/KeyDestination.h"

#include <QDialog>
#include <QStringList>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace sfm::ui {

// Asks, at export, where the configuration goes and where the EPJ will read the private key (the vendor
// profile's keyDestinations): this user's keychain, a key file for the account the EPJ runs as, or a
// transfer file (with its passphrase, twice) for another computer. Plain words, every field with a label
// and an accessible name, reachable by keyboard. The export itself is the caller's (Onboarding).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinimumPassphraseLength = 12;

    // supported/defaultKind: "keychain", "file", "transfer" (VendorProfile::KeyDestinations); jwk: a key
    // file also gets the JWK form.
    ExportDialog(const QString &suggestedPath, const QStringList &supported, const QString &defaultKind,
                 bool jwk, QWidget *parent = nullptr);

    QString configurationPath() const;
    onboarding::KeyDestination destination() const;
    QString passphrase() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void browse(QLineEdit *edit, const QString &caption, const QString &filter);

    bool m_jwk = false;
    QLabel *m_intro = nullptr;
    QLabel *m_configLabel = nullptr;
    QLineEdit *m_config = nullptr;
    QPushButton *m_configBrowse = nullptr;
    QLabel *m_whereLabel = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QRadioButton *m_keychain = nullptr;
    QRadioButton *m_file = nullptr;
    QRadioButton *m_transfer = nullptr;
    QWidget *m_fileBox = nullptr;
    QLabel *m_keyFileLabel = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QPushButton *m_keyFileBrowse = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QLineEdit *m_owner = nullptr;
    QWidget *m_transferBox = nullptr;
    QLabel *m_transferFileLabel = nullptr;
    QLineEdit *m_transferFile = nullptr;
    QPushButton *m_transferBrowse = nullptr;
    QLabel *m_firstLabel = nullptr;
    QLineEdit *m_first = nullptr;
    QLabel *m_secondLabel = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sfm::ui
