#include "Onboarding.h"

#include "ConfirmationListener.h"
#include "EpjConfiguration.h"
#include "Logging.h"
#include "OrganizationNumber.h"
#include "StatusPoller.h"
#include "crypto/Jws.h"
#include "helseid/DiscoveryClient.h"
#include "helseid/OAuthError.h"
#include "helseid/SelfServiceClient.h"
#include "helseid/TokenClient.h"
#include "net/HttpClient.h"
#include "onboarding/OnboardingStore.h"
#include "storage/SecretStore.h"

#include <QDir>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent>

#include <openssl/crypto.h>

#include <algorithm>
#include <chrono>

namespace sfm::onboarding {

using std::chrono::milliseconds;

namespace {

struct KeygenResult
{
    crypto::Key key;
    Error error;
};

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

// An error for which the server certainly created nothing: it answered 4xx, or the request never left.
// Anything else (a timeout, a dropped connection, a 5xx, an unreadable 2xx) may have created a draft.
bool certainlyNotCreated(const Error &error)
{
    static const QStringList notSent = {QStringLiteral("net.refused_insecure"),
                                        QStringLiteral("net.bad_url"),
                                        QStringLiteral("net.dns"),
                                        QStringLiteral("net.refused"),
                                        QStringLiteral("net.proxy"),
                                        QStringLiteral("net.unreachable")};
    static const QStringList refused = {
        QStringLiteral("helseid.api.bad_request"), QStringLiteral("helseid.api.unauthorized"),
        QStringLiteral("helseid.api.forbidden"),   QStringLiteral("helseid.api.not_found"),
        QStringLiteral("helseid.api.conflict"),    QStringLiteral("helseid.api.bad_api_key")};
    if (notSent.contains(error.code) || refused.contains(error.code) ||
        error.code.startsWith(QLatin1String("net.tls.")))
        return true;
    const QString prefix = QStringLiteral("helseid.api.http.");
    if (error.code.startsWith(prefix)) {
        const int status = error.code.mid(prefix.size()).toInt();
        return status >= 400 && status < 500;
    }
    return false;
}

helseid::Environment environmentOf(const OnboardingSetup &setup)
{
    helseid::Environment env;
    if (setup.environment == QLatin1String("demo"))
        env.kind = helseid::Environment::Kind::Demo;
    else if (setup.environment == QLatin1String("test"))
        env.kind = helseid::Environment::Kind::Test;
    else if (setup.environment == QLatin1String("prod"))
        env.kind = helseid::Environment::Kind::Prod;
    else
        env.kind = helseid::Environment::Kind::Custom;
    env.issuer = setup.issuer;
    env.apiBase = setup.api;
    env.portalBase = setup.portal;
    return env;
}

QString durationText(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    if (s >= 120)
        return Onboarding::tr("about %n minute(s)", nullptr, int((s + 30) / 60));
    return Onboarding::tr("%n second(s)", nullptr, int(s));
}

} // namespace

// The machinery behind the intents: the HelseID clients, the key in memory, the loopback listener, the
// poller and the key generation in a worker thread. Lives exactly as long as its Onboarding.
class Onboarding::Engine
{
public:
    explicit Engine(Onboarding *owner);

    Onboarding *q;
    crypto::Key key;        // the private key, once made or loaded
    crypto::Key pendingKey; // made but not stored yet (a store failure keeps it for retry)
    helseid::DiscoveryClient *discovery = nullptr;
    helseid::TokenClient *tokens = nullptr;
    helseid::SelfServiceClient *selfService = nullptr;
    ConfirmationListener *listener = nullptr;
    StatusPoller *poller = nullptr;
    QFutureWatcher<KeygenResult> *keygen = nullptr;
    bool skewReported = false;
    bool finishing = false; // becomeReady() is reading the key's expiry

    OnboardingData &d() { return q->m_data; }
    Result<void> ensureClients();
    helseid::ClientCredentials credentials() const;
    QString entryFor(const QString &kid) const { return q->m_data.id + u'/' + kid; }
    QByteArray apiKey() const;

