#include "ExtraCertificates.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace sfm::net {

QString ExtraCertificates::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QStringList ExtraCertificates::fingerprints(const QList<QSslCertificate> &certificates)
{
    QStringList out;
    for (const QSslCertificate &certificate : certificates)
        out << fingerprint(certificate);
    return out;
}

bool ExtraCertificates::isCertificateAuthority(const QSslCertificate &certificate)
{
    // Read with OpenSSL rather than QSslCertificate::extensions(), whose contents depend on Qt's TLS backend.
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &p, long(der.size())),
                                                           X509_free);
    if (!x509)
        return false;
    const uint32_t flags = X509_get_extension_flags(x509.get()); // also parses the extensions
    return (flags & EXFLAG_INVALID) == 0 && (flags & EXFLAG_BCONS) != 0 && (flags & EXFLAG_CA) != 0;
}

Result<QList<QSslCertificate>> ExtraCertificates::load(const QString &path,
                                                       const QStringList &confirmedFingerprints)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            QStringLiteral("net.extra_ca.unreadable"),
            [shown] {
                return tr("The certificate file %1 cannot be read. Check the file in the network settings.")
                    .arg(shown);
            },
            file.errorString());
    if (file.size() > MaxFileBytes)
        return Error(
            QStringLiteral("net.extra_ca.too_large"),
            [shown] {
                return tr("%1 is too large to be a certificate file. Choose the root certificate your IT "
                          "department gave you, in PEM format.")
                    .arg(shown);
            },
            QStringLiteral("%1 bytes").arg(file.size()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(MaxFileBytes), QSsl::Pem);
    if (certificates.isEmpty())
        return Error(QStringLiteral("net.extra_ca.none"), [shown] {
            return tr("%1 holds no certificate in PEM format (text starting with \"-----BEGIN "
                      "CERTIFICATE-----\"). Ask IT for the root certificate as PEM (Base64) and choose it "
                      "again.")
                .arg(shown);
        });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool anyValid = std::any_of(certificates.begin(), certificates.end(), [&now](const auto &c) {
        return c.effectiveDate() <= now && now <= c.expiryDate();
    });
    if (!anyValid)
        return Error(
            QStringLiteral("net.extra_ca.expired"),
            [shown] {
                return tr("The certificates in %1 are expired or not yet valid. Check your computer's date "
                          "and time, or ask IT for the current root certificate.")
                    .arg(shown);
            },
            certificates.first().expiryDate().toString(Qt::ISODate));
    for (const QSslCertificate &certificate : certificates) {
        if (!isCertificateAuthority(certificate))
            return Error(
                QStringLiteral("net.extra_ca.not_ca"),
                [shown, name = certificate.subjectDisplayName()] {
                    return tr("%1 holds a certificate that is not a certificate authority (%2), for example "
                              "a website's own certificate. Only a root certificate (CA) may be added: ask "
                              "IT "
                              "for the root certificate of the network's proxy.")
                        .arg(shown, name);
                },
                fingerprint(certificate));
    }
    const QStringList found = fingerprints(certificates);
    if (!confirmedFingerprints.isEmpty() && found != confirmedFingerprints)
        return Error(
            QStringLiteral("net.extra_ca.changed"),
            [shown] {
                return tr("The certificate file %1 has changed since it was chosen, so its certificates are "
                          "not trusted. If IT gave you a new root certificate, choose the file again in the "
                          "network settings and compare its fingerprint; otherwise remove it there.")
                    .arg(shown);
            },
            QStringLiteral("confirmed %1, found %2")
                .arg(confirmedFingerprints.join(QLatin1Char(' ')), found.join(QLatin1Char(' '))));
    return certificates;
}

Result<QList<QSslCertificate>> ExtraCertificates::loadConfirmed(const QString &path,
                                                                const QStringList &confirmedFingerprints)
{
    auto loaded = load(path, confirmedFingerprints);
    if (loaded && confirmedFingerprints.isEmpty())
        return Error(
            QStringLiteral("net.extra_ca.unconfirmed"),
            [shown = QDir::toNativeSeparators(path)] {
                return tr("The extra root certificate %1 has not been confirmed by its fingerprint, so it is "
                          "not "
                          "trusted. Choose the file again in the wizard's network settings and compare the "
                          "fingerprint with the one IT gave you.")
                    .arg(shown);
            },
            fingerprints(loaded.value()).join(QLatin1Char(' ')));
    return loaded;
}

} // namespace sfm::net
