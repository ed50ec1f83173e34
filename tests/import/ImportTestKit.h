#pragma once

#include "Result.h"
#include "crypto/Key.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Shared by the import tests: keys made at runtime (never committed), the portal's JSON and .NET XML forms
// of them, and zips written the ways the portal may write them (ZipCrypto via Info-ZIP, AES via libzip and
// via 7-Zip).
namespace ImportTestKit {

// For QVERIFY2, which evaluates its message even when the check passes.
template<typename T>
QByteArray why(const sfm::Result<T> &result)
{
    return result.ok() ? QByteArray()
                       : result.error().toString().toUtf8() + " [" + result.error().code.toUtf8() + ']';
}

inline const QString TestIssuer = QStringLiteral("https://helseid-sts.test.nhn.no");
inline const QString ProdIssuer = QStringLiteral("https://helseid-sts.nhn.no");

// One RSA 2048 key per test process (fast under ASan), and a second, different one.
const sfm::crypto::Key &rsaKey();
const sfm::crypto::Key &otherRsaKey();

// The private JWK of key as a JSON object (what the portal serializes into "privateJwk").
QJsonObject privateJwk(const sfm::crypto::Key &key);
// .NET's <RSAKeyValue> form, with .NET's fixed-width numbers (leading zero bytes kept).
QString dotNetXml(const sfm::crypto::Key &key);
QString dotNetXmlFromJwk(const QJsonObject &jwk);

// A complete configuration as the portal writes it: privateJwk as a JSON-encoded string and rsaPrivateKey.
QJsonObject portalJson(const sfm::crypto::Key &key, const QString &clientId = QStringLiteral("c0ffee-1234"));
QByteArray toBytes(const QJsonObject &object);

struct ZipEntry
{
    QString name;
    QByteArray data;
};
// Info-ZIP's `zip -P` (traditional PKWARE "ZipCrypto"); returns false when zip failed. store: no
// compression (`zip -0`), so a wrong password that passes the header check reaches the CRC check.
bool writeZipCrypto(const QString &zipPath, const QList<ZipEntry> &entries, const QByteArray &password,
                    bool store = false);
// Wrong passwords (not `password`) that pass the one-byte check of the ZipCrypto header of the zip's first
// entry (APPNOTE 6.1.6: the last header byte is the CRC's high byte, or the DOS time's high byte when bit 3
// is set), found by trying "wrong-0", "wrong-1", …; empty when the first entry is not ZipCrypto-encrypted
// or the right password does not pass the check as read (then this reading of the header is wrong).
// With these a reader always gets past the header to the entry's data, which then fails to inflate or fails
// its CRC — the paths a random wrong password takes about one time in 128.
QList<QByteArray> wrongPasswordsPassingZipCryptoCheck(const QByteArray &zip, const QByteArray &password,
                                                      int count);
// libzip, WinZip AES (method ZIP_EM_AES_128/192/256), or no encryption when password is empty.
bool writeLibzip(const QString &zipPath, const QList<ZipEntry> &entries, const QByteArray &password,
                 int method);

// 7-Zip (`7zz`, or `7z` from p7zip): WinZip AES of aesBits (128, 192, 256), AE-2 as 7-Zip writes it;
// deflated, or stored when store is true. Empty when neither program is installed.
QString sevenZipProgram();
bool writeSevenZip(const QString &zipPath, const QList<ZipEntry> &entries, const QByteArray &password,
                   int aesBits, bool store = false);

bool writeFile(const QString &path, const QByteArray &data);

// Every secret member value of a private JWK (d, p, q, dp, dq, qi), to assert none appears in a text.
QStringList secretValues(const QJsonObject &jwk);

} // namespace ImportTestKit
