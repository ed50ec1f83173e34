#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace sfm::net {

// Root certificates to trust besides the system's, from a PEM file the user chose in the network settings:
// typically the root of a company proxy that inspects TLS, where IT has not installed it on the computer.
// The file is untrusted input: size-capped, anything but PEM certificates is a clear error, and every
// certificate in it must be a certificate authority (basicConstraints CA:TRUE): a website's own certificate
// is refused. When chosen, the user is shown each certificate's SHA-256 fingerprint, and the fingerprints
// are stored with the path; at each start the file must still hold exactly those certificates, so a file
// replaced behind the user's back (on a shared drive, in Downloads) is not trusted.
class ExtraCertificates
{
    Q_DECLARE_TR_FUNCTIONS(ExtraCertificates)

public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    // The file's certificates. With confirmedFingerprints (what the user confirmed when choosing the file),
    // the file must hold exactly the certificates with those fingerprints. Codes: net.extra_ca.unreadable,
    // net.extra_ca.too_large, net.extra_ca.none, net.extra_ca.expired, net.extra_ca.not_ca,
    // net.extra_ca.changed.
    static Result<QList<QSslCertificate>> load(const QString &path,
                                               const QStringList &confirmedFingerprints = {});
    // What the HTTP client trusts at each start: load() with the fingerprints stored with the path. A path
    // without them (settings from an earlier version) is refused too: net.extra_ca.unconfirmed.
    static Result<QList<QSslCertificate>> loadConfirmed(const QString &path,
                                                        const QStringList &confirmedFingerprints);
    // The SHA-256 fingerprint as certificate viewers and `openssl x509 -fingerprint -sha256` show it:
    // upper-case hex pairs separated by colons.
    static QString fingerprint(const QSslCertificate &certificate);
    static QStringList fingerprints(const QList<QSslCertificate> &certificates);
    // True when the certificate says it is a certificate authority (basicConstraints CA:TRUE).
    static bool isCertificateAuthority(const QSslCertificate &certificate);
};

} // namespace sfm::net
