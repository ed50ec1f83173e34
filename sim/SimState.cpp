#include "SimState.h"

#include "Logging.h"
#include "crypto/Base64Url.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace sfm::sim {

namespace {

constexpr int StateVersion = 1;
constexpr qint64 MaxStateBytes = 512 * 1024 * 1024;

Error stateError(const QString &message, const QString &detail)
{
    return Error(QStringLiteral("sim.state"), message, detail);
}

} // namespace

SimState::SimState(QObject *parent)
    : QObject(parent)
{
    m_klientmaler.append(Klientmal::demo());
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(100);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        if (const auto saved = saveNow(); !saved)
            qCWarning(lcSim) << saved.error().toString();
    });
}

SimState::~SimState()
{
    if (m_saveTimer.isActive()) {
        if (const auto saved = saveNow(); !saved)
            qCWarning(lcSim) << saved.error().toString();
    }
}

qint64 SimState::now() const
{
    return QDateTime::currentSecsSinceEpoch() + m_settings.clockOffsetSeconds;
}

Result<void> SimState::applySettings(const QJsonObject &json)
{
    auto applied = m_settings.apply(json);
    if (applied)
        changed();
    return applied;
}

void SimState::setSettings(const SimSettings &settings)
{
    m_settings = settings;
    changed();
}

const Klientmal *SimState::klientmalByApiKey(const QString &apiKey) const
{
    if (apiKey.isEmpty())
        return nullptr;
    for (const Klientmal &k : m_klientmaler) {
        if (k.apiKey == apiKey)
            return &k;
    }
    return nullptr;
}

