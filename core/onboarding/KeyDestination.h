#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sfm::onboarding {

// Where the EPJ reads the private key, chosen at export (docs/epj-config.md "Reading the key"). The
// onboarding keeps its own copy where KeyReference says; this is the copy handed to the EPJ.
struct KeyDestination
{
    enum class Kind
    {
        Keychain,    // this user's keychain, on this computer: the onboarding's own entry
        ServiceFile, // a PKCS#8 PEM file only a named (service) account may read
        Transfer     // a passphrase-protected file, installed on another computer with `sfmctl key install`
    };
    Kind kind = Kind::Keychain;
    QString path;     // ServiceFile: the key file; Transfer: the transfer file
    QString owner;    // ServiceFile: the account that owns it (and alone may read it)
    bool jwk = false; // ServiceFile: also the private JWK beside it, as <path>.jwk (NHN's tools read it)

    bool operator==(const KeyDestination &other) const = default;
    // The JWK file beside a service-account key file.
    QString jwkPath() const { return path + QStringLiteral(".jwk"); }
    QJsonObject toJson() const;
    static KeyDestination fromJson(const QJsonObject &json);
    static QString kindName(Kind kind); // "keychain", "file", "transfer"
    static std::optional<Kind> kindFromName(const QString &name);
};

} // namespace sfm::onboarding
