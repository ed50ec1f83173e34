#include "Settings.h"

#include <QLocale>

#include <algorithm>

namespace sfm::storage {

namespace {
const QString KeyLanguage = QStringLiteral("language");
const QString KeyEnvironment = QStringLiteral("environment");
const QString KeyProxyMode = QStringLiteral("proxy/mode");
const QString KeyProxyHost = QStringLiteral("proxy/host");
const QString KeyProxyPort = QStringLiteral("proxy/port");
const QString KeyExtraCaFile = QStringLiteral("network/extraCaFile");
const QString KeyExtraCaFingerprints = QStringLiteral("network/extraCaSha256");
const QString KeyOnboardingDir = QStringLiteral("onboardings/directory");
const QString KeyDeadline = QStringLiteral("onboardings/deadlineSeconds");
const QString KeyVendorProfile = QStringLiteral("vendorProfile");
const QString KeyMaxConcurrent = QStringLiteral("network/maxConcurrentRequests");
const QString KeyRequestsPerSecond = QStringLiteral("network/requestsPerSecond");
constexpr qint64 DefaultDeadline = 14 * 24 * 3600;
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::language() const
{
    const QString stored = m_settings->value(KeyLanguage).toString();
    if (stored == QLatin1String("nb") || stored == QLatin1String("nn") || stored == QLatin1String("en"))
        return stored;
    const QLocale locale;
    if (locale.language() == QLocale::NorwegianNynorsk)
        return QStringLiteral("nn");
    if (locale.language() == QLocale::NorwegianBokmal)
        return QStringLiteral("nb");
    return QStringLiteral("en");
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(KeyLanguage, language);
}

QString Settings::environment() const
{
    const QString stored = m_settings->value(KeyEnvironment).toString();
    if (stored == QLatin1String("demo") || stored == QLatin1String("test") || stored == QLatin1String("prod"))
        return stored;
    return QStringLiteral("test");
}

void Settings::setEnvironment(const QString &environment)
{
    m_settings->setValue(KeyEnvironment, environment);
}

net::ProxySettings Settings::proxy() const
{
    net::ProxySettings proxy;
    net::ProxySettings::Mode mode = net::ProxySettings::Mode::System;
    if (net::ProxySettings::modeFromName(m_settings->value(KeyProxyMode).toString(), &mode))
        proxy.mode = mode;
    proxy.host = m_settings->value(KeyProxyHost).toString();
    const int port = m_settings->value(KeyProxyPort).toInt();
    proxy.port = port > 0 && port < 65536 ? quint16(port) : 0;
    return proxy;
}

QString Settings::extraCaFile() const
{
    return m_settings->value(KeyExtraCaFile).toString();
}

QStringList Settings::extraCaFingerprints() const
{
    return m_settings->value(KeyExtraCaFingerprints).toStringList();
}

void Settings::setExtraCa(const QString &path, const QStringList &fingerprints)
{
    if (path.isEmpty()) {
        m_settings->remove(KeyExtraCaFile);
        m_settings->remove(KeyExtraCaFingerprints);
        return;
    }
    m_settings->setValue(KeyExtraCaFile, path);
    m_settings->setValue(KeyExtraCaFingerprints, fingerprints);
}

net::NetSettings Settings::netSettings() const
{
    net::NetSettings net;
    net.proxy = proxy();
    net.extraCaFile = extraCaFile();
    net.extraCaFingerprints = extraCaFingerprints();
    return net;
}

void Settings::setProxy(const net::ProxySettings &proxy)
{
    m_settings->setValue(KeyProxyMode, net::ProxySettings::modeName(proxy.mode));
    m_settings->setValue(KeyProxyHost, proxy.host);
    m_settings->setValue(KeyProxyPort, int(proxy.port));
}

QString Settings::onboardingDirectory() const
{
    return m_settings->value(KeyOnboardingDir).toString();
}

void Settings::setOnboardingDirectory(const QString &dir)
{
    m_settings->setValue(KeyOnboardingDir, dir);
}

qint64 Settings::deadlineSeconds() const
{
    bool ok = false;
    const qint64 value = m_settings->value(KeyDeadline).toLongLong(&ok);
    return ok && value > 0 ? value : DefaultDeadline;
}

void Settings::setDeadlineSeconds(qint64 seconds)
{
    m_settings->setValue(KeyDeadline, seconds);
}

QString Settings::vendorProfile() const
{
    return m_settings->value(KeyVendorProfile).toString();
}

void Settings::setVendorProfile(const QString &path)
{
    m_settings->setValue(KeyVendorProfile, path);
}

int Settings::maxConcurrentRequests() const
{
    bool ok = false;
    const int value = m_settings->value(KeyMaxConcurrent).toInt(&ok);
    return ok && value > 0 ? std::min(value, 64) : 4;
}

void Settings::setMaxConcurrentRequests(int count)
{
    m_settings->setValue(KeyMaxConcurrent, count);
}

double Settings::requestsPerSecond() const
{
    bool ok = false;
    const double value = m_settings->value(KeyRequestsPerSecond).toDouble(&ok);
    return ok && value > 0 ? std::min(value, 100.0) : 5.0;
}

void Settings::setRequestsPerSecond(double rate)
{
    m_settings->setValue(KeyRequestsPerSecond, rate);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace sfm::storage
