#include "ControlApi.h"

#include "Logging.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace sfm::sim {

std::variant<QJsonObject, SimResponse> controlBody(const SimRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return SimResponse::json(
            QJsonObject{{QStringLiteral("error"), QStringLiteral("sim.control.bad_json")},
                        {QStringLiteral("message"),
                         QStringLiteral("The body must be a JSON object: %1").arg(parseError.errorString())}},
            400);
    return doc.object();
}

SimResponse controlError(const Error &error, int status)
{
    return SimResponse::json(QJsonObject{{QStringLiteral("error"), error.code},
                                         {QStringLiteral("message"), error.message},
                                         {QStringLiteral("detail"), error.detail}},
                             status);
}

ControlApi::ControlApi(SimState &state, FaultInjector &faults, PackageService &packages,
                       std::function<QJsonObject()> info)
    : m_state(state)
    , m_faults(faults)
    , m_packages(packages)
    , m_info(std::move(info))
{}

std::optional<SimResponse> ControlApi::refuseForeignHost(const SimRequest &request) const
{
    // A web page can make a browser send requests to 127.0.0.1 under its own name (DNS rebinding: the page's
    // host name is made to resolve to 127.0.0.1), and the browser then names that host in Host. Only the
    // simulator's own loopback names are answered, so such a page cannot drive the control API.
    const int port = QUrl(m_info().value(QStringLiteral("control")).toString()).port();
    const QByteArray host = request.host().toLower();
    const QByteArray suffix = ':' + QByteArray::number(port);
    for (const char *name : {"127.0.0.1", "localhost", "[::1]"}) {
        if (port > 0 && host == QByteArray(name) + suffix)
            return std::nullopt;
    }
    qCWarning(lcSim).noquote() << request.method << request.path << "refused: foreign Host header";
    return SimResponse::text(QStringLiteral("The control API answers only requests addressed to "
                                            "127.0.0.1:%1, localhost:%1 or [::1]:%1 (Host header).")
                                 .arg(port),
                             403);
}

void ControlApi::addRoutes(Router &router)
{
    // Every route below answers only when the Host header is the simulator's own loopback address.
    GuardedRouter guarded{router, *this};
    addGuardedRoutes(guarded);
}

void ControlApi::addGuardedRoutes(GuardedRouter &router)
{
    router.add("GET", QStringLiteral("/_sim"),
               [this](const SimRequest &, const QStringList &) { return SimResponse::json(m_info()); });
    router.add("GET", QStringLiteral("/_sim/settings"), [this](const SimRequest &, const QStringList &) {
        return SimResponse::json(m_state.settings().toJson());
    });
    router.add("POST", QStringLiteral("/_sim/settings"),
               [this](const SimRequest &r, const QStringList &) { return postSettings(r); });
    router.add("GET", QStringLiteral("/_sim/clients"), [this](const SimRequest &, const QStringList &) {
        QJsonArray list;
        for (const SimClient *c : m_state.clients())
            list.append(c->toJson());
        return SimResponse::json(list);
    });
    router.add("GET", QStringLiteral("/_sim/clients/{}"), [this](const SimRequest &, const QStringList &p) {
        const SimClient *c = m_state.client(p.at(0));
        if (!c)
            return controlError(Error(QStringLiteral("sim.client.unknown"),
                                      QStringLiteral("There is no client with this id."), p.at(0)),
                                404);
        return SimResponse::json(c->toJson()).forClient(c->clientId);
    });
    router.add("POST", QStringLiteral("/_sim/clients/{}/confirm"),
               [this](const SimRequest &r, const QStringList &p) { return confirm(r, p.at(0), true); });
    router.add("POST", QStringLiteral("/_sim/clients/{}/cancel"),
               [this](const SimRequest &r, const QStringList &p) { return confirm(r, p.at(0), false); });
    router.add("POST", QStringLiteral("/_sim/clients/{}/sign"),
               [this](const SimRequest &, const QStringList &p) { return sign(p.at(0)); });
    router.add("POST", QStringLiteral("/_sim/clients/{}/statuses"),
               [this](const SimRequest &r, const QStringList &p) { return setStatuses(r, p.at(0)); });
    router.add("GET", QStringLiteral("/_sim/faults"), [this](const SimRequest &, const QStringList &) {
        return SimResponse::json(m_faults.toJson());
    });
    router.add("GET", QStringLiteral("/_sim/faults/served"), [this](const SimRequest &, const QStringList &) {
        return SimResponse::json(m_faults.servedJson());
    });
    router.add("POST", QStringLiteral("/_sim/faults"),
               [this](const SimRequest &r, const QStringList &) { return postFault(r); });
    router.add("DELETE", QStringLiteral("/_sim/faults"), [this](const SimRequest &, const QStringList &) {
        m_faults.clear();
        return SimResponse::empty(204);
    });
    router.add("POST", QStringLiteral("/_sim/klientmaler"),
               [this](const SimRequest &r, const QStringList &) { return postKlientmal(r); });
    router.addAsync("POST", QStringLiteral("/_sim/packages"),
                    [this](const SimRequest &r, const QStringList &, const Respond &respond) {
                        postPackage(r, respond);
                    });
}

