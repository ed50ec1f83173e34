#include "OnboardingRunner.h"

#include "CliOutput.h"
#include "ExitCodes.h"
#include "Interrupt.h"
#include "OnboardingCli.h"
#include "onboarding/Onboarding.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QThreadPool>
#include <QTimer>

// The run loop of onboard, resume and import: follows one onboarding in the event loop, prints its progress
// and decides when the command ends (ready, waiting for someone, failed, interrupted).
namespace sfm::cli {

using onboarding::Onboarding;
using onboarding::OnboardingData;
using onboarding::State;

namespace {

// Follows one onboarding, prints what happens, and ends the event loop with the right exit code.
class Runner : public QObject
{
public:
    Runner(Onboarding &o, const RunOptions &options)
        : m_o(o)
        , m_options(options)
    {
        connect(&o, &Onboarding::stateChanged, this, [this](State s) {
            if (m_options.json)
                jsonEvent(QStringLiteral("state"), {{QStringLiteral("onboarding"), m_o.id()},
                                                    {QStringLiteral("state"), onboarding::stateName(s)},
                                                    {QStringLiteral("clientId"), m_o.data().clientId},
                                                    {QStringLiteral("kid"), m_o.data().kid}});
            QTimer::singleShot(0, this, [this] { evaluate(); });
        });
        connect(&o, &Onboarding::progress, this, [this](const QString &message) {
            if (m_options.json)
                jsonEvent(QStringLiteral("progress"), {{QStringLiteral("message"), message}});
            err(message);
            QTimer::singleShot(0, this, [this] { evaluate(); });
        });
        connect(&o, &Onboarding::notice, this, [this](const QString &message) {
            if (m_options.json)
                jsonEvent(QStringLiteral("notice"), {{QStringLiteral("message"), message}});
            err(OnboardText::tr("Note: %1").arg(message));
        });
        connect(&o, &Onboarding::errorOccurred, this, [this](const Error &error) {
            if (m_o.state() == State::Failed)
                return; // reported once, at the end
            if (m_options.json)
                jsonEvent(QStringLiteral("warning"), errorJson(error));
            err(OnboardText::tr("Not yet: %1 (checking again by itself)").arg(error.toString()));
        });
        connect(&o, &Onboarding::confirmationReceived, this, [this](const QString &status) {
            if (m_options.json)
                jsonEvent(QStringLiteral("confirmation"), {{QStringLiteral("status"), status}});
        });
        connect(&o, &Onboarding::accessStatusChanged, this, [this] {
            const OnboardingData &d = m_o.data();
            if (m_options.json) {
                QJsonObject s = summary(d);
                jsonEvent(QStringLiteral("access"),
                          {{QStringLiteral("scopes"), s.value(QStringLiteral("scopes"))},
                           {QStringLiteral("claims"), s.value(QStringLiteral("claims"))},
                           {QStringLiteral("sfmId"), d.sfmId}});
            }
            for (const auto &scope : d.scopeStatuses)
                err(QStringLiteral("  %1: %2%3")
                        .arg(scope.scope, scope.status,
                             scope.statusReason.isEmpty() ? QString()
                                                          : QStringLiteral(" — ") + scope.statusReason));
        });
        onInterrupt(this, [this] {
            m_o.pause();
            err(OnboardText::tr("Interrupted. Nothing is lost: continue with «sfmctl resume %1».")
                    .arg(m_o.id()));
            finish(ExitCancelled);
        });
    }

    void start()
    {
        QTimer::singleShot(0, this, [this] {
            m_o.proceed();
            evaluate();
        });
    }

