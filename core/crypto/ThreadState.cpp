#include "ThreadState.h"

#include <openssl/crypto.h>

namespace sfm::crypto {

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace sfm::crypto
