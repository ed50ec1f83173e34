#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One Klient as the simulated HelseID keeps it: who owns it, its keys, and where it is on the way from
// draft to confirmed to signed (every scope and claim "ok"). Times are the simulator clock's epoch seconds.
namespace sfm::sim {

struct ScopeGrant
{
    QString scope;
    QString status; // "ok" | "pending"
    QString statusReason;
};

struct ClaimGrant
{
    QString claimType;
    QString activeValue;  // empty: none yet
    QString pendingValue; // empty: none pending
    QString status;       // "ok" | "pending" | "updatePending"
    QString statusReason;
};

struct ClientKey
{
    QJsonObject publicJwk;
    QString kid;
    QString thumbprint;
    QString origin;        // "Api" | "Gui"
    qint64 expiration = 0; // 0: none
    qint64 createdAt = 0;
};

struct SimClient
{
    enum class Stage
    {
        Draft,     // created through the API, nobody has confirmed it in the portal yet
        Confirmed, // confirmed; usable by the STS after the cache delay
        Cancelled  // the person in the portal pressed Avbryt
    };

    QString clientId;
    QString klientmal; // name of the Klientmal it was made from
    QString clientName;
    QString organizationNumber;
    QStringList childOrganizationNumbers;
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QString postClientConfirmationRedirectUri;
    QList<ScopeGrant> scopes;
    QList<ClaimGrant> claims;
    QList<ClientKey> keys;
    Stage stage = Stage::Draft;
    QString origin = QStringLiteral("Api"); // "Api" (draft) | "Package" | "Portal"
    qint64 createdAt = 0;
    qint64 confirmedAt = 0;
    qint64 signedAt = 0;

    void confirm(qint64 now);
    void cancel();
    void sign(qint64 now);
    // Signs when autoSignSeconds have passed since confirmation; true when that changed anything.
    bool applyAutoSign(qint64 now, int autoSignSeconds);
    bool isSigned() const { return signedAt != 0; }
    bool isReady() const; // confirmed and every scope and claim "ok"
    const ScopeGrant *scope(const QString &name) const;
    const ClaimGrant *claim(const QString &claimType) const;
    // Replaces scopes and claims (PUT /v1/client): kept ones keep their status, new ones wait.
    void replaceScopes(const QStringList &names);
    void replaceClaims(const QList<QPair<QString, QString>> &claims);

    // GET /v1/client exactly as reference section 3.5.
    QJsonObject toApiJson() const;
    // Everything, for the state file and the control API.
    QJsonObject toJson() const;
    static std::optional<SimClient> fromJson(const QJsonObject &json);

    static QString stageName(Stage stage);
};

} // namespace sfm::sim
