#pragma once

#include "SimState.h"
#include "SimUrls.h"
#include "ZipWriter.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <optional>

// Alternatives 2 and 3 (reference §4): the portal makes the client and its RSA key pair itself and hands
// out a password-protected zip holding the configuration JSON; the password goes "by SMS" (here: shown on
// the page, logged and returned by the control API — it is a simulator). Key generation runs on a worker
// thread so the simulator keeps answering meanwhile.
namespace sfm::sim {

struct PackageRequest
{
    QString klientmal; // name
    QString packageId; // Alternative 2; empty for a client made by hand (Alternative 3)
    QStringList scopes;
    QString organizationNumber;
    QString clientName;
    ZipEncryption encryption = ZipEncryption::Aes256;
    int rsaKeySizeBits = 4096;
    // The key ID and algorithm the portal registers a key it makes under, and writes into the file's
    // privateJwk. Empty kid: the RFC 7638 thumbprint; no algorithm: PS256. Which kid the real portal gives
    // is UNCONFIRMED, so tests ask for one that is not the thumbprint.
    QString kid;
    std::optional<crypto::Algorithm> algorithm;
    // Alternative 3 with the customer's own key: the public JWK pasted in the portal. The client is
    // registered with it and no zip is made (the private key never leaves the customer's machine).
    QByteArray ownPublicJwk;
};

struct PackageResult
{
    QString clientId;
    QString password;
    QString fileName; // of the zip
    QString downloadId;
    QByteArray zip; // empty for a client registered with the customer's own key
};

class PackageService : public QObject
{
    Q_OBJECT

public:
    PackageService(SimState &state, const SimUrls &urls, QObject *parent = nullptr);

    // Validates, then calls done later on this thread (key generation takes seconds).
    void create(const PackageRequest &request, std::function<void(Result<PackageResult>)> done);
    const PackageResult *download(const QString &downloadId) const;
    QString downloadUrl(const QString &downloadId) const;

private:
    Result<PackageResult> finish(const PackageRequest &request, const crypto::Key &key);
    // Adds the confirmed client with publicJwk (public members, kid, alg) as its key; returns the new client
    // id, or an error.
    Result<QString> registerClient(const PackageRequest &request, const crypto::Key &key,
                                   const QJsonObject &publicJwk);

    SimState &m_state;
    const SimUrls &m_urls;
    QHash<QString, PackageResult> m_downloads; // in memory only: the zips hold private keys
    // Our own pool, joined when the service goes: a worker thread must end (and OpenSSL free its
    // per-thread state) before the simulator is gone, not linger in the global pool.
    QThreadPool m_workers;
};

} // namespace sfm::sim
