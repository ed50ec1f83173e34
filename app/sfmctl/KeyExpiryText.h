#pragma once

#include "onboarding/OnboardingData.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// How sfmctl shows a key's expiry (status, list, renew): the date and the days left, by this computer's
// clock (HelseID's own time is only known after a request; a few minutes do not matter for days).
namespace sfm::cli {

// "2027-12-04 (365 days left)", "2027-12-04 (expired)", or "not stated" when HelseID gave no date.
QString keyExpiryText(const onboarding::OnboardingData &data,
                      const QDateTime &now = QDateTime::currentDateTimeUtc());
// Adds keyExpiresAt, keyDaysLeft, renewal (the stage of a renewal under way) and previousKeyRemoveAfter
// to a summary object (status --json, list --json).
void addKeyLifetime(QJsonObject &summary, const onboarding::OnboardingData &data,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
// The lines describe() adds for the key's lifetime.
QStringList keyLifetimeLines(const onboarding::OnboardingData &data,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace sfm::cli
