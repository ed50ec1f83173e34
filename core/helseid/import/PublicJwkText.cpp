#include "PublicJwkText.h"

#include <QJsonDocument>

namespace sfm::helseid {

namespace {

QJsonDocument publicDocument(const crypto::Key &key, std::optional<crypto::Algorithm> alg)
{
    if (key.isNull())
        return {};
    // publicJwk() never carries private members, whatever the key holds.
    return QJsonDocument(key.publicJwk(alg ? alg : std::optional(key.defaultAlgorithm())));
}

} // namespace

QByteArray PublicJwkText::forFile(const crypto::Key &key, std::optional<crypto::Algorithm> alg)
{
    if (key.isNull())
        return {};
    return publicDocument(key, alg).toJson(QJsonDocument::Indented);
}

QString PublicJwkText::forClipboard(const crypto::Key &key, std::optional<crypto::Algorithm> alg)
{
    if (key.isNull())
        return {};
    return QString::fromUtf8(publicDocument(key, alg).toJson(QJsonDocument::Compact));
}

} // namespace sfm::helseid
