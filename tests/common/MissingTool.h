#pragma once

// A test that needs a tool from outside the project (Debian's jose, Qt's lupdate, …) skips on a developer's
// machine that lacks it, so a partial set-up can still run the rest. CI installs every such tool (./dev's
// PACKAGES), so there a missing tool is a broken set-up, and a skip would hide a test that never ran: with
// CI=true it fails instead. Use it where the test function would otherwise QSKIP:
//
//     if (jose.isEmpty())
//         SFM_SKIP_OR_FAIL_IN_CI("Debian's jose CLI is not installed (./dev installs it)");
#include <QTest>
#include <QtGlobal>

namespace sfmtest {

// True when the environment says this is the CI run (CI=true, as CI sets it).
inline bool isCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace sfmtest

#define SFM_SKIP_OR_FAIL_IN_CI(reason)                                                                       \
    do {                                                                                                     \
        if (sfmtest::isCi())                                                                                 \
            QFAIL("CI=true, but a tool CI installs is missing: " reason);                                    \
        QSKIP(reason);                                                                                       \
    } while (false)
