#include "EncryptedFileSecretStore.h"

#include "Logging.h"
#include "PrivateFile.h"

#include "crypto/ThreadState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

namespace sfm::storage {

namespace {

// scrypt cost. Memory is 128 * N * r = 16 MiB per try: the most that stays under OpenSSL's default limit
// of 32 MiB, which `openssl pkey` applies when it reads the file (N = 2^15 is refused there), so the work is
// raised with p instead: N = 2^14, r = 8, p = 5 is one of OWASP's equivalents of N = 2^17, p = 1 (about
// 0.5 s here). Files written with the earlier p = 1 still open: the parameters are in each file.
constexpr uint64_t ScryptN = 1 << 14;
constexpr uint64_t ScryptR = 8;
constexpr uint64_t ScryptP = 5;

// tr() of this file, in a named context: lupdate files unqualified tr() calls in free functions
// under the enclosing namespace, which would not match the context used at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfm::storage::EncryptedFileSecretStore)
};

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct P8Free
{
    void operator()(PKCS8_PRIV_KEY_INFO *p) const { PKCS8_PRIV_KEY_INFO_free(p); }
};
struct SigFree
{
    void operator()(X509_SIG *s) const { X509_SIG_free(s); }
};

Error encryptError(const QString &detail)
{
    return Error(
        QStringLiteral("storage.file.encrypt"),
        [] {
            return Text::tr("The key could not be encrypted for the key file. Try again; if it keeps "
                            "failing, ask support.");
        },
        detail);
}

// Entry names may contain "/" (onboarding id / kid); a file name must not.
QString fileNameFor(const QString &entry)
{
    QString name;
    for (const QChar c : entry)
        name.append(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : QChar(u'_'));
    return name + QStringLiteral(".p8.pem");
}

// Unicode code points in UTF-8, counted in place (a QString would be one more copy of the passphrase).
qsizetype codePoints(const QByteArray &utf8)
{
    qsizetype count = 0;
    for (const char c : utf8)
        count += (quint8(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

// Runs work on pool and hands its result to done on context's thread; nothing when context is gone first.
template<typename T, typename Work>
void runOn(QThreadPool *pool, QObject *context, Work work, std::function<void(T)> done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(pool, [work = std::move(work)] {
        T result = work();
        crypto::releaseThreadState();
        return result;
    }));
}

} // namespace

EncryptedFileSecretStore::EncryptedFileSecretStore(QString directory, SecureBytes passphrase, QObject *parent)
    : SecretStore(parent)
    , m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
    , m_passphrase(std::move(passphrase))
    , m_worker(std::make_unique<QThreadPool>())
{
    m_worker->setMaxThreadCount(1);
}

EncryptedFileSecretStore::~EncryptedFileSecretStore()
{
    m_worker->waitForDone(); // the work holds its own copies; this only lets it end before the program does
}

QString EncryptedFileSecretStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/keys");
}

Result<void> EncryptedFileSecretStore::checkPassphrase(const SecureBytes &passphrase)
{
    if (codePoints(passphrase.bytes()) < MinPassphraseLength)
        return Error(QStringLiteral("storage.file.weak_passphrase"), [] {
            return Text::tr(
                       "The passphrase is too short. Choose one of at least %1 characters: anyone who "
                       "gets a copy of the key file can try passphrases on it without limit, and a short "
                       "one is soon found. Keep it safe: without it the key cannot be used.")
                .arg(MinPassphraseLength);
        });
    return {};
}

QString EncryptedFileSecretStore::pathFor(const QString &entry) const
{
    return m_directory + u'/' + fileNameFor(entry);
}

Result<QByteArray> EncryptedFileSecretStore::encryptPem(const crypto::Key &key, const SecureBytes &passphrase)
{
    if (auto ok = checkPassphrase(passphrase); !ok)
        return ok.error();
    if (key.isNull() || !key.hasPrivate())
        return Error(QStringLiteral("storage.key.no_private"), [] {
            return Text::tr("There is no private key to store. Make or import the key again.");
        });
    const SecureBytes der = key.toPkcs8Der();
    const auto *p = reinterpret_cast<const unsigned char *>(der.bytes().constData());
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, P8Free> p8(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(der.size())));
    if (!p8)
        return encryptError(QStringLiteral("d2i_PKCS8_PRIV_KEY_INFO"));
    X509_ALGOR *pbe =
        PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 16, nullptr, ScryptN, ScryptR, ScryptP);
    if (!pbe)
        return encryptError(QStringLiteral("PKCS5_pbe2_set_scrypt"));
    std::unique_ptr<X509_SIG, SigFree> sig(
        PKCS8_set0_pbe(passphrase.bytes().constData(), int(passphrase.size()), p8.get(), pbe));
    if (!sig) {
        X509_ALGOR_free(pbe);
        return encryptError(QStringLiteral("PKCS8_set0_pbe"));
    }
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8(bio.get(), sig.get()) != 1)
        return encryptError(QStringLiteral("PEM_write_bio_PKCS8"));
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(len));
}

