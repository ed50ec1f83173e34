#pragma once

#include "LanguageManager.h"
#include "WizardContext.h"
#include "onboarding/Onboarding.h"

#include <QPointer>
#include <QWizard>

#include <memory>

class QMenu;

namespace sfm::storage {
class SecretStore;
}
namespace sfm::onboarding {
class OnboardingLock;
}

namespace sfm::ui {

class WizardPage;

// The onboarding wizard: holds the chosen environment, the setup being collected and the Onboarding model
// once it exists; pages render that model and send it intents. Routing between pages follows the chosen
// Alternative and, when resuming, the onboarding's state. Cancel asks before giving up work in progress.
class OnboardingWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WelcomePageId,
        OrganizationPageId,
        ChooseWayPageId,
        KeyPageId,
        ScopesPageId,
        ImportPageId,
        ConfirmPageId,
        WaitingPageId,
        DonePageId
    };
    Q_ENUM(PageId)

    OnboardingWizard(WizardContext context, LanguageManager *languages, QWidget *parent = nullptr);
    ~OnboardingWizard() override;

    const WizardContext &context() const { return m_context; }
    LanguageManager *languages() const { return m_languages; }

    // The environment chosen on the Welcome page. Practice starts the built-in simulator on first use.
    const helseid::Environment &environment() const { return m_environment; }
    bool isPractice() const { return m_environment.kind == helseid::Environment::Kind::Demo; }
    Result<void> selectEnvironment(helseid::Environment::Kind kind);
    bool hasPractice() const { return bool(m_context.startPractice); }
    // The vendor profile for the chosen environment, and where it came from (WizardContext::locateProfile);
    // looked for again when the environment changes. Outside practice mode there may be none: then
    // profile() is empty (no API key, no package link) and profileChoice() says why and where it looked.
    const Result<WizardContext::ProfileChoice> &profileChoice() const { return m_profile; }
    bool hasProfile() const { return m_profile.ok(); }
    const helseid::VendorProfile &profile() const;
    // The profile file the user picked (Welcome page): used and saved if it loads, else the error.
    Result<void> chooseProfile(const QString &path);
    // What the waiting pages list, newest first: the notices the onboarding saved and, first, why a resumed
    // one could not use the vendor profile it was started with (for this run only).
    QStringList noticesFor(const onboarding::Onboarding *onboarding) const;
    // Whether the vendor profile has a Klientmal API key for the chosen environment (Alternative 1).
    bool profileHasApiKey() const;

    // What the pages collect before the Onboarding exists (and copy into it with applySetup()).
    onboarding::OnboardingSetup &setup() { return m_setup; }
    // Alternative 3: the user makes the key here and pastes its public part in the portal.
    bool manualWithOwnKey() const { return m_manualWithOwnKey; }
    void setManualWithOwnKey(bool on) { m_manualWithOwnKey = on; }

    onboarding::Onboarding *onboarding() const { return m_onboarding; }
    // Creates the Onboarding from setup() or, while nothing was sent yet, updates it.
    Result<void> applySetup();
    // Loads a saved onboarding for resume; its setup becomes setup(), and it runs with the vendor profile it
    // was started with, as sfmctl resume does (ServiceFactory::savedProfile; when that file is gone, the one
    // found now, and noticesFor() says so). An onboarding another program works
    // (storage.onboarding.locked: "in use by … since …") is not opened; the Welcome page shows why.
    Result<void> resume(const QString &id);
    // Forgets the current onboarding (it stays saved; it can be resumed later).
    void releaseOnboarding();

    // Builds the pages after the first (done when the user leaves the Welcome page; tests may call it).
    void ensureAllPages();

    // The page a saved onboarding continues on.
    static int pageForState(onboarding::State state, onboarding::Alternative alternative, bool ownKey);

    // Switches to the explicit encrypted-file fallback for keys after asking for a passphrase; false if the
    // user declined or the build has none.
    bool offerEncryptedFileFallback();

    void reject() override;

    // What the About box says: the program, its version (from the CMake project, the one place it lives)
    // and what it is for.
    QString aboutText() const;

signals:
    void onboardingChanged(sfm::onboarding::Onboarding *onboarding);
    void practiceModeChanged(bool practice);
    // The vendor profile in use changed (another environment, or a file the user chose).
    void profileChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addWizardPage(int id, WizardPage *page);
    // The wizard holds the onboarding's lock for as long as it has it open.
    void setOnboarding(onboarding::Onboarding *onboarding, std::unique_ptr<onboarding::OnboardingLock> lock);
    onboarding::OnboardingServices services() const;
    void retranslateUi();
    void updateTitle();
    void locateProfile();

    WizardContext m_context;
    LanguageManager *m_languages = nullptr;
    helseid::Environment m_environment;
    Result<WizardContext::ProfileChoice> m_profile;
    Error m_profileNote; // the resumed onboarding's own profile file could not be used (and why)
    onboarding::OnboardingSetup m_setup;
    bool m_manualWithOwnKey = false;
    QPointer<onboarding::Onboarding> m_onboarding;
    std::unique_ptr<onboarding::OnboardingLock> m_lock; // of m_onboarding: one process per onboarding
    storage::SecretStore *m_fallbackStore = nullptr;    // kept by the ServiceFactory
    QList<WizardPage *> m_pages;
    QMenu *m_languageMenu = nullptr;
};

} // namespace sfm::ui
