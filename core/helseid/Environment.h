#pragma once

#include "Result.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace sfm::helseid {

// Where HelseID lives for one environment (reference section 2): the STS issuer, the self-service API and
// the self-service portal. The only place in the code that names a HelseID host; everything else comes
// from here or from discovery.
struct Environment
{
    enum class Kind
    {
        Demo, // the built-in simulator on loopback, clearly labelled in the UI
        Test,
        Prod,
        Custom
    };

    Kind kind = Kind::Test;
    QUrl issuer;     // e.g. https://helseid-sts.test.nhn.no (no trailing slash)
    QUrl apiBase;    // e.g. https://api.selvbetjening.test.nhn.no
    QUrl portalBase; // e.g. https://selvbetjening.test.nhn.no

    static Environment test();
    static Environment prod();
    // Built at runtime from the simulator's announced URLs.
    static Environment demo(const QUrl &issuer, const QUrl &apiBase, const QUrl &portalBase);
    static Environment custom(const QUrl &issuer, const QUrl &apiBase, const QUrl &portalBase);
    // The demo environment from the simulator's start line {"issuer","api","portal",…}; every URL must be
    // loopback (the practice mode never leaves this computer).
    static Result<Environment> demoFromAnnouncement(QByteArrayView jsonLine);
    // "test" / "prod" (demo and custom need their URLs, so they are not found by name).
    static Result<Environment> fromName(QStringView name);
    // The one mapping of stable names ("demo", "test", "prod", "custom") to kinds; nullopt for others.
    static std::optional<Kind> kindFromName(QStringView name);
    // An environment as a file wrote it (untrusted): test and prod must carry exactly their own addresses,
    // demo only loopback ones, custom any the URL policy allows (https, or http on loopback). So a planted
    // file cannot send the vendor's API key for an environment anywhere but that environment's API.
    static Result<Environment> fromSaved(QStringView name, const QUrl &issuer, const QUrl &apiBase,
                                         const QUrl &portalBase);

    QString name() const;        // "demo", "test", "prod", "custom" — stable, for files and the CLI
    QString displayName() const; // translated
    bool isValid() const;

    QUrl discoveryUrl() const;                            // {issuer}/.well-known/openid-configuration
    QUrl apiUrl(QStringView path) const;                  // {api}{path}, path starting with "/"
    QUrl confirmClientUrl(const QString &clientId) const; // {portal}/confirm-client/{clientId}
    // The issuer as the string that goes into "aud" and is compared with discovery (no trailing slash).
    QString issuerString() const;

    bool operator==(const Environment &other) const = default;
};

} // namespace sfm::helseid
