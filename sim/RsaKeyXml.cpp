#include "RsaKeyXml.h"

#include "crypto/Base64Url.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sfm::sim {

SecureBytes rsaKeyValueXml(const crypto::Key &key)
{
    if (key.isNull() || !key.hasPrivate() || key.type() != crypto::KeyType::Rsa)
        return {};
    const SecureBytes json = key.privateJwkJson();
    const QJsonObject jwk = QJsonDocument::fromJson(json.bytes()).object();
    static const std::pair<const char *, const char *> members[] = {
        {"Modulus", "n"}, {"Exponent", "e"}, {"P", "p"},         {"Q", "q"},
        {"DP", "dp"},     {"DQ", "dq"},      {"InverseQ", "qi"}, {"D", "d"}};
    QByteArray xml = QByteArrayLiteral("<RSAKeyValue>");
    for (const auto &[element, member] : members) {
        auto raw = crypto::base64UrlDecode(jwk.value(QLatin1String(member)).toString().toLatin1());
        if (!raw) {
            secureWipe(xml);
            return {};
        }
        xml += '<' + QByteArray(element) + '>' + raw->toBase64() + "</" + QByteArray(element) + '>';
        secureWipe(*raw);
    }
    xml += QByteArrayLiteral("</RSAKeyValue>");
    return SecureBytes(std::move(xml));
}

} // namespace sfm::sim
