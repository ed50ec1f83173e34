#include "ExtraCertificates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace sfm::net {

Result<QList<QSslCertificate>> ExtraCertificates::load(const QString &path)
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
    return certificates;
}

} // namespace sfm::net