    void withKey(std::function<void(Result<crypto::Key>)> then);
    // registeredKid: the key ID HelseID knows the key by; empty = its thumbprint.
    void storeKey(const crypto::Key &newKey, std::function<void()> then, const QString &registeredKid = {});
    void keyGenerated(const KeygenResult &result);
    void sendDraft(const crypto::Key &key);
    void enterConfirmation(bool immediate);
    void enterAccess(milliseconds firstDelay, bool setWaitingSince);
    void startPoller(milliseconds firstDelay);
    void check(const StatusPoller::Report &report);
    void probeConfirmation(const StatusPoller::Report &report);
    void checkAccess(const StatusPoller::Report &report);
    void checkAccessByTokens(const StatusPoller::Report &report, int index, QList<ScopeStatus> statuses);
    bool applyClientInfo(const helseid::ClientInfo &info);
    void becomeReady();
    void fetchKeyExpiry(std::function<void()> then);
    void onRedirect(const QString &status);
    void onDeadline();
    void onClockSkew(qint64 offsetSeconds);
    void transient(const Error &error);
    void stopAll();
    void addNotice(const QString &message);
};

Onboarding::Engine::Engine(Onboarding *owner)
    : q(owner)
{
    listener = new ConfirmationListener(q->m_services.profile.loopbackCallbackPath, q);
    QObject::connect(listener, &ConfirmationListener::statusReceived, q,
                     [this](const QString &status) { onRedirect(status); });
    poller = new StatusPoller([this](const StatusPoller::Report &report) { check(report); }, q);
    QObject::connect(poller, &StatusPoller::countdownChanged, q, &Onboarding::countdownChanged);
    QObject::connect(poller, &StatusPoller::deadlineReached, q, [this] { onDeadline(); });
    if (q->m_services.http) {
        QObject::connect(q->m_services.http, &net::HttpClient::clockSkewDetected, q,
                         [this](const QString &, qint64 offset) { onClockSkew(offset); });
    }
}

Result<void> Onboarding::Engine::ensureClients()
{
    if (tokens)
        return {};
    if (!q->m_services.http)
        return Error(QStringLiteral("onboarding.no_network"), [] {
            return Onboarding::tr("The onboarding has no network access configured. This is a program error; "
                                  "restart the program.");
        });
    const helseid::Environment env = environmentOf(d().setup);
    discovery = new helseid::DiscoveryClient(*q->m_services.http, q);
    tokens = new helseid::TokenClient(*q->m_services.http, *discovery, env, q);
    selfService = new helseid::SelfServiceClient(*q->m_services.http, *tokens, env, q);
    selfService->setSecretBodyShape(q->m_services.profile.secretBodyShape);
    return {};
}

helseid::ClientCredentials Onboarding::Engine::credentials() const
{
    helseid::ClientCredentials c;
    c.clientId = q->m_data.clientId;
    c.key = key;
    c.algorithm = q->m_data.setup.algorithm;
    c.kid = q->m_data.kid;
    return c;
}

QByteArray Onboarding::Engine::apiKey() const
{
    if (!q->m_services.apiKey.isEmpty())
        return q->m_services.apiKey;
    return q->m_services.profile.apiKey(q->m_data.setup.environment).toUtf8();
}

void Onboarding::Engine::withKey(std::function<void(Result<crypto::Key>)> then)
{
    if (!key.isNull()) {
        then(key);
        return;
    }
    const KeyReference &ref = d().keyReference;
    if (ref.isNull()) {
        then(Error(QStringLiteral("onboarding.key.none"), [] {
            return Onboarding::tr("This onboarding has no key yet. Make or import the key first.");
        }));
        return;
    }
    storage::SecretStore *store = q->m_services.secrets;
    if (!store || store->kindName() != KeyReference::kindName(ref.kind)) {
        then(Error(
            QStringLiteral("onboarding.key.store_mismatch"),
            [inFile = ref.kind == KeyReference::Kind::EncryptedFile] {
                return inFile ? Onboarding::tr("The private key of this onboarding is kept in a "
                                               "passphrase-protected file. Give the passphrase to continue.")
                              : Onboarding::tr(
                                    "The private key of this onboarding is kept in the keychain, which is "
                                    "not available now. Start the keychain service, then try again.");
            },
            KeyReference::kindName(ref.kind)));
        return;
    }
    QPointer<Onboarding> guard(q);
    const QString thumbprint = d().keyThumbprint.isEmpty() ? d().kid : d().keyThumbprint;
    store->loadKey(ref.entry, [guard, this, thumbprint, then](Result<crypto::Key> loaded) {
        if (!guard)
            return;
        if (loaded && loaded->thumbprint() != thumbprint) {
            then(Error(
                QStringLiteral("onboarding.key.mismatch"),
                [] {
                    return Onboarding::tr(
                        "The key found in the secret store is not the key this onboarding registered. Do not "
                        "change keychain entries by hand; start a new onboarding.");
                },
                QStringLiteral("expected thumbprint %1, found %2").arg(thumbprint, loaded->thumbprint())));
            return;
        }
        if (loaded)
            key = loaded.value();
        then(std::move(loaded));
    });
}

void Onboarding::Engine::storeKey(const crypto::Key &newKey, std::function<void()> then,
                                  const QString &registeredKid)
{
    storage::SecretStore *store = q->m_services.secrets;
    if (!store) {
        q->stopWith(Error(QStringLiteral("onboarding.no_secret_store"), [] {
            return Onboarding::tr("There is no place to keep the private key. Choose the keychain or a "
                                  "passphrase-protected file, then try again.");
        }));
        return;
    }
    // The entry is named by the thumbprint whatever the kid: always safe as a name, and it names the key.
    const QString kid = registeredKid.isEmpty() ? newKey.thumbprint() : registeredKid;
    const QString entry = entryFor(newKey.thumbprint());
    q->setBusy(true);
    emit q->progress(store->kindName() == QLatin1String("keychain")
                         ? Onboarding::tr("Storing the private key in the keychain…")
                         : Onboarding::tr("Storing the private key in the passphrase-protected file…"));
    QPointer<Onboarding> guard(q);
    store->storeKey(entry, newKey, [guard, this, store, newKey, kid, entry, then](Result<void> stored) {
        if (!guard)
            return;
        q->setBusy(false);
        if (!stored) {
            pendingKey = newKey; // keep it: the user may choose the file fallback and retry
            q->stopWith(stored.error());
            return;
        }
        const KeyReference old = d().keyReference;
        if (!old.isNull() && old.entry != entry && old.kind == KeyReference::Kind::Keychain &&
            store->kindName() == QLatin1String("keychain")) {
            // The previous key was never sent anywhere (setup changed before registration): drop it.
            store->removeKey(old.entry, [](Result<void>) {});
        }
        pendingKey = {};
        key = newKey;
        d().kid = kid;
        d().keyThumbprint = newKey.thumbprint();
        d().keyReference.kind = store->kindName() == QLatin1String("keychain")
                                    ? KeyReference::Kind::Keychain
                                    : KeyReference::Kind::EncryptedFile;
        d().keyReference.service = store->location();
        d().keyReference.entry = entry;
        d().keyCreatedAt = nowUtc();
        qCInfo(lcOnboarding) << "onboarding" << d().id << "key stored, kid" << kid;
        if (d().state == State::Cancelled) {
            q->save(); // cancelled meanwhile: keep the reference, so removeKey() can find the key
            return;
        }
        q->setState(State::KeyReady);
        emit q->progress(Onboarding::tr("The key is ready (key ID %1).").arg(kid));
        if (then)
            then();
    });
}

void Onboarding::Engine::keyGenerated(const KeygenResult &result)
{
    keygen->deleteLater();
    keygen = nullptr;
    q->setBusy(false);
    if (!result.error.isNull() || result.key.isNull()) {
        q->stopWith(result.error.isNull()
                        ? Error(QStringLiteral("onboarding.key.generate"),
                                [] { return Onboarding::tr("The key pair could not be made. Try again."); })
                        : result.error);
        return;
    }
    storeKey(result.key, nullptr);
}

void Onboarding::Engine::sendDraft(const crypto::Key &draftKey)
{
    const helseid::VendorProfile &profile = q->m_services.profile;
    const OnboardingOptions &options = q->m_services.options;
    QUrl redirect;
    if (profile.confirmationRedirectPolicy == helseid::VendorProfile::ConfirmationRedirectPolicy::Fixed) {
        redirect = profile.fixedConfirmationRedirectUri;
    } else if (options.listenForConfirmation) {
        auto port = listener->listen(d().confirmationPort ? d().confirmationPort : options.listenPort);
        if (port) {
            d().confirmationPort = port.value();
            redirect = listener->redirectUri();
        } else {
            transient(port.error());
        }
    }
    if (redirect.isEmpty()) {
        // Nobody listens: the portal's redirect then shows a browser error, and the poll notices the
        // confirmation instead.
        redirect.setScheme(QStringLiteral("http"));
        redirect.setHost(QStringLiteral("127.0.0.1"));
        redirect.setPath(profile.loopbackCallbackPath);
    }

    const bool previousUncertain = d().draftPostInFlight && d().clientId.isEmpty();
    if (previousUncertain)
        addNotice(Onboarding::tr(
            "An earlier registration attempt got no answer, so a new client draft is made. If the "
            "earlier one was created at all, it is harmless: nobody can confirm it without its "
            "link."));
    // Recorded before sending: a crash or lost answer from here on is known on resume.
    d().draftPostInFlight = true;
    d().draftPostStartedAt = nowUtc();
    d().draftAttempts += 1;
    if (!q->save()) {
        d().draftPostInFlight = false;
        q->stopWith(q->m_lastError);
        return;
    }

    helseid::ClientDraft draft;
    draft.organizationNumber = d().setup.organizationNumber;
    draft.publicJwk = draftKey.publicJwk(d().setup.algorithm);
    draft.apiScopes = d().setup.scopes;
    if (d().setup.journal == OnboardingSetup::Journal::Existing &&
        profile.sfmIdMode == helseid::VendorProfile::SfmIdMode::AudienceSpecificClaimWhenExisting)
        draft.audienceSpecificClientClaims.append({profile.sfmIdClaimType, d().setup.existingSfmId});
    draft.redirectUris = profile.redirectUris;
    draft.postLogoutRedirectUris = profile.postLogoutRedirectUris;
    draft.childOrganizationNumbers = d().setup.childOrganizationNumbers;
    draft.postClientConfirmationRedirectUri = redirect.toString(QUrl::FullyEncoded);

    q->setBusy(true);
    emit q->progress(Onboarding::tr("Registering the client draft with HelseID…"));
    QPointer<Onboarding> guard(q);
    selfService->createDraft(draft, QString::fromUtf8(apiKey()), [guard, this](Result<QString> created) {
        if (!guard)
            return;
        q->setBusy(false);
        if (!created) {
            const Error &e = created.error();
            if (certainlyNotCreated(e)) {
                d().draftPostInFlight = false;
                q->stopWith(e);
            } else {
                q->stopWith(Error(
                    QStringLiteral("onboarding.draft.uncertain"),
                    [e] {
                        return Onboarding::tr("The answer to the registration was lost (%1). Try again: a "
                                              "new client draft will be made. If the first one was created, "
                                              "it is harmless: nobody can confirm it without its link.")
                            .arg(e.retranslated().message);
                    },
                    e.code + QStringLiteral(": ") + e.detail));
            }
            return;
        }
        d().clientId = created.value();
        d().draftPostInFlight = false;
        qCInfo(lcOnboarding) << "onboarding" << d().id << "client draft registered, client id"
                             << d().clientId;
        if (d().state == State::Cancelled) {
            q->save(); // cancelled while the draft was on its way: record the client, stay cancelled
            return;
        }
        q->setState(State::Registered);
        emit q->progress(Onboarding::tr("The client draft is registered (client ID %1).").arg(d().clientId));
        if (q->m_data.state == State::Registered)
            enterConfirmation(false);
    });
}

void Onboarding::Engine::enterConfirmation(bool immediate)
{
    const OnboardingOptions &options = q->m_services.options;
    if (d().state != State::AwaitingConfirmation) {
        if (!d().waitingSince.isValid())
            d().waitingSince = nowUtc();
        q->setState(State::AwaitingConfirmation);
    }
    if (options.listenForConfirmation && !listener->isListening() &&
        q->m_services.profile.confirmationRedirectPolicy ==
            helseid::VendorProfile::ConfirmationRedirectPolicy::Loopback) {
        // The redirect URI registered with the draft names the old port: try it first.
        auto port = listener->listen(d().confirmationPort ? d().confirmationPort : options.listenPort);
        if (port && d().confirmationPort != 0 && port.value() != d().confirmationPort)
            qCInfo(lcOnboarding) << "old confirmation port busy; the poll will notice the confirmation";
    }
    emit q->progress(
        Onboarding::tr("Waiting for confirmation in the portal. Open this link, or send it to the person who "
                       "confirms: %1")
            .arg(d().confirmationUrl().toString()));
    startPoller(immediate ? milliseconds(0) : milliseconds(options.pollInitialSeconds * 1000));
}

void Onboarding::Engine::enterAccess(milliseconds firstDelay, bool setWaitingSince)
{
    if (setWaitingSince && !d().waitingSince.isValid())
        d().waitingSince = nowUtc();
    if (d().state != State::AwaitingAccess)
        q->setState(State::AwaitingAccess);
    emit q->progress(
        Onboarding::tr("Waiting for the agreement documents to be signed and for access to be granted…"));
    startPoller(firstDelay);
}

void Onboarding::Engine::startPoller(milliseconds firstDelay)
{
    const OnboardingOptions &options = q->m_services.options;
    StatusPoller::Config config;
    config.initial = milliseconds(qint64(options.pollInitialSeconds) * 1000);
    config.max = milliseconds(qint64(options.pollMaxSeconds) * 1000);
    config.jitter = options.pollJitter;
    config.checkTimeout = milliseconds(qint64(options.requestTimeoutSeconds) * 3000 + 5000);
    if (!d().waitingSince.isValid())
        d().waitingSince = nowUtc();
    config.deadline = d().waitingSince.addSecs(options.deadlineSeconds);
    poller->setConfig(config);
    poller->start(firstDelay);
}

void Onboarding::Engine::check(const StatusPoller::Report &report)
{
    switch (d().state) {
    case State::AwaitingConfirmation:
        probeConfirmation(report);
        return;
    case State::AwaitingAccess:
        checkAccess(report);
        return;
    default:
        report(StatusPoller::Outcome::Done);
        return;
    }
}

void Onboarding::Engine::probeConfirmation(const StatusPoller::Report &report)
{
    if (auto ok = ensureClients(); !ok) {
        report(StatusPoller::Outcome::Done);
        q->stopWith(ok.error());
        return;
    }
    QPointer<Onboarding> guard(q);
    withKey([guard, this, report](Result<crypto::Key> k) {
        if (!guard)
            return;
        if (!k) {
            report(StatusPoller::Outcome::Done);
            q->stopWith(k.error());
            return;
        }
        const QStringList &scopes = d().setup.scopes;
        const QString scope = scopes.contains(QString::fromUtf16(SelfServiceScope)) || scopes.isEmpty()
                                  ? QString::fromUtf16(SelfServiceScope)
                                  : scopes.first();
        tokens->requestToken(credentials(), {scope}, [guard, this, report](Result<helseid::AccessToken> t) {
            if (!guard)
                return;
            d().lastCheckedAt = nowUtc();
            if (d().state != State::AwaitingConfirmation) {
                report(StatusPoller::Outcome::Changed); // the redirect came first
                return;
            }
            // A token, or "scope not allowed yet": either way HelseID knows the client, so it is confirmed.
            if (t || t.error().code == helseid::OAuthError::InvalidScope) {
                if (!d().confirmedAt.isValid())
                    d().confirmedAt = nowUtc();
                qCInfo(lcOnboarding) << "onboarding" << d().id << "confirmation noticed by the token probe";
                q->setState(State::AwaitingAccess);
                emit q->progress(Onboarding::tr("The client is confirmed."));
                emit q->progress(Onboarding::tr(
                    "Waiting for the agreement documents to be signed and for access to be granted…"));
                report(StatusPoller::Outcome::Changed);
                return;
            }
            if (helseid::OAuthError::isInvalidClient(t.error())) {
                q->save();
                report(StatusPoller::Outcome::Unchanged); // not confirmed yet, or HelseID's cache
                return;
            }
            transient(t.error());
            report(StatusPoller::Outcome::Failed);
        });
    });
}

void Onboarding::Engine::checkAccess(const StatusPoller::Report &report)
{
    if (auto ok = ensureClients(); !ok) {
        report(StatusPoller::Outcome::Done);
        q->stopWith(ok.error());
        return;
    }
    QPointer<Onboarding> guard(q);
    withKey([guard, this, report](Result<crypto::Key> k) {
        if (!guard)
            return;
        if (!k) {
            report(StatusPoller::Outcome::Done);
            q->stopWith(k.error());
            return;
        }
        if (!d().setup.scopes.contains(QString::fromUtf16(SelfServiceScope))) {
            // Without the self-service scope the client cannot read its own status: ask for each scope.
            checkAccessByTokens(report, 0, {});
            return;
        }
        selfService->getClient(credentials(), [guard, this, report](Result<helseid::ClientInfo> info) {
            if (!guard)
                return;
            d().lastCheckedAt = nowUtc();
            if (d().state != State::AwaitingAccess) {
                report(StatusPoller::Outcome::Done);
                return;
            }
            if (!info) {
                if (helseid::OAuthError::isNotYet(info.error())) {
                    q->save();
                    report(StatusPoller::Outcome::Unchanged);
                    return;
                }
                transient(info.error());
                report(StatusPoller::Outcome::Failed);
                return;
            }
            const bool changed = applyClientInfo(info.value());
            if (d().isAccessReady()) {
                report(StatusPoller::Outcome::Done);
                becomeReady();
                return;
            }
            q->save();
            report(changed ? StatusPoller::Outcome::Changed : StatusPoller::Outcome::Unchanged);
        });
    });
}

void Onboarding::Engine::checkAccessByTokens(const StatusPoller::Report &report, int index,
                                             QList<ScopeStatus> statuses)
{
    const QStringList scopes = d().setup.scopes;
    if (index >= scopes.size()) {
        d().lastCheckedAt = nowUtc();
        bool changed = false;
        if (statuses.size() != d().scopeStatuses.size()) {
            changed = true;
        } else {
            for (int i = 0; i < statuses.size(); ++i)
                changed = changed || statuses[i].status != d().scopeStatuses[i].status;
        }
        d().scopeStatuses = statuses;
        if (changed)
            emit q->accessStatusChanged();
        if (d().isAccessReady()) {
            report(StatusPoller::Outcome::Done);
            becomeReady();
            return;
        }
        q->save();
        report(changed ? StatusPoller::Outcome::Changed : StatusPoller::Outcome::Unchanged);
        return;
    }
    QPointer<Onboarding> guard(q);
    tokens->requestToken(credentials(), {scopes[index]},
                         [guard, this, report, index, statuses,
                          scope = scopes[index]](Result<helseid::AccessToken> t) mutable {
                             if (!guard)
                                 return;
                             if (!t && !helseid::OAuthError::isNotYet(t.error())) {
                                 transient(t.error());
                                 report(StatusPoller::Outcome::Failed);
                                 return;
                             }
                             statuses.append({scope, t ? QStringLiteral("ok") : QStringLiteral("pending"),
                                              t ? QString() : t.error().message});
                             checkAccessByTokens(report, index + 1, statuses);
                         });
}

bool Onboarding::Engine::applyClientInfo(const helseid::ClientInfo &info)
{
    QList<ScopeStatus> scopes;
    for (const helseid::ApiScopeAccess &s : info.apiScopes)
        scopes.append({s.scope, s.statusRaw, s.statusReason});
    for (const QString &requested : d().setup.scopes) {
        if (!info.scope(requested))
            scopes.append({requested, QStringLiteral("missing"), QString()});
    }
    QList<ClaimStatus> claims;
    for (const helseid::ClientClaimAccess &c : info.audienceSpecificClientClaims)
        claims.append({c.claimType, c.activeClaimValue, c.pendingClaimValue, c.statusRaw, c.statusReason});
    QString sfmId = d().sfmId;
    if (const auto *claim = info.claim(q->m_services.profile.sfmIdClaimType))
        sfmId = claim->effectiveValue();

    auto same = [](const QList<ScopeStatus> &a, const QList<ScopeStatus> &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (a[i].scope != b[i].scope || a[i].status != b[i].status ||
                a[i].statusReason != b[i].statusReason)
                return false;
        }
        return true;
    };
    auto sameClaims = [](const QList<ClaimStatus> &a, const QList<ClaimStatus> &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (a[i].claimType != b[i].claimType || a[i].status != b[i].status ||
                a[i].activeClaimValue != b[i].activeClaimValue ||
                a[i].pendingClaimValue != b[i].pendingClaimValue || a[i].statusReason != b[i].statusReason)
                return false;
        }
        return true;
    };
    const bool changed =
        !same(scopes, d().scopeStatuses) || !sameClaims(claims, d().claimStatuses) || sfmId != d().sfmId;
    d().scopeStatuses = scopes;
    d().claimStatuses = claims;
    d().sfmId = sfmId;
    if (changed) {
        qCInfo(lcOnboarding) << "onboarding" << d().id << "access status changed";
        emit q->accessStatusChanged();
        emit q->dataChanged();
    }
    return changed;
}

