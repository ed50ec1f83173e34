#pragma once

// OpenSSL keeps per-thread state (random generators) for every thread that used it, freed by a thread-exit
// hook. A worker thread's hook may run after QThread::wait() returns, and so after OpenSSL's own exit
// handler when the program ends right away: the state then leaks (LeakSanitizer reports it). A worker that
// made keys calls this as its last crypto step.
namespace sfm::crypto {

void releaseThreadState(); // OPENSSL_thread_stop(): frees this thread's OpenSSL state now

} // namespace sfm::crypto
