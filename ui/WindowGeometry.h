#pragma once

class QWidget;

namespace sfm::ui {

// Shrinks a top-level window to the screen's available geometry (without panels and task bars, less a
// margin for the frame the window manager adds) and centres it there, so Next and Cancel are never off the
// bottom — a municipality laptop at 1366×768 and 150 % has 910×512 logical pixels. Pages scroll instead.
// Call before show().
void fitToScreen(QWidget *window);

} // namespace sfm::ui