void Onboarding::Engine::becomeReady()
{
    if (finishing)
        return;
    finishing = true;
    poller->stop();
    listener->close();
    // The key's expiry goes into the exported configuration, so it is read before Ready is announced (and
    // nothing is left in flight when a caller ends the program at Ready).
    fetchKeyExpiry([this] {
        finishing = false;
        d().readyAt = nowUtc();
        d().failure = {};
        q->setState(State::Ready);
        emit q->progress(d().sfmId.isEmpty()
                             ? Onboarding::tr("Ready: the client has access.")
                             : Onboarding::tr("Ready: the client has access. SFM-id: %1").arg(d().sfmId));
    });
}

void Onboarding::Engine::fetchKeyExpiry(std::function<void()> then)
{
    if (!d().setup.scopes.contains(QString::fromUtf16(SelfServiceScope)) || !selfService) {
        then();
        return;
    }
    // Once, whichever comes first: the answer, or a timeout (the expiry is nice to have, Ready is not
    // held hostage by it).
    auto once = std::make_shared<std::function<void()>>(std::move(then));
    auto finish = [once] {
        if (*once) {
            auto f = std::move(*once);
            *once = nullptr;
            f();
        }
    };
    QTimer::singleShot(std::chrono::seconds(q->m_services.options.requestTimeoutSeconds * 2), q, finish);
    QPointer<Onboarding> guard(q);
    selfService->listClientSecrets(
        credentials(), [guard, this, finish](Result<QList<helseid::ClientSecretInfo>> list) {
            if (!guard)
                return;
            if (!list) {
                // Not fatal: the configuration then says the expiry is unknown.
                qCInfo(lcOnboarding) << "onboarding" << d().id << "key expiry not read:" << list.error().code;
            } else {
                for (const helseid::ClientSecretInfo &secret : list.value()) {
                    const bool ours = secret.kid == d().kid || secret.jwkThumbprint == d().keyThumbprint;
                    if (ours && secret.expiration)
                        d().keyExpiresAt = secret.expiration->toUTC();
                }
            }
            finish();
        });
}

