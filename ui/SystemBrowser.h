#pragma once

#include "helseid/SystemBrowser.h"

// The wizard's browser opener for a user login: the BROWSER environment variable when set (tests supply
// their own), else QDesktopServices::openUrl. Core has no Qt GUI, so it lives here.
namespace sfm::ui {

helseid::Browser systemBrowser();

} // namespace sfm::ui
