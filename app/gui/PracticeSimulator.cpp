#include "PracticeSimulator.h"

namespace sfm::gui {

// The simulator library lands separately; until then practice mode says it is unavailable.
struct PracticeSimulator::Impl
{
    helseid::Environment environment;
};

PracticeSimulator::PracticeSimulator()
    : m_impl(std::make_unique<Impl>())
{}

PracticeSimulator::~PracticeSimulator() = default;

bool PracticeSimulator::isAvailable()
{
    return false;
}

Result<void> PracticeSimulator::start(int)
{
    return Error(QStringLiteral("ui.practice_unavailable"),
                 tr("Practice mode is not available in this build. Choose the test environment."));
}

helseid::Environment PracticeSimulator::environment() const
{
    return m_impl->environment;
}

} // namespace sfm::gui
