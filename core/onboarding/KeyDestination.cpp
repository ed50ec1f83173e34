#include "KeyDestination.h"

namespace sfm::onboarding {

QString KeyDestination::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::ServiceFile:
        return QStringLiteral("file");
    case Kind::Transfer:
        return QStringLiteral("transfer");
    }
    return QStringLiteral("keychain");
}

std::optional<KeyDestination::Kind> KeyDestination::kindFromName(const QString &name)
{
    for (const Kind kind : {Kind::Keychain, Kind::ServiceFile, Kind::Transfer}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QJsonObject KeyDestination::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}};
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (!owner.isEmpty())
        o.insert(QStringLiteral("owner"), owner);
    if (jwk)
        o.insert(QStringLiteral("jwk"), true);
    return o;
}

KeyDestination KeyDestination::fromJson(const QJsonObject &json)
{
    KeyDestination d;
    d.kind = kindFromName(json.value(QStringLiteral("kind")).toString()).value_or(Kind::Keychain);
    d.path = json.value(QStringLiteral("path")).toString();
    d.owner = json.value(QStringLiteral("owner")).toString();
    d.jwk = json.value(QStringLiteral("jwk")).toBool();
    return d;
}

} // namespace sfm::onboarding
