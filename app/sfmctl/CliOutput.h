#pragma once

#include <QString>

// Writing to the terminal: stdout for results, stderr for progress and errors. UTF-8 always.
namespace sfm::cli {
void out(const QString &line);
void err(const QString &line);
} // namespace sfm::cli
