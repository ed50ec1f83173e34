#pragma once

namespace sfm {

// Turns off core dumps for this process, first thing in main(): a crash while a private key, a token or a
// passphrase is in memory must not leave it in a core file on disk (or in a crash collector such as
// systemd-coredump, which runs as root and keeps dumps for days).
// Linux: prctl(PR_SET_DUMPABLE, 0) — no core file, and other processes of the same user can no longer
// ptrace this one or read its /proc/<pid>/mem — and RLIMIT_CORE 0 (soft and hard), which child processes
// inherit. Other POSIX systems: RLIMIT_CORE only. Windows: nothing here (Windows Error Reporting's dumps
// are a system setting). Returns false when a step failed; the program goes on either way.
bool disableCoreDumps();

} // namespace sfm