void Onboarding::Engine::onRedirect(const QString &status)
{
    d().confirmationStatus = status;
    emit q->confirmationReceived(status);
    if (d().state != State::AwaitingConfirmation) {
        q->save();
        return;
    }
    if (status == QLatin1String("Success")) {
        d().confirmedAt = nowUtc();
        emit q->progress(Onboarding::tr("The client is confirmed."));
        // HelseID needs a little while before the new client can authenticate.
        enterAccess(milliseconds(qint64(q->m_services.options.confirmationCacheSeconds) * 1000), false);
        return;
    }
    addNotice(Onboarding::tr(
                  "The portal answered «%1» instead of a confirmation. The client is not confirmed yet; open "
                  "the confirmation link again to confirm it.")
                  .arg(status));
    q->save();
}

void Onboarding::Engine::onDeadline()
{
    const qint64 days = q->m_services.options.deadlineSeconds / 86400;
    listener->close();
    q->stopWith(Error(QStringLiteral("onboarding.deadline"), [days, id = d().id] {
        return days > 0
                   ? Onboarding::tr(
                         "Stopped waiting after %n day(s). Nothing is lost: when the confirmation or signing "
                         "is done, resume the onboarding (in the wizard, or with «sfmctl resume %1»).",
                         nullptr, int(days))
                         .arg(id)
                   : Onboarding::tr("Stopped waiting: the time allowed for waiting has passed. Nothing is "
                                    "lost: when the confirmation or signing is done, resume the onboarding "
                                    "(in the wizard, or with «sfmctl resume %1»).")
                         .arg(id);
    }));
}

