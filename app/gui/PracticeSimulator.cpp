#include "PracticeSimulator.h"

#include "Logging.h"
#include "PracticeBackend.h"

#include <QDir>
#include <QPluginLoader>
#include <QSettings>

namespace sfm::gui {

namespace {

// Next to the program (a build tree, Windows), else where the package installs it, relative to the
// program so an unpacked package works too.
QString pluginPath()
{
    const QDir programDir(QCoreApplication::applicationDirPath());
    for (const QString &dir : {QString(), QStringLiteral(SFM_PRACTICE_PLUGIN_RELDIR)}) {
        const QDir candidate(programDir.filePath(dir));
        for (const QString &name : {QStringLiteral("libsfm-practice.so"), QStringLiteral("sfm-practice.dll"),
                                    QStringLiteral("libsfm-practice.dylib")}) {
            if (candidate.exists(name))
                return candidate.filePath(name);
        }
    }
    return {};
}

Result<std::unique_ptr<PracticeBackend>> loadBackend()
{
    const QString path = pluginPath();
    if (path.isEmpty())
        return Error(QStringLiteral("ui.practice_unavailable"), [] {
            return PracticeSimulator::tr("Practice mode is not installed. Choose the test environment.");
        });
    // The plugin stays loaded for the rest of the process: its simulator keeps running while the wizard is
    // open.
    QPluginLoader loader(path);
    auto *factory = qobject_cast<PracticeBackendFactory *>(loader.instance());
    if (!factory) {
        qCWarning(lcUi) << "practice plugin" << path << "not loaded:" << loader.errorString();
        return Error(
            QStringLiteral("ui.practice_unavailable"),
            [] {
                return PracticeSimulator::tr(
                    "Practice mode could not be started. Choose the test environment.");
            },
            loader.errorString());
    }
    return factory->create();
}

} // namespace

PracticeSimulator::PracticeSimulator() = default;

PracticeSimulator::~PracticeSimulator() = default;

bool PracticeSimulator::isAvailable()
{
    return !pluginPath().isEmpty();
}

Result<void> PracticeSimulator::start(int autoSignSeconds, const QString &stateDirectory)
{
    auto loaded = loadBackend();
    if (!loaded)
        return loaded.error();
    std::unique_ptr<PracticeBackend> backend = std::move(loaded.value());

    // The simulator keeps its clients in a file and tries to come back on the same port, so the links a user
    // copied stay right after the wizard was closed; if the port is taken, a resumed practice onboarding
    // follows the simulator to its new port (OnboardingWizard::resume).
    QSettings settings;
    const auto lastPort = quint16(settings.value(QStringLiteral("practice/port")).toUInt());
    QString statePath;
    if (!stateDirectory.isEmpty() && QDir().mkpath(stateDirectory))
        statePath = QDir(stateDirectory).filePath(QStringLiteral("practice-simulator.json"));
    Result<void> started = Error();
    for (const quint16 port : {lastPort, quint16(0)}) {
        started = backend->start(port, statePath, autoSignSeconds);
        if (started)
            break;
        qCInfo(lcUi) << "practice simulator not on port" << port << ":" << started.error().toString();
    }
    if (!started)
        return started;
    settings.setValue(QStringLiteral("practice/port"), backend->port());
    const PracticeBackend::Urls urls = backend->urls();
    m_environment = helseid::Environment::demo(urls.issuer, urls.api, urls.portal);
    m_backend = std::move(backend);
    qCInfo(lcUi) << "practice simulator started on" << urls.issuer.toString();
    return {};
}

helseid::Environment PracticeSimulator::environment() const
{
    return m_environment;
}

Result<void> PracticeSimulator::confirm(const QString &clientId)
{
    if (!m_backend)
        return Error(QStringLiteral("ui.practice_unavailable"),
                     [] { return tr("Practice mode is not running."); });
    return m_backend->confirm(clientId);
}

Result<void> PracticeSimulator::sign(const QString &clientId)
{
    if (!m_backend)
        return Error(QStringLiteral("ui.practice_unavailable"),
                     [] { return tr("Practice mode is not running."); });
    return m_backend->sign(clientId);
}

} // namespace sfm::gui
