#pragma once

#include "net/NetSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace sfm::ui {

// Proxy settings reachable inside the wizard (many municipality networks need one): the system's proxy,
// none, or a manual host and port. The caller stores the result (core/storage Settings) and hands it to
// the HTTP client.
class ProxyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProxyDialog(const net::ProxySettings &current, QWidget *parent = nullptr);
    net::ProxySettings proxy() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    QLabel *m_intro = nullptr;
    QRadioButton *m_system = nullptr;
    QRadioButton *m_none = nullptr;
    QRadioButton *m_manual = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sfm::ui
