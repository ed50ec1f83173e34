#include "KeyRenewal.h"

#include "HelseIdSession.h"
#include "Logging.h"
#include "Onboarding.h"
#include "helseid/KeyExpiry.h"
#include "helseid/OAuthError.h"
#include "helseid/SelfServiceClient.h"
#include "helseid/TokenClient.h"

#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <QtConcurrent>

namespace sfm::onboarding {

namespace {

using Stage = RenewalRecord::Stage;

// A newly registered key may take a moment to reach HelseID's token endpoint (as a new client does).
constexpr int VerifyAttempts = 3;

QString dateText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

KeyRenewal::KeyRenewal(Onboarding &owner)
    : q(owner)
{}

KeyRenewal::~KeyRenewal()
{
    if (m_keygen) {
        m_keygen->disconnect(&q);
        m_keygen->deleteLater(); // the worker finishes on its own; its key is dropped, nothing was stored
    }
}

Error KeyRenewal::portalOnly(const OnboardingData &data)
{
    const QDateTime expires = data.keyExpiresAt;
    const QString clientId = data.clientId;
    return Error(
        QStringLiteral("onboarding.renewal.portal_only"),
        [expires, clientId]() -> QString {
            const QString steps =
                Onboarding::tr("In HelseID's self-service portal: open Klienter and the client %1, add a new "
                               "key, download the new configuration file, then import it here "
                               "(sfmctl import) and export the EPJ configuration again.")
                    .arg(clientId);
            return (expires.isValid()
                        ? Onboarding::tr(
                              "This client cannot renew its key itself: it does not have the scope "
                              "nhn:selvbetjening/client. Renew this one in the portal before %1.")
                              .arg(dateText(expires))
                        : Onboarding::tr(
                              "This client cannot renew its key itself: it does not have the scope "
                              "nhn:selvbetjening/client. Renew this one in the portal.")) +
                   u' ' + steps;
        },
        expires.isValid() ? expires.toString(Qt::ISODate) : QString());
}

Result<void> KeyRenewal::checkRenewable(const OnboardingData &data)
{
    if (data.state != State::Ready && data.state != State::Exported) {
        return Error(
            QStringLiteral("onboarding.renewal.not_ready"),
            [state = data.state] {
                return Onboarding::tr("A key can be renewed once the client is ready (now: %1).")
                    .arg(stateLabel(state));
            },
            stateName(data.state));
    }
    if (!data.setup.scopes.contains(QString::fromUtf16(SelfServiceScope)))
        return portalOnly(data);
    return {};
}

QDateTime KeyRenewal::now() const
{
    return q.m_session->tokens().serverNow();
}

void KeyRenewal::start()
{
    if (m_running)
        return;
    if (auto ok = checkRenewable(q.m_data); !ok) {
        q.fail(ok.error());
        emit q.renewalFinished(ok.error());
        return;
    }
    if (auto ok = q.m_session->ensure(); !ok) {
        q.fail(ok.error());
        emit q.renewalFinished(ok.error());
        return;
    }
    m_running = true;
    q.setBusy(true);
    step();
}

void KeyRenewal::step()
{
    switch (q.m_data.renewal.stage) {
    case Stage::None:
        generate();
        return;
    case Stage::KeyStored:
        registerNewKey();
        return;
    case Stage::Registering:
        // Killed (or stopped) after the POST may have gone out: ask HelseID before sending anything.
        resolveByListing({});
        return;
    case Stage::Registered:
        verify(1);
        return;
    case Stage::Verified:
        switchOver();
        return;
    case Stage::Switched:
        reexport();
        return;
    }
}

void KeyRenewal::generate()
{
    const crypto::Algorithm alg = q.m_data.setup.algorithm;
    const int bits = q.m_data.setup.rsaBits;
    emit q.progress(Onboarding::tr("Key renewal 1/4: making the new key pair…"));
    m_keygen = new QFutureWatcher<KeyCustody::Generated>(&q);
    QObject::connect(m_keygen, &QFutureWatcherBase::finished, &q, [this] {
        const KeyCustody::Generated result = m_keygen->result();
        m_keygen->deleteLater();
        m_keygen = nullptr;
        generated(result);
    });
    m_keygen->setFuture(QtConcurrent::run([alg, bits] { return KeyCustody::makeKey(alg, bits); }));
}

void KeyRenewal::generated(const KeyCustody::Generated &result)
{
    if (!result.error.isNull() || result.key.isNull()) {
        stop(result.error.isNull()
                 ? Error(QStringLiteral("onboarding.key.generate"),
                         [] { return Onboarding::tr("The key pair could not be made. Try again."); })
                 : result.error);
        return;
    }
    const crypto::Key key = result.key;
    q.m_keys->storeAside(key, [this, key](Result<KeyReference> stored) {
        if (!stored) {
            stop(stored.error());
            return;
        }
        RenewalRecord &r = q.m_data.renewal;
        r.stage = Stage::KeyStored;
        r.pendingThumbprint = key.thumbprint();
        r.pendingKid = key.thumbprint(); // as NHN's tools: the kid is the RFC 7638 thumbprint
        r.pendingKeyEntry = stored.value();
        r.pendingCreatedAt = QDateTime::currentDateTimeUtc();
        r.startedAt = r.pendingCreatedAt;
        m_newKey = key;
        qCInfo(lcOnboarding) << "onboarding" << q.m_data.id << "renewal: new key stored, kid" << r.pendingKid;
        advance();
    });
}

void KeyRenewal::withKeys(std::function<void(const crypto::Key &, const crypto::Key &)> then)
{
    QPointer<Onboarding> guard(&q);
    q.m_keys->withKey([guard, this, then](Result<crypto::Key> current) {
        if (!guard)
            return;
        if (!current) {
            stop(current.error());
            return;
        }
        const crypto::Key currentKey = current.value();
        if (!m_newKey.isNull()) {
            then(currentKey, m_newKey);
            return;
        }
        const RenewalRecord &r = q.m_data.renewal;
        q.m_keys->loadAside(r.pendingKeyEntry, r.pendingThumbprint,
                            [this, currentKey, then](Result<crypto::Key> next) {
                                if (!next) {
                                    stop(next.error());
                                    return;
                                }
                                m_newKey = next.value();
                                then(currentKey, m_newKey);
                            });
    });
}

void KeyRenewal::registerNewKey()
{
    // Saved before the POST goes out: from here on, only the listing may tell whether it arrived.
    q.m_data.renewal.stage = Stage::Registering;
    if (!q.save()) {
        stop(q.m_lastError);
        return;
    }
    emit q.dataChanged();
    emit q.progress(Onboarding::tr("Key renewal 2/4: registering the new key with HelseID…"));
    withKeys([this](const crypto::Key &current, const crypto::Key &next) {
        QPointer<Onboarding> guard(&q);
        q.m_session->selfService().addClientSecret(
            q.m_session->credentials(current), next.publicJwk(q.m_data.setup.algorithm),
            [guard, this](Result<std::optional<QDateTime>> added) {
                if (!guard)
                    return;
                if (added) {
                    markRegistered(added->value_or(QDateTime()));
                    return;
                }
                // No answer, a server failure or a refusal: whether the key arrived is settled the same
                // way every time, by the listing — never by posting again.
                qCInfo(lcOnboarding) << "onboarding" << q.m_data.id
                                     << "renewal: POST /v1/client-secret failed:" << added.error().code;
                resolveByListing(added.error());
            });
    });
}

// postError null: resuming after a kill — POST when HelseID does not list the key. Else the POST's outcome
// is unknown: a listed key means it arrived; an unlisted one stops with the POST's error (the next attempt
// asks again before posting).
void KeyRenewal::resolveByListing(const Error &postError)
{
    emit q.progress(Onboarding::tr("Key renewal 2/4: asking HelseID which keys it has for the client…"));
    withKeys([this, postError](const crypto::Key &current, const crypto::Key &) {
        QPointer<Onboarding> guard(&q);
        q.m_session->selfService().listClientSecrets(
            q.m_session->credentials(current),
            [guard, this, postError](Result<QList<helseid::ClientSecretInfo>> list) {
                if (!guard)
                    return;
                if (!list) {
                    stop(explainRejection(postError.isNull() ? list.error() : postError));
                    return;
                }
                const helseid::ClientSecretInfo *listed =
                    helseid::findClientSecret(list.value(), q.m_data.renewal.pendingThumbprint);
                if (listed) {
                    if (!postError.isNull() || q.m_data.renewal.stage == Stage::Registering)
                        qCInfo(lcOnboarding) << "onboarding" << q.m_data.id
                                             << "renewal: HelseID lists the new key (answer was lost)";
                    markRegistered(listed->expiration.value_or(QDateTime()));
                    return;
                }
                if (postError.isNull()) {
                    registerNewKey(); // HelseID never got it: sending it now is not a second registration
                    return;
                }
                if (postError.code.startsWith(QLatin1String("net."))) {
                    // Perhaps still on its way: the next attempt asks again before it sends anything.
                    stop(Error(
                        QStringLiteral("onboarding.renewal.uncertain"),
                        [] {
                            return Onboarding::tr(
                                "HelseID did not answer whether it registered the new key. The key in use "
                                "still works. Try again later: HelseID is asked first, so the new key is "
                                "never registered twice.");
                        },
                        postError.code + u' ' + postError.detail));
                    return;
                }
                stop(explainRejection(postError));
            });
    });
}

void KeyRenewal::advance()
{
    if (!q.save()) {
        stop(q.m_lastError);
        return;
    }
    emit q.dataChanged();
    // The next step starts from the event loop: whatever ends the program now finds this stage on disk,
    // and nothing of the next step has begun.
    QMetaObject::invokeMethod(
        &q, [this] { step(); }, Qt::QueuedConnection);
}

void KeyRenewal::markRegistered(const QDateTime &expiresAt)
{
    RenewalRecord &r = q.m_data.renewal;
    r.stage = Stage::Registered;
    r.pendingExpiresAt = expiresAt.isValid() ? expiresAt.toUTC() : QDateTime();
    advance();
}

void KeyRenewal::verify(int attempt)
{
    emit q.progress(Onboarding::tr("Key renewal 3/4: getting a token with the new key…"));
    withKeys([this, attempt](const crypto::Key &, const crypto::Key &next) {
        helseid::ClientCredentials credentials = q.m_session->credentials(next);
        credentials.kid = q.m_data.renewal.pendingKid;
        QPointer<Onboarding> guard(&q);
        // The token cache is keyed by the key's thumbprint, so this token is the new key's own.
        q.m_session->tokens().requestToken(
            credentials, {QString::fromUtf16(SelfServiceScope)},
            [guard, this, attempt](Result<helseid::AccessToken> token) {
                if (!guard)
                    return;
                if (!token) {
                    if (helseid::OAuthError::isInvalidClient(token.error()) && attempt < VerifyAttempts) {
                        const int wait = q.m_services.options.confirmationCacheSeconds * 1000;
                        QTimer::singleShot(wait, &q, [this, attempt] { verify(attempt + 1); });
                        return;
                    }
                    stop(token.error());
                    return;
                }
                q.m_data.renewal.stage = Stage::Verified;
                advance();
            });
    });
}

void KeyRenewal::switchOver()
{
    withKeys([this](const crypto::Key &, const crypto::Key &next) {
        OnboardingData &d = q.m_data;
        RenewalRecord &r = d.renewal;
        const PreviousKey older = d.previousKey;
        PreviousKey previous;
        previous.kid = d.kid;
        previous.thumbprint = d.keyThumbprint;
        previous.reference = d.keyReference;
        previous.expiresAt = d.keyExpiresAt;
        previous.removeAfter = now().addDays(q.m_services.options.keyGraceDays);
        d.previousKey = previous;
        d.kid = r.pendingKid;
        d.keyThumbprint = r.pendingThumbprint;
        d.keyReference = r.pendingKeyEntry;
        d.keyCreatedAt = r.pendingCreatedAt;
        d.keyExpiresAt = r.pendingExpiresAt;
        r.stage = Stage::Switched;
        q.m_keys->adopt(next);
        qCInfo(lcOnboarding) << "onboarding" << d.id << "renewal: switched to kid" << d.kid;
        if (!older.reference.isNull() && older.reference.entry != previous.reference.entry) {
            // A key two renewals old: the key just replaced is the one kept for the grace period.
            q.m_keys->removeAside(older.reference, [](Result<void>) {});
        }
        advance();
    });
}

void KeyRenewal::reexport()
{
    OnboardingData &d = q.m_data;
    if (!d.exportedTo.isEmpty()) {
        emit q.progress(
            Onboarding::tr("Key renewal 4/4: writing the EPJ configuration with the new key ID…"));
        if (auto written = q.exportConfiguration(d.exportedTo); !written) {
            stop(written.error()); // stays Switched: the next attempt only writes the file
            return;
        }
    }
    d.renewal = {};
    q.save();
    m_running = false;
    m_newKey = {};
    q.setBusy(false);
    emit q.dataChanged();
    emit q.progress(d.keyExpiresAt.isValid()
                        ? Onboarding::tr("The key is renewed (key ID %1); it expires on %2.")
                              .arg(d.kid, dateText(d.keyExpiresAt))
                        : Onboarding::tr("The key is renewed (key ID %1).").arg(d.kid));
    emit q.renewalFinished(Error());
}

Error KeyRenewal::explainRejection(const Error &error) const
{
    const QDateTime expires = q.m_data.keyExpiresAt;
    if (helseid::OAuthError::isInvalidClient(error) && expires.isValid() && expires <= now()) {
        const QString clientId = q.m_data.clientId;
        return Error(
            QStringLiteral("onboarding.renewal.expired"),
            [expires, clientId] {
                return Onboarding::tr("The key expired on %1, so HelseID no longer accepts it, and it cannot "
                                      "authorise its own renewal. In HelseID's self-service portal: open "
                                      "Klienter and the client %2, add a new key, download the new "
                                      "configuration file, then import it here (sfmctl import).")
                    .arg(dateText(expires), clientId);
            },
            error.detail);
    }
    return error;
}

void KeyRenewal::stop(const Error &error)
{
    qCWarning(lcOnboarding) << "onboarding" << q.m_data.id << "renewal stopped at"
                            << RenewalRecord::stageName(q.m_data.renewal.stage) << ":" << error.code;
    m_running = false;
    q.setBusy(false);
    q.fail(error);
    emit q.renewalFinished(error);
}

void KeyRenewal::retirePreviousKey()
{
    const PreviousKey previous = q.m_data.previousKey;
    if (previous.isNull() || m_running || !q.m_session->ensure()) {
        emit q.previousKeyChecked(false);
        return;
    }
    if (previous.reference.isNull()) {
        q.m_data.previousKey = {};
        q.save();
        emit q.previousKeyChecked(true);
        return;
    }
    QPointer<Onboarding> guard(&q);
    q.m_keys->withKey([guard, this, previous](Result<crypto::Key> current) {
        if (!guard)
            return;
        if (!current) {
            emit q.previousKeyChecked(false);
            return;
        }
        q.m_session->selfService().listClientSecrets(
            q.m_session->credentials(current.value()),
            [guard, this, previous](Result<QList<helseid::ClientSecretInfo>> list) {
                if (!guard)
                    return;
                // The listing's answer also measured HelseID's clock, so now() is its time.
                if (!list || now() < previous.removeAfter) {
                    emit q.previousKeyChecked(false);
                    return;
                }
                if (!helseid::hasOtherValidKey(list.value(), previous.thumbprint, now())) {
                    qCWarning(lcOnboarding)
                        << "onboarding" << q.m_data.id << "old key kept: HelseID lists no other valid key";
                    emit q.previousKeyChecked(false);
                    return;
                }
                q.m_keys->removeAside(previous.reference, [guard, this](Result<void> removed) {
                    if (!guard)
                        return;
                    if (!removed) {
                        q.fail(removed.error());
                        emit q.previousKeyChecked(false);
                        return;
                    }
                    q.m_data.previousKey = {};
                    q.save();
                    emit q.progress(Onboarding::tr("The old key's grace period is over; it is removed from "
                                                   "the secret store."));
                    emit q.dataChanged();
                    emit q.previousKeyChecked(true);
                });
            });
    });
}

} // namespace sfm::onboarding