void Onboarding::Engine::onClockSkew(qint64 offsetSeconds)
{
    if (skewReported)
        return;
    skewReported = true;
    addNotice(Onboarding::tr(
                  "The clock on this computer differs from HelseID's by %1. The onboarding corrects for it, "
                  "but set the computer's clock right (turn on automatic time): other programs may fail.")
                  .arg(durationText(offsetSeconds)));
    q->save();
}

void Onboarding::Engine::transient(const Error &error)
{
    qCInfo(lcOnboarding) << "onboarding" << d().id << "transient problem:" << error.code << error.detail;
    q->m_lastError = error;
    emit q->errorOccurred(error);
}

void Onboarding::Engine::stopAll()
{
    poller->stop();
    listener->close();
}

void Onboarding::Engine::addNotice(const QString &message)
{
    if (!d().notices.contains(message))
        d().notices.append(message);
    emit q->notice(message);
    emit q->dataChanged();
}

// ---------------------------------------------------------------------------------------------------------

Onboarding::Onboarding(OnboardingData data, OnboardingServices services, QObject *parent)
    : QObject(parent)
    , m_data(std::move(data))
    , m_services(std::move(services))
{
    m_engine = std::make_unique<Engine>(this);
}

Onboarding::~Onboarding()
{
    if (m_engine && m_engine->keygen)
        m_engine->keygen->disconnect(this);
}

Result<Onboarding *> Onboarding::create(const OnboardingSetup &setup, OnboardingServices services,
                                        QObject *parent)
{
    OnboardingSetup s = setup;
    s.organizationNumber = normalizedOrganizationNumber(s.organizationNumber);
    // Alternative 1 reads the client's status through the self-service API, which needs this scope.
    if (s.alternative == Alternative::Api && !s.scopes.contains(QString::fromUtf16(SelfServiceScope)))
        s.scopes.prepend(QString::fromUtf16(SelfServiceScope));
    if (auto valid = s.validate(); !valid)
        return valid.error();
    auto *onboarding = new Onboarding(OnboardingData::create(s), std::move(services), parent);
    if (!onboarding->save()) {
        Error e = onboarding->m_lastError;
        delete onboarding;
        return e;
    }
    return onboarding;
}

