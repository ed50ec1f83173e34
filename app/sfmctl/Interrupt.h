#pragma once

#include <QObject>

#include <functional>

namespace sfm::cli {

// Calls onInterrupt from the event loop on Ctrl+C or SIGTERM (Unix), so a command that follows many
// onboardings can pause them all and leave them resumable. The handler lives as long as context.
void onInterrupt(QObject *context, std::function<void()> onInterrupt);

} // namespace sfm::cli
