#pragma once

namespace sfm::ui {

// Colour schemes the wizard is checked against: the platform's own, and a dark palette (Fusion style) for
// users who prefer it and for the screenshots that prove the pages stay readable.
class Theme
{
public:
    static void applyDarkPalette();
};

} // namespace sfm::ui
