#include "KeyExpiryText.h"

#include "OnboardingCli.h"
#include "helseid/KeyExpiry.h"

namespace sfm::cli {

namespace {

std::optional<QDateTime> expiration(const onboarding::OnboardingData &data)
{
    return data.keyExpiresAt.isValid() ? std::optional<QDateTime>(data.keyExpiresAt) : std::nullopt;
}

} // namespace

QString keyExpiryText(const onboarding::OnboardingData &data, const QDateTime &now)
{
    const helseid::KeyExpiry expiry(expiration(data));
    const auto days = expiry.daysLeft(now);
    if (!days)
        return OnboardText::tr("not stated");
    const QString date = data.keyExpiresAt.toLocalTime().date().toString(Qt::ISODate);
    if (expiry.isExpired(now))
        return OnboardText::tr("%1 (expired)").arg(date);
    return OnboardText::tr("%1 (%n day(s) left)", nullptr, int(qMin<qint64>(*days, 100000))).arg(date);
}

void addKeyLifetime(QJsonObject &summary, const onboarding::OnboardingData &data, const QDateTime &now)
{
    const helseid::KeyExpiry expiry(expiration(data));
    const auto days = expiry.daysLeft(now);
    summary.insert(QStringLiteral("keyExpiresAt"), data.keyExpiresAt.isValid()
                                                       ? QJsonValue(data.keyExpiresAt.toString(Qt::ISODate))
                                                       : QJsonValue());
    summary.insert(QStringLiteral("keyDaysLeft"), days ? QJsonValue(double(*days)) : QJsonValue());
    if (data.renewal.isActive())
        summary.insert(QStringLiteral("renewal"), onboarding::RenewalRecord::stageName(data.renewal.stage));
    if (!data.previousKey.isNull())
        summary.insert(QStringLiteral("previousKeyRemoveAfter"),
                       data.previousKey.removeAfter.toString(Qt::ISODate));
}

QStringList keyLifetimeLines(const onboarding::OnboardingData &data, const QDateTime &now)
{
    QStringList lines;
    if (data.kid.isEmpty())
        return lines;
    lines.append(QStringLiteral("%1: %2").arg(OnboardText::tr("Key expires"), keyExpiryText(data, now)));
    if (data.renewal.isActive())
        lines.append(OnboardText::tr("A key renewal is under way (step: %1); «sfmctl renew %2» continues it.")
                         .arg(onboarding::RenewalRecord::stageName(data.renewal.stage), data.id.left(8)));
    if (!data.previousKey.isNull())
        lines.append(OnboardText::tr("The previous key (%1) is kept until %2.")
                         .arg(data.previousKey.kid,
                              data.previousKey.removeAfter.toLocalTime().date().toString(Qt::ISODate)));
    return lines;
}

} // namespace sfm::cli
