#pragma once

#include "KeyDestination.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace sfm::onboarding {

class Onboarding;

// Part of the engine: the EPJ configuration (docs/epj-config.md) of a ready client, written atomically
// where the user chose, with the key handed over to where the EPJ reads it (KeyHandover) first. Never the
// private key in the configuration itself.
class ConfigurationExport
{
public:
    explicit ConfigurationExport(Onboarding &owner);

    Result<QByteArray> json() const;
    // Writes the configuration to path and moves to Exported.
    Result<void> write(const QString &path);
    // Hands the key over to destination, records it, then writes the configuration; done runs later on the
    // onboarding's thread, never inside the call.
    void handOverAndWrite(const QString &path, const KeyDestination &destination,
                          const SecureBytes &passphrase, std::function<void(Result<void>)> done);

private:
    Onboarding &q;
};

} // namespace sfm::onboarding
