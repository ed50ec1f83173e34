#pragma once

#include <QJsonObject>
#include <QString>

namespace sfm::onboarding {

// Where the private key is kept. Never the key itself.
struct KeyReference
{
    enum class Kind
    {
        None,         // no key yet
        Keychain,     // the operating system's keychain (QtKeychain)
        EncryptedFile // the explicit, user-chosen fallback: a passphrase-encrypted PKCS#8 file
    };
    Kind kind = Kind::None;
    QString service; // keychain service name
    QString entry;   // keychain entry name, or the encrypted file's path

    bool isNull() const { return kind == Kind::None; }
    QJsonObject toJson() const;
    static KeyReference fromJson(const QJsonObject &json);
    static QString kindName(Kind kind); // "none", "keychain", "encrypted-file"
};

} // namespace sfm::onboarding
