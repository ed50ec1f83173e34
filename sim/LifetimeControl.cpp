#include "LifetimeControl.h"

#include "ClientKeys.h"
#include "ClientSpec.h"
#include "ControlApi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace sfm::sim {

namespace {

SimResponse invalid(const QString &message, const QString &detail = {})
{
    return controlError(Error(QStringLiteral("sim.control.invalid"), message, detail));
}

SimResponse unknownClient(const QString &clientId)
{
    return controlError(Error(QStringLiteral("sim.client.unknown"),
                              QStringLiteral("There is no client with this id."), clientId),
                        404);
}

std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    const double d = v.toDouble(qQNaN());
    if (!v.isDouble() || d != double(qint64(d)) || qAbs(d) > 100.0 * 365 * 24 * 3600)
        return std::nullopt;
    return qint64(d);
}

// {"expiration": "<ISO 8601>" | null} or {"expiresInSeconds": N} (from the simulator's now; negative: already
// expired). An ISO date without an offset is UTC. 0 means "never expires".
std::variant<qint64, SimResponse> readExpiration(const QJsonObject &body, qint64 now)
{
    const bool hasDate = body.contains(QStringLiteral("expiration"));
    const bool hasSeconds = body.contains(QStringLiteral("expiresInSeconds"));
    if (hasDate == hasSeconds)
        return invalid(
            QStringLiteral("Give exactly one of expiration (ISO 8601 or null) and expiresInSeconds."));
    if (hasSeconds) {
        const auto seconds = wholeNumber(body.value(QStringLiteral("expiresInSeconds")));
        if (!seconds)
            return invalid(QStringLiteral("expiresInSeconds must be a whole number of seconds."));
        return now + *seconds;
    }
    const QJsonValue v = body.value(QStringLiteral("expiration"));
    if (v.isNull())
        return qint64(0);
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return invalid(QStringLiteral("expiration must be an ISO 8601 date-time or null."),
                       v.toString().left(64));
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    const qint64 epoch = t.toSecsSinceEpoch();
    return epoch == 0 ? qint64(-1) : epoch; // 0 would mean "never"
}

} // namespace

LifetimeControl::LifetimeControl(SimState &state)
    : m_state(state)
{}

void LifetimeControl::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/_sim/clock"),
               [this](const SimRequest &, const QStringList &) { return clock(); });
    router.add("POST", QStringLiteral("/_sim/clock"),
               [this](const SimRequest &r, const QStringList &) { return setClock(r); });
    router.add("GET", QStringLiteral("/_sim/clients/{}/keys"),
               [this](const SimRequest &, const QStringList &p) { return listKeys(p.at(0)); });
    router.add("POST", QStringLiteral("/_sim/clients/{}/keys"),
               [this](const SimRequest &r, const QStringList &p) { return addKey(r, p.at(0)); });
    router.add("POST", QStringLiteral("/_sim/clients/{}/keys/{}"),
               [this](const SimRequest &r, const QStringList &p) { return changeKey(r, p.at(0), p.at(1)); });
}

SimResponse LifetimeControl::clock() const
{
    const qint64 now = m_state.now();
    return SimResponse::json(
        QJsonObject{{QStringLiteral("now"), isoUtc(now)},
                    {QStringLiteral("nowEpochSeconds"), now},
                    {QStringLiteral("offsetSeconds"), m_state.settings().clockOffsetSeconds}});
}

SimResponse LifetimeControl::setClock(const SimRequest &request)
{
    auto read = controlBody(request);
    if (auto *refusal = std::get_if<SimResponse>(&read))
        return *refusal;
    const QJsonObject body = std::get<QJsonObject>(read);
    const bool absolute = body.contains(QStringLiteral("offsetSeconds"));
    const bool relative = body.contains(QStringLiteral("advanceSeconds"));
    if (absolute == relative || body.size() != 1)
        return invalid(QStringLiteral("Give exactly one of offsetSeconds and advanceSeconds."));
    const auto seconds = wholeNumber(body.begin().value());
    if (!seconds)
        return invalid(QStringLiteral("The number of seconds must be a whole number."));
    const qint64 offset = absolute ? *seconds : m_state.settings().clockOffsetSeconds + *seconds;
    // The same setting as POST /_sim/settings {"clockOffsetSeconds"}, with its range check.
    if (auto applied = m_state.applySettings({{QStringLiteral("clockOffsetSeconds"), double(offset)}});
        !applied)
        return controlError(applied.error());
    return clock();
}

