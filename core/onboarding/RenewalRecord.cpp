#include "RenewalRecord.h"

#include <array>
#include <utility>

namespace sfm::onboarding {

namespace {

using Stage = RenewalRecord::Stage;

constexpr std::array<std::pair<Stage, const char *>, 6> StageNames{{
    {Stage::None, "none"},
    {Stage::KeyStored, "key-stored"},
    {Stage::Registering, "registering"},
    {Stage::Registered, "registered"},
    {Stage::Verified, "verified"},
    {Stage::Switched, "switched"},
}};

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QString RenewalRecord::stageName(Stage stage)
{
    for (const auto &[s, name] : StageNames) {
        if (s == stage)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("none");
}

std::optional<RenewalRecord::Stage> RenewalRecord::stageFromName(const QString &name)
{
    for (const auto &[s, n] : StageNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

QJsonObject RenewalRecord::toJson() const
{
    if (!isActive())
        return {};
    return QJsonObject{{QStringLiteral("stage"), stageName(stage)},
                       {QStringLiteral("pendingKid"), pendingKid},
                       {QStringLiteral("pendingThumbprint"), pendingThumbprint},
                       {QStringLiteral("pendingKeyEntry"), pendingKeyEntry.toJson()},
                       {QStringLiteral("pendingCreatedAt"), timeValue(pendingCreatedAt)},
                       {QStringLiteral("pendingExpiresAt"), timeValue(pendingExpiresAt)},
                       {QStringLiteral("startedAt"), timeValue(startedAt)}};
}

RenewalRecord RenewalRecord::fromJson(const QJsonObject &json)
{
    RenewalRecord r;
    const auto stage = stageFromName(json.value(QStringLiteral("stage")).toString());
    if (!stage || *stage == Stage::None)
        return r;
    r.pendingThumbprint = json.value(QStringLiteral("pendingThumbprint")).toString();
    r.pendingKeyEntry = KeyReference::fromJson(json.value(QStringLiteral("pendingKeyEntry")).toObject());
    // A renewal whose new key cannot be named is no renewal: the next one starts afresh.
    if (r.pendingThumbprint.isEmpty() || r.pendingKeyEntry.isNull())
        return {};
    r.stage = *stage;
    r.pendingKid = json.value(QStringLiteral("pendingKid")).toString(r.pendingThumbprint);
    r.pendingCreatedAt = timeFrom(json.value(QStringLiteral("pendingCreatedAt")));
    r.pendingExpiresAt = timeFrom(json.value(QStringLiteral("pendingExpiresAt")));
    r.startedAt = timeFrom(json.value(QStringLiteral("startedAt")));
    return r;
}

QJsonObject PreviousKey::toJson() const
{
    if (isNull())
        return {};
    return QJsonObject{{QStringLiteral("kid"), kid},
                       {QStringLiteral("thumbprint"), thumbprint},
                       {QStringLiteral("keyReference"), reference.toJson()},
                       {QStringLiteral("expiresAt"), timeValue(expiresAt)},
                       {QStringLiteral("removeAfter"), timeValue(removeAfter)}};
}

PreviousKey PreviousKey::fromJson(const QJsonObject &json)
{
    PreviousKey p;
    p.kid = json.value(QStringLiteral("kid")).toString();
    p.thumbprint = json.value(QStringLiteral("thumbprint")).toString();
    p.reference = KeyReference::fromJson(json.value(QStringLiteral("keyReference")).toObject());
    p.expiresAt = timeFrom(json.value(QStringLiteral("expiresAt")));
    p.removeAfter = timeFrom(json.value(QStringLiteral("removeAfter")));
    return p;
}

} // namespace sfm::onboarding
