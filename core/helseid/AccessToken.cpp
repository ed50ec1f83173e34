#include "AccessToken.h"

namespace sfm::helseid {

QByteArray AccessToken::authorizationHeader() const
{
    return (isDpop() ? QByteArrayLiteral("DPoP ") : QByteArrayLiteral("Bearer ")) + token.bytes();
}

} // namespace sfm::helseid
