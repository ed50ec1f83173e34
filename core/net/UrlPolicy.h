#pragma once

#include "Result.h"

#include <QUrl>

namespace sfm::net {

// Loopback hosts: 127.0.0.0/8, ::1 and "localhost". Only these may be reached over plain http (the
// simulator, the confirmation listener); everything else must be https.
bool isLoopbackHost(const QString &host);

// ok, or net.refused_insecure / net.bad_url with a message saying what to do.
Result<void> checkUrlAllowed(const QUrl &url);

} // namespace sfm::net
