#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace sfm::net {
struct HttpResponse;
}

namespace sfm::helseid {

// Maps an OAuth error answer of HelseID's token endpoint (reference section 6) to an sfm::Error with code
// "helseid.oauth.<error>" (e.g. helseid.oauth.invalid_client, helseid.oauth.HID-1003) and a translated
// meaning a user understands, saying what to do next. error_description goes to detail.
class OAuthError
{
    Q_DECLARE_TR_FUNCTIONS(OAuthError)

public:
    // Stable codes callers branch on.
    static inline const QString InvalidClient = QStringLiteral("helseid.oauth.invalid_client");
    static inline const QString InvalidScope = QStringLiteral("helseid.oauth.invalid_scope");
    static inline const QString UseDpopNonce = QStringLiteral("helseid.oauth.use_dpop_nonce");
    static inline const QString InvalidDpopProof = QStringLiteral("helseid.oauth.invalid_dpop_proof");
    static inline const QString InvalidGrant = QStringLiteral("helseid.oauth.invalid_grant");
    static inline const QString UnauthorizedClient = QStringLiteral("helseid.oauth.unauthorized_client");
    // An assertion refused (invalid_client) while this computer's clock is off: not "not yet", and not a
    // wrong client or key.
    static inline const QString ClockSkew = QStringLiteral("helseid.oauth.clock_skew");

    // How far this computer's clock may differ from HelseID's (measured from its Date header) before a
    // refused assertion is put down to the clock. HelseID's own allowance is UNCONFIRMED; the Date header
    // has whole seconds and is stamped a little before it is read, so the measurement itself is only good
    // to a second or two: 5 s is clearly more than that, and already more than a clock kept by NTP drifts.
    static constexpr qint64 ClockSkewThresholdSeconds = 5;

    // error + error_description as the server sent them; status for detail.
    static Error fromCode(const QString &error, const QString &description, int httpStatus);
    // Parses a token endpoint answer (JSON {error, error_description}); a body that is not such JSON
    // gives a net.http.<status> error with an excerpt of the body.
    static Error fromResponse(const net::HttpResponse &response);

    // refused (an invalid_client answer) said plainly as a clock problem when offsetSeconds (HelseID's clock
    // minus this computer's) is over ClockSkewThresholdSeconds either way: how far off, that the EPJ on this
    // computer will fail the same way, and how to fix the clock. Otherwise refused unchanged; also when its
    // error_description already names another cause (an unknown or disabled client, an expired key, a key
    // that does not fit): that cause is the one to fix, whatever the clock says.
    static Error explainClockSkew(const Error &refused, qint64 offsetSeconds);

    static bool isInvalidClient(const Error &error) { return error.code == InvalidClient; }
    // invalid_client or invalid_scope: right after confirmation they mean "not yet" (HelseID's cache, or
    // documents not yet signed), not failure.
    static bool isNotYet(const Error &error)
    {
        return error.code == InvalidClient || error.code == InvalidScope;
    }
};

} // namespace sfm::helseid
