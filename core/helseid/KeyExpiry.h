#pragma once

#include "ClientInfo.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace sfm::helseid {

// When a HelseID key expires and whether it is due for renewal (reference section 3 "Key lifetime"):
// HelseID states an expiration per key (GET/POST /v1/client-secret), possibly none. NHN's tools renew
// when fewer than 30 days are left. `now` is always HelseID's time (TokenClient::serverNow()), so a PC
// whose clock is off — or the simulator's moved clock — does not renew too late.
class KeyExpiry
{
    Q_DECLARE_TR_FUNCTIONS(KeyExpiry)

public:
    static constexpr int DefaultWindowDays = 30; // what NHN's tools use
    static constexpr int MaxWindowDays = 3650;

    enum class State
    {
        NotStated, // HelseID gave no expiration: nothing to renew by date
        Valid,     // expires later than the window
        Due,       // expires within the window (renew now)
        Expired    // no longer authenticates
    };

    KeyExpiry() = default;
    explicit KeyExpiry(std::optional<QDateTime> expiration);

    const std::optional<QDateTime> &expiration() const { return m_expiration; }
    // Whole days until the expiration, rounded down (0 on its last day, negative once it has passed);
    // nullopt when none is stated.
    std::optional<qint64> daysLeft(const QDateTime &now) const;
    bool isExpired(const QDateTime &now) const;
    // Expires within `windowDays` days of now (an expired key is due too); never when none is stated.
    bool isDueWithin(const QDateTime &now, int windowDays = DefaultWindowDays) const;
    State state(const QDateTime &now, int windowDays = DefaultWindowDays) const;

    // "30d", "30" (days) or "4w" (weeks), 0 to MaxWindowDays days: the --within argument of renew --due.
    // Error code helseid.key.bad_window.
    static Result<int> parseWindow(const QString &text);

private:
    std::optional<QDateTime> m_expiration; // UTC
};

// The entry of GET /v1/client-secret for the key with this thumbprint (matched on jwkThumbprint, or on kid
// where HelseID left the thumbprint out); nullptr when HelseID does not list it.
const ClientSecretInfo *findClientSecret(const QList<ClientSecretInfo> &secrets, const QString &thumbprint);

// Whether HelseID lists a key other than `thumbprint` that still authenticates at `now`: only then may
// the key with `thumbprint` be retired (removed from the keychain) without leaving the client keyless.
bool hasOtherValidKey(const QList<ClientSecretInfo> &secrets, const QString &thumbprint,
                      const QDateTime &now);

} // namespace sfm::helseid
