#pragma once

#include <QCoreApplication>
#include <QString>

namespace sfm {

// The one error type of the project: a stable code for programs and tests, a translated message for the
// user (what happened and what to do next), and technical detail for support. None of the three may ever
// hold a private key, a token, an API key or a password.
struct Error
{
    QString code;    // stable, dotted, e.g. "crypto.jwk.bad_curve"; never translated
    QString message; // translated, for the user: what happened and what to do next
    QString detail;  // untranslated technical detail (HTTP status, OpenSSL reason, …); may be empty

    Error() = default;
    Error(QString c, QString m, QString d = {})
        : code(std::move(c))
        , message(std::move(m))
        , detail(std::move(d))
    {}

    bool isNull() const { return code.isEmpty(); }
    // "message (detail)" for a log line or a CLI's stderr.
    QString toString() const;
};

} // namespace sfm
