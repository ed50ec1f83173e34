#include "PracticePlugin.h"

#include "Simulator.h"

namespace sfm::practice {

namespace {

// Practice-mode defaults on top of the simulator: quick enough to walk through in minutes.
class SimulatorBackend : public gui::PracticeBackend
{
public:
    Result<void> start(quint16 port, const QString &statePath, int autoSignSeconds) override
    {
        m_simulator = std::make_unique<sim::Simulator>();
        sim::Simulator::Options options;
        options.demo = true;
        options.port = port;
        options.statePath = statePath;
        if (auto started = m_simulator->start(options); !started) {
            m_simulator.reset();
            return started;
        }
        // HelseID's cache delay shortened; documents sign themselves after autoSignSeconds.
        sim::SimSettings settings = m_simulator->state().settings();
        settings.autoSignSeconds = autoSignSeconds;
        settings.cacheDelaySeconds = 2;
        // A practice state file from before keeps the default (refuse); the wizard's Done page still asks for
        // one. TODO(lead #13): engine still uses client-credentials SFM tokens
        settings.allowClientCredentialsForSfm = true;
        m_simulator->state().setSettings(settings);
        return {};
    }

    quint16 port() const override { return m_simulator ? m_simulator->port() : 0; }

    Urls urls() const override
    {
        if (!m_simulator)
            return {};
        const auto &urls = m_simulator->urls();
        return {QUrl(urls.issuer), QUrl(urls.api), QUrl(urls.portal)};
    }

    Result<void> confirm(const QString &clientId) override
    {
        if (auto confirmed = m_simulator->confirm(clientId); !confirmed)
            return confirmed.error();
        return {};
    }

    Result<void> sign(const QString &clientId) override { return m_simulator->sign(clientId); }

private:
    std::unique_ptr<sim::Simulator> m_simulator;
};

} // namespace

std::unique_ptr<gui::PracticeBackend> PracticePlugin::create()
{
    return std::make_unique<SimulatorBackend>();
}

} // namespace sfm::practice
