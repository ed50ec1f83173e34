#include "OnboardingWizard.h"

#include "Dialogs.h"
#include "Logging.h"
#include "WizardPage.h"
#include "onboarding/OnboardingLock.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"
#include "pages/ChooseWayPage.h"
#include "pages/ConfirmPage.h"
#include "pages/DonePage.h"
#include "pages/ImportPage.h"
#include "pages/KeyPage.h"
#include "pages/OrganizationPage.h"
#include "pages/ScopesPage.h"
#include "pages/WaitingPage.h"
#include "pages/WelcomePage.h"

#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace sfm::ui {

using onboarding::Alternative;
using onboarding::Onboarding;
using onboarding::State;

OnboardingWizard::OnboardingWizard(WizardContext context, LanguageManager *languages, QWidget *parent)
    : QWizard(parent)
    , m_context(std::move(context))
    , m_languages(languages)
    , m_environment(helseid::Environment::test())
    , m_profile(Error(QStringLiteral("profile.not_looked_for"), QString()))
{
    setObjectName(QStringLiteral("onboardingWizard"));
    // Classic style draws titles with the palette's own colours, so it stays readable in dark palettes.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::HaveCustomButton2, true);
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton2)
            QMessageBox::about(this, tr("About %1").arg(tr("SFM onboarding")), aboutText());
    });

    // The language can be changed on every page, not only the first: the change is live and keeps all state.
    m_languageMenu = new QMenu(this);
    auto *group = new QActionGroup(m_languageMenu);
    for (const auto language : LanguageManager::languages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setCheckable(true);
        action->setData(LanguageManager::code(language));
        action->setActionGroup(group);
        action->setChecked(m_languages && m_languages->language() == language);
        connect(action, &QAction::triggered, this, [this, language] {
            if (m_languages)
                m_languages->setLanguage(language);
        });
    }
    if (auto *button = qobject_cast<QPushButton *>(this->button(QWizard::CustomButton1)))
        button->setMenu(m_languageMenu);
    if (m_languages) {
        connect(m_languages, &LanguageManager::languageChanged, this, [this, group](auto language) {
            const QString code = LanguageManager::code(language);
            for (QAction *action : group->actions())
                action->setChecked(action->data().toString() == code);
        });
    }

    // Only the first page is built now; the others when the user leaves it (ensureAllPages()), so the
    // window is on screen sooner.
    addWizardPage(WelcomePageId, new WelcomePage(this));
    setStartId(WelcomePageId);

    // Sized in text units, so it fits the same text at 100 % and 200 % scale.
    const QFontMetrics metrics(font());
    setMinimumSize(metrics.averageCharWidth() * 80, metrics.height() * 30);
    resize(metrics.averageCharWidth() * 120, metrics.height() * 46);
    retranslateUi();
}

OnboardingWizard::~OnboardingWizard()
{
    // The onboarding is saved after every transition; stop its timers before the pages go.
    if (m_onboarding)
        m_onboarding->disconnect(this);
}

void OnboardingWizard::ensureAllPages()
{
    if (page(OrganizationPageId))
        return;
    addWizardPage(OrganizationPageId, new OrganizationPage(this));
    addWizardPage(ChooseWayPageId, new ChooseWayPage(this));
    addWizardPage(KeyPageId, new KeyPage(this));
    addWizardPage(ScopesPageId, new ScopesPage(this));
    addWizardPage(ImportPageId, new ImportPage(this));
    addWizardPage(ConfirmPageId, new ConfirmPage(this));
    addWizardPage(WaitingPageId, new WaitingPage(this));
    addWizardPage(DonePageId, new DonePage(this));
}

void OnboardingWizard::addWizardPage(int id, WizardPage *page)
{
    setPage(id, page);
    m_pages.append(page);
    page->setPracticeMode(isPractice());
    if (m_onboarding)
        page->attach(m_onboarding);
}

Result<void> OnboardingWizard::selectEnvironment(helseid::Environment::Kind kind)
{
    helseid::Environment environment;
    switch (kind) {
    case helseid::Environment::Kind::Demo: {
        if (!m_context.startPractice)
            return Error(QStringLiteral("ui.practice_unavailable"), [] {
                return tr("Practice mode is not available in this build. Choose the test environment.");
            });
        auto started = m_context.startPractice();
        if (!started)
            return started.error();
        environment = started.value();
        break;
    }
    case helseid::Environment::Kind::Prod:
        environment = helseid::Environment::prod();
        break;
    case helseid::Environment::Kind::Test:
    case helseid::Environment::Kind::Custom:
        environment = helseid::Environment::test();
        break;
    }
    const bool wasPractice = isPractice();
    const bool firstTime = !m_profile && m_profile.error().code == QLatin1String("profile.not_looked_for");
    m_environment = environment;
    for (WizardPage *page : std::as_const(m_pages))
        page->setPracticeMode(isPractice());
    updateTitle();
    // Practice mode has its own profile (the simulator knows only the demo Klientmal); TEST and PROD share.
    if (firstTime || wasPractice != isPractice())
        locateProfile();
    if (wasPractice != isPractice())
        emit practiceModeChanged(isPractice());
    return {};
}

