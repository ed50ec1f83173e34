#pragma once

#include "Error.h"
#include "crypto/Algorithm.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sfm::onboarding {

// What the portal's file (Alternatives 2 and 3) says, for a summary on screen or in `sfmctl import`: the
// client, the key's public facts and the import's warnings. Never the private key: that stays behind the
// Onboarding (importPackage) or is dropped after the check (PackageFile::check).
struct ImportSummary
{
    QString clientId;
    QString clientName;
    QUrl authority;
    QStringList scopes;
    QStringList grantTypes;
    QStringList redirectUris;
    bool pkceRequired = false;
    bool canRenewKeyViaApi = false; // nhn:selvbetjening/client is granted

    QString kid;        // what HelseID knows the key by (the file's kid, else the thumbprint)
    QString thumbprint; // RFC 7638
    bool rsa = false;   // else EC
    int keyBits = 0;
    QString curve;                              // EC only, e.g. "P-256"
    QString keySource;                          // "privateJwk", "rsaPrivateKey" or both joined by "+"
    std::optional<crypto::Algorithm> algorithm; // the file's "alg", if it named one
    // What the client will sign with: the file's alg, else the key's default (PS256 for RSA, ES* by curve).
    crypto::Algorithm signingAlgorithm = crypto::Algorithm::PS256;

    // Findings that do not stop the import. Made with translators: error.retranslated().message is the
    // text in the language installed now.
    QList<Error> warnings;
};

} // namespace sfm::onboarding
