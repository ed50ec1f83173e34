#pragma once

#include "Result.h"
#include "helseid/Environment.h"

#include <QCoreApplication>

#include <memory>

namespace sfm::gui {

// Practice mode: the built-in HelseID simulator (sim/) running in this process on 127.0.0.1, set to sign
// shortly after confirmation so a newcomer can walk Alternatives 1, 2 and 3 from start to end offline.
class PracticeSimulator
{
    Q_DECLARE_TR_FUNCTIONS(PracticeSimulator)

public:
    PracticeSimulator();
    ~PracticeSimulator();

    static bool isAvailable();
    Result<void> start(int autoSignSeconds);
    helseid::Environment environment() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace sfm::gui
