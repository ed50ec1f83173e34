#include "NetworkSettings.h"

#include "net/ExtraCertificates.h"
#include "net/NetSettings.h"

#include <QSslCertificate>

namespace sfm::onboarding {

namespace {

using NetMode = net::ProxySettings::Mode;
using Mode = NetworkSettings::ProxyMode;

Mode fromNet(NetMode mode)
{
    switch (mode) {
    case NetMode::None:
        return Mode::None;
    case NetMode::Manual:
        return Mode::Manual;
    case NetMode::System:
        break;
    }
    return Mode::System;
}

NetMode toNet(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return NetMode::None;
    case Mode::Manual:
        return NetMode::Manual;
    case Mode::System:
        break;
    }
    return NetMode::System;
}

} // namespace

NetworkSettings NetworkSettings::from(const net::NetSettings &settings)
{
    NetworkSettings s;
    s.proxyMode = fromNet(settings.proxy.mode);
    s.proxyHost = settings.proxy.host;
    s.proxyPort = settings.proxy.port;
    s.extraCaFile = settings.extraCaFile;
    s.extraCaFingerprints = settings.extraCaFingerprints;
    return s;
}

void NetworkSettings::applyTo(net::NetSettings &settings) const
{
    settings.proxy.mode = toNet(proxyMode);
    settings.proxy.host = proxyHost;
    settings.proxy.port = proxyPort;
    settings.extraCaFile = extraCaFile;
    settings.extraCaFingerprints = extraCaFingerprints;
}

Result<QList<CertificateDescription>>
NetworkSettings::describeExtraCa(const QString &path, const QStringList &confirmedFingerprints)
{
    auto loaded = net::ExtraCertificates::load(path, confirmedFingerprints);
    if (!loaded)
        return loaded.error();
    QList<CertificateDescription> described;
    for (const QSslCertificate &certificate : loaded.value())
        described.append({certificate.subjectDisplayName(), certificate.expiryDate().toUTC(),
                          net::ExtraCertificates::fingerprint(certificate)});
    return described;
}

} // namespace sfm::onboarding
