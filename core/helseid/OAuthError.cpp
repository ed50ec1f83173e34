#include "OAuthError.h"

#include "net/HttpResponse.h"
#include "net/NetErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sfm::helseid {

namespace {

// HelseID puts the organization-number errors (HID-1001..HID-1010) either in "error" or at the start of
// "error_description"; both are recognised.
QString findHidCode(const QString &error, const QString &description)
{
    static const QRegularExpression re(QStringLiteral("\\bHID-10(0[1-9]|10)\\b"));
    for (const QString *text : {&error, &description}) {
        const auto match = re.match(*text);
        if (match.hasMatch())
            return match.captured(0);
    }
    return {};
}

// "7 seconds", "5 minutes", "3 hours", "2 days": whole units, rounded to the nearest, at least two of them.
QString clockDistance(qint64 seconds)
{
    seconds = qAbs(seconds);
    if (seconds < 120)
        return OAuthError::tr("%1 seconds").arg(seconds);
    if (seconds < 2 * 3600)
        return OAuthError::tr("%1 minutes").arg((seconds + 30) / 60);
    if (seconds < 2 * 86400)
        return OAuthError::tr("%1 hours").arg((seconds + 1800) / 3600);
    return OAuthError::tr("%1 days").arg((seconds + 43200) / 86400);
}

// The refusal already names a cause other than the assertion's times: the client is unknown or not
// enabled, or its key expired (HelseID's own clock decides that, so a key past its date is refused however
// right this computer's clock is), or the key does not fit. Then the clock is not the reason to give, even
// when it is off too. The words are those of error_description, which OAuthError::fromCode keeps in detail;
// an assertion that itself "has expired" (exp) is a time problem and is not matched here.
bool namesAnotherCause(const QString &detail)
{
    static const QRegularExpression other(
        QStringLiteral("unknown client|no such client|client not (found|enabled)|not enabled|"
                       "\\bkey\\b[^.;]*\\bexpired\\b|\\bexpired\\b[^.;]*\\bkey\\b|\\bkid\\b|signature"),
        QRegularExpression::CaseInsensitiveOption);
    return other.match(detail).hasMatch();
}

} // namespace

Error OAuthError::explainClockSkew(const Error &refused, qint64 offsetSeconds)
{
    if (refused.code != InvalidClient || qAbs(offsetSeconds) <= ClockSkewThresholdSeconds ||
        namesAnotherCause(refused.detail))
        return refused;
    return Error(
        ClockSkew,
        [offsetSeconds]() -> QString {
            // offset = HelseID's time minus ours: negative when this computer is ahead.
            const QString where =
                offsetSeconds < 0
                    ? tr("HelseID refused the request because the clock on this computer is %1 ahead of "
                         "HelseID's.")
                          .arg(clockDistance(offsetSeconds))
                    : tr("HelseID refused the request because the clock on this computer is %1 behind "
                         "HelseID's.")
                          .arg(clockDistance(offsetSeconds));
            return where + QLatin1Char(' ') +
                   tr("HelseID accepts a signed request only within a few seconds of its own time, so the "
                      "EPJ "
                      "on this computer will fail the same way. Set the clock right: turn on automatic time "
                      "(in Windows: Settings, then Time and language, then Date and time, \"Set time "
                      "automatically\"), or ask "
                      "IT to, then try again.");
        },
        refused.detail + QStringLiteral("; clock offset %1 s").arg(offsetSeconds));
}