QUrl Onboarding::confirmationRedirectUri() const
{
    return m_engine->listener->redirectUri();
}

int Onboarding::secondsToNextCheck() const
{
    return m_engine->poller->secondsToNextCheck();
}

Result<void> Onboarding::updateSetup(const OnboardingSetup &setup)
{
    const State effective = m_data.state == State::Failed ? m_data.resumeState : m_data.state;
    if (effective != State::Draft && effective != State::KeyReady)
        return Error(QStringLiteral("onboarding.setup.locked"), [] {
            return tr("The client is already registered; its setup can no longer be changed. Start a new "
                      "onboarding instead.");
        });
    if (m_data.draftPostInFlight)
        return Error(QStringLiteral("onboarding.setup.locked"), [] {
            return tr("A registration was already sent; its setup can no longer be changed. Resume it, or "
                      "start a new onboarding.");
        });
    OnboardingSetup s = setup;
    s.organizationNumber = normalizedOrganizationNumber(s.organizationNumber);
    if (s.alternative == Alternative::Api && !s.scopes.contains(QString::fromUtf16(SelfServiceScope)))
        s.scopes.prepend(QString::fromUtf16(SelfServiceScope));
    if (auto valid = s.validate(); !valid)
        return valid.error();
    const bool keyStillFits = m_engine->key.isNull() || m_engine->key.supports(s.algorithm);
    m_data.setup = s;
    if (!keyStillFits && m_data.state == State::KeyReady) {
        // The key no longer fits the algorithm: a new one is made by the next generateKey().
        m_engine->key = {};
        m_data.state = State::Draft;
        emit stateChanged(m_data.state);
    }
    save();
    emit dataChanged();
    return {};
}

namespace {
Error wrongStep(State state)
{
    return Error(
        QStringLiteral("onboarding.wrong_step"),
        [state] {
            return Onboarding::tr("This step does not fit where the onboarding is now (%1).")
                .arg(stateLabel(state));
        },
        stateName(state));
}
} // namespace

// A Failed onboarding continues from where it stopped when one of these intents is called.
static bool leaveFailed(OnboardingData &data)
{
    if (data.state != State::Failed)
        return false;
    data.state = data.resumeState;
    data.failure = {};
    return true;
}

void Onboarding::generateKey()
{
    if (m_busy)
        return;
    const State effective = m_data.state == State::Failed ? m_data.resumeState : m_data.state;
    if (effective != State::Draft && effective != State::KeyReady) {
        fail(wrongStep(m_data.state));
        return;
    }
    if (leaveFailed(m_data))
        emit stateChanged(m_data.state);
    m_lastError = {};
    const crypto::Algorithm alg = m_data.setup.algorithm;
    if (!m_engine->pendingKey.isNull() && m_engine->pendingKey.supports(alg)) {
        m_engine->storeKey(m_engine->pendingKey, nullptr);
        return;
    }
    setBusy(true);
    emit progress(crypto::keyTypeFor(alg) == crypto::KeyType::Rsa
                      ? tr("Making the key pair (RSA %1 bits, %2). This can take a few seconds…")
                            .arg(m_data.setup.rsaBits)
                            .arg(crypto::algorithmName(alg))
                      : tr("Making the key pair (%1)…").arg(crypto::algorithmName(alg)));
    m_engine->keygen = new QFutureWatcher<KeygenResult>(this);
    connect(m_engine->keygen, &QFutureWatcherBase::finished, this,
            [this] { m_engine->keyGenerated(m_engine->keygen->result()); });
    const int bits = m_data.setup.rsaBits;
    m_engine->keygen->setFuture(QtConcurrent::run([alg, bits] {
        auto generated = crypto::Key::generateFor(alg, bits);
        // Free OpenSSL's per-thread state (random generators) now: pool threads end late, after OpenSSL's
        // exit handler, and QThread::wait() does not wait for the thread-exit hooks that would free it.
        OPENSSL_thread_stop();
        return generated ? KeygenResult{generated.value(), {}} : KeygenResult{{}, generated.error()};
    }));
}

void Onboarding::useKey(const crypto::Key &key)
{
    if (m_busy)
        return;
    const State effective = m_data.state == State::Failed ? m_data.resumeState : m_data.state;
    if (effective != State::Draft && effective != State::KeyReady) {
        fail(wrongStep(m_data.state));
        return;
    }
    if (key.isNull() || !key.hasPrivate()) {
        fail(Error(QStringLiteral("onboarding.key.no_private"), [] {
            return tr("This key has no private part, so it cannot be used to sign in. Choose the private key "
                      "file.");
        }));
        return;
    }
    if (leaveFailed(m_data))
        emit stateChanged(m_data.state);
    if (!key.supports(m_data.setup.algorithm)) {
        // An imported key decides the algorithm.
        m_data.setup.algorithm = key.defaultAlgorithm();
        m_data.setup.rsaBits = key.type() == crypto::KeyType::Rsa ? key.bits() : m_data.setup.rsaBits;
    }
    m_engine->storeKey(key, nullptr);
}

void Onboarding::registerClient()
{
    if (m_busy)
        return;
    const State effective = m_data.state == State::Failed ? m_data.resumeState : m_data.state;
    if (m_data.setup.alternative != Alternative::Api || effective != State::KeyReady) {
        fail(wrongStep(m_data.state));
        return;
    }
    if (m_engine->apiKey().isEmpty()) {
        stopWith(Error(QStringLiteral("onboarding.no_api_key"), [] {
            return tr("The vendor profile has no API key for this environment, so the client draft cannot be "
                      "made automatically. Get the Klientmal's API key from the EPJ vendor, or choose "
                      "Alternative 2 or 3.");
        }));
        return;
    }
    if (auto ok = m_engine->ensureClients(); !ok) {
        stopWith(ok.error());
        return;
    }
    if (leaveFailed(m_data))
        emit stateChanged(m_data.state);
    m_lastError = {};
    // Busy from here: loading the key is asynchronous, and a second call meanwhile would send a second draft.
    setBusy(true);
    QPointer<Onboarding> guard(this);
    m_engine->withKey([guard, this](Result<crypto::Key> key) {
        if (!guard)
            return;
        if (!key) {
            stopWith(key.error());
            return;
        }
        m_engine->sendDraft(key.value());
    });
}

