#include "PracticeSimulator.h"

#include "Logging.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#ifdef SFM_HAVE_SIM
#include "Simulator.h"
#endif

namespace sfm::gui {

struct PracticeSimulator::Impl
{
#ifdef SFM_HAVE_SIM
    std::unique_ptr<sim::Simulator> simulator;
#endif
    helseid::Environment environment;
};

PracticeSimulator::PracticeSimulator()
    : m_impl(std::make_unique<Impl>())
{}

PracticeSimulator::~PracticeSimulator() = default;

bool PracticeSimulator::isAvailable()
{
#ifdef SFM_HAVE_SIM
    return true;
#else
    return false;
#endif
}

Result<void> PracticeSimulator::start(int autoSignSeconds, const QString &stateDirectory)
{
#ifdef SFM_HAVE_SIM
    // The simulator keeps its clients in a file and comes back on the same port, so a practice onboarding
    // can be resumed after the wizard was closed (its URLs name that port).
    QSettings settings;
    const auto lastPort = quint16(settings.value(QStringLiteral("practice/port")).toUInt());
    sim::Simulator::Options options;
    options.demo = true;
    if (!stateDirectory.isEmpty() && QDir().mkpath(stateDirectory))
        options.statePath = QDir(stateDirectory).filePath(QStringLiteral("practice-simulator.json"));
    Result<void> started = Error();
    for (const quint16 port : {lastPort, quint16(0)}) {
        m_impl->simulator = std::make_unique<sim::Simulator>();
        options.port = port;
        started = m_impl->simulator->start(options);
        if (started)
            break;
        qCInfo(lcUi) << "practice simulator not on port" << port << ":" << started.error().toString();
    }
    if (!started) {
        m_impl->simulator.reset();
        return started;
    }
    // Quick enough to walk through in minutes: HelseID's cache delay shortened, documents sign themselves.
    sim::SimSettings simSettings = m_impl->simulator->state().settings();
    simSettings.autoSignSeconds = autoSignSeconds;
    simSettings.cacheDelaySeconds = 2;
    m_impl->simulator->state().setSettings(simSettings);
    settings.setValue(QStringLiteral("practice/port"), m_impl->simulator->port());
    const auto &urls = m_impl->simulator->urls();
    m_impl->environment = helseid::Environment::demo(QUrl(urls.issuer), QUrl(urls.api), QUrl(urls.portal));
    return {};
#else
    Q_UNUSED(autoSignSeconds)
    Q_UNUSED(stateDirectory)
    return Error(QStringLiteral("ui.practice_unavailable"),
                 tr("Practice mode is not available in this build. Choose the test environment."));
#endif
}

helseid::Environment PracticeSimulator::environment() const
{
    return m_impl->environment;
}

Result<void> PracticeSimulator::confirm(const QString &clientId)
{
#ifdef SFM_HAVE_SIM
    if (m_impl->simulator) {
        if (auto confirmed = m_impl->simulator->confirm(clientId); !confirmed)
            return confirmed.error();
        return {};
    }
#endif
    Q_UNUSED(clientId)
    return Error(QStringLiteral("ui.practice_unavailable"), tr("Practice mode is not running."));
}

Result<void> PracticeSimulator::sign(const QString &clientId)
{
#ifdef SFM_HAVE_SIM
    if (m_impl->simulator)
        return m_impl->simulator->sign(clientId);
#endif
    Q_UNUSED(clientId)
    return Error(QStringLiteral("ui.practice_unavailable"), tr("Practice mode is not running."));
}

} // namespace sfm::gui
