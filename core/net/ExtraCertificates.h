#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>

namespace sfm::net {

// Root certificates to trust besides the system's, from a PEM file the user chose in the network settings:
// typically the root of a company proxy that inspects TLS, where IT has not installed it on the computer.
// The file is untrusted input: size-capped, and anything but PEM certificates is a clear error.
class ExtraCertificates
{
    Q_DECLARE_TR_FUNCTIONS(ExtraCertificates)

public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    // Codes: net.extra_ca.unreadable, net.extra_ca.too_large, net.extra_ca.none, net.extra_ca.expired.
    static Result<QList<QSslCertificate>> load(const QString &path);
};

} // namespace sfm::net
