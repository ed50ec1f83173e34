#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfm::net {
struct NetSettings;
} // namespace sfm::net

namespace sfm::onboarding {

// One certificate of the extra trusted root file, as the user is shown it before trusting it.
struct CertificateDescription
{
    QString subject;           // the subject's display name
    QDateTime expiry;          // end of validity (UTC)
    QString sha256Fingerprint; // upper-case hex pairs with colons, as `openssl x509 -fingerprint -sha256`
};

// The part of the network settings a user changes in the wizard: the proxy and an extra trusted root
// certificate. ui/ edits this value and hands it back through ServiceFactory, so it never holds the HTTP
// layer's types (net::NetSettings, QSslCertificate); timeouts, size caps and retries are not the user's and
// are not in it.
struct NetworkSettings
{
    enum class ProxyMode
    {
        System, // the operating system's proxy configuration
        None,   // direct connections
        Manual  // proxyHost:proxyPort (HTTP proxy)
    };
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0; // 0 = not chosen
    // A PEM file of root certificates trusted besides the system's; empty = the system's only.
    QString extraCaFile;
    // The SHA-256 fingerprints of extraCaFile's certificates as the user confirmed them when choosing it.
    QStringList extraCaFingerprints;

    static NetworkSettings from(const net::NetSettings &settings);
    // Writes these choices into settings, leaving what the user does not choose (timeouts, limits) as it is.
    void applyTo(net::NetSettings &settings) const;

    // What the file at path holds, for the user to compare with what IT gave them. With confirmedFingerprints
    // (stored when the file was chosen), the file must still hold exactly those certificates. The checks and
    // error codes (net.extra_ca.*) are the HTTP client's own (net::ExtraCertificates::load), so the dialog
    // refuses what the client would refuse.
    static Result<QList<CertificateDescription>> describeExtraCa(const QString &path,
                                                                 const QStringList &confirmedFingerprints);
};

} // namespace sfm::onboarding
