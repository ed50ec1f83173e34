#include "ScreenshotRenderer.h"

#include "LanguageManager.h"
#include "OnboardingWizard.h"
#include "pages/OrganizationPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QThread>

#include <cstdio>

namespace sfm::gui {

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

ScreenshotRenderer::ScreenshotRenderer(std::function<ui::WizardContext()> makeContext,
                                       ui::LanguageManager &languages, QString directory)
    : m_makeContext(std::move(makeContext))
    , m_languages(languages)
    , m_dir(std::move(directory))
{}

int ScreenshotRenderer::run()
{
    if (!QDir().mkpath(m_dir)) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Cannot create the folder %1.").arg(m_dir)));
        return 1;
    }
    bool ok = true;
    for (const auto language : ui::LanguageManager::languages())
        ok = shootLanguage(ui::LanguageManager::code(language)) && ok;
    return ok ? 0 : 1;
}

bool ScreenshotRenderer::save(ui::OnboardingWizard &wizard, const QString &code, int index,
                              const QString &name)
{
    waitFor([] { return false; }, 150); // let layouts and the busy indicator settle
    const QString path = QDir(m_dir).filePath(
        QStringLiteral("%1-%2-%3.png").arg(code).arg(index, 2, 10, QLatin1Char('0')).arg(name));
    const bool saved = wizard.grab().save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

bool ScreenshotRenderer::shootLanguage(const QString &code)
{
    m_languages.setLanguage(*ui::LanguageManager::fromCode(code));
    ui::WizardContext context = m_makeContext();
    context.startInPractice = true;
    ui::OnboardingWizard wizard(context, &m_languages);
    wizard.show();
    bool ok = save(wizard, code, 1, QStringLiteral("welcome"));

    wizard.next();
    auto *org = qobject_cast<ui::OrganizationPage *>(wizard.page(ui::OnboardingWizard::OrganizationPageId));
    org->organizationNumberEdit()->setText(QStringLiteral("974760673"));
    org->journalNameEdit()->setText(QStringLiteral("Helsehuset Nord"));
    ok = save(wizard, code, 2, QStringLiteral("organization")) && ok;

    wizard.next();
    ok = save(wizard, code, 3, QStringLiteral("choose-way")) && ok;
    return ok;
}

} // namespace sfm::gui
