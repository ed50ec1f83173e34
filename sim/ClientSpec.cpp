#include "ClientSpec.h"

#include "Validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace sfm::sim {

namespace {

const QString ValidationTitle = QStringLiteral("One or more validation errors occurred.");

SimResponse bindingError(const QString &member, const QString &expectedType)
{
    return SimResponse::problem(
        400, ValidationTitle, {},
        QJsonObject{{QStringLiteral("$.") + member,
                     QJsonArray{QStringLiteral("The JSON value could not be converted to %1. Path: $.%2")
                                    .arg(expectedType, member)}}});
}

SimResponse requiredError(const QString &member)
{
    QString field = member;
    field[0] = field[0].toUpper();
    return SimResponse::problem(
        400, ValidationTitle, {},
        QJsonObject{{field, QJsonArray{QStringLiteral("The %1 field is required.").arg(field)}}});
}

// A member that must be null/absent or a list of strings; nullopt means it did not bind.
std::optional<QStringList> optionalStrings(const QJsonObject &body, const QString &member)
{
    const QJsonValue v = body.value(member);
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

// NHN's samples leave an empty optional member out of a draft (reference section 9); null or [] is
// refused unless settings.acceptEmptyDraftMembers.
std::optional<SimResponse> refuseEmptyMember(const QJsonObject &body, const QString &member)
{
    const QJsonValue v = body.value(member);
    if (v.isNull() || (v.isArray() && v.toArray().isEmpty()))
        return SimResponse::propertyError(
            member, QStringLiteral("Leave the member out when it has no value (it was %1).")
                        .arg(v.isNull() ? QStringLiteral("null") : QStringLiteral("[]")));
    return std::nullopt;
}

bool isAbsoluteUri(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() && !url.host().isEmpty();
}

} // namespace

std::variant<crypto::Key, SimResponse> readPublicJwk(const QString &jwkText, const QString &property,
                                                     const SimSettings &settings)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(jwkText.toUtf8(), &parseError);
    if (!doc.isObject())
        return SimResponse::propertyError(property, QStringLiteral("The value is not a JSON Web Key."));
    const QJsonObject jwk = doc.object();
    if (hasPrivateMembers(jwk))
        return SimResponse::propertyError(property,
                                          QStringLiteral("The key contains private key material. Send the "
                                                         "public key only."));
    if (settings.requireJwkAlg && jwk.value(QStringLiteral("alg")).toString().isEmpty())
        return SimResponse::propertyError(property, QStringLiteral("The key must have an 'alg' value."));
    auto key = crypto::Key::fromJwk(jwk);
    if (!key)
        return SimResponse::propertyError(property,
                                          QStringLiteral("The key is not valid: %1").arg(key.error().detail));
    if (key->type() == crypto::KeyType::Ec && !settings.acceptEcKeys)
        return SimResponse::propertyError(property, QStringLiteral("Only RSA keys are accepted."));
    return key.value();
}

