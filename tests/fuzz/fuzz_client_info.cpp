// libFuzzer: the self-service API's answers (GET /v1/client, GET and POST /v1/client-secret), untrusted
// server content parsed by core/helseid.
#include "FuzzSupport.h"
#include "helseid/ClientInfo.h"

using namespace sfm;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    auto client = helseid::parseClientInfo(input);
    if (!client) {
        fuzz::checkError(client.error(), "helseid.");
    } else {
        (void)client->isReady({QStringLiteral("e-helse:sfm.api/sfm.api2")});
        (void)client->sfmId();
        (void)client->toUpdate();
    }
    auto secrets = helseid::parseClientSecrets(input);
    if (!secrets)
        fuzz::checkError(secrets.error(), "helseid.");
    auto expiration = helseid::parseClientSecretExpiration(input);
    if (!expiration)
        fuzz::checkError(expiration.error(), "helseid.");
    return 0;
}
