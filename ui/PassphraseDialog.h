#pragma once

#include "SecureBytes.h"
#include "onboarding/ServiceFactory.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sfm::ui {

// Asks for a new passphrase, twice, for the explicit encrypted-file fallback when no keychain answers.
// Says plainly what the passphrase protects and what losing it means.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinimumLength = onboarding::ServiceFactory::MinPassphraseLength;

    explicit PassphraseDialog(QWidget *parent = nullptr);
    // The passphrase as UTF-8 in a buffer that wipes itself; empties both fields, so the dialog holds it no
    // longer than needed (Qt's own copies inside QLineEdit cannot be wiped, only dropped).
    SecureBytes takePassphrase();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    QLabel *m_intro = nullptr;
    QLabel *m_firstLabel = nullptr;
    QLabel *m_secondLabel = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sfm::ui
