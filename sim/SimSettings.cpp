#include "SimSettings.h"

#include <QCoreApplication>
#include <QStringList>

namespace sfm::sim {

namespace {

struct IntField
{
    const char *name;
    int SimSettings::*member;
    int min;
    int max;
};

struct BoolField
{
    const char *name;
    bool SimSettings::*member;
};

const IntField intFields[] = {
    {"cacheDelaySeconds", &SimSettings::cacheDelaySeconds, 0, 3600},
    {"autoSignSeconds", &SimSettings::autoSignSeconds, 0, 7 * 24 * 3600},
    {"clockOffsetSeconds", &SimSettings::clockOffsetSeconds, -10 * 365 * 24 * 3600, 10 * 365 * 24 * 3600},
    {"clockSkewSeconds", &SimSettings::clockSkewSeconds, 0, 600},
    {"assertionMaxLifetimeSeconds", &SimSettings::assertionMaxLifetimeSeconds, 1, 3600},
    {"dpopProofMaxAgeSeconds", &SimSettings::dpopProofMaxAgeSeconds, 1, 3600},
    {"dpopNonceLifetimeSeconds", &SimSettings::dpopNonceLifetimeSeconds, 2, 24 * 3600},
    {"accessTokenLifetimeSeconds", &SimSettings::accessTokenLifetimeSeconds, 1, 24 * 3600},
    {"keyLifetimeDays", &SimSettings::keyLifetimeDays, 0, 10 * 365},
};

const BoolField boolFields[] = {
    {"requireDpopNonce", &SimSettings::requireDpopNonce},
    {"acceptEcKeys", &SimSettings::acceptEcKeys},
    {"requireJwkAlg", &SimSettings::requireJwkAlg},
    {"matchAssertionKid", &SimSettings::matchAssertionKid},
    {"matchAssertionAlg", &SimSettings::matchAssertionAlg},
    {"logSmsPasswords", &SimSettings::logSmsPasswords},
    {"allowClientCredentialsForSfm", &SimSettings::allowClientCredentialsForSfm},
    {"acceptEmptyDraftMembers", &SimSettings::acceptEmptyDraftMembers},
};

struct ChoiceField
{
    const char *name;
    QString SimSettings::*member;
    QStringList choices;
};

const ChoiceField choiceFields[] = {
    {"clientSecretBodyShape",
     &SimSettings::clientSecretBodyShape,
     {QStringLiteral("string"), QStringLiteral("object")}},
    {"expirationKind", &SimSettings::expirationKind, {QStringLiteral("unspecified"), QStringLiteral("utc")}},
};

Error settingError(const QString &detail)
{
    return Error(
        QStringLiteral("sim.settings.invalid"),
        QCoreApplication::translate("sfm::sim::SimSettings",
                                    "The simulator settings are not valid. Check the names and values."),
        detail);
}

} // namespace

QJsonObject SimSettings::toJson() const
{
    QJsonObject json;
    for (const IntField &f : intFields)
        json.insert(QLatin1String(f.name), this->*f.member);
    for (const BoolField &f : boolFields)
        json.insert(QLatin1String(f.name), this->*f.member);
    for (const ChoiceField &f : choiceFields)
        json.insert(QLatin1String(f.name), this->*f.member);
    return json;
}

Result<void> SimSettings::apply(const QJsonObject &json)
{
    SimSettings next = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &name = it.key();
        bool known = false;
        for (const IntField &f : intFields) {
            if (name != QLatin1String(f.name))
                continue;
            known = true;
            const double v = it.value().toDouble(qQNaN());
            if (!it.value().isDouble() || v != double(qint64(v)) || v < f.min || v > f.max)
                return settingError(QStringLiteral("%1 must be a whole number from %2 to %3")
                                        .arg(name)
                                        .arg(f.min)
                                        .arg(f.max));
            next.*f.member = int(v);
        }
        for (const BoolField &f : boolFields) {
            if (name != QLatin1String(f.name))
                continue;
            known = true;
            if (!it.value().isBool())
                return settingError(QStringLiteral("%1 must be true or false").arg(name));
            next.*f.member = it.value().toBool();
        }
        for (const ChoiceField &f : choiceFields) {
            if (name != QLatin1String(f.name))
                continue;
            known = true;
            const QString value = it.value().toString();
            if (!f.choices.contains(value))
                return settingError(
                    QStringLiteral("%1 must be one of: %2").arg(name, f.choices.join(QStringLiteral(", "))));
            next.*f.member = value;
        }
        if (!known)
            return settingError(QStringLiteral("unknown setting %1").arg(name));
    }
    *this = next;
    return {};
}

SimSettings SimSettings::demo()
{
    SimSettings s;
    s.autoSignSeconds = 20;
    return s;
}

} // namespace sfm::sim