void ControlApi::GuardedRouter::add(const QByteArray &method, const QString &pattern, Router::Handler handler)
{
    router.add(method, pattern,
               [api = &api, handler = std::move(handler)](const SimRequest &r, const QStringList &p) {
                   if (auto refused = api->refuseForeignHost(r))
                       return *refused;
                   return handler(r, p);
               });
}

void ControlApi::GuardedRouter::addAsync(const QByteArray &method, const QString &pattern,
                                         Router::AsyncHandler handler)
{
    router.addAsync(method, pattern,
                    [api = &api, handler = std::move(handler)](const SimRequest &r, const QStringList &p,
                                                               const Respond &respond) {
                        if (auto refused = api->refuseForeignHost(r))
                            return respond(*refused);
                        handler(r, p, respond);
                    });
}

SimResponse ControlApi::postSettings(const SimRequest &request)
{
    auto body = controlBody(request);
    if (auto *refusal = std::get_if<SimResponse>(&body))
        return *refusal;
    if (auto applied = m_state.applySettings(std::get<QJsonObject>(body)); !applied)
        return controlError(applied.error());
    return SimResponse::json(m_state.settings().toJson());
}

SimResponse ControlApi::confirm(const SimRequest &request, const QString &clientId, bool accept)
{
    auto body = controlBody(request);
    if (auto *refusal = std::get_if<SimResponse>(&body))
        return *refusal;
    const auto redirect = m_state.confirmClient(clientId, accept);
    if (!redirect)
        return controlError(redirect.error(), 404).forClient(clientId);
    return SimResponse::json(QJsonObject{{QStringLiteral("redirect"), redirect.value()},
                                         {QStringLiteral("client"), m_state.client(clientId)->toJson()}})
        .forClient(clientId);
}

SimResponse ControlApi::sign(const QString &clientId)
{
    if (auto signedOk = m_state.signClient(clientId); !signedOk)
        return controlError(signedOk.error(),
                            signedOk.error().code == QLatin1String("sim.client.unknown") ? 404 : 409)
            .forClient(clientId);
    return SimResponse::json(m_state.client(clientId)->toJson()).forClient(clientId);
}

// Sets scopes' and claims' statuses one by one, so a test can hold any mix (scopes ok while a claim is
// pending, or the other way round) that signing the documents, which flips them all together, never gives.
// Body: {"scopes": {"<scope>": "<status>"}, "claims": {"<claimType>": "<status>"}}; a claim set to "ok"
// makes its pending value active, as signing does. Everything is checked before anything changes.
SimResponse ControlApi::setStatuses(const SimRequest &request, const QString &clientId)
{
    auto body = controlBody(request);
    if (auto *refusal = std::get_if<SimResponse>(&body))
        return *refusal;
    SimClient *client = m_state.client(clientId);
    if (!client)
        return controlError(Error(QStringLiteral("sim.client.unknown"),
                                  QStringLiteral("There is no client with this id."), clientId),
                            404);
    const QJsonObject json = std::get<QJsonObject>(body);
    const QJsonObject scopes = json.value(QStringLiteral("scopes")).toObject();
    const QJsonObject claims = json.value(QStringLiteral("claims")).toObject();
    static const QRegularExpression statusWord(QStringLiteral("^[A-Za-z]{1,40}$"));
    auto invalid = [&clientId](const QString &detail) {
        return controlError(Error(QStringLiteral("sim.client.status"),
                                  QStringLiteral("The statuses are not valid for this client."), detail))
            .forClient(clientId);
    };
    for (auto it = scopes.begin(); it != scopes.end(); ++it) {
        if (!client->scope(it.key()))
            return invalid(QStringLiteral("no scope %1").arg(it.key()));
        if (!statusWord.match(it.value().toString()).hasMatch())
            return invalid(QStringLiteral("status of %1").arg(it.key()));
    }
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        if (!client->claim(it.key()))
            return invalid(QStringLiteral("no claim %1").arg(it.key()));
        if (!statusWord.match(it.value().toString()).hasMatch())
            return invalid(QStringLiteral("status of %1").arg(it.key()));
    }
    const QString reason = QStringLiteral("Status satt gjennom simulatorens kontroll-API.");
    for (ScopeGrant &s : client->scopes) {
        if (!scopes.contains(s.scope))
            continue;
        s.status = scopes.value(s.scope).toString();
        s.statusReason = s.status == QLatin1String("ok") ? QString() : reason;
    }
    for (ClaimGrant &c : client->claims) {
        if (!claims.contains(c.claimType))
            continue;
        c.status = claims.value(c.claimType).toString();
        c.statusReason = c.status == QLatin1String("ok") ? QString() : reason;
        if (c.status == QLatin1String("ok") && !c.pendingValue.isEmpty()) {
            c.activeValue = c.pendingValue;
            c.pendingValue.clear();
        }
    }
    m_state.changed();
    return SimResponse::json(client->toJson()).forClient(clientId);
}