    int exitCode() const { return m_exitCode; }

private:
    void evaluate()
    {
        if (m_exitCode >= 0)
            return;
        const OnboardingData &d = m_o.data();
        const State s = d.state;
        if (m_options.stopAfter && s == *m_options.stopAfter) {
            m_o.pause();
            err(OnboardText::tr("Stopped after «%1» as asked. Continue with «sfmctl resume %2».")
                    .arg(onboarding::stateName(s), d.id));
            finish(ExitNotReady);
            return;
        }
        switch (s) {
        case State::Draft:
        case State::KeyReady:
            if (!m_o.isBusy() && d.setup.alternative == onboarding::Alternative::Api)
                m_o.proceed();
            return;
        case State::Registered:
            return;
        case State::AwaitingConfirmation:
            if (!m_linkShown) {
                m_linkShown = true;
                if (m_options.json)
                    jsonEvent(QStringLiteral("confirmation-link"),
                              {{QStringLiteral("url"), d.confirmationUrl().toString()},
                               {QStringLiteral("redirectUri"), m_o.confirmationRedirectUri().toString()}});
                else
                    out(OnboardText::tr("Confirmation link: %1").arg(d.confirmationUrl().toString()));
            }
            if (m_options.noWait) {
                m_o.pause();
                err(OnboardText::tr(
                        "Waiting for someone to confirm in the portal. Continue later with «sfmctl "
                        "resume %1».")
                        .arg(d.id));
                finish(ExitNotReady);
            }
            return;
        case State::AwaitingAccess:
            if (m_o.waitsForSigningConfirmation()) {
                m_o.pause();
                err(OnboardText::tr(
                        "When the agreement documents are signed (check in the portal), continue "
                        "with «sfmctl resume %1 --signed», or prove it with «sfmctl login-test %1».")
                        .arg(d.id));
                finish(ExitNotReady);
                return;
            }
            if (m_options.noWait) {
                m_o.pause();
                err(OnboardText::tr("Waiting for the agreement documents to be signed. Continue later with "
                                    "«sfmctl resume %1».")
                        .arg(d.id));
                finish(ExitNotReady);
            }
            return;
        case State::Ready:
            if (!m_options.exportPath.isEmpty()) {
                if (auto exported = m_o.exportConfiguration(m_options.exportPath); !exported) {
                    finish(fail(exported.error(), m_options.json));
                    return;
                }
                err(OnboardText::tr("The EPJ configuration is written to %1.")
                        .arg(QDir::toNativeSeparators(m_options.exportPath)));
                return; // -> Exported
            }
            finish(ExitOk);
            return;
        case State::Exported:
            finish(ExitOk);
            return;
        case State::Failed:
            finish(fail(d.failure, m_options.json));
            return;
        case State::Cancelled:
            finish(ExitCancelled);
            return;
        }
    }

    void finish(int code)
    {
        if (m_exitCode >= 0)
            return;
        m_exitCode = code;
        const OnboardingData &d = m_o.data();
        if (m_options.json) {
            QJsonObject s = summary(d);
            s.insert(QStringLiteral("exitCode"), code);
            jsonEvent(QStringLiteral("done"), s);
        } else {
            out(OnboardText::tr("Onboarding: %1").arg(d.id));
            out(OnboardText::tr("State: %1").arg(onboarding::stateName(d.state)));
            if (!d.clientId.isEmpty())
                out(OnboardText::tr("Client ID: %1").arg(d.clientId));
            if (!d.kid.isEmpty())
                out(OnboardText::tr("Key ID: %1").arg(d.kid));
            if (!d.clientId.isEmpty())
                out(OnboardText::tr("SFM-id: %1").arg(onboarding::sfmIdText(d)));
        }
        QCoreApplication::exit(code);
    }

    Onboarding &m_o;
    RunOptions m_options;
    int m_exitCode = -1;
    bool m_linkShown = false;
};

} // namespace

int runOnboarding(Onboarding &onboarding, const RunOptions &options)
{
    Runner runner(onboarding, options);
    runner.start();
    const int code = QCoreApplication::exec();
    // Join the worker threads (key generation) now, while OpenSSL is still set up: their per-thread state is
    // freed at thread exit, which after OpenSSL's own exit handler would leak it.
    QThreadPool::globalInstance()->waitForDone();
    return runner.exitCode() >= 0 ? runner.exitCode() : code;
}

} // namespace sfm::cli
