#pragma once

#include "Router.h"
#include "SimState.h"

// The control API's handles on time (under /_sim/, not part of HelseID): the simulator's clock, which makes
// time pass for key expiry, code and token lifetimes and automatic signing, and each client's keys with
// their expiry, so a test can make a key due for renewal or expired without waiting a year.
namespace sfm::sim {

class LifetimeControl
{
public:
    explicit LifetimeControl(SimState &state);
    void addRoutes(Router &router);

private:
    SimResponse clock() const;
    SimResponse setClock(const SimRequest &request);
    SimResponse listKeys(const QString &clientId);
    SimResponse addKey(const SimRequest &request, const QString &clientId);
    SimResponse changeKey(const SimRequest &request, const QString &clientId, const QString &kid);

    SimState &m_state;
};

} // namespace sfm::sim
