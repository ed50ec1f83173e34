#pragma once

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
    static constexpr int MinimumLength = 12;

    explicit PassphraseDialog(QWidget *parent = nullptr);
    QString passphrase() const;

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
