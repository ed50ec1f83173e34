#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace sfm::net {
struct HttpResponse;
}

namespace sfm::helseid {

// An error answer of the self-service API, parsed in the reference's order (section 3): RFC 7807 problem
// details (with an `errors` object for validation problems) -> {property, message} -> status + raw text
// (and WWW-Authenticate on a 401, which may have no body).
struct ApiProblem
{
    enum class Kind
    {
        ProblemDetails,
        PropertyMessage,
        Raw
    };
    Kind kind = Kind::Raw;
    int status = 0;
    QString type;
    QString title;
    QString detail;
    QString instance;
    QMap<QString, QStringList>
        errors;      // property -> messages (problem details "errors", or {property,message})
    QString rawText; // capped excerpt for Kind::Raw
    QByteArray wwwAuthenticate;

    static ApiProblem parse(const net::HttpResponse &response);
    // All messages in one readable block: "title: detail; property: message; …".
    QString summary() const;
};

// Turns an API error answer into an sfm::Error: helseid.api.<status> codes (helseid.api.unauthorized for
// 401, helseid.api.forbidden for 403, helseid.api.bad_request for 400, helseid.api.not_found for 404,
// helseid.api.http.<status> otherwise) with a translated message and the server's own words in detail.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    // operation names what was asked ("the client draft") in the current language.
    static Error fromResponse(const net::HttpResponse &response, Error::Translator operation);
};

} // namespace sfm::helseid
