#include "DotNetRsaKeyXml.h"

#include "ImportLimits.h"
#include "SecureBytes.h"
#include "crypto/Base64Url.h"

#include <QHash>
#include <QXmlStreamReader>

#include <array>

namespace sfm::helseid {

namespace {

struct Member
{
    const char *xmlName;
    const char *jwkName;
};

// .NET's element names and the JWK members they become (RFC 7518 section 6.3).
constexpr std::array<Member, 8> Members = {{{"Modulus", "n"},
                                            {"Exponent", "e"},
                                            {"D", "d"},
                                            {"P", "p"},
                                            {"Q", "q"},
                                            {"DP", "dp"},
                                            {"DQ", "dq"},
                                            {"InverseQ", "qi"}}};

const Member *memberFor(QStringView name)
{
    for (const Member &m : Members) {
        if (name == QLatin1String(m.xmlName))
            return &m;
    }
    return nullptr;
}

// .NET pads D, P, Q, … to fixed widths; JWK numbers are minimal (RFC 7518 section 2, Base64urlUInt), and the
// thumbprint depends on n having no leading zero.
QByteArray stripLeadingZeros(QByteArray value)
{
    qsizetype i = 0;
    while (i < value.size() - 1 && value.at(i) == '\0')
        ++i;
    return value.mid(i);
}

Error badXml(const QString &detail)
{
    return Error(
        QStringLiteral("import.bad_key_xml"),
        [] {
            return DotNetRsaKeyXml::tr("The RSA key in the configuration file (rsaPrivateKey) could not be "
                                       "read. Download the configuration file from the portal again.");
        },
        detail);
}

} // namespace

Result<QJsonObject> DotNetRsaKeyXml::toPrivateJwk(QByteArrayView xml)
{
    if (xml.size() > limits::MaxKeyXmlBytes) {
        return Error(
            QStringLiteral("import.too_large"),
            [] {
                return tr("The RSA key in the configuration file is far larger than any real key. Check that "
                          "you chose the file from the HelseID portal.");
            },
            QStringLiteral("rsaPrivateKey: %1 bytes").arg(xml.size()));
    }

    QXmlStreamReader reader(xml.toByteArray());
    QHash<QString, QByteArray> values;
    int depth = 0;
    bool sawRoot = false;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Comment:
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
        case QXmlStreamReader::ProcessingInstruction:
            // A key needs none of these; refusing them also rules out entity expansion tricks.
            return badXml(QStringLiteral("rsaPrivateKey: %1 not allowed").arg(reader.tokenString()));
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 1) {
                if (sawRoot || reader.name() != QLatin1String("RSAKeyValue"))
                    return badXml(QStringLiteral("rsaPrivateKey: root element is not RSAKeyValue"));
                sawRoot = true;
                if (!reader.attributes().isEmpty())
                    return badXml(QStringLiteral("rsaPrivateKey: unexpected attributes"));
            } else if (depth == 2) {
                const Member *member = memberFor(reader.name());
                if (!member) {
                    return badXml(
                        QStringLiteral("rsaPrivateKey: unknown element %1").arg(reader.name().left(40)));
                }
                const QString key = QString::fromLatin1(member->jwkName);
                if (values.contains(key))
                    return badXml(QStringLiteral("rsaPrivateKey: %1 appears twice").arg(reader.name()));
                // readElementText() consumes the end element; a nested element is an error there.
                const QString text = reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
                if (reader.hasError())
                    break;
                --depth;
                const QByteArray encoded = text.trimmed().toLatin1();
                if (encoded.isEmpty() || encoded.size() > limits::MaxKeyXmlValueBytes * 4 / 3 + 4)
                    return badXml(QStringLiteral("rsaPrivateKey: %1 empty or too long")
                                      .arg(QLatin1String(member->xmlName)));
                auto decoded =
                    QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded || decoded.decoded.isEmpty())
                    return badXml(QStringLiteral("rsaPrivateKey: %1 is not base64")
                                      .arg(QLatin1String(member->xmlName)));
                values.insert(key, stripLeadingZeros(decoded.decoded));
            } else {
                return badXml(QStringLiteral("rsaPrivateKey: nested elements"));
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (!reader.isWhitespace())
                return badXml(QStringLiteral("rsaPrivateKey: unexpected text"));
            break;
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Invalid:
            break;
        }
        if (reader.hasError())
            break;
    }
    if (reader.hasError()) {
        return badXml(QStringLiteral("rsaPrivateKey: XML error at line %1: %2")
                          .arg(reader.lineNumber())
                          .arg(reader.errorString()));
    }
    if (!sawRoot)
        return badXml(QStringLiteral("rsaPrivateKey: no RSAKeyValue element"));

    if (!values.contains(QStringLiteral("n")) || !values.contains(QStringLiteral("e")))
        return badXml(QStringLiteral("rsaPrivateKey: Modulus or Exponent missing"));
    if (values.size() == 2) {
        return Error(
            QStringLiteral("import.no_private_key"),
            [] {
                return tr(
                    "The configuration file holds only the public part of the RSA key, so it cannot be used "
                    "to log in to HelseID. Download the configuration file from the portal again.");
            },
            QStringLiteral("rsaPrivateKey: public key only"));
    }
    if (values.size() != qsizetype(Members.size())) {
        QStringList missing;
        for (const Member &m : Members) {
            if (!values.contains(QString::fromLatin1(m.jwkName)))
                missing << QString::fromLatin1(m.xmlName);
        }
        return badXml(QStringLiteral("rsaPrivateKey: missing %1").arg(missing.join(QStringLiteral(", "))));
    }

    QJsonObject jwk;
    jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        jwk.insert(it.key(), QString::fromLatin1(crypto::base64UrlEncode(it.value())));
    // The decoded numbers of the private part are wiped; the JWK strings cannot be (Key::fromJwk takes a
    // QJsonObject), which callers keep short-lived.
    for (auto it = values.begin(); it != values.end(); ++it)
        secureWipe(it.value());
    return jwk;
}

} // namespace sfm::helseid