void Onboarding::useExistingClient(const QString &clientId, const crypto::Key &key, const QStringList &scopes,
                                   const QString &kid, std::optional<crypto::Algorithm> algorithm)
{
    if (m_busy)
        return;
    const State effective = m_data.state == State::Failed ? m_data.resumeState : m_data.state;
    if (effective != State::Draft && effective != State::KeyReady) {
        fail(wrongStep(m_data.state));
        return;
    }
    const QString id = clientId.trimmed();
    if (id.isEmpty() || id.size() > 200) {
        fail(Error(QStringLiteral("onboarding.client_id.invalid"),
                   [] { return tr("Enter the client ID exactly as the portal shows it."); }));
        return;
    }
    if (key.isNull() || !key.hasPrivate()) {
        fail(Error(QStringLiteral("onboarding.key.no_private"), [] {
            return tr("This key has no private part, so it cannot be used to sign in. Choose the private key "
                      "file.");
        }));
        return;
    }
    if (algorithm && !key.supports(*algorithm)) {
        fail(Error(
            QStringLiteral("onboarding.key.alg_mismatch"),
            [algorithm] {
                return tr("The key does not fit the signing algorithm %1 it was registered for. Import the "
                          "configuration file from the portal again.")
                    .arg(crypto::algorithmName(*algorithm));
            },
            QStringLiteral("%1 for a key of type %2")
                .arg(crypto::algorithmName(*algorithm),
                     key.type() == crypto::KeyType::Rsa ? QStringLiteral("RSA") : QStringLiteral("EC"))));
        return;
    }
    const bool kidSendable =
        kid.size() <= 200 && std::none_of(kid.cbegin(), kid.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        });
    if (!kidSendable) {
        fail(Error(
            QStringLiteral("onboarding.key.bad_kid"),
            [] {
                return tr("The key ID is malformed. Import the configuration file from the portal again.");
            },
            QStringLiteral("kid of %1 characters").arg(kid.size())));
        return;
    }
    if (auto ok = m_engine->ensureClients(); !ok) {
        stopWith(ok.error());
        return;
    }
    if (leaveFailed(m_data))
        emit stateChanged(m_data.state);
    if (!scopes.isEmpty())
        m_data.setup.scopes = scopes;
    // Sign with the algorithm the key was registered for; without one, as for any key: the setup's
    // algorithm when the key fits it, else the key's default (PS256 for RSA, ES256/384/512 by curve).
    if (algorithm)
        m_data.setup.algorithm = *algorithm;
    else if (!key.supports(m_data.setup.algorithm))
        m_data.setup.algorithm = key.defaultAlgorithm();
    const QString registeredKid = kid.isEmpty() ? key.thumbprint() : kid;
    auto then = [this, id] {
        m_data.clientId = id;
        m_data.confirmedAt = nowUtc(); // made (and so confirmed) in the portal
        setState(State::Registered);
        emit progress(tr("The client is registered (client ID %1).").arg(id));
        m_engine->enterAccess(milliseconds(0), true);
    };
    if (!m_engine->key.isNull() && m_engine->key.thumbprint() == key.thumbprint() &&
        !m_data.keyReference.isNull()) {
        m_data.kid = registeredKid;
        then();
    } else {
        m_engine->storeKey(key, then, registeredKid);
    }
}

Result<void> Onboarding::adoptClientId(const QString &clientId)
{
    const State effective = m_data.state == State::Failed ? m_data.resumeState : m_data.state;
    if (m_busy || effective != State::KeyReady || !m_data.draftPostInFlight || !m_data.clientId.isEmpty())
        return Error(
            QStringLiteral("onboarding.adopt.not_applicable"),
            [] { return tr("A client ID can only be given when the answer to a registration was lost."); },
            stateName(m_data.state));
    const QString id = clientId.trimmed();
    if (id.isEmpty() || id.size() > 200)
        return Error(QStringLiteral("onboarding.client_id.invalid"),
                     [] { return tr("Enter the client ID exactly as the portal shows it."); });
    if (auto ok = m_engine->ensureClients(); !ok)
        return ok.error();
    leaveFailed(m_data);
    m_lastError = {};
    m_data.clientId = id;
    m_data.draftPostInFlight = false;
    qCInfo(lcOnboarding) << "onboarding" << m_data.id << "adopts client id" << id << "after a lost answer";
    setState(State::Registered);
    if (m_data.state == State::Registered)
        m_engine->enterConfirmation(true);
    return {};
}

void Onboarding::proceed()
{
    if (m_busy)
        return;
    switch (m_data.state) {
    case State::Draft:
        if (m_data.setup.alternative == Alternative::Api)
            generateKey();
        else
            fail(Error(QStringLiteral("onboarding.needs_import"), [] {
                return tr(
                    "Import the configuration file from the portal (or enter the client ID) to continue.");
            }));
        return;
    case State::KeyReady:
        if (m_data.setup.alternative == Alternative::Api)
            registerClient();
        else
            fail(Error(QStringLiteral("onboarding.needs_import"), [] {
                return tr(
                    "Import the configuration file from the portal (or enter the client ID) to continue.");
            }));
        return;
    case State::Registered:
        if (auto ok = m_engine->ensureClients(); !ok) {
            stopWith(ok.error());
            return;
        }
        if (m_data.setup.alternative == Alternative::Api && !m_data.confirmedAt.isValid())
            m_engine->enterConfirmation(true);
        else
            m_engine->enterAccess(milliseconds(0), true);
        return;
    case State::AwaitingConfirmation:
        if (auto ok = m_engine->ensureClients(); !ok) {
            stopWith(ok.error());
            return;
        }
        m_engine->enterConfirmation(true);
        return;
    case State::AwaitingAccess:
        if (auto ok = m_engine->ensureClients(); !ok) {
            stopWith(ok.error());
            return;
        }
        m_engine->enterAccess(milliseconds(0), true);
        return;
    case State::Failed:
        retry();
        return;
    case State::Ready:
    case State::Exported:
    case State::Cancelled:
        return;
    }
}

