#include "PracticeBanner.h"

#include <QEvent>

namespace sfm::ui {

PracticeBanner::PracticeBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("practiceBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(6);
    setStyleSheet(QStringLiteral("QLabel#practiceBanner { background: #ffd866; color: #1d1d1d; "
                                 "border: 1px solid #b58900; border-radius: 3px; font-weight: bold; }"));
    retranslateUi();
}

void PracticeBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

void PracticeBanner::retranslateUi()
{
    setText(tr("Practice mode: the built-in simulator plays HelseID. Nothing is sent to HelseID and the "
               "client made here cannot be used."));
    setAccessibleName(tr("Practice mode"));
}

} // namespace sfm::ui
