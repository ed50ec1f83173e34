#pragma once

#include "onboarding/NetworkSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace sfm::ui {

class InlineError;

// The network settings reachable inside the wizard (many municipality networks need them): the proxy (the
// system's, none, or a manual host and port) and, only where IT asks for it, an extra root certificate to
// trust (a company proxy that inspects TLS). The caller hands the result to core
// (ServiceFactory::applyNetworkSettings), which gives it to the HTTP client and saves it.
class NetworkSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NetworkSettingsDialog(const onboarding::NetworkSettings &current, QWidget *parent = nullptr);
    // What the user chose: the proxy, the extra root certificate file and its confirmed fingerprints.
    onboarding::NetworkSettings settings() const;
    QString extraCaFile() const { return m_caPath; }
    // The SHA-256 fingerprints of the chosen file's certificates, as shown to the user (empty without a
    // file).
    QStringList extraCaFingerprints() const { return m_caFingerprints; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void chooseCertificate();
    // Reads the file again and shows what it holds, or why it cannot be used.
    void showCertificate();

    QString m_caPath;
    QStringList m_caFingerprints; // confirmed: stored with the path, checked again when the dialog opens
    bool m_caUsable = true;
    QLabel *m_intro = nullptr;
    QRadioButton *m_system = nullptr;
    QRadioButton *m_none = nullptr;
    QRadioButton *m_manual = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_caTitle = nullptr;
    QLabel *m_caIntro = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caChoose = nullptr;
    QPushButton *m_caClear = nullptr;
    QLabel *m_caSummary = nullptr;
    InlineError *m_caError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sfm::ui