void OnboardingWizard::locateProfile()
{
    m_profile = m_context.locateProfile
                    ? m_context.locateProfile(isPractice())
                    : Result<WizardContext::ProfileChoice>(Error(QStringLiteral("profile.not_found"), [] {
                          return tr("No vendor profile was found.");
                      }));
    if (!m_profile)
        qCInfo(lcUi) << "no vendor profile:" << m_profile.error().code;
    emit profileChanged();
}

const helseid::VendorProfile &OnboardingWizard::profile() const
{
    static const helseid::VendorProfile none; // no API key, no package link, no scopes to offer
    return m_profile ? m_profile->profile : none;
}

Result<void> OnboardingWizard::chooseProfile(const QString &path)
{
    if (!m_context.chooseProfile)
        return Error(QStringLiteral("ui.profile_choice_unavailable"), QString());
    auto chosen = m_context.chooseProfile(path);
    if (!chosen)
        return chosen.error();
    // In practice mode the demo profile stays in use (the chosen one is saved for TEST and PROD).
    locateProfile();
    return {};
}

QStringList OnboardingWizard::noticesFor(const Onboarding *onboarding) const
{
    if (!onboarding)
        return {};
    QStringList newestFirst;
    if (!m_profileNote.isNull() && onboarding == m_onboarding)
        newestFirst.append(m_profileNote.retranslated().message);
    const QStringList &saved = onboarding->data().notices; // oldest first, capped by the engine
    for (auto it = saved.crbegin(); it != saved.crend(); ++it)
        newestFirst.append(*it);
    return newestFirst;
}

bool OnboardingWizard::profileHasApiKey() const
{
    return profile().hasApiKey(m_environment.name());
}

onboarding::OnboardingServices OnboardingWizard::services() const
{
    // The API key lives in memory only (from the profile, for the onboarding's environment); the onboarding
    // file never holds it.
    return m_context.services->servicesFor(profile(), m_fallbackStore ? m_fallbackStore
                                                                      : &m_context.services->keychain());
}

Result<void> OnboardingWizard::applySetup()
{
    m_setup.environment = m_environment;
    // What sfmctl resume looks for again: the file, "builtin:demo", or empty (none: the locator searches).
    m_setup.vendorProfile.clear();
    if (m_profile)
        m_setup.vendorProfile = m_profile->origin == helseid::VendorProfileLocator::Origin::BuiltInDemo
                                    ? QStringLiteral("builtin:demo")
                                    : m_profile->path;
    if (!m_onboarding) {
        auto created = Onboarding::create(m_setup, services(), this);
        if (!created)
            return created.error();
        std::unique_ptr<Onboarding> onboarding(created.value());
        auto lock = m_context.services->store().lock(onboarding->id());
        if (!lock)
            return lock.error(); // a new id no one else knows: only a folder we cannot write to
        setOnboarding(onboarding.release(), std::move(lock).value());
        return {};
    }
    if (m_onboarding->data().isBeforeRegistration() && m_onboarding->state() != State::Failed)
        return m_onboarding->updateSetup(m_setup);
    return {}; // already sent to HelseID: the setup is fixed now
}

Result<void> OnboardingWizard::resume(const QString &id)
{
    ensureAllPages();
    // The one open here gives its lock back first (it is saved; this reads it again).
    if (m_onboarding && m_onboarding->id() == id)
        releaseOnboarding();
    // One process per onboarding: one that another program works is not opened, not even to look at (its
    // pages would offer steps that the other program may be taking). Taken before reading, so this reads
    // what the last holder saved.
    auto lock = m_context.services->store().lock(id);
    if (!lock)
        return lock.error();
    auto loaded = m_context.services->store().load(id);
    if (!loaded)
        return loaded.error();
    onboarding::OnboardingData saved = loaded.value();
    // Resume in the environment the onboarding was made in.
    const helseid::Environment::Kind kind = saved.setup.environment.kind;
    if (kind == helseid::Environment::Kind::Demo) {
        if (auto selected = selectEnvironment(kind); !selected)
            return selected;
        // The practice simulator keeps its clients in a file but may come back on another port (the old one
        // taken): the clients are the same, only the address moved, so the onboarding follows it.
        if (saved.setup.environment.issuer != m_environment.issuer) {
            qCInfo(lcUi) << "practice onboarding" << saved.id << "moves from"
                         << saved.setup.environment.issuer.toString() << "to"
                         << m_environment.issuer.toString();
            saved.setup.environment = m_environment;
        }
    } else {
        (void)selectEnvironment(kind == helseid::Environment::Kind::Prod ? kind
                                                                         : helseid::Environment::Kind::Test);
        if (kind == helseid::Environment::Kind::Custom)
            m_environment = saved.setup.environment;
    }
    // The profile it was started with, not the one found now (sfmctl resume does the same).
    Error profileNote;
    if (auto own = m_context.services->savedProfile(saved)) {
        if (*own)
            m_profile = own->value();
        else
            profileNote = own->error(); // m_profile stays what the search finds now
        emit profileChanged();
    }
    m_setup = saved.setup;
    m_manualWithOwnKey = saved.setup.alternative == Alternative::Manual && !saved.keyReference.isNull() &&
                         saved.clientId.isEmpty();
    setOnboarding(new Onboarding(std::move(saved), services(), this), std::move(lock).value());
    m_profileNote = profileNote;
    return {};
}