SimResponse ControlApi::postFault(const SimRequest &request)
{
    auto body = controlBody(request);
    if (auto *refusal = std::get_if<SimResponse>(&body))
        return *refusal;
    auto fault = Fault::fromJson(std::get<QJsonObject>(body));
    if (!fault)
        return controlError(fault.error());
    const int id = m_faults.add(fault.value());
    return SimResponse::json(QJsonObject{{QStringLiteral("id"), id}}, 201);
}

SimResponse ControlApi::postKlientmal(const SimRequest &request)
{
    auto body = controlBody(request);
    if (auto *refusal = std::get_if<SimResponse>(&body))
        return *refusal;
    auto klientmal = Klientmal::fromJson(std::get<QJsonObject>(body));
    if (!klientmal)
        return controlError(klientmal.error());
    m_state.addKlientmal(klientmal.value());
    return SimResponse::json(klientmal->toJson(), 201);
}

} // namespace sfm::sim

namespace sfm::sim {

void ControlApi::postPackage(const SimRequest &request, const Respond &respond)
{
    auto body = controlBody(request);
    if (auto *refusal = std::get_if<SimResponse>(&body)) {
        respond(*refusal);
        return;
    }
    const QJsonObject json = std::get<QJsonObject>(body);
    const Klientmal *klientmal =
        json.contains(QStringLiteral("klientmal"))
            ? m_state.klientmalByName(json.value(QStringLiteral("klientmal")).toString())
        : json.contains(QStringLiteral("systemId"))
            ? m_state.klientmalBySystemId(json.value(QStringLiteral("systemId")).toString())
            : &m_state.klientmaler().first();
    if (!klientmal) {
        respond(controlError(
            Error(QStringLiteral("sim.package.invalid"), QStringLiteral("Unknown Klientmal."), {}), 404));
        return;
    }
    PackageRequest r;
    r.klientmal = klientmal->name;
    r.packageId = json.value(QStringLiteral("packageId")).toString();
    if (!r.packageId.isEmpty()) {
        const KlientmalPackage *package = klientmal->package(r.packageId);
        if (!package) {
            respond(controlError(
                Error(QStringLiteral("sim.package.invalid"), QStringLiteral("Unknown package."), r.packageId),
                404));
            return;
        }
        r.scopes = package->scopes;
    } else if (json.contains(QStringLiteral("scopes"))) {
        for (const QJsonValue &v : json.value(QStringLiteral("scopes")).toArray())
            r.scopes.append(v.toString());
    } else {
        for (const QString &scope : klientmal->scopes) {
            if (klientmal->defaults.value(scope) == Forhaandsvalgt)
                r.scopes.append(scope);
        }
    }
    r.organizationNumber = json.value(QStringLiteral("organizationNumber")).toString();
    r.clientName = json.value(QStringLiteral("clientName")).toString();
    r.encryption = json.value(QStringLiteral("encryption")).toString() == QLatin1String("zipcrypto")
                       ? ZipEncryption::ZipCrypto
                       : ZipEncryption::Aes256;
    r.rsaKeySizeBits = json.value(QStringLiteral("rsaKeySizeBits")).toInt(4096);
    r.kid = json.value(QStringLiteral("kid")).toString();
    if (json.contains(QStringLiteral("alg"))) {
        r.algorithm = crypto::algorithmFromName(json.value(QStringLiteral("alg")).toString());
        if (!r.algorithm) {
            respond(controlError(Error(QStringLiteral("sim.package.invalid"), QStringLiteral("Unknown alg."),
                                       json.value(QStringLiteral("alg")).toString().left(32))));
            return;
        }
    }
    m_packages.create(r, [this, respond](Result<PackageResult> result) {
        if (!result) {
            respond(controlError(result.error()));
            return;
        }
        const PackageResult &p = result.value();
        respond(SimResponse::json(
                    QJsonObject{{QStringLiteral("clientId"), p.clientId},
                                {QStringLiteral("password"), p.password},
                                {QStringLiteral("fileName"), p.fileName},
                                {QStringLiteral("zipBase64"), QString::fromLatin1(p.zip.toBase64())},
                                {QStringLiteral("downloadUrl"), m_packages.downloadUrl(p.downloadId)}},
                    201)
                    .forClient(p.clientId));
    });
}

} // namespace sfm::sim
