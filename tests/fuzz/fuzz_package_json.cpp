// libFuzzer: the portal's configuration JSON (PortalConfigurationParser + Validator), untrusted file content.
#include "FuzzSupport.h"
#include "helseid/import/PortalConfigurationParser.h"
#include "helseid/import/PortalConfigurationValidator.h"

using namespace sfm::helseid;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sfm::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto config = PortalConfigurationParser::parse(sfm::fuzz::bytes(data, size));
    if (!config) {
        sfm::fuzz::checkError(config.error(), "import.");
        return 0;
    }
    // A parsed configuration always has a private key, a client id and an https (or loopback) authority.
    if (config->clientId.isEmpty() || !config->key.hasPrivate() || config->kid.isEmpty() ||
        !config->authority.isValid())
        std::abort();
    ImportExpectations expectations;
    expectations.expectedIssuer = QUrl(QStringLiteral("https://helseid-sts.test.nhn.no"));
    expectations.expectedScopes = {QStringLiteral("e-helse:sfm.api/sfm-migrering.api2")};
    auto valid = PortalConfigurationValidator::validate(*config, expectations);
    if (!valid)
        sfm::fuzz::checkError(valid.error(), "import.");
    return 0;
}