void OnboardingWizard::releaseOnboarding()
{
    setOnboarding(nullptr, nullptr);
}

void OnboardingWizard::setOnboarding(Onboarding *onboarding, std::unique_ptr<onboarding::OnboardingLock> lock)
{
    if (m_onboarding == onboarding)
        return;
    if (Onboarding *old = m_onboarding) {
        // It is saved after every transition: stopping it loses nothing, and it can be resumed later.
        old->disconnect();
        if (!onboarding::isFinalState(old->state()) && old->state() != State::Failed)
            old->pause();
        old->deleteLater();
    }
    m_lock = std::move(lock); // the old one's lock goes: it is paused and saved
    m_profileNote = Error();
    m_onboarding = onboarding;
    for (WizardPage *page : std::as_const(m_pages))
        page->attach(onboarding);
    emit onboardingChanged(onboarding);
}

int OnboardingWizard::pageForState(State state, Alternative alternative, bool ownKey)
{
    switch (state) {
    case State::Draft:
        if (alternative == Alternative::Api || (alternative == Alternative::Manual && ownKey))
            return KeyPageId;
        return ImportPageId;
    case State::KeyReady:
        return alternative == Alternative::Api ? ScopesPageId : ImportPageId;
    case State::Registered:
    case State::AwaitingConfirmation:
        return alternative == Alternative::Api ? ConfirmPageId : WaitingPageId;
    case State::AwaitingAccess:
        return WaitingPageId;
    case State::Ready:
    case State::Exported:
        return DonePageId;
    case State::Failed:
    case State::Cancelled:
        break;
    }
    return WelcomePageId;
}

bool OnboardingWizard::offerEncryptedFileFallback()
{
    if (!m_onboarding)
        return false;
    auto passphrase = Dialogs::newPassphrase(this);
    if (!passphrase)
        return false;
    auto store = m_context.services->keepEncryptedFileStore(std::move(*passphrase));
    if (!store)
        return false;
    m_fallbackStore = store.value();
    m_onboarding->setSecretStore(m_fallbackStore);
    return true;
}

void OnboardingWizard::reject()
{
    Onboarding *current = m_onboarding;
    const bool inProgress = current && !onboarding::isFinalState(current->state()) &&
                            !(current->state() == State::Draft && !current->isBusy());
    if (!inProgress) {
        QWizard::reject();
        return;
    }
    const bool waiting = onboarding::isWaitingState(current->state());
    const QString text =
        waiting ? tr("The onboarding is waiting for someone to confirm or sign. You can close the wizard now "
                     "and resume later: nothing is lost. Cancelling gives this onboarding up for good.")
                : tr("Cancelling gives this onboarding up for good. You can also close the wizard and resume "
                     "later from where you are now.");
    const int answer = Dialogs::choose(
        this, tr("Cancel the onboarding?"), text,
        {tr("Cancel the onboarding"), tr("Close and resume later"), tr("Keep working")}, 2, 2);
    if (answer == 2)
        return;
    if (answer == 1) {
        current->pause();
        QWizard::reject();
        return;
    }

    const bool hadKey = !current->data().keyReference.isNull();
    current->cancel();
    if (hadKey &&
        Dialogs::ask(this, tr("Remove the private key?"),
                     tr("The onboarding is cancelled. Remove its private key from the keychain too? Keep it "
                        "only if someone will still finish this client in the portal."),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes) {
        // Removing is asynchronous: close once it is done (or failed), so it is not cut off.
        auto finish = [this] { QWizard::reject(); };
        connect(current, &Onboarding::dataChanged, this, finish, Qt::SingleShotConnection);
        connect(current, &Onboarding::errorOccurred, this, finish, Qt::SingleShotConnection);
        current->removeKey();
        return;
    }
    QWizard::reject();
}

void OnboardingWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

QString OnboardingWizard::aboutText() const
{
    return tr("<p><b>SFM onboarding</b> %1</p><p>Sets up the HelseID client your journal system (EPJ) needs "
              "for SFM, and keeps its private key in this computer's keychain.</p><p>Free software under the "
              "MIT licence.</p>")
        .arg(QStringLiteral(SFM_VERSION));
}

void OnboardingWizard::retranslateUi()
{
    setButtonText(QWizard::CustomButton1, tr("Lan&guage"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Language"));
    button(QWizard::CustomButton1)->setToolTip(tr("Change the language now; nothing you entered is lost."));
    // No mnemonic: every letter is spoken for on some page; Tab reaches it.
    setButtonText(QWizard::CustomButton2, tr("About"));
    button(QWizard::CustomButton2)->setAccessibleName(tr("About this program"));
    updateTitle();
}

void OnboardingWizard::updateTitle()
{
    const QString base = tr("SFM onboarding with HelseID");
    setWindowTitle(isPractice() ? tr("%1 – practice mode").arg(base) : base);
}

} // namespace sfm::ui
