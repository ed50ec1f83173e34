#pragma once

#include "PackageService.h"
#include "Router.h"

// The portal pages of Alternatives 2 and 3: a package link opens a page that makes the client from the
// Klientmal's package; "Klienter → Ny klient" makes one by hand. Both end with the zip to download and the
// "SMS" password. Package link format (UNCONFIRMED for the real portal, see docs/simulator.md):
//   {portal}/pakkekonfigurasjon?systemId=<Klientmal systemId>&packageId=<package id>
namespace sfm::sim {

class PackagePages
{
public:
    PackagePages(SimState &state, const SimUrls &urls, PackageService &packages);
    void addRoutes(Router &router);

private:
    SimResponse packageForm(const SimRequest &request);
    void packageCreate(const SimRequest &request, const Respond &respond);
    SimResponse manualForm();
    void manualCreate(const SimRequest &request, const Respond &respond);
    SimResponse download(const QString &downloadId);
    void createAndShow(const PackageRequest &request, const Respond &respond);

    SimState &m_state;
    const SimUrls &m_urls;
    PackageService &m_packages;
};

} // namespace sfm::sim
