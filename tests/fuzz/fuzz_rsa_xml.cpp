// libFuzzer: the .NET <RSAKeyValue> reader (QXmlStreamReader, strict) and the key it yields.
#include "FuzzSupport.h"
#include "crypto/Key.h"
#include "helseid/import/DotNetRsaKeyXml.h"

using namespace sfm;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto jwk = helseid::DotNetRsaKeyXml::toPrivateJwk(fuzz::bytes(data, size));
    if (!jwk) {
        fuzz::checkError(jwk.error(), "import.");
        return 0;
    }
    // All eight members, and nothing else.
    if (jwk->size() != 9 || jwk->value(QStringLiteral("kty")).toString() != QLatin1String("RSA"))
        std::abort();
    auto key = crypto::Key::fromJwk(*jwk);
    if (!key)
        fuzz::checkError(key.error(), "crypto.");
    else if (!key->hasPrivate() || key->thumbprint().isEmpty())
        std::abort();
    return 0;
}
