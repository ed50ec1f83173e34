#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QToolButton;

namespace sfm::ui {

class InlineError;
class OnboardingWizard;

// The Welcome page's "which vendor profile is used": its name and the file it came from (the path elided in
// the middle to fit, whole in the tooltip), and whether it allows Alternative 1 here. Outside practice mode
// with no profile: "No vendor profile was found", that the profile comes from the EPJ vendor, what is still
// possible without it, the folders looked in (folded away until asked for: the page must fit without
// scrolling), and a button to choose the file (through Dialogs, so tests answer it). Everything from the
// profile file is shown as plain text.
class VendorProfilePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit VendorProfilePanel(OnboardingWizard *wizard, QWidget *parent = nullptr);

    // The text on screen, paths whole (for tests).
    QString text() const;
    QPushButton *chooseButton() const { return m_choose; }
    QToolButton *foldersButton() const { return m_showFolders; }

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose();
    QString placeName(int origin) const;

    OnboardingWizard *m_wizard = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_showFolders = nullptr;
    QList<QLabel *> m_folders;
    QLabel *m_help = nullptr;
    QPushButton *m_choose = nullptr;
    InlineError *m_error = nullptr;
};

} // namespace sfm::ui
