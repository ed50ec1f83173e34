#include "PracticeBanner.h"

#include <QEvent>
#include <QPainter>
#include <QPalette>

namespace sfm::ui {

PracticeBanner::PracticeBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("practiceBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(6);
    // Fixed colours through the palette (a style sheet would cost every page a style-sheet style at startup).
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xd8, 0x66));
    colours.setColor(QPalette::WindowText, QColor(0x1d, 0x1d, 0x1d));
    setPalette(colours);
    setAutoFillBackground(true);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    retranslateUi();
}

void PracticeBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

void PracticeBanner::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    // A darker amber edge, so the strip stands out on a light window too.
    QPainter painter(this);
    painter.setPen(QColor(0xb5, 0x89, 0x00));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void PracticeBanner::retranslateUi()
{
    setText(
        tr("Practice mode: the built-in simulator stands in for HelseID. Nothing is sent to HelseID and the "
           "client made here cannot be used."));
    setAccessibleName(tr("Practice mode"));
}

} // namespace sfm::ui
