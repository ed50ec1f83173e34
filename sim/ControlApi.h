#pragma once

#include "FaultInjector.h"
#include "PackageService.h"
#include "Router.h"
#include "SimState.h"

#include <functional>
#include <optional>

// The simulator's own control API under /_sim/, for tests, scripts and the demo: settings, the clients and
// their portal actions (confirm, cancel, sign) or any scope's or claim's status on its own, Klientmaler,
// fault injection (with a count of the faults served), and the
// package zips of Alternatives 2 and 3 (with their password) without scraping the portal's HTML. Not part of
// HelseID. It answers only requests whose Host header is its own loopback address (127.0.0.1:port,
// localhost:port, [::1]:port): a web page in a browser must not be able to drive it by DNS rebinding.
namespace sfm::sim {

class ControlApi
{
public:
    ControlApi(SimState &state, FaultInjector &faults, PackageService &packages,
               std::function<QJsonObject()> info);
    void addRoutes(Router &router);

private:
    // Adds routes whose handlers run only after refuseForeignHost().
    struct GuardedRouter
    {
        Router &router;
        const ControlApi &api;
        void add(const QByteArray &method, const QString &pattern, Router::Handler handler);
        void addAsync(const QByteArray &method, const QString &pattern, Router::AsyncHandler handler);
    };
    void addGuardedRoutes(GuardedRouter &router);
    // 403 unless the request's Host names the simulator's own loopback address and port.
    std::optional<SimResponse> refuseForeignHost(const SimRequest &request) const;

    SimResponse postSettings(const SimRequest &request);
    SimResponse confirm(const SimRequest &request, const QString &clientId, bool accept);
    SimResponse sign(const QString &clientId);
    SimResponse setStatuses(const SimRequest &request, const QString &clientId);
    SimResponse postFault(const SimRequest &request);
    SimResponse postKlientmal(const SimRequest &request);
    void postPackage(const SimRequest &request, const Respond &respond);

    SimState &m_state;
    FaultInjector &m_faults;
    PackageService &m_packages;
    std::function<QJsonObject()> m_info;
};

// Parses a control API body: empty means {}; anything but a JSON object is an error answer.
std::variant<QJsonObject, SimResponse> controlBody(const SimRequest &request);
SimResponse controlError(const Error &error, int status = 400);

} // namespace sfm::sim
