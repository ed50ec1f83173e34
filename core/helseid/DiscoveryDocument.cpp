#include "DiscoveryDocument.h"
#include "JsonValues.h"

#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace sfm::helseid {

namespace {

// tr() of this file, in a named context: lupdate files unqualified tr() calls in free functions
// under the enclosing namespace, which would not match the context used at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiscoveryDocument)
};

QString normalizedIssuer(QString issuer)
{
    while (issuer.endsWith(QLatin1Char('/')))
        issuer.chop(1);
    return issuer;
}

Error invalid(const QString &detail)
{
    return {QStringLiteral("helseid.discovery.invalid"),
            [] {
                return Text::tr("HelseID's configuration document could not be read. Check the environment "
                                "settings and try again later.");
            },
            detail};
}

} // namespace

Result<DiscoveryDocument> DiscoveryDocument::parse(QByteArrayView json, const QString &expectedIssuer)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("not a JSON object: ") + parseError.errorString());
    const QJsonObject o = doc.object();

    DiscoveryDocument d;
    d.raw = o;
    d.issuer = o.value(QLatin1String("issuer")).toString();
    // OpenID Connect Discovery 1.0 section 4.3: the issuer must be exactly the one we asked; anything else
    // means we reached the wrong server (or a proxy page) and must not send assertions to it.
    if (normalizedIssuer(d.issuer) != normalizedIssuer(expectedIssuer))
        return Error(
            QStringLiteral("helseid.discovery.issuer_mismatch"),
            [] {
                return Text::tr("HelseID's configuration document names another issuer than the one "
                                "configured, so it is not used. Check the environment settings.");
            },
            QStringLiteral("expected %1, got %2").arg(expectedIssuer, d.issuer.left(200)));

    auto endpoint = [&](const char *name, bool required, QUrl *out) -> Result<void> {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return invalid(QStringLiteral("missing ") + QLatin1String(name));
            return {};
        }
        const QUrl url(v.toString(), QUrl::StrictMode);
        const Result<void> allowed = net::checkUrlAllowed(url);
        if (!v.isString() || !allowed)
            return invalid(QLatin1String(name) + QStringLiteral(" is not an https address"));
        *out = url;
        return {};
    };
    if (auto r = endpoint("token_endpoint", true, &d.tokenEndpoint); !r)
        return r.error();
    if (auto r = endpoint("jwks_uri", false, &d.jwksUri); !r)
        return r.error();
    if (auto r = endpoint("authorization_endpoint", false, &d.authorizationEndpoint); !r)
        return r.error();
    if (auto r =
            endpoint("pushed_authorization_request_endpoint", false, &d.pushedAuthorizationRequestEndpoint);
        !r)
        return r.error();
    d.dpopSigningAlgValuesSupported =
        jsonStringList(o.value(QLatin1String("dpop_signing_alg_values_supported")));
    d.tokenEndpointAuthSigningAlgValuesSupported =
        jsonStringList(o.value(QLatin1String("token_endpoint_auth_signing_alg_values_supported")));
    return d;
}

} // namespace sfm::helseid
