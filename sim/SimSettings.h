#pragma once

#include "Result.h"

#include <QJsonObject>

// The simulator's knobs, changed at start (options, config file) or live through POST /_sim/settings.
// Values that are UNCONFIRMED for the real HelseID are knobs exactly so tests can try both answers.
namespace sfm::sim {

struct SimSettings
{
    // Seconds after confirmation during which the STS still answers invalid_client (HelseID's cache needs
    // 10-20 s, reference section 3.3). 0: usable at once.
    int cacheDelaySeconds = 15;
    // Seconds after confirmation after which the documents count as signed by themselves. 0: never (sign
    // through the portal page or the control API).
    int autoSignSeconds = 0;
    // Added to the simulator's clock (and its Date header), to exercise a client's skew handling.
    int clockOffsetSeconds = 0;
    // Allowance for clock differences in every time check.
    int clockSkewSeconds = 5;
    // A client assertion's exp may be at most this far ahead (reference section 6).
    int assertionMaxLifetimeSeconds = 60;
    // A DPoP proof's iat may be at most this old.
    int dpopProofMaxAgeSeconds = 60;
    // How long a DPoP-Nonce given out stays good.
    int dpopNonceLifetimeSeconds = 300;
    // Whether the token endpoint insists on a server nonce in the DPoP proof (HelseID does).
    bool requireDpopNonce = true;
    int accessTokenLifetimeSeconds = 3600;
    // Lifetime of a key registered through the API; 0 gives "expiration": null. UNCONFIRMED for HelseID.
    int keyLifetimeDays = 365;
    // Whether drafts may register an EC key (UNCONFIRMED for HelseID, reference section 5).
    bool acceptEcKeys = true;
    // Whether a registered JWK must name its "alg" ([SBS] requires it).
    bool requireJwkAlg = true;
    // Whether a client assertion's header "kid" must name one of the client's registered keys (HelseID
    // matches it against the kid the key was registered with); off: every key is tried. UNCONFIRMED how
    // strictly HelseID holds to it; strict by default so a client that drops a registered kid is caught.
    bool matchAssertionKid = true;
    // Whether a client assertion's "alg" must be the one its key was registered with (when the registered
    // JWK names one). UNCONFIRMED for HelseID; strict by default for the same reason.
    bool matchAssertionAlg = true;
    // Body of POST /v1/client-secret: "string" (a JSON string holding the JWK, as [SBS]/[FHIT] send it) or
    // "object" (the raw JWK, as [LIB] does); the other shape gets a 400 problem body. UNCONFIRMED for
    // HelseID (reference section 3.7): the default follows VendorProfile's default (JsonString).
    QString clientSecretBodyShape = QStringLiteral("string");
    // How "expiration" is written by /v1/client-secret: "unspecified" (a .NET DateTime of kind Unspecified:
    // no offset, e.g. 2027-05-01T10:00:00, to be read as UTC — reference section 9 "Dates") or "utc" (with
    // a Z). UNCONFIRMED which one HelseID writes; the default is the one a client is likelier to misread.
    QString expirationKind = QStringLiteral("unspecified");
    // Whether the STS hands out client-credentials tokens for SFM scopes (sfm.api2, sfm-migrering.api2 and
    // the deprecated forms without "2"). SFM is secured with the authorization code flow: the token must
    // carry a user (pid, hpr_number, security_level 4), so HelseID is expected to refuse such a request
    // even for a ready client (reference section 9). Which error it answers (invalid_scope or
    // unauthorized_client) is UNCONFIRMED; the simulator answers invalid_scope. Off by default.
    bool allowClientCredentialsForSfm = false;
    // Whether a client draft may send an optional member (audienceSpecificClientClaims,
    // childOrganizationNumbers, redirectUris, postLogoutRedirectUris) as null or []. NHN's samples leave
    // such members out (reference section 9); whether HelseID refuses them is UNCONFIRMED, so the
    // simulator refuses by default to catch a client that sends them.
    bool acceptEmptyDraftMembers = false;
    // Whether the practice "SMS" password of a package zip is written to the log. Off by default: a log is
    // often kept or shared, and the password opens a zip holding a private key. The portal page and the
    // control API still show it to whoever asks for the package.
    bool logSmsPasswords = false;

    QJsonObject toJson() const;
    // Applies the members present in json; refuses unknown names and wrong types, changing nothing then.
    Result<void> apply(const QJsonObject &json);

    // What the demo (practice mode) starts with: documents sign themselves after a short while.
    static SimSettings demo();
};

} // namespace sfm::sim
