#pragma once

#include "Result.h"

#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <memory>

namespace sfm::gui {

// The built-in HelseID simulator as the wizard sees it. It lives in the sfm-practice plugin, loaded only
// when practice mode starts: a normal start then does not load QtHttpServer and QtWebSockets.
class PracticeBackend
{
public:
    struct Urls
    {
        QUrl issuer;
        QUrl api;
        QUrl portal;
    };

    virtual ~PracticeBackend() = default;

    // port 0: any free port. statePath: where the simulator keeps its clients; empty = memory only.
    // autoSignSeconds: documents sign themselves this long after confirmation (0 = never).
    virtual Result<void> start(quint16 port, const QString &statePath, int autoSignSeconds) = 0;
    virtual quint16 port() const = 0;
    virtual Urls urls() const = 0;
    // The portal's Bekreft and the signing page, for the screenshot tool (no browser there).
    virtual Result<void> confirm(const QString &clientId) = 0;
    virtual Result<void> sign(const QString &clientId) = 0;
};

// What the plugin exports: a factory, since the plugin instance itself is a process-wide singleton.
class PracticeBackendFactory
{
public:
    virtual ~PracticeBackendFactory() = default;
    virtual std::unique_ptr<PracticeBackend> create() = 0;
};

} // namespace sfm::gui

#define SfmPracticeBackendFactory_iid "io.github.sfm_onboarding.PracticeBackendFactory/1"
Q_DECLARE_INTERFACE(sfm::gui::PracticeBackendFactory, SfmPracticeBackendFactory_iid)
