#include "KeyCustody.h"

#include "Logging.h"
#include "Onboarding.h"
#include "storage/SecretStore.h"

#include <QPointer>

#include <QtConcurrent>
#include <algorithm>

#include <openssl/crypto.h>

namespace sfm::onboarding {

namespace {

bool isKeychain(const storage::SecretStore &store)
{
    return store.kindName() == QLatin1String("keychain");
}

} // namespace

Result<void> KeyCustody::checkUsable(const crypto::Key &key)
{
    if (key.isNull() || !key.hasPrivate())
        return Error(QStringLiteral("onboarding.key.no_private"), [] {
            return Onboarding::tr("This key has no private part, so it cannot be used to sign in. Choose the "
                                  "private key file.");
        });
    return {};
}

Result<void> KeyCustody::checkRegistered(const crypto::Key &key, const QString &kid,
                                         std::optional<crypto::Algorithm> algorithm)
{
    if (auto usable = checkUsable(key); !usable)
        return usable;
    if (algorithm && !key.supports(*algorithm)) {
        return Error(
            QStringLiteral("onboarding.key.alg_mismatch"),
            [algorithm] {
                return Onboarding::tr(
                           "The key does not fit the signing algorithm %1 it was registered for. Import the "
                           "configuration file from the portal again.")
                    .arg(crypto::algorithmName(*algorithm));
            },
            QStringLiteral("%1 for a key of type %2")
                .arg(crypto::algorithmName(*algorithm),
                     key.type() == crypto::KeyType::Rsa ? QStringLiteral("RSA") : QStringLiteral("EC")));
    }
    const bool kidSendable =
        kid.size() <= 200 && std::none_of(kid.cbegin(), kid.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        });
    if (!kidSendable) {
        return Error(
            QStringLiteral("onboarding.key.bad_kid"),
            [] {
                return Onboarding::tr(
                    "The key ID is malformed. Import the configuration file from the portal again.");
            },
            QStringLiteral("kid of %1 characters").arg(kid.size()));
    }
    return {};
}

KeyCustody::KeyCustody(Onboarding &owner)
    : q(owner)
{}

KeyCustody::~KeyCustody()
{
    abandonGeneration();
}

QString KeyCustody::entryFor(const QString &thumbprint) const
{
    return q.m_data.id + u'/' + thumbprint;
}

void KeyCustody::generate()
{
    const crypto::Algorithm alg = q.m_data.setup.algorithm;
    if (!m_pendingKey.isNull() && m_pendingKey.supports(alg)) {
        store(m_pendingKey, nullptr);
        return;
    }
    q.setBusy(true);
    emit q.progress(
        crypto::keyTypeFor(alg) == crypto::KeyType::Rsa
            ? Onboarding::tr("Making the key pair (RSA %1 bits, %2). This can take a few seconds…")
                  .arg(q.m_data.setup.rsaBits)
                  .arg(crypto::algorithmName(alg))
            : Onboarding::tr("Making the key pair (%1)…").arg(crypto::algorithmName(alg)));
    m_keygen = new QFutureWatcher<Generated>(&q);
    QObject::connect(m_keygen, &QFutureWatcherBase::finished, &q, [this] { generated(m_keygen->result()); });
    const int bits = q.m_data.setup.rsaBits;
    m_keygen->setFuture(QtConcurrent::run([alg, bits] { return makeKey(alg, bits); }));
}

KeyCustody::Generated KeyCustody::makeKey(crypto::Algorithm alg, int rsaBits)
{
    auto made = crypto::Key::generateFor(alg, rsaBits);
    // Free OpenSSL's per-thread state (random generators) now: pool threads end late, after OpenSSL's
    // exit handler, and QThread::wait() does not wait for the thread-exit hooks that would free it.
    OPENSSL_thread_stop();
    return made ? Generated{made.value(), {}} : Generated{{}, made.error()};
}

void KeyCustody::abandonGeneration()
{
    if (!m_keygen)
        return;
    m_keygen->disconnect(&q);
    m_keygen->deleteLater(); // the worker finishes on its own; its result is dropped
    m_keygen = nullptr;
}

void KeyCustody::generated(const Generated &result)
{
    m_keygen->deleteLater();
    m_keygen = nullptr;
    q.setBusy(false);
    if (!result.error.isNull() || result.key.isNull()) {
        q.stopWith(result.error.isNull()
                       ? Error(QStringLiteral("onboarding.key.generate"),
                               [] { return Onboarding::tr("The key pair could not be made. Try again."); })
                       : result.error);
        return;
    }
    store(result.key, nullptr);
}

