#pragma once

#include "FaultInjector.h"
#include "Result.h"
#include "SimState.h"
#include "SimUrls.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

// A local HelseID + Selvbetjening on 127.0.0.1: STS, self-service API, portal pages and a control API on
// one port. Runs in-process (tests, the wizard's practice mode) or as helseid-sim / `sfmctl sim`.
// Shares only core/crypto with the product, so it can catch the client's mistakes.
namespace sfm::sim {

class Router;
class SimHttpServer;
struct SimRequest;
struct SimResponse;

class Simulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        quint16 port = 0;   // 0: any free port
        QString statePath;  // persist everything here (loaded on start when it exists)
        QString configPath; // extra Klientmaler and settings: {"klientmaler": [...], "settings": {...}}
        bool demo = false;  // practice mode defaults (documents sign themselves)
    };

    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    Result<void> start(const Options &options);
    Result<void> start(quint16 port = 0);
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    const SimUrls &urls() const { return m_urls; }

    // The one JSON line printed on start: {"issuer","api","portal","control","klientmaler":[…]}.
    QJsonObject startupInfo() const;

    SimState &state() { return *m_state; }
    FaultInjector &faults() { return m_faults; }
    // The portal's Bekreft / Avbryt and the signing page, for in-process callers.
    Result<QString> confirm(const QString &clientId, bool accept = true);
    Result<void> sign(const QString &clientId);

Q_SIGNALS:
    // After every answered request (for tests that wait for the client to have called).
    void requestHandled(const QString &method, const QString &path, int status);

private:
    void handle(const SimRequest &request, const Respond &respond, const std::function<void()> &drop);
    void answer(const SimRequest &request, const Respond &respond, SimResponse response);
    Result<void> loadConfig(const QString &path);

    SimState *m_state;
    FaultInjector m_faults;
    SimUrls m_urls;
    quint16 m_port = 0;
    std::unique_ptr<Router> m_router;
    SimHttpServer *m_server = nullptr;
    struct Handlers;
    std::unique_ptr<Handlers> m_handlers;
};

} // namespace sfm::sim
