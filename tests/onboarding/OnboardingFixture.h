#pragma once

// What the Onboarding tests share: an in-process simulator on loopback, the product's HTTP client, a secret
// store in memory, an onboarding folder, and the simulator's control API spoken over HTTP (GET /_sim/…,
// POST /_sim/…) as a script would. Only public API: the Onboarding's intents, signals and data(), the store,
// and the control API.
#include "MemorySecretStore.h"
#include "Simulator.h"
#include "helseid/VendorProfile.h"
#include "net/HttpClient.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

namespace onboardingtest {

constexpr int Wait = 30000;

class Fixture
{
public:
    // Call from the test's init(); false when the simulator did not start.
    bool start()
    {
        m_sim = std::make_unique<sfm::sim::Simulator>();
        if (!m_sim->start().ok())
            return false;
        m_http = std::make_unique<sfm::net::HttpClient>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<sfm::onboarding::OnboardingStore>(m_dir->path());
        return control("POST", QStringLiteral("/settings"), {{QStringLiteral("cacheDelaySeconds"), 0}})
                   .first == 200;
    }
    // Call from cleanup(): everything goes, the simulator last.
    void stop()
    {
        m_store.reset();
        m_dir.reset();
        m_secrets.reset();
        m_http.reset();
        m_sim.reset();
    }

    sfm::sim::Simulator &sim() { return *m_sim; }
    MemorySecretStore &secrets() { return *m_secrets; }
    sfm::onboarding::OnboardingStore &store() { return *m_store; }
    QString dirPath() const { return m_dir->path(); }

    sfm::onboarding::OnboardingSetup setup() const
    {
        sfm::onboarding::OnboardingSetup s;
        s.alternative = sfm::onboarding::Alternative::Api;
        s.environment = sfm::helseid::Environment::demo(QUrl(m_sim->urls().issuer), QUrl(m_sim->urls().api),
                                                        QUrl(m_sim->urls().portal));
        s.organizationNumber = QStringLiteral("974 760 673");
        s.journalName = QStringLiteral("Legevakt");
        s.scopes = {QStringLiteral("e-helse:sfm.api/sfm.api2")};
        s.algorithm = sfm::crypto::Algorithm::ES256; // fast to make
        s.rsaBits = 2048;                            // when a test switches to RSA
        return s;
    }

    sfm::onboarding::OnboardingServices services() const
    {
        sfm::onboarding::OnboardingServices s;
        s.http = m_http.get();
        s.secrets = m_secrets.get();
        s.store = m_store.get();
        s.profile = sfm::helseid::VendorProfile::demo().value();
        s.options.pollInitialSeconds = 1;
        s.options.pollMaxSeconds = 1;
        s.options.pollJitter = 0;
        s.options.confirmationCacheSeconds = 0;
        return s;
    }

    std::unique_ptr<sfm::onboarding::Onboarding> create(sfm::onboarding::OnboardingServices s)
    {
        auto created = sfm::onboarding::Onboarding::create(setup(), std::move(s));
        if (!created)
            qFatal("create failed: %s", qPrintable(created.error().toString()));
        return std::unique_ptr<sfm::onboarding::Onboarding>(created.value());
    }

    // An onboarding taken to the state wanted (KeyReady or AwaitingConfirmation), or null.
    std::unique_ptr<sfm::onboarding::Onboarding> until(sfm::onboarding::State wanted,
                                                       sfm::onboarding::OnboardingServices s)
    {
        using sfm::onboarding::State;
        auto o = create(std::move(s));
        o->proceed();
        if (!QTest::qWaitFor([&] { return o->state() == State::KeyReady; }, Wait))
            return nullptr;
        if (wanted == State::KeyReady)
            return o;
        o->proceed();
        if (!QTest::qWaitFor([&] { return o->state() == State::AwaitingConfirmation; }, Wait))
            return nullptr;
        return o;
    }

    // One call to the simulator's control API (path below /_sim); the HTTP status and the JSON answer.
    std::pair<int, QJsonObject> control(const QByteArray &method, const QString &path,
                                        const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_sim->urls().control + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(
            request, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, Wait)) {
            delete reply;
            return {0, {}};
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return {status, answer};
    }

private:
    std::unique_ptr<sfm::sim::Simulator> m_sim;
    std::unique_ptr<sfm::net::HttpClient> m_http;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sfm::onboarding::OnboardingStore> m_store;
};

} // namespace onboardingtest
