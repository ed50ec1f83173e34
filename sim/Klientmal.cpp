#include "Klientmal.h"

#include "crypto/Base64Url.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

namespace sfm::sim {

namespace {

Error configError(const QString &detail)
{
    return Error(QStringLiteral("sim.config.klientmal"),
                 QCoreApplication::translate("sfm::sim::Klientmal",
                                             "A client template in the simulator configuration is not valid. "
                                             "Correct the file and start again."),
                 detail);
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return std::nullopt;
        list.append(v.toString());
    }
    return list;
}

} // namespace

const KlientmalPackage *Klientmal::package(const QString &id) const
{
    for (const KlientmalPackage &p : packages) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QJsonObject Klientmal::toJson() const
{
    QJsonObject defs;
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        defs.insert(it.key(), it.value());
    QJsonArray packs;
    for (const KlientmalPackage &p : packages)
        packs.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("name"), p.name},
                                 {QStringLiteral("scopes"), QJsonArray::fromStringList(p.scopes)}});
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("apiKey"), apiKey},
                       {QStringLiteral("systemId"), systemId},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                       {QStringLiteral("defaults"), defs},
                       {QStringLiteral("packages"), packs}};
}

Result<Klientmal> Klientmal::fromJson(const QJsonObject &json)
{
    Klientmal k;
    k.name = json.value(QStringLiteral("name")).toString();
    if (k.name.isEmpty())
        return configError(QStringLiteral("name is missing"));
    k.apiKey = json.value(QStringLiteral("apiKey")).toString();
    if (k.apiKey.isEmpty())
        k.apiKey = randomApiKey();
    k.systemId = json.value(QStringLiteral("systemId")).toString();
    if (k.systemId.isEmpty())
        k.systemId = k.name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    const auto scopes = stringList(json.value(QStringLiteral("scopes")));
    if (!scopes || scopes->isEmpty())
        return configError(QStringLiteral("%1: scopes must be a non-empty list of strings").arg(k.name));
    k.scopes = *scopes;
    const QJsonObject defs = json.value(QStringLiteral("defaults")).toObject();
    for (const QString &scope : k.scopes) {
        const QString d = defs.value(scope).toString(Forhaandsvalgt);
        if (d != Forhaandsvalgt && d != Tilgjengelig)
            return configError(
                QStringLiteral("%1: default of %2 must be Forhåndsvalgt or Tilgjengelig").arg(k.name, scope));
        k.defaults.insert(scope, d);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("packages")).toArray()) {
        const QJsonObject p = v.toObject();
        KlientmalPackage pack{p.value(QStringLiteral("id")).toString(),
                              p.value(QStringLiteral("name")).toString(),
                              stringList(p.value(QStringLiteral("scopes"))).value_or(QStringList())};
        if (pack.id.isEmpty() || pack.scopes.isEmpty())
            return configError(QStringLiteral("%1: a package needs an id and scopes").arg(k.name));
        for (const QString &scope : pack.scopes) {
            if (!k.offers(scope))
                return configError(QStringLiteral("%1: package %2 names scope %3 the template does not offer")
                                       .arg(k.name, pack.id, scope));
        }
        k.packages.append(pack);
    }
    return k;
}

Klientmal Klientmal::demo()
{
    Klientmal k;
    k.name = QStringLiteral("Demo EPJ");
    k.apiKey = DemoApiKey;
    k.systemId = QStringLiteral("demo-epj");
    k.scopes = {SelvbetjeningScope, SfmApiScope, SfmMigreringScope};
    k.defaults = {{SelvbetjeningScope, Forhaandsvalgt},
                  {SfmApiScope, Forhaandsvalgt},
                  {SfmMigreringScope, Tilgjengelig}};
    k.packages = {{QStringLiteral("sfm"), QStringLiteral("SFM"), {SelvbetjeningScope, SfmApiScope}},
                  {QStringLiteral("sfm-migrering"),
                   QStringLiteral("SFM med migrering"),
                   {SelvbetjeningScope, SfmApiScope, SfmMigreringScope}}};
    return k;
}

QString Klientmal::randomApiKey()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        crypto::base64UrlEncode(QByteArrayView(reinterpret_cast<const char *>(words), sizeof(words))));
}

} // namespace sfm::sim
