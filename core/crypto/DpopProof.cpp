#include "DpopProof.h"

#include "Base64Url.h"
#include "Clock.h"
#include "CryptoText.h"
#include "Jws.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>

#include <openssl/rand.h>

namespace sfm::crypto {

namespace {

bool isHttpMethod(const QString &method)
{
    if (method.isEmpty() || method.size() > 32)
        return false;
    for (const QChar c : method) {
        if (!(c >= QLatin1Char('A') && c <= QLatin1Char('Z')) &&
            !(c >= QLatin1Char('a') && c <= QLatin1Char('z')))
            return false;
    }
    return true;
}

} // namespace

QString dpopHtu(const QUrl &url)
{
    // RFC 9449 4.2: the target URI without query and fragment; user info never belongs in it either.
    QUrl htu = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (htu.path().isEmpty())
        htu.setPath(QStringLiteral("/")); // what the server sees as the request target
    return htu.toString(QUrl::FullyEncoded);
}

QByteArray accessTokenHash(QByteArrayView token)
{
    return base64UrlEncode(QCryptographicHash::hash(token, QCryptographicHash::Sha256));
}

QString newJti()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        // Still a cryptographic source: the operating system's.
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes),
                                              sizeof bytes / sizeof(quint32));
    }
    return QString::fromLatin1(base64UrlEncode(QByteArrayView(bytes, sizeof bytes)));
}

Result<QByteArray> buildDpopProof(const Key &key, Algorithm alg, const DpopParams &params)
{
    if (!isHttpMethod(params.method)) {
        return Error(
            QStringLiteral("crypto.dpop.bad_method"),
            [] {
                return CryptoText::tr(
                    "A DPoP proof needs the HTTP method of the request (such as POST or GET).");
            },
            QStringLiteral("method=") + params.method.left(32));
    }
    const QString scheme = params.url.scheme();
    if (!params.url.isValid() || params.url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return Error(
            QStringLiteral("crypto.dpop.bad_url"),
            [] { return CryptoText::tr("A DPoP proof needs the full http(s) address of the request."); },
            params.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200));
    }
    if (key.isNull() || !key.hasPrivate()) {
        return Error(QStringLiteral("crypto.dpop.no_private_key"), [] {
            return CryptoText::tr("A DPoP proof must be signed with the client's private key, and it is not "
                                  "available. Choose the private key file or import the key again.");
        });
    }

    QJsonObject header;
    header.insert(QStringLiteral("typ"), QStringLiteral("dpop+jwt"));
    header.insert(QStringLiteral("jwk"), key.minimalPublicJwk()); // public members only, by construction

    QJsonObject claims;
    claims.insert(QStringLiteral("jti"), newJti());
    claims.insert(QStringLiteral("htm"), params.method);
    claims.insert(QStringLiteral("htu"), dpopHtu(params.url));
    claims.insert(QStringLiteral("iat"), params.nowEpochSeconds.value_or(currentEpochSeconds()));
    if (!params.nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), params.nonce);
    if (!params.accessToken.isEmpty())
        claims.insert(QStringLiteral("ath"), QString::fromLatin1(accessTokenHash(params.accessToken)));
    return signCompact(header, claims, key, alg);
}

} // namespace sfm::crypto
