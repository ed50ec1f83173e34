#include "ImportTestKit.h"

#include "crypto/Base64Url.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <zip.h>

namespace ImportTestKit {

using sfm::crypto::Key;

const Key &rsaKey()
{
    static const Key key = Key::generateRsa(2048).value();
    return key;
}

const Key &otherRsaKey()
{
    static const Key key = Key::generateRsa(2048).value();
    return key;
}

QJsonObject privateJwk(const Key &key)
{
    return QJsonDocument::fromJson(key.privateJwkJson().bytes()).object();
}

static QString dotNetNumber(const QJsonObject &jwk, const char *member, qsizetype width)
{
    QByteArray value =
        sfm::crypto::base64UrlDecode(jwk.value(QLatin1String(member)).toString().toLatin1()).value();
    if (value.size() < width)
        value.prepend(QByteArray(width - value.size(), '\0'));
    return QString::fromLatin1(value.toBase64());
}

QString dotNetXmlFromJwk(const QJsonObject &jwk)
{
    const qsizetype k =
        sfm::crypto::base64UrlDecode(jwk.value(QStringLiteral("n")).toString().toLatin1()).value().size();
    const qsizetype half = (k + 1) / 2;
    return QStringLiteral("<RSAKeyValue><Modulus>%1</Modulus><Exponent>%2</Exponent><P>%3</P><Q>%4</Q>"
                          "<DP>%5</DP><DQ>%6</DQ><InverseQ>%7</InverseQ><D>%8</D></RSAKeyValue>")
        .arg(dotNetNumber(jwk, "n", k), dotNetNumber(jwk, "e", 0), dotNetNumber(jwk, "p", half),
             dotNetNumber(jwk, "q", half), dotNetNumber(jwk, "dp", half), dotNetNumber(jwk, "dq", half),
             dotNetNumber(jwk, "qi", half), dotNetNumber(jwk, "d", k));
}

QString dotNetXml(const Key &key)
{
    return dotNetXmlFromJwk(privateJwk(key));
}

QJsonObject portalJson(const Key &key, const QString &clientId)
{
    QJsonObject jwk = privateJwk(key);
    jwk.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    jwk.insert(QStringLiteral("kid"), key.thumbprint());
    return QJsonObject{
        {QStringLiteral("clientName"), QStringLiteral("Testkommune EPJ")},
        {QStringLiteral("authority"), TestIssuer},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("grantTypes"), QJsonArray{QStringLiteral("client_credentials")}},
        {QStringLiteral("scopes"),
         QJsonArray{QStringLiteral("e-helse:sfm.api/sfm.api2"), QStringLiteral("nhn:selvbetjening/client")}},
        {QStringLiteral("redirectUris"), QJsonArray{}},
        {QStringLiteral("postLogoutRedirectUris"), QJsonArray{}},
        {QStringLiteral("secretType"), QStringLiteral("private_key_jwt:RsaPrivateKeyJwtSecret")},
        {QStringLiteral("rsaPrivateKey"), dotNetXml(key)},
        {QStringLiteral("rsaKeySizeBits"), key.bits()},
        {QStringLiteral("privateJwk"), QString::fromUtf8(QJsonDocument(jwk).toJson(QJsonDocument::Compact))},
        {QStringLiteral("pkceRequired"), false},
    };
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool writeZipCrypto(const QString &zipPath, const QList<ZipEntry> &entries, const QByteArray &password,
                    bool store)
{
    QTemporaryDir staging;
    QStringList args{QStringLiteral("-q"), QStringLiteral("-j"), QStringLiteral("-X")};
    if (store)
        args << QStringLiteral("-0");
    if (!password.isEmpty())
        args << QStringLiteral("-P") << QString::fromUtf8(password);
    args << zipPath;
    for (const ZipEntry &entry : entries) {
        const QString path = staging.filePath(entry.name);
        if (!writeFile(path, entry.data))
            return false;
        args << path;
    }
    QFile::remove(zipPath);
    QProcess zip;
    zip.start(QStringLiteral("/usr/bin/zip"), args);
    return zip.waitForFinished(60000) && zip.exitStatus() == QProcess::NormalExit && zip.exitCode() == 0;
}

QString sevenZipProgram()
{
    for (const char *name : {"7zz", "7z"}) {
        const QString path = QStandardPaths::findExecutable(QLatin1String(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

bool writeSevenZip(const QString &zipPath, const QList<ZipEntry> &entries, const QByteArray &password,
                   int aesBits, bool store)
{
    const QString program = sevenZipProgram();
    QTemporaryDir staging;
    if (program.isEmpty() || !staging.isValid())
        return false;
    QStringList args{QStringLiteral("a"),
                     QStringLiteral("-tzip"),
                     QStringLiteral("-bd"),
                     QStringLiteral("-y"),
                     QStringLiteral("-mem=AES%1").arg(aesBits),
                     QStringLiteral("-p") + QString::fromUtf8(password),
                     store ? QStringLiteral("-mx=0") : QStringLiteral("-mx=5"),
                     zipPath};
    for (const ZipEntry &entry : entries) {
        const QString path = staging.filePath(entry.name);
        if (!writeFile(path, entry.data))
            return false;
        args << path;
    }
    QFile::remove(zipPath);
    QProcess sevenZip;
    sevenZip.start(program, args);
    return sevenZip.waitForFinished(60000) && sevenZip.exitStatus() == QProcess::NormalExit &&
           sevenZip.exitCode() == 0;
}

namespace {

// The traditional PKWARE cipher (APPNOTE 6.1), written out here from the specification so the test does not
// depend on the reader it checks.
class ZipCryptoKeys
{
public:
    explicit ZipCryptoKeys(const QByteArray &password)
    {
        for (const char c : password)
            update(quint8(c));
    }
    quint8 decrypt(quint8 c)
    {
        // In 32-bit unsigned arithmetic, as PKWARE's APPNOTE means it: quint16 operands promote to int, and
        // 0xffff * 0xfffe overflows a signed int.
        const quint32 temp = quint32(m_k2 | 2) & 0xffff;
        const quint8 plain = c ^ quint8((temp * (temp ^ 1)) >> 8);
        update(plain);
        return plain;
    }

private:
    static quint32 crc32(quint32 crc, quint8 b)
    {
        crc ^= b;
        for (int i = 0; i < 8; ++i)
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        return crc;
    }
    void update(quint8 c)
    {
        m_k0 = crc32(m_k0, c);
        m_k1 = (m_k1 + (m_k0 & 0xff)) * 134775813u + 1;
        m_k2 = crc32(m_k2, quint8(m_k1 >> 24));
    }
    quint32 m_k0 = 0x12345678u;
    quint32 m_k1 = 0x23456789u;
    quint32 m_k2 = 0x34567890u;
};

quint32 littleEndian(const QByteArray &data, qsizetype at, int bytes)
{
    quint32 value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | quint8(data.at(at + i));
    return value;
}

} // namespace

QList<QByteArray> wrongPasswordsPassingZipCryptoCheck(const QByteArray &zip, const QByteArray &password,
                                                      int count)
{
    // The first local file header: signature, version, flags, method, time, date, CRC, sizes, name, extra.
    if (zip.size() < 30 || !zip.startsWith(QByteArrayLiteral("PK\x03\x04")))
        return {};
    const quint32 flags = littleEndian(zip, 6, 2);
    if (!(flags & 1) || (flags & 0x40)) // not encrypted, or strong encryption (not ZipCrypto)
        return {};
    const quint8 expected = (flags & 8) ? quint8(littleEndian(zip, 10, 2) >> 8)   // DOS time, high byte
                                        : quint8(littleEndian(zip, 14, 4) >> 24); // CRC-32, high byte
    const qsizetype header = 30 + littleEndian(zip, 26, 2) + littleEndian(zip, 28, 2);
    if (zip.size() < header + 12)
        return {};
    const auto passes = [&](const QByteArray &candidate) {
        ZipCryptoKeys keys(candidate);
        quint8 last = 0;
        for (int b = 0; b < 12; ++b)
            last = keys.decrypt(quint8(zip.at(header + b)));
        return last == expected;
    };
    if (!passes(password))
        return {}; // the right password must pass: otherwise this reading of the header is wrong
    QList<QByteArray> found;
    for (int i = 0; found.size() < count && i < 1000000; ++i) {
        const QByteArray candidate = "wrong-" + QByteArray::number(i);
        if (candidate != password && passes(candidate))
            found.append(candidate);
    }
    return found;
}

bool writeLibzip(const QString &zipPath, const QList<ZipEntry> &entries, const QByteArray &password,
                 int method)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const ZipEntry &entry : entries) {
        // zip_close() reads the data; entries outlives it.
        zip_source_t *source =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index =
            source ? zip_file_add(archive, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
        if (!password.isEmpty() && zip_file_set_encryption(archive, zip_uint64_t(index), zip_uint16_t(method),
                                                           password.constData()) != 0) {
            zip_discard(archive);
            return false;
        }
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return false;
    }
    return true;
}

QStringList secretValues(const QJsonObject &jwk)
{
    QStringList values;
    for (const char *member : {"d", "p", "q", "dp", "dq", "qi"}) {
        const QString value = jwk.value(QLatin1String(member)).toString();
        if (value.isEmpty())
            continue;
        // A prefix is enough to spot a leak; the XML form uses the standard base64 alphabet.
        values << value.left(24);
        values << value.left(24)
                      .replace(QLatin1Char('-'), QLatin1Char('+'))
                      .replace(QLatin1Char('_'), QLatin1Char('/'));
    }
    return values;
}

} // namespace ImportTestKit
