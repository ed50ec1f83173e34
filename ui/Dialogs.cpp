#include "Dialogs.h"

#include "ContactDialog.h"
#include "PassphraseDialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QQueue>

namespace sfm::ui {

namespace {

struct Seams
{
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<int> choices;
    QQueue<QString> fileNames;
    QQueue<std::optional<QString>> passwords;
    QQueue<std::optional<ContactAnswer>> contacts;
    int asked = 0;
    QString lastQuestion;
};

Seams &seams()
{
    static Seams s;
    return s;
}

} // namespace

QMessageBox::StandardButton Dialogs::ask(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton)
{
    ++seams().asked;
    seams().lastQuestion = text;
    if (!seams().answers.isEmpty())
        return seams().answers.dequeue();
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

int Dialogs::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices,
                    int defaultIndex, int escapeIndex)
{
    ++seams().asked;
    seams().lastQuestion = text;
    if (!seams().choices.isEmpty())
        return seams().choices.dequeue();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QList<QAbstractButton *> buttons;
    for (int i = 0; i < choices.size(); ++i) {
        // Roles only order the buttons the platform's way; the answer is the button itself.
        const auto role = i == escapeIndex ? QMessageBox::RejectRole
                          : i == 0         ? QMessageBox::AcceptRole
                                           : QMessageBox::ActionRole;
        buttons.append(box.addButton(choices.at(i), role));
    }
    if (defaultIndex >= 0 && defaultIndex < buttons.size())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.at(defaultIndex)));
    if (escapeIndex >= 0 && escapeIndex < buttons.size())
        box.setEscapeButton(buttons.at(escapeIndex));
    box.exec();
    const int index = int(buttons.indexOf(box.clickedButton()));
    return index < 0 ? escapeIndex : index;
}

std::optional<QString> Dialogs::takeNextFileName()
{
    if (seams().fileNames.isEmpty())
        return std::nullopt;
    return seams().fileNames.dequeue();
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!seams().fileNames.isEmpty())
        return seams().fileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter)
{
    if (!seams().fileNames.isEmpty())
        return seams().fileNames.dequeue();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

std::optional<QString> Dialogs::password(QWidget *parent, const QString &title, const QString &label)
{
    if (!seams().passwords.isEmpty())
        return seams().passwords.dequeue();
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<SecureBytes> Dialogs::newPassphrase(QWidget *parent)
{
    if (!seams().passwords.isEmpty()) {
        const std::optional<QString> next = seams().passwords.dequeue();
        if (!next)
            return std::nullopt;
        return SecureBytes(next->toUtf8());
    }
    PassphraseDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takePassphrase();
}

std::optional<ContactAnswer> Dialogs::contact(QWidget *parent, const QString &journal, const QString &email,
                                              const QString &language)
{
    if (!seams().contacts.isEmpty())
        return seams().contacts.dequeue();
    ContactDialog dialog(journal, email, language, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ContactAnswer{dialog.email(), dialog.language()};
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    seams().answers.enqueue(answer);
}

void Dialogs::setNextChoice(int index)
{
    seams().choices.enqueue(index);
}

void Dialogs::setNextFileName(const QString &fileName)
{
    seams().fileNames.enqueue(fileName);
}

void Dialogs::setNextPassword(std::optional<QString> password)
{
    seams().passwords.enqueue(std::move(password));
}

void Dialogs::setNextContact(std::optional<ContactAnswer> answer)
{
    seams().contacts.enqueue(std::move(answer));
}

int Dialogs::askedCount()
{
    return seams().asked;
}

QString Dialogs::lastQuestion()
{
    return seams().lastQuestion;
}

void Dialogs::resetForTests()
{
    seams() = Seams();
}

} // namespace sfm::ui
