#include "PackageService.h"

#include "ClientKeys.h"
#include "Logging.h"
#include "RsaKeyXml.h"
#include "Validators.h"
#include "crypto/DpopProof.h"
#include "crypto/ThreadState.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

namespace sfm::sim {

namespace {

Error packageError(const QString &message, const QString &detail = {})
{
    return Error(QStringLiteral("sim.package.invalid"), message, detail);
}

// What an SMS code looks like: short, no look-alike characters.
QString smsPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 12; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return password;
}

bool isPlainKid(const QString &kid)
{
    for (const QChar c : kid) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

QString fileSafe(const QString &text)
{
    QString safe;
    for (const QChar c : text)
        safe += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('_');
    return safe.left(60);
}

} // namespace

PackageService::PackageService(SimState &state, const SimUrls &urls, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_urls(urls)
{}

void PackageService::create(const PackageRequest &request, std::function<void(Result<PackageResult>)> done)
{
    const Klientmal *klientmal = m_state.klientmalByName(request.klientmal);
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("sfm::sim::PackageService", text);
    };
    if (!klientmal) {
        done(packageError(tr("The client template (system) is not known."), request.klientmal));
        return;
    }
    if (!isValidOrganizationNumber(request.organizationNumber)) {
        done(packageError(tr("The organization number is not valid."), request.organizationNumber));
        return;
    }
    if (request.scopes.isEmpty()) {
        done(packageError(tr("Choose at least one scope.")));
        return;
    }
    for (const QString &scope : request.scopes) {
        if (!klientmal->offers(scope)) {
            done(packageError(tr("The client template does not offer this scope."), scope));
            return;
        }
    }
    if (!request.kid.isEmpty() && (request.kid.size() > 100 || !isPlainKid(request.kid))) {
        done(packageError(tr("The key ID may hold letters, digits and . _ - only (at most 100)."),
                          request.kid.left(100)));
        return;
    }
    if (request.algorithm && crypto::keyTypeFor(*request.algorithm) != crypto::KeyType::Rsa) {
        done(packageError(tr("The portal makes RSA keys: choose an RS or PS algorithm."),
                          crypto::algorithmName(*request.algorithm)));
        return;
    }
    if (!request.ownPublicJwk.isEmpty()) {
        const Result<crypto::Key> own = crypto::Key::fromJwkJson(request.ownPublicJwk);
        if (!own) {
            done(packageError(tr("The public key is not a valid JWK."), own.error().code));
            return;
        }
        if (own->hasPrivate()) {
            // The portal must never receive a private key: refuse rather than quietly drop the private part.
            done(packageError(tr("Paste only the public key: this one holds a private key.")));
            return;
        }
        // Registered as pasted: its kid (or the thumbprint) and its alg are what the client must sign with.
        QJsonObject pasted = own->publicJwk();
        const QJsonObject given = QJsonDocument::fromJson(request.ownPublicJwk).object();
        for (const char *member : {"kid", "alg"}) {
            if (given.value(QLatin1String(member)).isString())
                pasted.insert(QLatin1String(member), given.value(QLatin1String(member)));
        }
        const Result<QString> clientId = registerClient(request, own.value(), pasted);
        if (!clientId) {
            done(clientId.error());
            return;
        }
        PackageResult result;
        result.clientId = clientId.value();
        qCInfo(lcSim).noquote() << "client" << result.clientId << "made by hand with the customer's key"
                                << own->thumbprint();
        done(result);
        return;
    }
    if (request.rsaKeySizeBits != 2048 && request.rsaKeySizeBits != 3072 && request.rsaKeySizeBits != 4096) {
        done(packageError(tr("The key size must be 2048, 3072 or 4096 bits.")));
        return;
    }
    auto *watcher = new QFutureWatcher<Result<crypto::Key>>(this);
    connect(watcher, &QFutureWatcher<Result<crypto::Key>>::finished, this, [this, watcher, request, done] {
        watcher->deleteLater();
        const Result<crypto::Key> key = watcher->result();
        if (!key) {
            done(key.error());
            return;
        }
        done(finish(request, key.value()));
    });
    const int bits = request.rsaKeySizeBits;
    watcher->setFuture(QtConcurrent::run(&m_workers, [bits] {
        auto key = crypto::Key::generateRsa(bits);
        crypto::releaseThreadState(); // before the simulator (and perhaps the program) ends
        return key;
    }));
}

Result<QString> PackageService::registerClient(const PackageRequest &request, const crypto::Key &key,
                                               const QJsonObject &publicJwk)
{
    const Klientmal *klientmal = m_state.klientmalByName(request.klientmal);
    if (!klientmal)
        return packageError(QCoreApplication::translate("sfm::sim::PackageService",
                                                        "The client template (system) is not known."));
    SimClient client;
    client.klientmal = klientmal->name;
    client.clientName = request.clientName.isEmpty()
                            ? klientmal->name + QStringLiteral(" – ") + request.organizationNumber
                            : request.clientName;
    client.organizationNumber = request.organizationNumber;
    client.origin = request.packageId.isEmpty() ? QStringLiteral("Portal") : QStringLiteral("Package");
    client.replaceScopes(request.scopes);
    // A key the portal made: origin "Gui" in GET /v1/client-secret.
    client.keys.append(
        newClientKey(key, publicJwk, QStringLiteral("Gui"), m_state.now(), m_state.settings()));
    const QString clientId = m_state.addClient(client);
    SimClient *stored = m_state.client(clientId);
    if (std::any_of(request.scopes.cbegin(), request.scopes.cend(),
                    [](const QString &s) { return s.startsWith(QLatin1String("e-helse:sfm.api/")); }))
        stored->replaceClaims({{SfmIdClaimType, clientId}});
    // Made by a person logged in to the portal: confirmed at once, documents still to be signed.
    stored->confirm(m_state.now());
    m_state.changed();
    return clientId;
}

Result<PackageResult> PackageService::finish(const PackageRequest &request, const crypto::Key &key)
{
    const crypto::Algorithm alg = request.algorithm.value_or(crypto::DefaultAlgorithm);
    const QString kid = request.kid.isEmpty() ? key.thumbprint() : request.kid;
    QJsonObject publicJwk = key.publicJwk(alg);
    publicJwk.insert(QStringLiteral("kid"), kid);
    const Result<QString> registeredId = registerClient(request, key, publicJwk);
    if (!registeredId)
        return registeredId.error();
    const QString clientId = registeredId.value();
    SimClient *stored = m_state.client(clientId);

    // The portal's privateJwk names the same kid and alg as the registered key. (The simulator's zips hold
    // throwaway keys; it does not wipe its copies.)
    QJsonObject privateJwkObject = QJsonDocument::fromJson(key.privateJwkJson(alg).bytes()).object();
    privateJwkObject.insert(QStringLiteral("kid"), kid);
    const SecureBytes privateJwk(QJsonDocument(privateJwkObject).toJson(QJsonDocument::Compact));
    const SecureBytes xml = rsaKeyValueXml(key);
    const QJsonObject config{
        {QStringLiteral("clientName"), stored->clientName},
        {QStringLiteral("authority"), m_urls.issuer},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("grantTypes"), QJsonArray{QStringLiteral("client_credentials")}},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(request.scopes)},
        {QStringLiteral("redirectUris"), QJsonArray()},
        {QStringLiteral("postLogoutRedirectUris"), QJsonArray()},
        {QStringLiteral("secretType"), QStringLiteral("private_key_jwt:RsaPrivateKeyJwtSecret")},
        {QStringLiteral("rsaPrivateKey"), QString::fromLatin1(xml.bytes())},
        {QStringLiteral("rsaKeySizeBits"), request.rsaKeySizeBits},
        // A JSON *string* holding the private JWK, as the portal writes it (reference §4).
        {QStringLiteral("privateJwk"), QString::fromUtf8(privateJwk.bytes())},
        {QStringLiteral("pkceRequired"), true},
    };
    SecureBytes json(QJsonDocument(config).toJson(QJsonDocument::Indented));
    const QString stem = QStringLiteral("HelseID-klient-") + fileSafe(stored->clientName);
    // A readme beside the JSON, so importers must pick the configuration by content, not by name.
    const QList<ZipEntry> entries{
        {QStringLiteral("LESMEG.txt"),
         SecureBytes(QByteArrayLiteral("Konfigurasjonsfilen for HelseID-klienten ligger i JSON-filen. Den "
                                       "inneholder en privat nøkkel: ta godt vare på den.\n"))},
        {stem + QStringLiteral(".json"), json}};
    PackageResult result;
    result.password = smsPassword();
    auto zip = writeEncryptedZip(entries, result.password, request.encryption);
    if (!zip)
        return zip.error();
    result.clientId = clientId;
    result.fileName = stem + QStringLiteral(".zip");
    result.zip = zip.value();
    result.downloadId = crypto::newJti();
    m_downloads.insert(result.downloadId, result);
    // The "SMS" goes to the log only when asked for (logSmsPasswords). Never the key.
    if (m_state.settings().logSmsPasswords)
        qCInfo(lcSim).noquote() << "package for client" << clientId << "key" << key.thumbprint()
                                << "— SMS password:" << result.password;
    else
        qCInfo(lcSim).noquote() << "package for client" << clientId << "key" << key.thumbprint();
    return result;
}

const PackageResult *PackageService::download(const QString &downloadId) const
{
    const auto it = m_downloads.constFind(downloadId);
    return it == m_downloads.cend() ? nullptr : &it.value();
}

QString PackageService::downloadUrl(const QString &downloadId) const
{
    return m_urls.portal + QStringLiteral("/downloads/") + downloadId;
}

} // namespace sfm::sim
