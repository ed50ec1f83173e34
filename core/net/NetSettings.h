#pragma once

#include "RetryPolicy.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace sfm::net {

// How requests reach the internet. Many municipality networks need a proxy; the system's configuration is
// the default, and the user can override it in the settings.
struct ProxySettings
{
    enum class Mode
    {
        System, // the operating system's proxy configuration (PAC/WPAD on Windows, *_proxy on Linux)
        None,   // direct connections
        Manual  // host:port below (HTTP proxy)
    };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;

    static QString modeName(Mode mode);                     // "system", "none", "manual"
    static bool modeFromName(QStringView name, Mode *mode); // false for an unknown name
};

// Everything the HTTP layer needs to know that a user or a test may change.
struct NetSettings
{
    ProxySettings proxy;
    std::chrono::milliseconds timeout{30000};  // per attempt, whole exchange
    qint64 maxResponseBytes = 4 * 1024 * 1024; // answers larger than this are aborted
    RetryPolicy retry;
    int clockSkewWarningSeconds = 30; // HelseID assertions live 60 s
    // A PEM file of root certificates trusted besides the system's (a TLS-inspecting company proxy);
    // empty = the system's only. Plain-http loopback requests are not affected.
    QString extraCaFile;
    // The SHA-256 fingerprints (ExtraCertificates::fingerprint) of the certificates in extraCaFile as the
    // user confirmed them when choosing it; the file is trusted only while it still holds exactly these.
    QStringList extraCaFingerprints;
};

} // namespace sfm::net
