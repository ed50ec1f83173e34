#pragma once

#include "Router.h"
#include "SimState.h"
#include "SimUrls.h"

// The simulated Selvbetjening portal's pages for a draft: confirm or cancel it (reference §3.2), and sign
// the organization's agreement documents; plus an overview of all clients.
namespace sfm::sim {

class PortalPages
{
public:
    PortalPages(SimState &state, const SimUrls &urls);
    void addRoutes(Router &router); // under /portal

private:
    SimResponse overview();
    SimResponse confirmPage(const QString &clientId);
    SimResponse confirmAction(const SimRequest &request, const QString &clientId);
    SimResponse signPage(const QString &clientId);
    SimResponse signAction(const QString &clientId);
    SimResponse notFound(const QString &clientId) const;

    SimState &m_state;
    const SimUrls &m_urls;
};

} // namespace sfm::sim
