#include "ScreenshotRenderer.h"

#include "GuiServices.h"
#include "LanguageManager.h"
#include "NetworkSettingsDialog.h"
#include "OnboardingWizard.h"
#include "PracticeSimulator.h"
#include "TestLoginPanel.h"
#include "WindowGeometry.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "pages/ChooseWayPage.h"
#include "pages/DonePage.h"
#include "pages/KeyPage.h"
#include "pages/OrganizationPage.h"

#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>

#include <cstdio>

namespace sfm::gui {

using onboarding::State;
using ui::OnboardingWizard;

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

namespace {

// The browser is not opened while taking screenshots. Only the test login's visit to the practice
// simulator's authorize page (with the test person: a plain redirect to the login's loopback callback) is
// followed, as a browser would.
class NoBrowser : public QObject
{
    Q_OBJECT

public slots:
    void open(const QUrl &url)
    {
        const bool loopback =
            url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost");
        if (url.scheme() != QLatin1String("http") || !loopback ||
            !url.path().endsWith(QLatin1String("/connect/authorize")))
            return;
        QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

private:
    QNetworkAccessManager m_nam;
};

void fillOrganization(OnboardingWizard &wizard)
{
    auto *org = qobject_cast<ui::OrganizationPage *>(wizard.page(OnboardingWizard::OrganizationPageId));
    org->organizationNumberEdit()->setText(QStringLiteral("974760673"));
    org->journalNameEdit()->setText(QStringLiteral("Helsehuset Nord"));
    org->contactEmailEdit()->setText(QStringLiteral("post@nord.kommune.no"));
}

} // namespace

ScreenshotRenderer::ScreenshotRenderer(GuiServices &services, ui::LanguageManager &languages,
                                       QString directory, QStringList codes)
    : m_services(services)
    , m_languages(languages)
    , m_dir(std::move(directory))
    , m_codes(std::move(codes))
{}

int ScreenshotRenderer::run()
{
    if (!QDir().mkpath(m_dir)) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Cannot create the folder %1.").arg(m_dir)));
        return 1;
    }
    NoBrowser noBrowser;
    for (const char *scheme : {"http", "https", "mailto"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &noBrowser, "open");
    bool ok = true;
    for (const auto language : ui::LanguageManager::languages()) {
        const QString code = ui::LanguageManager::code(language);
        if (!m_codes.isEmpty() && !m_codes.contains(code))
            continue;
        m_languages.setLanguage(language);
        ok = shootAlternative1(code) && ok;
        ok = shootImportPages(code) && ok;
        ok = shootNetworkSettings(code) && ok;
    }
    for (const char *scheme : {"http", "https", "mailto"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    return ok ? 0 : 1;
}

bool ScreenshotRenderer::fail(const QString &what)
{
    std::fprintf(stderr, "screenshots: %s\n", qPrintable(what));
    return false;
}

bool ScreenshotRenderer::save(QWidget &widget, const QString &code, int index, const QString &name)
{
    waitFor([] { return false; }, 200); // let layouts settle
    const QString path = QDir(m_dir).filePath(
        QStringLiteral("%1-%2-%3.png").arg(code).arg(index, 2, 10, QLatin1Char('0')).arg(name));
    const bool saved = widget.grab().save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

bool ScreenshotRenderer::shootAlternative1(const QString &code)
{
    ui::WizardContext context = m_services.context();
    context.startInPractice = true;
    OnboardingWizard wizard(context, &m_languages);
    // Sized as the program sizes it, so a small screen's shots (./dev screenshots) show what users get.
    ui::fitToScreen(&wizard);
    wizard.show();
    bool ok = save(wizard, code, 1, QStringLiteral("welcome"));

    wizard.next();
    fillOrganization(wizard);
    ok = save(wizard, code, 2, QStringLiteral("organization")) && ok;

    wizard.next();
    auto *way = qobject_cast<ui::ChooseWayPage *>(wizard.currentPage());
    way->alternativeButton(1)->setChecked(true);
    ok = save(wizard, code, 3, QStringLiteral("choose-way")) && ok;

    wizard.next();
    auto *key = qobject_cast<ui::KeyPage *>(wizard.currentPage());
    if (!key)
        return fail(QStringLiteral("not on the key page"));
    key->generateButton()->click();
    if (!waitFor([&] { return wizard.onboarding() && wizard.onboarding()->state() == State::KeyReady; },
                 120000))
        return fail(QStringLiteral("no key"));
    ok = save(wizard, code, 4, QStringLiteral("key")) && ok;

    wizard.next();
    ok = save(wizard, code, 5, QStringLiteral("scopes")) && ok;
    wizard.next();
    if (!waitFor([&] { return wizard.currentId() == OnboardingWizard::ConfirmPageId; }, 30000))
        return fail(QStringLiteral("not registered"));
    ok = save(wizard, code, 6, QStringLiteral("confirm")) && ok;

    const QString clientId = wizard.onboarding()->data().clientId;
    if (auto confirmed = m_services.practice()->confirm(clientId); !confirmed)
        return fail(confirmed.error().toString());
    if (!waitFor([&] { return wizard.currentId() == OnboardingWizard::WaitingPageId; }, 60000))
        return fail(QStringLiteral("confirmation not noticed"));
    waitFor([&] { return !wizard.onboarding()->data().scopeStatuses.isEmpty(); }, 30000);
    ok = save(wizard, code, 7, QStringLiteral("waiting")) && ok;

    if (auto signedNow = m_services.practice()->sign(clientId); !signedNow)
        return fail(signedNow.error().toString());
    wizard.onboarding()->checkNow();
    if (!waitFor([&] { return wizard.currentId() == OnboardingWizard::DonePageId; }, 60000))
        return fail(QStringLiteral("not ready"));
    auto *done = qobject_cast<ui::DonePage *>(wizard.currentPage());
    done->testLogin()->loginButton()->click();
    waitFor([&] { return done->testLogin()->resultView()->isVisible(); }, 30000);
    ok = save(wizard, code, 8, QStringLiteral("done")) && ok;
    // Forget it, so every language's welcome page shows the same (empty) list; nothing real was made.
    const QString id = wizard.onboarding()->id();
    wizard.releaseOnboarding();
    (void)context.services->store().remove(id);
    return ok;
}

bool ScreenshotRenderer::shootImportPages(const QString &code)
{
    bool ok = true;
    const struct
    {
        int alternative;
        bool ownKey;
        int index;
        const char *name;
    } ways[] = {
        {2, false, 9, "import-package"}, {3, false, 10, "import-manual"}, {3, true, 11, "import-own-key"}};
    for (const auto &way : ways) {
        ui::WizardContext context = m_services.context();
        context.startInPractice = true;
        OnboardingWizard wizard(context, &m_languages);
        ui::fitToScreen(&wizard);
        wizard.show();
        wizard.next();
        fillOrganization(wizard);
        wizard.next();
        auto *choose = qobject_cast<ui::ChooseWayPage *>(wizard.currentPage());
        choose->alternativeButton(way.alternative)->setChecked(true);
        choose->ownKeyBox()->setChecked(way.ownKey);
        wizard.next();
        if (way.ownKey) {
            auto *key = qobject_cast<ui::KeyPage *>(wizard.currentPage());
            if (!key)
                return fail(QStringLiteral("not on the key page (own key)"));
            key->generateButton()->click();
            if (!waitFor([&] { return wizard.onboarding()->state() == State::KeyReady; }, 120000))
                return fail(QStringLiteral("no own key"));
            wizard.next();
            waitFor([] { return false; }, 500); // the public key is read back from the keychain
        }
        ok = save(wizard, code, way.index, QString::fromLatin1(way.name)) && ok;
        if (wizard.onboarding()) {
            const QString id = wizard.onboarding()->id();
            wizard.releaseOnboarding();
            (void)context.services->store().remove(id);
        }
    }
    return ok;
}

bool ScreenshotRenderer::shootNetworkSettings(const QString &code)
{
    onboarding::NetworkSettings settings;
    settings.proxyMode = onboarding::NetworkSettings::ProxyMode::Manual;
    settings.proxyHost = QStringLiteral("proxy.kommune.no");
    settings.proxyPort = 3128;
    ui::NetworkSettingsDialog dialog(settings);
    dialog.show();
    return save(dialog, code, 12, QStringLiteral("network-settings"));
}

} // namespace sfm::gui

#include "ScreenshotRenderer.moc"
