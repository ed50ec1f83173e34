// libFuzzer: the portal's zip (libarchive in memory: ZipCrypto, WinZip AES AE-1/AE-2, size caps, the JSON
// picked by content).
// The password is fixed; seeds made by ./dev fuzz use it.
#include "FuzzSupport.h"
#include "helseid/import/PackageZip.h"

using namespace sfm;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SecureBytes password(QByteArrayLiteral("fuzz"));
    auto entry = helseid::PackageZip::extractConfiguration(fuzz::bytes(data, size), password);
    if (!entry)
        fuzz::checkError(entry.error(), "import.");
    else if (entry->json.isEmpty())
        std::abort();
    return 0;
}
