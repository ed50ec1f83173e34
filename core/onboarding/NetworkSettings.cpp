#include "NetworkSettings.h"

#include "net/ExtraCertificates.h"
#include "net/NetSettings.h"

#include <QSslCertificate>

#include <utility>

namespace sfm::onboarding {

namespace {

using NetMode = net::ProxySettings::Mode;
using Mode = NetworkSettings::ProxyMode;

// The same three choices on both sides; the table keeps them paired when one side grows.
constexpr std::pair<Mode, NetMode> Modes[] = {
    {Mode::System, NetMode::System}, {Mode::None, NetMode::None}, {Mode::Manual, NetMode::Manual}};

Mode fromNet(NetMode mode)
{
    for (const auto &[ours, theirs] : Modes)
        if (theirs == mode)
            return ours;
    return Mode::System;
}

NetMode toNet(Mode mode)
{
    for (const auto &[ours, theirs] : Modes)
        if (ours == mode)
            return theirs;
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
