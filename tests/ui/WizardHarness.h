#pragma once

// Everything a GUI test of the wizard needs: the simulator in-process (no cache delay, signing only when the
// test says so), the onboarding store in a temporary folder, keys in memory, English, and a URL handler that
// records what the wizard would have opened in the browser.

#include "Dialogs.h"
#include "LanguageManager.h"
#include "MemorySecretStore.h"
#include "OnboardingWizard.h"
#include "Simulator.h"
#include "net/HttpClient.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class WizardHarness
{
public:
    // keepSimulatorState: the simulator keeps its clients in a file, as practice mode does (moveSimulator()).
    explicit WizardHarness(bool keepSimulatorState = false)
    {
        if (keepSimulatorState)
            simStatePath = dir.filePath(QStringLiteral("practice-simulator.json"));
        started = startSimulator(0);
        store =
            std::make_unique<sfm::onboarding::OnboardingStore>(dir.filePath(QStringLiteral("onboardings")));
        for (const char *scheme : {"http", "https", "mailto"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &urls, "open");
        languages.setLanguage(sfm::ui::LanguageManager::Language::English);
        sfm::ui::Dialogs::resetForTests();
    }
    ~WizardHarness()
    {
        for (const char *scheme : {"http", "https", "mailto"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
        sfm::ui::Dialogs::resetForTests();
    }

    // Practice mode after a restart whose old port was taken: the simulator comes back from its state file on
    // another port. The old port stays occupied, so the new one differs. False if that did not happen.
    bool moveSimulator()
    {
        const quint16 oldPort = sim->port();
        sim.reset();
        portBlocker = std::make_unique<QTcpServer>();
        if (simStatePath.isEmpty() || !portBlocker->listen(QHostAddress::LocalHost, oldPort))
            return false;
        return startSimulator(0) && sim->port() != oldPort;
    }

    sfm::helseid::Environment environment() const
    {
        const auto &u = sim->urls();
        return sfm::helseid::Environment::demo(QUrl(u.issuer), QUrl(u.api), QUrl(u.portal));
    }

    sfm::ui::WizardContext context()
    {
        sfm::onboarding::ServiceFactory::Config config;
        config.onboardingDir = store->directory();
        config.settings = savedSettings;
        config.http = &http;
        config.keychain = &secrets;
        // The vendor profile is looked for in the test's own folders (profileFolder()), never the machine's.
        config.profileRoots = {
            {sfm::helseid::VendorProfileLocator::Origin::BesideProgram,
             profileFolder(QStringLiteral("beside"))},
            {sfm::helseid::VendorProfileLocator::Origin::SystemFolder,
             profileFolder(QStringLiteral("system"))},
            {sfm::helseid::VendorProfileLocator::Origin::UserFolder, profileFolder(QStringLiteral("user"))}};
        config.encryptedFileStore =
            [this](sfm::SecureBytes passphrase) -> std::unique_ptr<sfm::storage::SecretStore> {
            lastPassphrase = QString::fromUtf8(passphrase.bytes());
            return std::make_unique<MemorySecretStore>();
        };
        services = std::make_unique<sfm::onboarding::ServiceFactory>(std::move(config));
        auto &options = services->options();
        options.pollInitialSeconds = 1;
        options.pollMaxSeconds = 1;
        options.pollJitter = 0;
        options.confirmationCacheSeconds = 0;
        sfm::ui::WizardContext c;
        c.services = services.get();
        // A profile the test made in code is used everywhere, as a --profile file would be; else the
        // wizard's own search (the demo profile in practice mode, the test's folders in TEST and PROD).
        c.locateProfile = [this](bool practice) -> sfm::Result<sfm::ui::WizardContext::ProfileChoice> {
            if (noProfile) // nothing in any folder, even in practice mode (what works without a profile)
                return sfm::helseid::VendorProfileLocator(QList<sfm::helseid::VendorProfileLocator::Root>())
                    .locate({});
            if (profile) {
                sfm::ui::WizardContext::ProfileChoice given;
                given.profile = *profile;
                given.path = dir.filePath(QStringLiteral("test-profile.json"));
                given.origin = sfm::helseid::VendorProfileLocator::Origin::CommandLine;
                return given;
            }
            return services->locateProfile(QString(), practice);
        };
        c.chooseProfile = [this](const QString &path) { return services->chooseProfile(path); };
        c.profileFolders = services->profileRoots();
        c.startPractice = [this]() -> sfm::Result<sfm::helseid::Environment> { return environment(); };
        c.startInPractice = true;
        return c;
    }

    std::unique_ptr<sfm::ui::OnboardingWizard> makeWizard()
    {
        auto wizard = std::make_unique<sfm::ui::OnboardingWizard>(context(), &languages);
        wizard->show();
        return wizard;
    }

    // <tmp>/profiles-<name>: the folders the wizard looks for the vendor profile in ("beside", "system",
    // "user"); none exists until a test puts a profile there.
    QString profileFolder(const QString &name) const
    {
        return dir.filePath(QStringLiteral("profiles-") + name);
    }

    // A package zip from the simulator's portal (POST /_sim/packages), written to the temporary folder.
    struct Package
    {
        QString clientId;
        QString password;
        QString path;
    };
    Package makePackage(const QJsonObject &request)
    {
        QNetworkAccessManager manager;
        QNetworkRequest r(QUrl(sim->urls().control + QStringLiteral("/packages")));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = manager.post(r, QJsonDocument(request).toJson());
        QEventLoop loop; // test helper only; the wizard never waits like this
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        Package p;
        p.clientId = answer.value(QStringLiteral("clientId")).toString();
        p.password = answer.value(QStringLiteral("password")).toString();
        p.path =
            dir.filePath(answer.value(QStringLiteral("fileName")).toString(QStringLiteral("package.zip")));
        QFile file(p.path);
        if (file.open(QIODevice::WriteOnly))
            file.write(
                QByteArray::fromBase64(answer.value(QStringLiteral("zipBase64")).toString().toLatin1()));
        return p;
    }

    // Alternative 3 with an own key, as a person does in the portal: paste the public JWK on the page for
    // a client made by hand; the portal answers with the new client id.
    QString registerOwnKeyInPortal(const QString &publicJwk, const QString &organizationNumber)
    {
        QNetworkAccessManager manager;
        QNetworkRequest r(QUrl(sim->urls().portal + QStringLiteral("/klienter/ny")));
        r.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("klientmal"), QStringLiteral("Demo EPJ"));
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("nhn:selvbetjening/client"));
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("e-helse:sfm.api/sfm.api2"));
        form.addQueryItem(QStringLiteral("organizationNumber"), organizationNumber);
        form.addQueryItem(QStringLiteral("publicJwk"), publicJwk);
        QNetworkReply *reply = manager.post(r, form.query(QUrl::FullyEncoded).toUtf8().replace('+', "%2B"));
        QEventLoop loop; // test helper only; the wizard never waits like this
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QString page = QString::fromUtf8(reply->readAll());
        reply->deleteLater();
        return page.section(QStringLiteral("<code id=\"clientId\">"), 1)
            .section(QStringLiteral("</code>"), 0, 0);
    }

    bool startSimulator(quint16 port)
    {
        sim = std::make_unique<sfm::sim::Simulator>();
        sfm::sim::Simulator::Options options;
        options.demo = true;
        options.port = port;
        options.statePath = simStatePath;
        if (!sim->start(options).ok())
            return false;
        sfm::sim::SimSettings settings = sim->state().settings();
        settings.cacheDelaySeconds = 0;
        settings.autoSignSeconds = 0; // the test signs
        sim->state().setSettings(settings);
        return true;
    }

    QTemporaryDir dir;
    QString simStatePath;
    std::unique_ptr<sfm::sim::Simulator> sim;
    std::unique_ptr<QTcpServer> portBlocker;
    bool started = false;
    sfm::net::HttpClient http;
    std::unique_ptr<sfm::onboarding::OnboardingStore> store;
    sfm::storage::Settings *savedSettings = nullptr; // set before context(): where the wizard saves settings
    std::optional<sfm::helseid::VendorProfile> profile; // set before context(): used in every environment
    bool noProfile = false; // set before context(): no vendor profile at all, not even in practice mode
    std::unique_ptr<sfm::onboarding::ServiceFactory> services; // made by context()
    MemorySecretStore secrets;
    sfm::ui::LanguageManager languages;
    UrlRecorder urls;
    QString lastPassphrase;
};