Result<crypto::Key> EncryptedFileSecretStore::decryptPem(const QByteArray &pem, const SecureBytes &passphrase)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    std::unique_ptr<X509_SIG, SigFree> sig(bio ? PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr)
                                               : nullptr);
    if (!sig)
        return Error(QStringLiteral("storage.file.corrupt"), [] {
            return Text::tr("The key file is damaged or is not an encrypted private key. Choose the right "
                            "file, or start a new onboarding.");
        });
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, P8Free> p8(
        PKCS8_decrypt(sig.get(), passphrase.bytes().constData(), int(passphrase.size())));
    if (!p8)
        return Error(QStringLiteral("storage.file.wrong_passphrase"), [] {
            return Text::tr("The passphrase does not open the key file. Check the passphrase and try again.");
        });
    unsigned char *out = nullptr;
    const int len = i2d_PKCS8_PRIV_KEY_INFO(p8.get(), &out);
    if (len <= 0)
        return Error(QStringLiteral("storage.file.corrupt"), [] {
            return Text::tr("The key file is damaged or is not an encrypted private key. Choose the right "
                            "file, or start a new onboarding.");
        });
    SecureBytes der(QByteArray(reinterpret_cast<const char *>(out), len));
    OPENSSL_clear_free(out, size_t(len));
    auto key = crypto::Key::fromPkcs8Der(der);
    if (!key)
        return Error(
            QStringLiteral("storage.file.corrupt"),
            [] {
                return Text::tr("The key file is damaged or is not an encrypted private key. Choose the "
                                "right file, or start a new onboarding.");
            },
            key.error().code);
    return key;
}

Result<void> EncryptedFileSecretStore::store(const QString &entry, const crypto::Key &key) const
{
    return storeAt(pathFor(entry), key, m_passphrase);
}

Result<crypto::Key> EncryptedFileSecretStore::load(const QString &entry) const
{
    return loadFrom(pathFor(entry), m_passphrase);
}

Result<void> EncryptedFileSecretStore::storeAt(const QString &path, const crypto::Key &key,
                                               const SecureBytes &passphrase)
{
    auto pem = encryptPem(key, passphrase);
    if (!pem)
        return pem.error();
    if (auto written = PrivateFile::write(path, pem.value()); !written)
        return written.error();
    qCInfo(lcStorage) << "stored a key in the encrypted file" << QFileInfo(path).fileName();
    return {};
}

Result<crypto::Key> EncryptedFileSecretStore::loadFrom(const QString &path, const SecureBytes &passphrase)
{
    QFile file(path);
    if (!file.exists())
        return Error(
            QStringLiteral("storage.file.not_found"), [path = QDir::toNativeSeparators(file.fileName())] {
                return Text::tr("The key file %1 does not exist. Use the computer where the onboarding was "
                                "started, or start a new onboarding.")
                    .arg(path);
            });
    if (file.size() > MaxFileBytes || !file.open(QIODevice::ReadOnly))
        return Error(
            QStringLiteral("storage.file.corrupt"),
            [] {
                return Text::tr("The key file is damaged or is not an encrypted private key. Choose the "
                                "right file, or start a new onboarding.");
            },
            file.errorString());
    return decryptPem(file.read(MaxFileBytes), passphrase);
}

void EncryptedFileSecretStore::storeKey(const QString &entry, const crypto::Key &key, DoneCallback done)
{
    // The work holds copies of what it needs and never touches this object from the worker.
    runOn<Result<void>>(
        m_worker.get(), this,
        [path = pathFor(entry), passphrase = m_passphrase, key] { return storeAt(path, key, passphrase); },
        std::move(done));
}

void EncryptedFileSecretStore::loadKey(const QString &entry, KeyCallback done)
{
    runOn<Result<crypto::Key>>(
        m_worker.get(), this,
        [path = pathFor(entry), passphrase = m_passphrase] { return loadFrom(path, passphrase); },
        std::move(done));
}

void EncryptedFileSecretStore::removeKey(const QString &entry, DoneCallback done)
{
    runOn<Result<void>>(
        m_worker.get(), this,
        [path = pathFor(entry)]() -> Result<void> {
            QFile file(path);
            if (file.exists() && !file.remove())
                return Error(
                    QStringLiteral("storage.file.remove"),
                    [native = QDir::toNativeSeparators(path)] {
                        return Text::tr("Could not delete the key file %1. Delete it by hand.").arg(native);
                    },
                    file.errorString());
            return {};
        },
        std::move(done));
}

QStringList EncryptedFileSecretStore::knownEntries() const
{
    QStringList out;
    const QStringList files = QDir(m_directory).entryList({QStringLiteral("*.p8.pem")}, QDir::Files);
    for (const QString &f : files)
        out.append(f.chopped(int(qstrlen(".p8.pem"))));
    return out;
}

} // namespace sfm::storage