const Klientmal *SimState::klientmalByName(const QString &name) const
{
    for (const Klientmal &k : m_klientmaler) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

const Klientmal *SimState::klientmalBySystemId(const QString &systemId) const
{
    for (const Klientmal &k : m_klientmaler) {
        if (k.systemId == systemId)
            return &k;
    }
    return nullptr;
}

void SimState::addKlientmal(const Klientmal &klientmal)
{
    for (Klientmal &k : m_klientmaler) {
        if (k.name == klientmal.name) {
            k = klientmal;
            changed();
            return;
        }
    }
    m_klientmaler.append(klientmal);
    changed();
}

SimClient *SimState::client(const QString &clientId)
{
    const auto it = m_clients.find(clientId);
    if (it == m_clients.end())
        return nullptr;
    if (it->applyAutoSign(now(), m_settings.autoSignSeconds)) {
        qCInfo(lcSim).noquote() << "documents signed automatically for client" << clientId;
        changed();
    }
    return &*it;
}

QList<const SimClient *> SimState::clients()
{
    QList<const SimClient *> list;
    list.reserve(m_order.size());
    for (const QString &id : std::as_const(m_order))
        list.append(client(id));
    return list;
}

QString SimState::addClient(SimClient c)
{
    if (c.clientId.isEmpty())
        c.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (c.createdAt == 0)
        c.createdAt = now();
    const QString id = c.clientId;
    if (!m_clients.contains(id))
        m_order.append(id);
    m_clients.insert(id, std::move(c));
    changed();
    return id;
}

void SimState::changed()
{
    if (!m_path.isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

Result<QString> SimState::confirmClient(const QString &clientId, bool accept)
{
    SimClient *c = client(clientId);
    if (!c)
        return Error(QStringLiteral("sim.client.unknown"),
                     QCoreApplication::translate("sfm::sim::SimState", "There is no client with this id."),
                     clientId);
    if (c->stage == SimClient::Stage::Draft) {
        if (accept)
            c->confirm(now());
        else
            c->cancel();
        changed();
        qCInfo(lcSim).noquote() << "client" << clientId << (accept ? "confirmed" : "cancelled")
                                << "in the portal";
    }
    const bool confirmed = c->stage == SimClient::Stage::Confirmed;
    if (c->postClientConfirmationRedirectUri.isEmpty())
        return QString();
    QUrl target(c->postClientConfirmationRedirectUri);
    QUrlQuery query(target);
    query.removeAllQueryItems(QStringLiteral("status"));
    query.addQueryItem(QStringLiteral("status"),
                       confirmed ? QStringLiteral("Success") : QStringLiteral("Cancelled"));
    target.setQuery(query);
    return QString::fromUtf8(target.toEncoded());
}

Result<void> SimState::signClient(const QString &clientId)
{
    SimClient *c = client(clientId);
    if (!c)
        return Error(QStringLiteral("sim.client.unknown"),
                     QCoreApplication::translate("sfm::sim::SimState", "There is no client with this id."),
                     clientId);
    if (c->stage != SimClient::Stage::Confirmed)
        return Error(
            QStringLiteral("sim.client.not_confirmed"),
            QCoreApplication::translate("sfm::sim::SimState",
                                        "The client must be confirmed before its documents can be signed."),
            clientId);
    c->sign(now());
    changed();
    qCInfo(lcSim).noquote() << "documents signed for client" << clientId;
    return {};
}

Result<void> SimState::ensureSigningKey()
{
    if (!m_signingKey.isNull())
        return {};
    // RSA 2048 with RS256, as HelseID signs its access tokens; generated once per state.
    auto key = crypto::Key::generateRsa(2048);
    if (!key)
        return key.error();
    m_signingKey = key.value();
    changed();
    return {};
}

Result<void> SimState::attachFile(const QString &path)
{
    m_path = path;
    QFile file(path);
    if (!file.exists())
        return saveNow();
    if (!file.open(QIODevice::ReadOnly))
        return stateError(QCoreApplication::translate("sfm::sim::SimState",
                                                      "The simulator state file cannot be read. Check its "
                                                      "permissions or choose another file."),
                          file.errorString());
    if (file.size() > MaxStateBytes)
        return stateError(QCoreApplication::translate("sfm::sim::SimState",
                                                      "The simulator state file is too large to be a state "
                                                      "file. Choose another file."),
                          QStringLiteral("%1 bytes").arg(file.size()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return stateError(QCoreApplication::translate(
                              "sfm::sim::SimState", "The simulator state file is damaged. Delete it to start "
                                                    "afresh, or choose another file."),
                          parseError.errorString());
    return load(doc.object());
}

QJsonObject SimState::toJson() const
{
    QJsonArray klientmaler;
    for (const Klientmal &k : m_klientmaler)
        klientmaler.append(k.toJson());
    QJsonArray clients;
    for (const QString &id : m_order)
        clients.append(m_clients.value(id).toJson());
    QJsonObject json{{QStringLiteral("version"), StateVersion},
                     {QStringLiteral("settings"), m_settings.toJson()},
                     {QStringLiteral("klientmaler"), klientmaler},
                     {QStringLiteral("clients"), clients},
                     {QStringLiteral("assertionJtis"), m_assertionJtis.toJson()},
                     {QStringLiteral("proofJtis"), m_proofJtis.toJson()}};
    if (!m_signingKey.isNull()) {
        // The simulator's own throwaway token-signing key (no customer's key), kept so tokens issued
        // before a restart still verify after it.
        json.insert(QStringLiteral("simulatorSigningKey"),
                    QString::fromLatin1(crypto::base64UrlEncode(m_signingKey.toPkcs8Der().bytes())));
    }
    return json;
}

Result<void> SimState::load(const QJsonObject &json)
{
    if (json.value(QStringLiteral("version")).toInt() != StateVersion)
        return stateError(
            QCoreApplication::translate("sfm::sim::SimState",
                                        "The simulator state file has an unknown version. Delete it "
                                        "to start afresh."),
            QStringLiteral("version %1").arg(json.value(QStringLiteral("version")).toInt()));
    SimSettings settings;
    QJsonObject savedSettings = json.value(QStringLiteral("settings")).toObject();
    // Files written before the body shape became strict hold "both", then the default: read as the default
    // now is, so practice mode's saved state still loads.
    if (savedSettings.value(QStringLiteral("clientSecretBodyShape")) == QLatin1String("both"))
        savedSettings.remove(QStringLiteral("clientSecretBodyShape"));
    if (auto applied = settings.apply(savedSettings); !applied)
        return applied.error();
    QList<Klientmal> klientmaler;
    for (const QJsonValue &v : json.value(QStringLiteral("klientmaler")).toArray()) {
        auto k = Klientmal::fromJson(v.toObject());
        if (!k)
            return k.error();
        klientmaler.append(k.value());
    }
    QHash<QString, SimClient> clients;
    QStringList order;
    for (const QJsonValue &v : json.value(QStringLiteral("clients")).toArray()) {
        auto c = SimClient::fromJson(v.toObject());
        if (!c)
            return stateError(QCoreApplication::translate("sfm::sim::SimState",
                                                          "The simulator state file is damaged. Delete it to "
                                                          "start afresh, or choose another file."),
                              QStringLiteral("a client without clientId"));
        order.append(c->clientId);
        clients.insert(c->clientId, *c);
    }
    crypto::Key signingKey;
    const QString keyText = json.value(QStringLiteral("simulatorSigningKey")).toString();
    if (!keyText.isEmpty()) {
        const auto der = crypto::base64UrlDecode(keyText.toLatin1());
        auto key = der ? crypto::Key::fromPkcs8Der(SecureBytes(*der)) : Result<crypto::Key>(Error());
        if (!der || !key)
            return stateError(QCoreApplication::translate("sfm::sim::SimState",
                                                          "The simulator state file is damaged. Delete it to "
                                                          "start afresh, or choose another file."),
                              QStringLiteral("simulatorSigningKey cannot be read"));
        signingKey = key.value();
    }
    m_settings = settings;
    if (!klientmaler.isEmpty())
        m_klientmaler = klientmaler;
    m_clients = clients;
    m_order = order;
    m_assertionJtis.load(json.value(QStringLiteral("assertionJtis")).toObject());
    m_proofJtis.load(json.value(QStringLiteral("proofJtis")).toObject());
    if (!signingKey.isNull())
        m_signingKey = signingKey;
    qCInfo(lcSim).noquote() << "state loaded:" << m_clients.size() << "clients from" << m_path;
    return {};
}

Result<void> SimState::saveNow()
{
    m_saveTimer.stop();
    if (m_path.isEmpty())
        return {};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return stateError(QCoreApplication::translate(
                              "sfm::sim::SimState", "The simulator state cannot be saved. Check the folder's "
                                                    "permissions and free space."),
                          file.errorString());
    // Owner-only: the file holds the simulator's signing key.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return stateError(QCoreApplication::translate(
                              "sfm::sim::SimState", "The simulator state cannot be saved. Check the folder's "
                                                    "permissions and free space."),
                          file.errorString());
    return {};
}

} // namespace sfm::sim
