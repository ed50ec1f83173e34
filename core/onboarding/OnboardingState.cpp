#include "OnboardingState.h"

#include <array>
#include <utility>

namespace sfm::onboarding {

namespace {

constexpr std::array<std::pair<State, const char *>, 9> StateNames = {{
    {State::Draft, "draft"},
    {State::KeyReady, "key-ready"},
    {State::Registered, "registered"},
    {State::AwaitingConfirmation, "awaiting-confirmation"},
    {State::AwaitingAccess, "awaiting-access"},
    {State::Ready, "ready"},
    {State::Exported, "exported"},
    {State::Failed, "failed"},
    {State::Cancelled, "cancelled"},
}};

} // namespace

QString stateName(State state)
{
    for (const auto &[s, name] : StateNames) {
        if (s == state)
            return QLatin1String(name);
    }
    return QStringLiteral("draft");
}

std::optional<State> stateFromName(QStringView name)
{
    for (const auto &[s, n] : StateNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

QString alternativeName(Alternative alternative)
{
    switch (alternative) {
    case Alternative::Api:
        return QStringLiteral("api");
    case Alternative::PackageConfiguration:
        return QStringLiteral("package");
    case Alternative::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("api");
}

std::optional<Alternative> alternativeFromName(QStringView name)
{
    if (name == QLatin1String("api") || name == QLatin1String("1"))
        return Alternative::Api;
    if (name == QLatin1String("package") || name == QLatin1String("2"))
        return Alternative::PackageConfiguration;
    if (name == QLatin1String("manual") || name == QLatin1String("3"))
        return Alternative::Manual;
    return std::nullopt;
}

QString stateLabel(State state)
{
    switch (state) {
    case State::Draft:
        return QCoreApplication::translate("sfm::onboarding::State", "Not started");
    case State::KeyReady:
        return QCoreApplication::translate("sfm::onboarding::State", "Key ready");
    case State::Registered:
        return QCoreApplication::translate("sfm::onboarding::State", "Registered");
    case State::AwaitingConfirmation:
        return QCoreApplication::translate("sfm::onboarding::State",
                                           "Waiting for confirmation in the portal");
    case State::AwaitingAccess:
        return QCoreApplication::translate("sfm::onboarding::State", "Waiting for signing and access");
    case State::Ready:
        return QCoreApplication::translate("sfm::onboarding::State", "Ready");
    case State::Exported:
        return QCoreApplication::translate("sfm::onboarding::State", "Configuration exported");
    case State::Failed:
        return QCoreApplication::translate("sfm::onboarding::State", "Stopped by an error");
    case State::Cancelled:
        return QCoreApplication::translate("sfm::onboarding::State", "Cancelled");
    }
    return {};
}

bool isWaitingState(State state)
{
    return state == State::Registered || state == State::AwaitingConfirmation ||
           state == State::AwaitingAccess;
}

bool isFinalState(State state)
{
    return state == State::Ready || state == State::Exported || state == State::Cancelled;
}

} // namespace sfm::onboarding
