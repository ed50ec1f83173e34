// libFuzzer: JWK import (Key::fromJwkJson), the one place keys from files and servers are validated.
#include "FuzzSupport.h"
#include "crypto/Key.h"

using namespace sfm;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto key = crypto::Key::fromJwkJson(fuzz::bytes(data, size));
    if (!key) {
        fuzz::checkError(key.error(), "crypto.");
        return 0;
    }
    // An accepted key round-trips through its public JWK to the same thumbprint.
    auto again = crypto::Key::fromJwk(key->publicJwk());
    if (!again || again->thumbprint() != key->thumbprint() || !again->samePublicKey(*key))
        std::abort();
    return 0;
}
