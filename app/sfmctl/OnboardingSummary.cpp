#include "OnboardingSummary.h"

#include "KeyExpiryText.h"
#include "OnboardingCli.h"
#include "onboarding/OnboardingData.h"

#include <QJsonArray>

namespace sfm::cli {

using onboarding::OnboardingData;
using onboarding::State;

QJsonObject summary(const OnboardingData &d)
{
    QJsonArray scopes;
    for (const auto &s : d.scopeStatuses)
        scopes.append(QJsonObject{{QStringLiteral("scope"), s.scope},
                                  {QStringLiteral("status"), s.status},
                                  {QStringLiteral("statusReason"), s.statusReason}});
    QJsonArray claims;
    for (const auto &c : d.claimStatuses)
        claims.append(QJsonObject{{QStringLiteral("claimType"), c.claimType},
                                  {QStringLiteral("status"), c.status},
                                  {QStringLiteral("activeClaimValue"), c.activeClaimValue},
                                  {QStringLiteral("pendingClaimValue"), c.pendingClaimValue},
                                  {QStringLiteral("statusReason"), c.statusReason}});
    QJsonObject o{{QStringLiteral("onboarding"), d.id},
                  {QStringLiteral("state"), onboarding::stateName(d.state)},
                  {QStringLiteral("alternative"), onboarding::alternativeName(d.setup.alternative)},
                  {QStringLiteral("environment"), d.setup.environment.name()},
                  {QStringLiteral("organizationNumber"), d.setup.organizationNumber},
                  {QStringLiteral("journalName"), d.setup.journalName},
                  {QStringLiteral("clientId"), d.clientId},
                  {QStringLiteral("kid"), d.kid},
                  {QStringLiteral("algorithm"), crypto::algorithmName(d.setup.algorithm)},
                  {QStringLiteral("sfmId"), d.sfmId},
                  {QStringLiteral("confirmationUrl"), d.confirmationUrl().toString()},
                  {QStringLiteral("scopes"), scopes},
                  {QStringLiteral("claims"), claims},
                  {QStringLiteral("updatedAt"), d.updatedAt.toString(Qt::ISODate)}};
    if (!d.setup.contactEmail.isEmpty() || !d.setup.contactLanguage.isEmpty()) {
        o.insert(QStringLiteral("contactEmail"), d.setup.contactEmail);
        o.insert(QStringLiteral("contactLanguage"), d.setup.contactLanguage);
    }
    addKeyLifetime(o, d);
    if (d.state == State::Failed) {
        o.insert(QStringLiteral("resumeState"), onboarding::stateName(d.resumeState));
        o.insert(QStringLiteral("failure"), errorJson(d.failure));
    }
    return o;
}

QStringList describe(const OnboardingData &d)
{
    QStringList lines;
    auto line = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(label, value));
    };
    line(OnboardText::tr("Onboarding"), d.id);
    line(OnboardText::tr("Journal"), d.setup.journalName);
    line(OnboardText::tr("Organization number"), d.setup.organizationNumber);
    line(OnboardText::tr("Child units"), d.setup.childOrganizationNumbers.join(QStringLiteral(", ")));
    QStringList contact{d.setup.contactEmail, d.setup.contactLanguage};
    contact.removeAll(QString());
    line(OnboardText::tr("Contact"), contact.join(QStringLiteral(", ")));
    line(OnboardText::tr("Environment"),
         QStringLiteral("%1 (%2)").arg(d.setup.environment.name(), d.setup.environment.issuer.toString()));
    line(OnboardText::tr("State"),
         QStringLiteral("%1 (%2)").arg(onboarding::stateLabel(d.state), onboarding::stateName(d.state)));
    line(OnboardText::tr("Client ID"), d.clientId);
    line(OnboardText::tr("Key ID"), d.kid);
    if (!d.keyReference.isNull())
        line(OnboardText::tr("Key kept in"), QStringLiteral("%1 (%2, %3)")
                                                 .arg(onboarding::KeyReference::kindName(d.keyReference.kind),
                                                      d.keyReference.service, d.keyReference.entry));
    lines += keyLifetimeLines(d);
    if (d.effectiveState() == State::AwaitingConfirmation)
        line(OnboardText::tr("Confirmation link"), d.confirmationUrl().toString());
    if (!d.confirmationStatus.isEmpty())
        line(OnboardText::tr("Portal answered"), d.confirmationStatus);
    line(OnboardText::tr("SFM-id"), onboarding::sfmIdText(d));
    if (d.loginProvedAt.isValid())
        line(OnboardText::tr("Test login"),
             OnboardText::tr("SFM accepted the client (%1)").arg(d.loginProvedAt.toString(Qt::ISODate)));
    if (d.signingConfirmedAt.isValid())
        line(OnboardText::tr("Signing"), OnboardText::tr("confirmed by you in the portal (%1)")
                                             .arg(d.signingConfirmedAt.toString(Qt::ISODate)));
    if (!d.scopeStatuses.isEmpty()) {
        lines.append(OnboardText::tr("Scopes:"));
        for (const auto &s : d.scopeStatuses)
            lines.append(
                QStringLiteral("  %1: %2%3")
                    .arg(s.scope, s.status,
                         s.statusReason.isEmpty() ? QString() : QStringLiteral(" — ") + s.statusReason));
    }
    if (!d.claimStatuses.isEmpty()) {
        lines.append(OnboardText::tr("Claims:"));
        for (const auto &c : d.claimStatuses)
            lines.append(
                QStringLiteral("  %1: %2 %3%4")
                    .arg(c.claimType, c.status,
                         c.activeClaimValue.isEmpty() ? c.pendingClaimValue : c.activeClaimValue,
                         c.statusReason.isEmpty() ? QString() : QStringLiteral(" — ") + c.statusReason));
    }
    if (d.lastCheckedAt.isValid())
        line(OnboardText::tr("Last checked"), d.lastCheckedAt.toLocalTime().toString(Qt::ISODate));
    if (d.state == State::Failed)
        line(OnboardText::tr("Stopped"), d.failure.toString());
    for (const QString &n : d.notices)
        line(OnboardText::tr("Note"), n);
    if (!onboarding::isFinalState(d.state))
        lines.append(OnboardText::tr("Next: sfmctl resume %1").arg(d.id));
    else if (d.state == State::Ready)
        lines.append(OnboardText::tr("Next: sfmctl export %1 --out FILE").arg(d.id));
    return lines;
}

} // namespace sfm::cli
