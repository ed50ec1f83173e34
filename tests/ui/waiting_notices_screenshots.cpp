// Renders the wizard's waiting page with two notices from the engine, in nb, nn and en, for the user guides:
//   waiting_notices_screenshots OUTPUT_DIR   writes OUTPUT_DIR/{nb,nn,en}-07-waiting-notices.png
// Both notices are real: the portal's browser comes back with «Cancel» instead of a confirmation, and on
// resume the old confirmation port is taken. The flow runs against the in-process simulator (WizardHarness),
// once per language, since a notice is kept in the language it was said in. Runs in a real window under Xvfb
// (xvfb-run) or, without a display, offscreen.
#include "WizardHarness.h"

#include "WindowGeometry.h"
#include "pages/ChooseWayPage.h"
#include "pages/KeyPage.h"
#include "pages/OrganizationPage.h"
#include "pages/WelcomePage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>

#include <cstdio>

using namespace sfm;
using ui::OnboardingWizard;

namespace {

bool waitFor(const std::function<bool()> &done)
{
    return QTest::qWaitFor(done, 60000);
}

bool next(OnboardingWizard &wizard)
{
    QAbstractButton *button = wizard.button(QWizard::NextButton);
    if (!waitFor([&] { return button->isEnabled(); }))
        return false;
    button->click();
    return true;
}

// From the Welcome page to the confirmation page (Alternative 1, practice mode).
bool toConfirmation(OnboardingWizard &wizard)
{
    if (!next(wizard))
        return false;
    auto *org = qobject_cast<ui::OrganizationPage *>(wizard.currentPage());
    if (!org)
        return false;
    org->organizationNumberEdit()->setText(QStringLiteral("974760673"));
    org->journalNameEdit()->setText(QStringLiteral("Helsehuset Nord"));
    if (!next(wizard))
        return false;
    auto *way = qobject_cast<ui::ChooseWayPage *>(wizard.currentPage());
    if (!way)
        return false;
    way->alternativeButton(1)->click();
    if (!next(wizard))
        return false;
    auto *key = qobject_cast<ui::KeyPage *>(wizard.currentPage());
    if (!key)
        return false;
    const int rsa = key->algorithmBox()->findText(QStringLiteral("RSA 2048"), Qt::MatchStartsWith);
    key->algorithmBox()->setCurrentIndex(rsa);
    emit key->algorithmBox()->activated(rsa);
    key->generateButton()->click();
    if (!waitFor([&] {
            return wizard.onboarding() && wizard.onboarding()->state() == onboarding::State::KeyReady;
        }))
        return false;
    if (!next(wizard) || !next(wizard)) // scopes, then the draft is sent
        return false;
    return waitFor([&] { return wizard.currentId() == OnboardingWizard::ConfirmPageId; });
}

int shoot(ui::LanguageManager::Language language, const QString &out)
{
    WizardHarness h;
    if (!h.started)
        return 1;
    h.languages.setLanguage(language);
    quint16 port = 0;
    QString clientId;
    {
        auto wizard = h.makeWizard();
        if (!toConfirmation(*wizard))
            return 2;
        clientId = wizard->onboarding()->data().clientId;
        port = wizard->onboarding()->data().confirmationPort;
        QUrl cancelled = wizard->onboarding()->confirmationRedirectUri();
        cancelled.setQuery(QStringLiteral("status=Cancel"));
        QNetworkAccessManager browser;
        std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(cancelled)));
        if (!waitFor([&] { return reply->isFinished() && !wizard->onboarding()->data().notices.isEmpty(); }))
            return 3;
        ui::Dialogs::setNextChoice(1); // close and resume later
        wizard->reject();
    }
    QTcpServer taken; // the next start cannot have the old port
    if (!taken.listen(QHostAddress::LocalHost, port))
        return 4;
    auto wizard = h.makeWizard();
    auto *welcome = qobject_cast<ui::WelcomePage *>(wizard->currentPage());
    welcome->resumeButton()->click();
    if (!next(*wizard) || !h.sim->confirm(clientId).ok())
        return 5;
    if (!waitFor([&] {
            return wizard->currentId() == OnboardingWizard::WaitingPageId &&
                   wizard->onboarding()->data().notices.size() == 2;
        }))
        return 6;
    ui::fitToScreen(wizard.get());
    QTest::qWait(1500); // the first status answer and the layout
    const QString path =
        out + u'/' + ui::LanguageManager::code(language) + QStringLiteral("-07-waiting-notices.png");
    if (!wizard->grab().save(path))
        return 7;
    std::printf("%s\n", qPrintable(path));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);
    using L = ui::LanguageManager::Language;
    for (const L language : {L::Bokmal, L::Nynorsk, L::English}) {
        if (const int failed = shoot(language, out)) {
            std::fprintf(stderr, "waiting page in %s: step %d failed\n",
                         qPrintable(ui::LanguageManager::code(language)), failed);
            return failed;
        }
    }
    return 0;
}
