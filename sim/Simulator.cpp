#include "Simulator.h"

#include "AuthorizationEndpoints.h"
#include "ControlApi.h"
#include "LifetimeControl.h"
#include "Logging.h"
#include "PackagePages.h"
#include "PackageService.h"
#include "PortalPages.h"
#include "Router.h"
#include "SelfServiceApi.h"
#include "SimHttpServer.h"
#include "StsEndpoints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

namespace sfm::sim {

struct Simulator::Handlers
{
    PackageService packages;
    StsEndpoints sts;
    AuthorizationEndpoints login;
    SelfServiceApi api;
    PortalPages portal;
    PackagePages packagePages;
    ControlApi control;
    LifetimeControl lifetime;

    Handlers(SimState &state, const SimUrls &urls, FaultInjector &faults, std::function<QJsonObject()> info)
        : packages(state, urls)
        , sts(state, urls)
        , login(state, urls)
        , api(state, urls)
        , portal(state, urls)
        , packagePages(state, urls, packages)
        , control(state, faults, packages, std::move(info))
        , lifetime(state)
    {}
};

namespace {

QByteArray httpDate(qint64 epochSeconds)
{
    return QLocale::c()
               .toString(QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC),
                         QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
               .toLatin1() +
           " GMT";
}

Error startError(const QString &message, const QString &detail)
{
    return Error(QStringLiteral("sim.start"), message, detail);
}

} // namespace

Simulator::Simulator(QObject *parent)
    : QObject(parent)
    , m_state(new SimState(this))
    , m_router(std::make_unique<Router>())
{
    m_handlers = std::make_unique<Handlers>(*m_state, m_urls, m_faults, [this] { return startupInfo(); });
    m_handlers->sts.addRoutes(*m_router);
    m_handlers->login.addRoutes(*m_router);
    m_handlers->sts.setUserLogin([this] { return m_handlers->login.discoveryMembers(); },
                                 [this](const SimRequest &request, const QHash<QString, QString> &form) {
                                     return m_handlers->login.exchangeCode(request, form);
                                 });
    m_handlers->api.addRoutes(*m_router);
    m_handlers->portal.addRoutes(*m_router);
    m_handlers->packagePages.addRoutes(*m_router);
    m_handlers->control.addRoutes(*m_router);
    m_handlers->lifetime.addRoutes(*m_router);
}

Simulator::~Simulator()
{
    // The server first: no request may reach handlers that are being destroyed.
    delete m_server;
    m_server = nullptr;
}

Result<void> Simulator::start(quint16 port)
{
    Options options;
    options.port = port;
    return start(options);
}

Result<void> Simulator::start(const Options &options)
{
    if (isRunning())
        return startError(
            QCoreApplication::translate("sfm::sim::Simulator", "The simulator is already running."), {});
    if (options.demo)
        m_state->setSettings(SimSettings::demo());
    if (!options.statePath.isEmpty()) {
        if (auto attached = m_state->attachFile(options.statePath); !attached)
            return attached;
    }
    if (!options.configPath.isEmpty()) {
        if (auto loaded = loadConfig(options.configPath); !loaded)
            return loaded;
    }
    if (auto key = m_state->ensureSigningKey(); !key)
        return key;

    m_server = new SimHttpServer([this](const SimRequest &request, Respond respond,
                                        std::function<void()> drop) { handle(request, respond, drop); },
                                 this);
    const quint16 port = m_server->listen(QHostAddress::LocalHost, options.port);
    if (port == 0) {
        delete m_server;
        m_server = nullptr;
        return startError(
            QCoreApplication::translate("sfm::sim::Simulator",
                                        "The simulator cannot listen on port %1 of 127.0.0.1. The port "
                                        "may be in use: choose another or leave it out to use any free "
                                        "port.")
                .arg(options.port),
            {});
    }
    m_port = port;
    m_urls = SimUrls::forPort(port);
    if (!options.statePath.isEmpty()) {
        if (auto saved = m_state->saveNow(); !saved)
            return saved;
    }
    qCInfo(lcSim).noquote() << "HelseID simulator listening on" << m_urls.issuer;
    return {};
}

Result<void> Simulator::loadConfig(const QString &path)
{
    QFile file(path);
    const QString unreadable = QCoreApplication::translate(
        "sfm::sim::Simulator", "The simulator configuration file cannot be read. Check "
                               "the path and that it is JSON.");
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024)
        return startError(unreadable, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return startError(unreadable, parseError.errorString());
    for (const QJsonValue &v : doc.object().value(QStringLiteral("klientmaler")).toArray()) {
        auto klientmal = Klientmal::fromJson(v.toObject());
        if (!klientmal)
            return klientmal.error();
        m_state->addKlientmal(klientmal.value());
    }
    if (doc.object().contains(QStringLiteral("settings")))
        return m_state->applySettings(doc.object().value(QStringLiteral("settings")).toObject());
    return {};
}

QJsonObject Simulator::startupInfo() const
{
    QJsonArray klientmaler;
    for (const Klientmal &k : m_state->klientmaler())
        klientmaler.append(k.toJson());
    return QJsonObject{{QStringLiteral("issuer"), m_urls.issuer},
                       {QStringLiteral("api"), m_urls.api},
                       {QStringLiteral("portal"), m_urls.portal},
                       {QStringLiteral("control"), m_urls.control},
                       {QStringLiteral("klientmaler"), klientmaler}};
}

Result<QString> Simulator::confirm(const QString &clientId, bool accept)
{
    return m_state->confirmClient(clientId, accept);
}

Result<void> Simulator::sign(const QString &clientId)
{
    return m_state->signClient(clientId);
}

void Simulator::handle(const SimRequest &request, const Respond &respond, const std::function<void()> &drop)
{
    const auto fault = m_faults.take(request);
    if (!fault) {
        m_router->dispatch(
            request, [this, request, respond](SimResponse r) { answer(request, respond, std::move(r)); });
        return;
    }
    switch (fault->kind) {
    case Fault::Kind::Drop:
        qCInfo(lcSim).noquote() << request.method << request.path << "dropped (fault" << fault->id << ")";
        m_faults.served(*fault);
        drop();
        return;
    case Fault::Kind::Status:
        m_faults.served(*fault);
        answer(
            request, respond,
            SimResponse::text(QStringLiteral("Simulated failure (fault %1)").arg(fault->id), fault->status));
        return;
    case Fault::Kind::RateLimit:
        m_faults.served(*fault);
        answer(
            request, respond,
            SimResponse::text(QStringLiteral("Too many requests (fault %1)").arg(fault->id), fault->status)
                .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(fault->retryAfterSeconds)));
        return;
    case Fault::Kind::Latency:
        m_faults.served(*fault); // counted when the delay begins: the client may give up before it ends
        QTimer::singleShot(fault->latencyMs, this, [this, request, respond] {
            m_router->dispatch(
                request, [this, request, respond](SimResponse r) { answer(request, respond, std::move(r)); });
        });
        return;
    }
}

void Simulator::answer(const SimRequest &request, const Respond &respond, SimResponse response)
{
    response.headers.append({QByteArrayLiteral("Date"), httpDate(m_state->now())});
    // Never a token, key or API key here: method, path, status and the client id only.
    if (response.clientIdForLog.isEmpty())
        qCInfo(lcSim).noquote() << request.method << request.path << response.status;
    else
        qCInfo(lcSim).noquote() << request.method << request.path << response.status
                                << QStringLiteral("client=") + response.clientIdForLog;
    respond(response);
    Q_EMIT requestHandled(QString::fromLatin1(request.method), request.path, response.status);
}

} // namespace sfm::sim