std::variant<ClientSpec, SimResponse> readClientSpec(const QByteArray &body, const Klientmal &klientmal,
                                                     const SimSettings &settings, SpecKind kind)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return SimResponse::problem(
            400, ValidationTitle, {},
            QJsonObject{
                {QStringLiteral("$"), QJsonArray{QStringLiteral("The request body is not a JSON object: %1")
                                                     .arg(parseError.errorString())}}});
    const QJsonObject json = doc.object();
    ClientSpec spec;

    if (kind == SpecKind::Draft) {
        const QJsonValue org = json.value(QStringLiteral("organizationNumber"));
        if (org.isUndefined() || org.isNull())
            return requiredError(QStringLiteral("organizationNumber"));
        if (!org.isString())
            return bindingError(QStringLiteral("organizationNumber"), QStringLiteral("System.String"));
        spec.organizationNumber = org.toString();
        if (!isValidOrganizationNumber(spec.organizationNumber))
            return SimResponse::propertyError(QStringLiteral("organizationNumber"),
                                              QStringLiteral("The organization number is not valid."));

        const QJsonValue jwk = json.value(QStringLiteral("publicJwk"));
        if (jwk.isUndefined() || jwk.isNull())
            return requiredError(QStringLiteral("publicJwk"));
        // The API takes the JWK serialized into a JSON string; an object does not bind (reference §3.1).
        if (!jwk.isString())
            return bindingError(QStringLiteral("publicJwk"), QStringLiteral("System.String"));
        auto key = readPublicJwk(jwk.toString(), QStringLiteral("publicJwk"), settings);
        if (auto *refusal = std::get_if<SimResponse>(&key))
            return *refusal;
        spec.publicKey = std::get<crypto::Key>(key);
        spec.publicJwk = QJsonDocument::fromJson(jwk.toString().toUtf8()).object();

        const QJsonValue redirect = json.value(QStringLiteral("postClientConfirmationRedirectUri"));
        if (!redirect.isUndefined() && !redirect.isNull() && !redirect.isString())
            return bindingError(QStringLiteral("postClientConfirmationRedirectUri"),
                                QStringLiteral("System.String"));
        spec.postClientConfirmationRedirectUri = redirect.toString();
        if (!spec.postClientConfirmationRedirectUri.isEmpty() &&
            !isAbsoluteUri(spec.postClientConfirmationRedirectUri))
            return SimResponse::propertyError(QStringLiteral("postClientConfirmationRedirectUri"),
                                              QStringLiteral("The value must be an absolute URI."));
        if (!settings.acceptEmptyDraftMembers) {
            for (const QString &member :
                 {QStringLiteral("audienceSpecificClientClaims"), QStringLiteral("childOrganizationNumbers"),
                  QStringLiteral("redirectUris"), QStringLiteral("postLogoutRedirectUris")}) {
                if (auto refusal = refuseEmptyMember(json, member))
                    return *refusal;
            }
        }
    }

    const auto scopes = optionalStrings(json, QStringLiteral("apiScopes"));
    if (!scopes)
        return bindingError(QStringLiteral("apiScopes"), QStringLiteral("System.String[]"));
    spec.apiScopes = *scopes;
    spec.apiScopes.removeDuplicates();
    if (kind == SpecKind::Draft && spec.apiScopes.isEmpty())
        return SimResponse::propertyError(QStringLiteral("apiScopes"),
                                          QStringLiteral("At least one scope is required."));
    for (const QString &scope : std::as_const(spec.apiScopes)) {
        if (!klientmal.offers(scope))
            return SimResponse::propertyError(
                QStringLiteral("apiScopes"),
                QStringLiteral("The scope '%1' is not offered by the client template.").arg(scope));
    }

    const QJsonValue claims = json.value(QStringLiteral("audienceSpecificClientClaims"));
    if (!claims.isUndefined() && !claims.isNull()) {
        if (!claims.isArray())
            return bindingError(QStringLiteral("audienceSpecificClientClaims"),
                                QStringLiteral("System.Collections.Generic.List`1[ClientClaim]"));
        for (const QJsonValue &v : claims.toArray()) {
            const QJsonObject claim = v.toObject();
            const QJsonValue key = claim.value(QStringLiteral("key"));
            const QJsonValue value = claim.value(QStringLiteral("value"));
            if (!v.isObject() || !key.isString() || !value.isString())
                return bindingError(QStringLiteral("audienceSpecificClientClaims"),
                                    QStringLiteral("ClientClaim {key: string, value: string}"));
            if (key.toString() != SfmIdClaimType)
                return SimResponse::propertyError(
                    QStringLiteral("audienceSpecificClientClaims"),
                    QStringLiteral("The claim type '%1' is not known. Use the full "
                                   "claim type, e.g. %2.")
                        .arg(key.toString(), SfmIdClaimType));
            if (!isValidClaimValue(value.toString()))
                return SimResponse::propertyError(
                    QStringLiteral("audienceSpecificClientClaims"),
                    QStringLiteral("The claim value may hold letters, digits, '.', "
                                   "'-' and '_', at most 50 characters."));
            for (const auto &[existing, ignored] : std::as_const(spec.claims)) {
                if (existing == key.toString())
                    return SimResponse::propertyError(
                        QStringLiteral("audienceSpecificClientClaims"),
                        QStringLiteral("The claim type '%1' is given twice.").arg(existing));
            }
            spec.claims.append({key.toString(), value.toString()});
        }
    }

    for (const QString &member : {QStringLiteral("redirectUris"), QStringLiteral("postLogoutRedirectUris")}) {
        const auto uris = optionalStrings(json, member);
        if (!uris)
            return bindingError(member, QStringLiteral("System.String[]"));
        for (const QString &uri : *uris) {
            if (!isAbsoluteUri(uri))
                return SimResponse::propertyError(member,
                                                  QStringLiteral("'%1' is not an absolute URI.").arg(uri));
        }
        (member == QLatin1String("redirectUris") ? spec.redirectUris : spec.postLogoutRedirectUris) = *uris;
    }

    const auto children = optionalStrings(json, QStringLiteral("childOrganizationNumbers"));
    if (!children)
        return bindingError(QStringLiteral("childOrganizationNumbers"), QStringLiteral("System.String[]"));
    for (const QString &child : *children) {
        if (!isValidOrganizationNumber(child))
            return SimResponse::propertyError(
                QStringLiteral("childOrganizationNumbers"),
                QStringLiteral("The organization number '%1' is not valid.").arg(child));
    }
    spec.childOrganizationNumbers = *children;
    return spec;
}

} // namespace sfm::sim
