#pragma once

#include "Result.h"

#include <QUrl>

#include <functional>

// How a user login opens the system browser. Core has no Qt GUI, so the program supplies the opener: the
// wizard QDesktopServices::openUrl (ui/SystemBrowser.h), sfmctl the platform's opener below. The BROWSER
// environment variable wins over either, as with many command-line tools, so tests supply their own.
namespace sfm::helseid {

using Browser = std::function<Result<void>(const QUrl &url)>;

// BROWSER, when set: a list of commands separated by the path-list separator (':' here, ';' on Windows),
// each run with the URL in place of "%s" or as its last argument; the first that starts is used.
// Otherwise fallback. Errors: helseid.browser.failed.
Browser browserFromEnvironment(Browser fallback);

// xdg-open (Linux and BSD), open (macOS) or the URL handler (Windows), started detached.
Browser platformBrowser();

} // namespace sfm::helseid
