#pragma once

#include "net/NetSettings.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace sfm::storage {

// The user's settings (QSettings, per user): language, environment, proxy, onboarding directory, how long
// to wait for signing, where keys go. One place, so the wizard and sfmctl agree.
class Settings
{
public:
    Settings();                                // the application's default QSettings
    explicit Settings(const QString &iniPath); // an explicit file (tests, support staff)
    ~Settings();

    QString language() const; // "nb", "nn" or "en"; default from the system locale
    void setLanguage(const QString &language);

    QString environment() const; // "demo", "test", "prod"; default "test"
    void setEnvironment(const QString &environment);

    net::ProxySettings proxy() const;
    void setProxy(const net::ProxySettings &proxy);

    QString extraCaFile() const; // a PEM file of extra root certificates to trust; empty = none
    // The SHA-256 fingerprints of its certificates as the user confirmed them (net::ExtraCertificates).
    QStringList extraCaFingerprints() const;
    // An empty path removes both.
    void setExtraCa(const QString &path, const QStringList &fingerprints);
    // The proxy and the extra certificates, as the HTTP client takes them.
    net::NetSettings netSettings() const;

    QString onboardingDirectory() const; // empty = OnboardingStore::defaultDirectory()
    void setOnboardingDirectory(const QString &dir);

    qint64 deadlineSeconds() const; // default 14 days
    void setDeadlineSeconds(qint64 seconds);

    QString vendorProfile() const; // a profile file, or empty for the built-in one
    void setVendorProfile(const QString &path);

    // The request budget shared by many onboardings (core/fleet/RequestBudget): at most this many requests
    // at once (default 4) and this many started per second (default 5).
    int maxConcurrentRequests() const;
    void setMaxConcurrentRequests(int count);
    double requestsPerSecond() const;
    void setRequestsPerSecond(double rate);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sfm::storage