Error OAuthError::fromCode(const QString &error, const QString &description, int httpStatus)
{
    // error and error_description come from the server: cap them and keep them out of the message.
    const QString safeError = error.left(80);
    QString detail = QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(safeError);
    if (!description.isEmpty())
        detail += QStringLiteral(": ") + net::NetErrors::excerpt(description.toUtf8(), 400);

    const QString hid = findHidCode(safeError, description);
    if (!hid.isEmpty()) {
        // The message names the HID code, so it is made again from the code after a language switch.
        const auto message = [hid]() -> QString {
            if (hid == QLatin1String("HID-1001"))
                return tr("HelseID did not accept the organization number: it is not on this client's list "
                          "of allowed organizations (HID-1001). Ask NHN to update the client's list.");
            if (hid == QLatin1String("HID-1002"))
                return tr(
                    "HelseID did not accept the child organization number: it is not on this client's list "
                    "of allowed child organizations (HID-1002). Add it to the client, or check the number.");
            if (hid == QLatin1String("HID-1003"))
                return tr("HelseID did not accept the child organization: the parent organization has a list "
                          "of child organizations that does not include it (HID-1003). Contact NHN to have "
                          "that list removed.");
            if (hid == QLatin1String("HID-1004"))
                return tr("The organization number has the wrong format (HID-1004). It must be nine digits, "
                          "with no spaces or letters.");
            if (hid == QLatin1String("HID-1005"))
                return tr("This client may not send a parent organization number (HID-1005). NHN must "
                          "approve and enable that first.");
            if (hid == QLatin1String("HID-1006"))
                return tr("This client may not send a child organization number (HID-1006). NHN must approve "
                          "and enable that first; until then use the parent organization.");
            if (hid == QLatin1String("HID-1007"))
                return tr("HelseID found the organization details in the request malformed (HID-1007). This "
                          "is a fault in this program: contact support with the technical details.");
            if (hid == QLatin1String("HID-1008"))
                return tr("HelseID refuses organization numbers from clients that use a shared secret "
                          "(HID-1008). The client must use a private key.");
            if (hid == QLatin1String("HID-1009"))
                return tr("HelseID refuses organization numbers sent this way in a user login (HID-1009). "
                          "This is a fault in this program: contact support.");
            return tr("The client's configuration in HelseID does not allow organization numbers to be sent "
                      "(HID-1010). Contact NHN Kundesenter to have it corrected.");
        };
        return {QStringLiteral("helseid.oauth.") + hid, message, detail};
    }

    const QString code = QStringLiteral("helseid.oauth.") + safeError;
    if (safeError == QLatin1String("invalid_client"))
        return {
            InvalidClient,
            [] {
                return tr(
                    "HelseID did not recognise the client or its key. Right after the client was confirmed "
                    "this is normal for up to a minute — wait and try again. Otherwise check that the client "
                    "id and the key belong together and that the client has not been deleted.");
            },
            detail};
    if (safeError == QLatin1String("invalid_scope"))
        return {InvalidScope,
                [] {
                    return tr("HelseID did not give access to the requested scopes yet. Usually the "
                              "organization has not signed the required documents, or access is still "
                              "waiting for approval; check the client's status in the self-service portal.");
                },
                detail};
    if (safeError == QLatin1String("invalid_request"))
        return {code,
                [] {
                    return tr("HelseID rejected the token request as invalid. Check that the computer's "
                              "clock is correct; if it is, contact support with the technical details.");
                },
                detail};
    if (safeError == QLatin1String("invalid_grant"))
        return {InvalidGrant,
                [] {
                    return tr("HelseID rejected the grant (it may have expired or been used already). Start "
                              "again; if it keeps happening, check the computer's clock.");
                },
                detail};
    if (safeError == QLatin1String("unauthorized_client"))
        return {UnauthorizedClient,
                [] {
                    return tr("The client is not allowed to get tokens this way. Check that the client was "
                              "created from the right Klientmal (client credentials must be allowed).");
                },
                detail};
    if (safeError == QLatin1String("unsupported_grant_type"))
        return {code,
                [] {
                    return tr("HelseID does not support the requested kind of token for this client. Contact "
                              "support with the technical details.");
                },
                detail};
    if (safeError == QLatin1String("use_dpop_nonce"))
        return {UseDpopNonce,
                [] {
                    return tr("HelseID asked for a new proof of key possession and did not accept the retry. "
                              "Try again in a moment; check the computer's clock if it persists.");
                },
                detail};
    if (safeError == QLatin1String("invalid_dpop_proof"))
        return {InvalidDpopProof,
                [] {
                    return tr("HelseID did not accept the proof of key possession (DPoP). Check that the "
                              "computer's date and time are correct, then try again.");
                },
                detail};
    if (safeError == QLatin1String("unsupported_response_type") ||
        safeError == QLatin1String("access_denied") || safeError == QLatin1String("server_error") ||
        safeError == QLatin1String("temporarily_unavailable"))
        return {
            code,
            [safeError] {
                return tr("HelseID could not issue a token right now (%1). Try again later.").arg(safeError);
            },
            detail};
    // An unknown code: keep it (sanitised) in the code so support can search for it.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.-]{1,80}$"));
    const QString unknownCode =
        safe.match(safeError).hasMatch() ? code : QStringLiteral("helseid.oauth.unknown");
    return {
        unknownCode,
        [] { return tr("HelseID refused the token request. Contact support with the technical details."); },
        detail};
}

Error OAuthError::fromResponse(const net::HttpResponse &response)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject o = doc.object();
    const QString error = o.value(QLatin1String("error")).toString();
    if (parseError.error != QJsonParseError::NoError || error.isEmpty())
        return net::NetErrors::httpStatus(response.url, response.status, response.body);
    return fromCode(error, o.value(QLatin1String("error_description")).toString(), response.status);
}

} // namespace sfm::helseid
