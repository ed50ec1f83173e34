#pragma once

// sfmctl's exit codes, documented in docs/sfmctl.md and in `sfmctl --help`. Scripts depend on them.
namespace sfm::cli {
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,   // anything not covered below
    ExitUsage = 2,     // wrong arguments: see --help
    ExitInput = 3,     // a file or value given could not be read or is invalid
    ExitNetwork = 4,   // the server could not be reached (retryable)
    ExitRefused = 5,   // the server refused (wrong API key, invalid client, bad request)
    ExitKeychain = 6,  // the keychain could not store or return the key
    ExitNotReady = 7,  // the onboarding is waiting for someone (confirm, sign): resume later
    ExitCancelled = 8, // interrupted by the user
};
} // namespace sfm::cli