void Onboarding::retry()
{
    if (m_busy)
        return;
    if (m_data.state != State::Failed) {
        proceed();
        return;
    }
    if (m_data.failure.code == QLatin1String("onboarding.deadline"))
        m_data.waitingSince = nowUtc(); // the user chose to wait again: a new deadline
    leaveFailed(m_data);
    m_lastError = {};
    save();
    emit stateChanged(m_data.state);
    emit dataChanged();
    proceed();
}

void Onboarding::checkNow()
{
    if (m_engine->poller->isRunning()) {
        m_engine->poller->checkNow();
        return;
    }
    if (m_data.state == State::AwaitingConfirmation || m_data.state == State::AwaitingAccess)
        proceed();
}

void Onboarding::pause()
{
    m_engine->stopAll();
}

void Onboarding::cancel()
{
    m_engine->stopAll();
    if (m_engine->keygen) {
        m_engine->keygen->disconnect(this);
        m_engine->keygen->deleteLater(); // the worker finishes on its own; its result is dropped
        m_engine->keygen = nullptr;
    }
    setBusy(false);
    if (m_data.state == State::Ready || m_data.state == State::Exported)
        return; // nothing to cancel: the client exists and works
    setState(State::Cancelled);
    emit progress(tr("The onboarding is cancelled."));
}

void Onboarding::removeKey()
{
    if (m_data.keyReference.isNull() || !m_services.secrets)
        return;
    const QString entry = m_data.keyReference.entry;
    QPointer<Onboarding> guard(this);
    m_services.secrets->removeKey(entry, [guard, this](Result<void> removed) {
        if (!guard)
            return;
        if (!removed) {
            fail(removed.error());
            return;
        }
        m_engine->key = {};
        m_data.keyReference = {};
        save();
        emit dataChanged();
    });
}

void Onboarding::setSecretStore(storage::SecretStore *store)
{
    m_services.secrets = store;
}

Result<QByteArray> Onboarding::configurationJson() const
{
    if (m_data.state != State::Ready && m_data.state != State::Exported)
        return Error(
            QStringLiteral("onboarding.not_ready"),
            [state = m_data.state] {
                return tr("The configuration can be exported when the client is ready (now: %1).")
                    .arg(stateLabel(state));
            },
            stateName(m_data.state));
    return EpjConfiguration::fromOnboarding(m_data).toJson();
}

Result<void> Onboarding::exportConfiguration(const QString &path)
{
    auto json = configurationJson();
    if (!json)
        return json.error();
    QSaveFile file(path);
    const auto writeFailed = [&file, &path] {
        return Error(
            QStringLiteral("onboarding.export.write"),
            [path] {
                return tr("Could not write the configuration to %1. Choose another place.")
                    .arg(QDir::toNativeSeparators(path));
            },
            file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed();
    file.write(json.value());
    if (!file.commit())
        return writeFailed();
    m_data.exportedAt = nowUtc();
    m_data.exportedTo = QFileInfo(path).absoluteFilePath();
    qCInfo(lcOnboarding) << "onboarding" << m_data.id << "configuration exported";
    if (m_data.state != State::Exported)
        setState(State::Exported);
    else
        save();
    emit dataChanged();
    return {};
}

void Onboarding::requestTestToken(const QString &requestedScope)
{
    QString scope = requestedScope;
    if (scope.isEmpty()) {
        scope = m_data.setup.scopes.contains(QString::fromUtf16(SfmApiScope)) || m_data.setup.scopes.isEmpty()
                    ? QString::fromUtf16(SfmApiScope)
                    : m_data.setup.scopes.last();
    }
    if (m_data.clientId.isEmpty()) {
        emit testTokenFailed(Error(QStringLiteral("onboarding.no_client"),
                                   [] { return tr("There is no client yet to get a token for."); }));
        return;
    }
    if (auto ok = m_engine->ensureClients(); !ok) {
        emit testTokenFailed(ok.error());
        return;
    }
    QPointer<Onboarding> guard(this);
    m_engine->withKey([guard, this, scope](Result<crypto::Key> key) {
        if (!guard)
            return;
        if (!key) {
            emit testTokenFailed(key.error());
            return;
        }
        m_engine->tokens->requestToken(
            m_engine->credentials(), {scope}, [guard, this, scope](Result<helseid::AccessToken> token) {
                if (!guard)
                    return;
                if (!token) {
                    emit testTokenFailed(token.error());
                    return;
                }
                TestToken t;
                t.scope = scope;
                t.tokenType = token->tokenType;
                t.expiresIn = int(qMax<qint64>(0, nowUtc().secsTo(token->expiresAt)));
                t.accessToken = token->token.bytes();
                auto parts = crypto::parseCompact(t.accessToken);
                if (parts) {
                    t.header = parts->header;
                    t.claims = QJsonDocument::fromJson(parts->payload).object();
                }
                emit testTokenReady(t);
            });
    });
}

void Onboarding::setState(State state)
{
    if (m_data.state == state)
        return;
    qCInfo(lcOnboarding) << "onboarding" << m_data.id << stateName(m_data.state) << "->" << stateName(state);
    m_data.state = state;
    if (state != State::Failed)
        m_data.failure = {};
    save();
    emit stateChanged(state);
    emit dataChanged();
}

void Onboarding::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void Onboarding::fail(const Error &error)
{
    m_lastError = error;
    emit errorOccurred(error);
}

void Onboarding::stopWith(const Error &error)
{
    m_engine->stopAll();
    setBusy(false);
    qCWarning(lcOnboarding) << "onboarding" << m_data.id << "stopped:" << error.code << error.detail;
    if (m_data.state != State::Failed)
        m_data.resumeState = m_data.state;
    m_data.failure = error;
    m_lastError = error;
    m_data.state = State::Failed;
    save();
    emit stateChanged(State::Failed);
    emit dataChanged();
    emit errorOccurred(error);
}

bool Onboarding::save()
{
    m_data.updatedAt = nowUtc();
    if (!m_services.store)
        return true;
    if (auto saved = m_services.store->save(m_data); !saved) {
        qCWarning(lcOnboarding) << "could not save onboarding" << m_data.id << saved.error().detail;
        m_lastError = saved.error();
        emit errorOccurred(saved.error());
        return false;
    }
    return true;
}

} // namespace sfm::onboarding
