#pragma once

#include "Klientmal.h"
#include "NonceIssuer.h"
#include "ReplayCache.h"
#include "Result.h"
#include "SimClient.h"
#include "SimSettings.h"
#include "crypto/Key.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

// Everything the simulated HelseID knows: settings, Klientmaler, clients, used jtis, DPoP nonces and its
// own token-signing key, plus the clock all checks use. Optionally persisted to one JSON file (QSaveFile,
// written shortly after each change and when the simulator stops).
namespace sfm::sim {

class SimState : public QObject
{
    Q_OBJECT

public:
    explicit SimState(QObject *parent = nullptr);
    ~SimState() override;

    // The simulator's clock: system time plus settings().clockOffsetSeconds.
    qint64 now() const;

    const SimSettings &settings() const { return m_settings; }
    Result<void> applySettings(const QJsonObject &json);
    void setSettings(const SimSettings &settings);

    const QList<Klientmal> &klientmaler() const { return m_klientmaler; }
    const Klientmal *klientmalByApiKey(const QString &apiKey) const;
    const Klientmal *klientmalByName(const QString &name) const;
    const Klientmal *klientmalBySystemId(const QString &systemId) const;
    // Adds or replaces (by name).
    void addKlientmal(const Klientmal &klientmal);

    // Clients, with documents signed automatically where autoSignSeconds has passed.
    SimClient *client(const QString &clientId);
    QList<const SimClient *> clients();
    QString addClient(SimClient client); // gives it a fresh client id when it has none
    void changed();                      // call after changing a client through client()

    // What the portal's Bekreft / Avbryt do (also the control API): the URL the browser is sent to next,
    // postClientConfirmationRedirectUri with status=Success or status=Cancelled (empty when it has none).
    Result<QString> confirmClient(const QString &clientId, bool accept);
    // What signing the agreement documents does: every scope and claim becomes "ok".
    Result<void> signClient(const QString &clientId);

    ReplayCache &assertionJtis() { return m_assertionJtis; }
    ReplayCache &proofJtis() { return m_proofJtis; }
    NonceIssuer &nonces() { return m_nonces; }
    const crypto::Key &signingKey() const { return m_signingKey; }

    // Loads the file if it exists (or starts empty) and persists there from now on.
    Result<void> attachFile(const QString &path);
    Result<void> saveNow();
    // A signing key for tokens; generated on first start, or read back from the state file.
    Result<void> ensureSigningKey();

private:
    QJsonObject toJson() const;
    Result<void> load(const QJsonObject &json);

    SimSettings m_settings;
    QList<Klientmal> m_klientmaler;
    QHash<QString, SimClient> m_clients;
    QStringList m_order; // creation order, for listings
    ReplayCache m_assertionJtis;
    ReplayCache m_proofJtis;
    NonceIssuer m_nonces;
    crypto::Key m_signingKey;
    QString m_path;
    QTimer m_saveTimer;
};

} // namespace sfm::sim
