#include "InlineError.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace sfm::ui {

InlineError::InlineError(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("inlineError"));
    // A red edge instead of red text: red text on a dark palette is hard to read, the edge works in both.
    // Painted by hand: a style sheet would cost every page a style-sheet style at startup.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 2, 2, 2);
    layout->setSpacing(2);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_detail->setFont(small);
    layout->addWidget(m_message);
    layout->addWidget(m_detail);
    hide();
}

void InlineError::setError(const Error &error)
{
    if (error.isNull()) {
        clear();
        return;
    }
    m_error = error;
    render();
    show();
}

void InlineError::render()
{
    m_message->setText(m_error.message.isEmpty() ? m_error.code : m_error.message);
    const QString detail =
        m_error.detail.isEmpty() ? m_error.code : m_error.code + QStringLiteral(": ") + m_error.detail;
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleName(m_message->text());
}

void InlineError::setMessage(const QString &message)
{
    if (message.isEmpty()) {
        clear();
        return;
    }
    m_error = Error();
    m_message->setText(message);
    m_detail->clear();
    m_detail->hide();
    setAccessibleName(message);
    show();
}

void InlineError::clear()
{
    m_error = Error();
    m_message->clear();
    m_detail->clear();
    hide();
}

void InlineError::changeEvent(QEvent *event)
{
    // An error from core or the engine stays on screen across a switch; its translator says it again. (A
    // page that makes its error again in retranslateUi() has done so already: its parent gets the event
    // first, and saying the new error once more changes nothing.)
    if (event->type() == QEvent::LanguageChange && !m_error.isNull()) {
        m_error = m_error.retranslated();
        render();
    }
    QFrame::changeEvent(event);
}

void InlineError::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, 4, height()), QColor(0xd6, 0x45, 0x41));
}

QString InlineError::text() const
{
    return m_message->text();
}

} // namespace sfm::ui
