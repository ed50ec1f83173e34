#include "AccessStatus.h"

#include "helseid/ClientInfo.h"

namespace sfm::onboarding {

bool applyClientInfo(OnboardingData &data, const helseid::ClientInfo &info, const QString &sfmIdClaimType)
{
    QList<ScopeStatus> scopes;
    for (const helseid::ApiScopeAccess &s : info.apiScopes)
        scopes.append({s.scope, s.statusRaw, s.statusReason});
    for (const QString &requested : data.setup.scopes) {
        if (!info.scope(requested))
            scopes.append({requested, QStringLiteral("missing"), QString()});
    }
    QList<ClaimStatus> claims;
    for (const helseid::ClientClaimAccess &c : info.audienceSpecificClientClaims)
        claims.append({c.claimType, c.activeClaimValue, c.pendingClaimValue, c.statusRaw, c.statusReason});
    QString sfmId = data.sfmId;
    if (const auto *claim = info.claim(sfmIdClaimType))
        sfmId = claim->effectiveValue();

    const bool changed = scopes != data.scopeStatuses || claims != data.claimStatuses || sfmId != data.sfmId;
    data.scopeStatuses = scopes;
    data.claimStatuses = claims;
    data.sfmId = sfmId;
    return changed;
}

bool applyScopeStatuses(OnboardingData &data, const QList<ScopeStatus> &statuses)
{
    // Only the status counts as a change here: the reason of a refused token is the client's own text.
    bool changed = statuses.size() != data.scopeStatuses.size();
    for (int i = 0; !changed && i < statuses.size(); ++i)
        changed = statuses[i].status != data.scopeStatuses[i].status;
    data.scopeStatuses = statuses;
    return changed;
}

} // namespace sfm::onboarding