void KeyCustody::store(const crypto::Key &newKey, std::function<void()> then, const QString &registeredKid)
{
    storage::SecretStore *secrets = q.m_services.secrets;
    if (!secrets) {
        q.stopWith(Error(QStringLiteral("onboarding.no_secret_store"), [] {
            return Onboarding::tr("There is no place to keep the private key. Choose the keychain or a "
                                  "passphrase-protected file, then try again.");
        }));
        return;
    }
    // The entry is named by the thumbprint whatever the kid: always safe as a name, and it names the key.
    const QString kid = registeredKid.isEmpty() ? newKey.thumbprint() : registeredKid;
    const QString entry = entryFor(newKey.thumbprint());
    q.setBusy(true);
    emit q.progress(isKeychain(*secrets)
                        ? Onboarding::tr("Storing the private key in the keychain…")
                        : Onboarding::tr("Storing the private key in the passphrase-protected file…"));
    QPointer<Onboarding> guard(&q);
    secrets->storeKey(entry, newKey, [guard, this, secrets, newKey, kid, entry, then](Result<void> stored) {
        if (!guard)
            return;
        q.setBusy(false);
        if (!stored) {
            m_pendingKey = newKey; // keep it: the user may choose the file fallback and retry
            q.stopWith(stored.error());
            return;
        }
        OnboardingData &d = q.m_data;
        const KeyReference old = d.keyReference;
        if (!old.isNull() && old.entry != entry && old.kind == KeyReference::Kind::Keychain &&
            isKeychain(*secrets)) {
            // The previous key was never sent anywhere (setup changed before registration): drop it.
            secrets->removeKey(old.entry, [](Result<void>) {});
        }
        m_pendingKey = {};
        m_key = newKey;
        d.kid = kid;
        d.keyThumbprint = newKey.thumbprint();
        d.keyReference.kind =
            isKeychain(*secrets) ? KeyReference::Kind::Keychain : KeyReference::Kind::EncryptedFile;
        d.keyReference.service = secrets->location();
        d.keyReference.entry = entry;
        d.keyCreatedAt = QDateTime::currentDateTimeUtc();
        qCInfo(lcOnboarding) << "onboarding" << d.id << "key stored, kid" << kid;
        if (d.state == State::Cancelled) {
            q.save(); // cancelled meanwhile: keep the reference, so removeKey() can find the key
            return;
        }
        q.setState(State::KeyReady);
        emit q.progress(Onboarding::tr("The key is ready (key ID %1).").arg(kid));
        if (then)
            then();
    });
}

void KeyCustody::withKey(std::function<void(Result<crypto::Key>)> then)
{
    if (!m_key.isNull()) {
        then(m_key);
        return;
    }
    const KeyReference &ref = q.m_data.keyReference;
    if (ref.isNull()) {
        then(Error(QStringLiteral("onboarding.key.none"), [] {
            return Onboarding::tr("This onboarding has no key yet. Make or import the key first.");
        }));
        return;
    }
    const QString thumbprint = q.m_data.keyThumbprint.isEmpty() ? q.m_data.kid : q.m_data.keyThumbprint;
    loadAside(ref, thumbprint, [this, then](Result<crypto::Key> loaded) {
        if (loaded)
            m_key = loaded.value();
        then(std::move(loaded));
    });
}

void KeyCustody::loadAside(const KeyReference &ref, const QString &thumbprint,
                           std::function<void(Result<crypto::Key>)> then)
{
    storage::SecretStore *secrets = q.m_services.secrets;
    if (!secrets || secrets->kindName() != KeyReference::kindName(ref.kind)) {
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
    QPointer<Onboarding> guard(&q);
    secrets->loadKey(ref.entry, [guard, thumbprint, then](Result<crypto::Key> loaded) {
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
        then(std::move(loaded));
    });
}

void KeyCustody::remove()
{
    if (q.m_data.keyReference.isNull() || !q.m_services.secrets)
        return;
    QPointer<Onboarding> guard(&q);
    q.m_services.secrets->removeKey(q.m_data.keyReference.entry, [guard, this](Result<void> removed) {
        if (!guard)
            return;
        if (!removed) {
            q.fail(removed.error());
            return;
        }
        m_key = {};
        q.m_data.keyReference = {};
        q.save();
        emit q.dataChanged();
    });
}

void KeyCustody::storeAside(const crypto::Key &key, std::function<void(Result<KeyReference>)> then)
{
    storage::SecretStore *secrets = q.m_services.secrets;
    if (!secrets) {
        then(Error(QStringLiteral("onboarding.no_secret_store"), [] {
            return Onboarding::tr("There is no place to keep the private key. Choose the keychain or a "
                                  "passphrase-protected file, then try again.");
        }));
        return;
    }
    KeyReference ref;
    ref.kind = isKeychain(*secrets) ? KeyReference::Kind::Keychain : KeyReference::Kind::EncryptedFile;
    ref.service = secrets->location();
    ref.entry = entryFor(key.thumbprint());
    QPointer<Onboarding> guard(&q);
    secrets->storeKey(ref.entry, key, [guard, ref, then](Result<void> stored) {
        if (!guard)
            return;
        if (!stored) {
            then(stored.error());
            return;
        }
        then(ref);
    });
}

void KeyCustody::removeAside(const KeyReference &ref, std::function<void(Result<void>)> then)
{
    storage::SecretStore *secrets = q.m_services.secrets;
    if (!secrets || secrets->kindName() != KeyReference::kindName(ref.kind)) {
        then(Error(QStringLiteral("onboarding.key.store_mismatch"), [] {
            return Onboarding::tr("The old key is kept in another secret store than the one open now; it "
                                  "was left where it is.");
        }));
        return;
    }
    QPointer<Onboarding> guard(&q);
    secrets->removeKey(ref.entry, [guard, then](Result<void> removed) {
        if (guard)
            then(std::move(removed));
    });
}

} // namespace sfm::onboarding
