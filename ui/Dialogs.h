#pragma once

#include "SecureBytes.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace sfm::ui {

// Every modal question, file picker and password prompt of the wizard goes through here, so GUI tests can
// answer them without a human (as KeePassXC's MessageBox::setNextAnswer). In the product the queues are
// empty and the real dialogs open.
// What the contact dialog answers: the confirmer's address and the e-mail's language ("" = the program's).
struct ContactAnswer
{
    QString email;
    QString language;
};

class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    // One of several named choices (index into choices); escapeIndex when the dialog is closed.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices,
                      int defaultIndex, int escapeIndex);
    // An empty string when the user cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    // A password the user types (e.g. the SMS password of a package zip); nullopt when cancelled.
    static std::optional<QString> password(QWidget *parent, const QString &title, const QString &label);
    // A new passphrase typed twice (the encrypted-file fallback), as UTF-8 that wipes itself; nullopt when
    // cancelled. Test seam: the next setNextPassword().
    static std::optional<SecureBytes> newPassphrase(QWidget *parent);
    // Whom an onboarding's confirmation e-mail goes to (ContactDialog, filled with what is stored now);
    // nullopt when cancelled. Test seam: the next setNextContact(), passed on unchecked.
    static std::optional<ContactAnswer> contact(QWidget *parent, const QString &journal, const QString &email,
                                                const QString &language);

    // Test seams: the next call of the matching kind returns this instead of opening a dialog.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextChoice(int index);
    static void setNextFileName(const QString &fileName);
    // A queued file name, taken (tests answering a dialog that has more than a file in it); nullopt when
    // none is queued, as always in the product.
    static std::optional<QString> takeNextFileName();
    static void setNextPassword(std::optional<QString> password);
    static void setNextContact(std::optional<ContactAnswer> answer);
    // How many questions were asked, and the text of the last (for tests).
    static int askedCount();
    static QString lastQuestion();
    static void resetForTests();
};

} // namespace sfm::ui