SimResponse LifetimeControl::listKeys(const QString &clientId)
{
    const SimClient *client = m_state.client(clientId);
    if (!client)
        return unknownClient(clientId);
    const qint64 now = m_state.now();
    QJsonArray list;
    for (const ClientKey &k : client->keys)
        list.append(controlKeyJson(k, now));
    return SimResponse::json(list).forClient(clientId);
}

// A key added as someone in the portal would (origin "Gui" unless the body says "Api").
SimResponse LifetimeControl::addKey(const SimRequest &request, const QString &clientId)
{
    auto read = controlBody(request);
    if (auto *refusal = std::get_if<SimResponse>(&read))
        return *refusal;
    const QJsonObject body = std::get<QJsonObject>(read);
    SimClient *client = m_state.client(clientId);
    if (!client)
        return unknownClient(clientId);
    const QJsonValue jwk = body.value(QStringLiteral("publicJwk"));
    const QString jwkText =
        jwk.isString() ? jwk.toString()
                       : QString::fromUtf8(QJsonDocument(jwk.toObject()).toJson(QJsonDocument::Compact));
    auto key = readPublicJwk(jwkText, QStringLiteral("publicJwk"), m_state.settings());
    if (auto *refusal = std::get_if<SimResponse>(&key))
        return refusal->forClient(clientId);
    const QString origin = body.value(QStringLiteral("origin")).toString(QStringLiteral("Gui"));
    if (origin != QLatin1String("Gui") && origin != QLatin1String("Api"))
        return invalid(QStringLiteral("origin must be Gui or Api."));
    const crypto::Key &publicKey = std::get<crypto::Key>(key);
    if (findKey(*client, publicKey.thumbprint()))
        return invalid(QStringLiteral("The key is already registered for this client."));
    ClientKey added = newClientKey(publicKey, QJsonDocument::fromJson(jwkText.toUtf8()).object(), origin,
                                   m_state.now(), m_state.settings());
    if (body.contains(QStringLiteral("expiration")) || body.contains(QStringLiteral("expiresInSeconds"))) {
        auto expiration = readExpiration(body, m_state.now());
        if (auto *refusal = std::get_if<SimResponse>(&expiration))
            return *refusal;
        added.expiration = std::get<qint64>(expiration);
    }
    client->keys.append(added);
    m_state.changed();
    return SimResponse::json(controlKeyJson(added, m_state.now()), 201).forClient(clientId);
}

SimResponse LifetimeControl::changeKey(const SimRequest &request, const QString &clientId, const QString &kid)
{
    auto read = controlBody(request);
    if (auto *refusal = std::get_if<SimResponse>(&read))
        return *refusal;
    SimClient *client = m_state.client(clientId);
    if (!client)
        return unknownClient(clientId);
    ClientKey *key = findKey(*client, kid);
    if (!key)
        return controlError(Error(QStringLiteral("sim.key.unknown"),
                                  QStringLiteral("The client has no key with this kid or thumbprint."), kid),
                            404)
            .forClient(clientId);
    auto expiration = readExpiration(std::get<QJsonObject>(read), m_state.now());
    if (auto *refusal = std::get_if<SimResponse>(&expiration))
        return refusal->forClient(clientId);
    key->expiration = std::get<qint64>(expiration);
    m_state.changed();
    return SimResponse::json(controlKeyJson(*key, m_state.now())).forClient(clientId);
}

} // namespace sfm::sim
