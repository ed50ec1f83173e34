#pragma once

#include "Error.h"

#include <QFrame>

class QLabel;

namespace sfm::ui {

// An error shown right next to its cause: the translated message (what happened, what to do) and, in
// smaller selectable text, the technical detail for support. Hidden while there is no error. An Error
// follows a language switch by itself; a plain message is the page's to make again in its retranslateUi().
class InlineError : public QFrame
{
    Q_OBJECT

public:
    explicit InlineError(QWidget *parent = nullptr);

    void setError(const Error &error);
    // A plain message without a code (e.g. live validation of a field).
    void setMessage(const QString &message);
    void clear();
    const Error &error() const { return m_error; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void render();

    Error m_error;
    QLabel *m_message = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace sfm::ui
