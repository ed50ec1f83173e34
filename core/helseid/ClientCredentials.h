#pragma once

#include "crypto/Algorithm.h"
#include "crypto/Key.h"

#include <QString>
#include <QStringList>

namespace sfm::helseid {

// What a HelseID client authenticates with: its id and its private key (private_key_jwt), and, for a child
// unit of the organization, the child's organization number (sent in assertion_details).
struct ClientCredentials
{
    QString clientId;
    crypto::Key key; // with the private part
    crypto::Algorithm algorithm = crypto::DefaultAlgorithm;
    QString childOrganizationNumber; // empty = the parent organization
    // The client assertion's "kid": the key ID HelseID registered the key under. Empty: the key's RFC 7638
    // thumbprint (what NHN's tools register); a key from the portal's file may carry another.
    QString kid;
};

} // namespace sfm::helseid
