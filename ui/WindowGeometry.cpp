#include "WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace sfm::ui {

void fitToScreen(QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Title bar and borders are outside the widget's size; 48 logical pixels cover common decorations.
    constexpr int FrameMargin = 48;
    const QSize wanted = window->size().expandedTo(window->minimumSizeHint());
    const QSize fitted(std::min(wanted.width(), available.width() - FrameMargin / 3),
                       std::min(wanted.height(), available.height() - FrameMargin));
    window->setMinimumSize(window->minimumSize().boundedTo(fitted));
    window->resize(fitted);
    window->move(available.center() - QPoint(fitted.width() / 2, (fitted.height() + FrameMargin / 2) / 2));
}

} // namespace sfm::ui
