#pragma once

#include "Result.h"
#include "SecureBytes.h"
#include "crypto/Algorithm.h"
#include "crypto/Key.h"

#include <QFutureWatcher>
#include <QStringList>

#include <optional>

namespace sfm::helseid {
struct PortalConfiguration;
}

namespace sfm::onboarding {

class Onboarding;

// Part of the engine: Alternatives 2 and 3, a client made in the HelseID portal. Reads the portal's file off
// the UI thread and keeps its key, or takes the client id of a client made with the onboarding's own key,
// then records the client and starts waiting for access. Also hands out the own key's public JWK for the
// portal. The private key never leaves the engine.
class PortalClient
{
public:
    explicit PortalClient(Onboarding &owner);
    ~PortalClient();

    void importFile(const QString &path, const SecureBytes &password);
    bool isImporting() const { return m_import != nullptr; }
    // Drops a file read in progress: its result (and key) is thrown away.
    void abandon();
    void useClient(const QString &clientId, const crypto::Key &key, const QStringList &scopes,
                   const QString &kid, std::optional<crypto::Algorithm> algorithm);
    void useOwnKey(const QString &clientId, const QStringList &scopes);
    void publicKey();

private:
    void imported();

    Onboarding &q;
    QFutureWatcher<Result<helseid::PortalConfiguration>> *m_import = nullptr;
};

} // namespace sfm::onboarding
