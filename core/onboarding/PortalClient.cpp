#include "PortalClient.h"

#include "AccessWatch.h"
#include "HelseIdSession.h"
#include "KeyCustody.h"
#include "LoginCheck.h"
#include "Onboarding.h"
#include "PackageFile.h"
#include "helseid/import/PackageImporter.h"
#include "helseid/import/PublicJwkText.h"

#include <QPointer>
#include <QtConcurrent>

#include <chrono>

namespace sfm::onboarding {

using helseid::PortalConfiguration;

PortalClient::PortalClient(Onboarding &owner)
    : q(owner)
{}

PortalClient::~PortalClient()
{
    abandon();
}

void PortalClient::abandon()
{
    if (!m_import)
        return;
    m_import->disconnect();
    // A few milliseconds; the result holds a private key, so let it die here and not in a worker.
    m_import->waitForFinished();
    delete m_import;
    m_import = nullptr;
}

void PortalClient::importFile(const QString &path, const SecureBytes &password)
{
    if (!q.enterStep(&OnboardingData::isBeforeRegistration))
        return;
    helseid::PackageImporter::Options options;
    options.password = password;
    options.expectations.expectedIssuer = q.m_data.setup.environment.issuer;
    options.expectations.expectedScopes = q.m_services.profile.preselectedScopes();
    q.setBusy(true);
    emit q.progress(Onboarding::tr("Reading the file…"));
    // Off the UI thread: checking an RSA 4096 key takes a moment, and the file may sit on a slow share.
    m_import = new QFutureWatcher<Result<PortalConfiguration>>();
    QObject::connect(m_import, &QFutureWatcherBase::finished, &q, [this] { imported(); });
    m_import->setFuture(
        QtConcurrent::run([path, options] { return helseid::PackageImporter::importFile(path, options); }));
}

void PortalClient::imported()
{
    auto *watcher = m_import;
    m_import = nullptr;
    watcher->deleteLater();
    Result<PortalConfiguration> result = watcher->result();
    q.setBusy(false);
    if (!result) {
        q.fail(result.error()); // the state stays: another file or password may do
        return;
    }
    const PortalConfiguration &config = result.value();
    emit q.packageImported(PackageFile::summaryOf(config));
    if (config.key.type() == crypto::KeyType::Rsa)
        q.m_data.setup.rsaBits = config.key.bits();
    // The kid and alg the portal registered the key under: HelseID checks the client's assertions against
    // them.
    useClient(config.clientId, config.key, config.scopes, config.kid, config.algorithm);
}

void PortalClient::useClient(const QString &clientId, const crypto::Key &key, const QStringList &scopes,
                             const QString &kid, std::optional<crypto::Algorithm> algorithm)
{
    if (!q.enterStep(&OnboardingData::isBeforeRegistration))
        return;
    const QString id = clientId.trimmed();
    if (id.isEmpty() || id.size() > 200) {
        q.fail(Error(QStringLiteral("onboarding.client_id.invalid"),
                     [] { return Onboarding::tr("Enter the client ID exactly as the portal shows it."); }));
        return;
    }
    if (auto fits = KeyCustody::checkRegistered(key, kid, algorithm); !fits) {
        q.fail(fits.error());
        return;
    }
    if (auto ok = q.m_session->ensure(); !ok) {
        q.stopWith(ok.error());
        return;
    }
    q.leaveFailed();
    if (!scopes.isEmpty())
        q.m_data.setup.scopes = scopes;
    // Sign with the algorithm the key was registered for; without one, as for any key: the setup's
    // algorithm when the key fits it, else the key's default (PS256 for RSA, ES256/384/512 by curve).
    if (algorithm)
        q.m_data.setup.algorithm = *algorithm;
    else if (!key.supports(q.m_data.setup.algorithm))
        q.m_data.setup.algorithm = key.defaultAlgorithm();
    const QString registeredKid = kid.isEmpty() ? key.thumbprint() : kid;
    auto then = [this, id] {
        q.m_data.clientId = id;
        q.m_data.confirmedAt = QDateTime::currentDateTimeUtc(); // made (and so confirmed) in the portal
        q.setState(State::Registered);
        emit q.progress(Onboarding::tr("The client is registered (client ID %1).").arg(id));
        if (!q.m_data.canSeeSigning())
            q.addNotice(cannotSeeSigningText());
        q.m_watch->enterAccess(std::chrono::milliseconds(0), true);
    };
    KeyCustody &keys = *q.m_keys;
    if (!keys.key().isNull() && keys.key().thumbprint() == key.thumbprint() &&
        !q.m_data.keyReference.isNull()) {
        q.m_data.kid = registeredKid;
        then();
    } else {
        keys.store(key, then, registeredKid);
    }
}

void PortalClient::useOwnKey(const QString &clientId, const QStringList &scopes)
{
    if (!q.enterStep(&OnboardingData::isBeforeRegistration))
        return;
    q.m_keys->withKey([this, clientId, scopes](
                          const crypto::Key &key) { useClient(clientId, key, scopes, {}, std::nullopt); },
                      [this](const Error &error) { q.fail(error); });
}

void PortalClient::publicKey()
{
    q.m_keys->withKey(
        [this](const crypto::Key &key) {
            // The "alg" pasted into the portal must be the one the onboarding signs with (RS256 may be
            // chosen).
            const crypto::Key publicKey = key.publicOnly();
            std::optional<crypto::Algorithm> alg;
            if (publicKey.supports(q.m_data.setup.algorithm))
                alg = q.m_data.setup.algorithm;
            PublicKeyText text;
            text.clipboard = helseid::PublicJwkText::forClipboard(publicKey, alg);
            text.file = helseid::PublicJwkText::forFile(publicKey, alg);
            emit q.publicKeyReady(text);
        },
        [this](const Error &error) { q.fail(error); });
}

} // namespace sfm::onboarding
