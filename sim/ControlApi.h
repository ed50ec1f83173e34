#pragma once

#include "FaultInjector.h"
#include "Router.h"
#include "SimState.h"

#include <functional>

// The simulator's own control API under /_sim/, for tests, scripts and the demo: settings, the clients and
// their portal actions (confirm, cancel, sign), Klientmaler, and fault injection. Not part of HelseID.
namespace sfm::sim {

class ControlApi
{
public:
    ControlApi(SimState &state, FaultInjector &faults, std::function<QJsonObject()> info);
    void addRoutes(Router &router);

private:
    SimResponse postSettings(const SimRequest &request);
    SimResponse confirm(const SimRequest &request, const QString &clientId, bool accept);
    SimResponse sign(const QString &clientId);
    SimResponse postFault(const SimRequest &request);
    SimResponse postKlientmal(const SimRequest &request);

    SimState &m_state;
    FaultInjector &m_faults;
    std::function<QJsonObject()> m_info;
};

// Parses a control API body: empty means {}; anything but a JSON object is an error answer.
std::variant<QJsonObject, SimResponse> controlBody(const SimRequest &request);
SimResponse controlError(const Error &error, int status = 400);

} // namespace sfm::sim
