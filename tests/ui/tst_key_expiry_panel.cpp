// The Done page's key panel (KeyExpiryPanel) against the in-process simulator: the expiry with its days
// left, the warning colour from 30 days (readable on the dark palette too), "Renew key now" with its
// progress and the new key ID afterwards, and the portal steps for a portal-only client (with a reminder
// from 30 days). Its neighbour on the Done page, ScopeChangePanel: "Add SFM migrering", HelseID's
// statusReason while the new scope waits for signing, and the button gone once it is granted.
#include "InlineError.h"
#include "KeyExpiryPanel.h"
#include "MemorySecretStore.h"
#include "ScopeChangePanel.h"
#include "Simulator.h"
#include "Theme.h"
#include "helseid/VendorProfile.h"
#include "net/HttpClient.h"
#include "onboarding/EpjConfiguration.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace sfm;
using namespace sfm::onboarding;

namespace {
constexpr int Wait = 30000;

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
} // namespace

class TestKeyExpiryPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OnboardingStore> m_store;

    OnboardingServices services() const
    {
        OnboardingServices s;
        s.http = m_http.get();
        s.secrets = m_secrets.get();
        s.store = m_store.get();
        s.profile = helseid::VendorProfile::demo().value();
        s.options.pollInitialSeconds = 1;
        s.options.pollMaxSeconds = 1;
        s.options.pollJitter = 0;
        s.options.confirmationCacheSeconds = 0;
        s.options.listenForConfirmation = false;
        return s;
    }

    // Alternative 1 to Exported, with a key HelseID says lives keyDays days.
    std::unique_ptr<Onboarding> exported(int keyDays)
    {
        if (!m_sim->state().applySettings({{QStringLiteral("keyLifetimeDays"), keyDays}}).ok())
            return nullptr;
        OnboardingSetup s;
        s.environment = helseid::Environment::demo(QUrl(m_sim->urls().issuer), QUrl(m_sim->urls().api),
                                                   QUrl(m_sim->urls().portal));
        s.organizationNumber = QStringLiteral("974760673");
        s.scopes = {QStringLiteral("e-helse:sfm.api/sfm.api2")};
        s.algorithm = crypto::Algorithm::ES256;
        auto created = Onboarding::create(s, services());
        if (!created)
            return nullptr;
        std::unique_ptr<Onboarding> o(created.value());
        o->proceed();
        if (!QTest::qWaitFor([&] { return o->state() == State::KeyReady; }, Wait))
            return nullptr;
        o->proceed();
        if (!QTest::qWaitFor([&] { return o->state() == State::AwaitingConfirmation; }, Wait))
            return nullptr;
        if (!m_sim->confirm(o->data().clientId).ok() || !m_sim->sign(o->data().clientId).ok())
            return nullptr;
        o->checkNow();
        if (!QTest::qWaitFor([&] { return o->state() == State::Ready; }, Wait))
            return nullptr;
        if (!o->exportConfiguration(m_dir->filePath(QStringLiteral("epj.json"))).ok())
            return nullptr;
        return o;
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->start().ok());
        QVERIFY(m_sim->state().applySettings({{QStringLiteral("cacheDelaySeconds"), 0}}).ok());
        m_http = std::make_unique<net::HttpClient>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<OnboardingStore>(m_dir->path());
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
        m_secrets.reset();
        m_http.reset();
        m_sim.reset();
    }
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void aYearLeftIsPlainAndRenewWorks()
    {
        auto o = exported(365);
        QVERIFY(o);
        ui::KeyExpiryPanel panel;
        panel.attach(o.get());
        panel.show();
        QVERIFY(panel.expiryLabel()->text().contains(QStringLiteral("day")));
        QVERIFY(!panel.isWarning());
        QVERIFY(panel.renewButton()->isVisible());
        QVERIFY(panel.renewButton()->isEnabled());

        const QString oldKid = o->data().kid;
        QSignalSpy finished(o.get(), &Onboarding::renewalFinished);
        panel.renewButton()->click();
        // The work is asynchronous: the click returns at once, with the progress showing and the button off.
        QVERIFY(panel.progressLabel()->isVisible());
        QVERIFY(!panel.renewButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Wait);
        QVERIFY(finished.first().first().value<Error>().isNull());
        QVERIFY(o->data().kid != oldKid);
        QVERIFY(panel.progressLabel()->text().contains(o->data().kid)); // "The key is renewed (key ID …)"
        QVERIFY(panel.renewButton()->isEnabled());
        QVERIFY(panel.errorView()->error().isNull());
        auto config = EpjConfiguration::load(m_dir->filePath(QStringLiteral("epj.json")));
        QVERIFY(config.ok());
        QCOMPARE(config->kid, o->data().kid);
    }

    void twentyDaysLeftWarnsReadablyInBothPalettes()
    {
        auto o = exported(20);
        QVERIFY(o);
        ui::KeyExpiryPanel panel;
        panel.attach(o.get());
        QVERIFY(panel.isWarning());
        QVERIFY2(panel.expiryLabel()->text().contains(QRegularExpression(QStringLiteral("\\((19|20) day"))),
                 qPrintable(panel.expiryLabel()->text()));
        const auto readable = [&panel] {
            const QPalette p = panel.expiryLabel()->palette();
            return contrast(p.color(QPalette::WindowText), panel.palette().color(QPalette::Window));
        };
        QVERIFY2(readable() >= 4.5, qPrintable(QString::number(readable())));
        ui::Theme::applyDarkPalette();
        QApplication::processEvents();
        panel.render();
        QVERIFY(panel.isWarning());
        QVERIFY2(readable() >= 4.5, qPrintable(QString::number(readable())));
    }

    void portalOnlyClientGetsThePortalSteps()
    {
        auto o = exported(20);
        QVERIFY(o);
        OnboardingData data = o->data();
        data.setup.scopes.removeAll(QString::fromUtf16(SelfServiceScope));
        Onboarding portal(data, services());
        ui::KeyExpiryPanel panel;
        panel.attach(&portal);
        panel.show();
        QVERIFY(!panel.renewButton()->isVisible());
        const QList<QLabel *> labels = panel.findChildren<QLabel *>();
        bool steps = false;
        for (const QLabel *l : labels)
            steps = steps || (l->isVisible() && l->text().contains(QStringLiteral("portal")) &&
                              l->text().contains(data.clientId));
        QVERIFY(steps);
        // 20 days left and nothing renews it unattended: a reminder.
        bool reminder = false;
        for (const QLabel *l : labels)
            reminder = reminder || (l->isVisible() && l->text().contains(QStringLiteral("Reminder")));
        QVERIFY(reminder);
    }

    void addMigrationShowsTheReasonThenIsGranted()
    {
        auto o = exported(365);
        QVERIFY(o);
        ui::ScopeChangePanel panel;
        panel.attach(o.get());
        panel.show();
        QCOMPARE(panel.addButtons().size(), 1); // the demo profile offers one more: SFM migrering
        QVERIFY(panel.addButtons().first()->text().contains(QStringLiteral("SFM migr")));
        QVERIFY(!panel.statusLabel()->isVisible());
        QSignalSpy changed(o.get(), &Onboarding::scopesChanged);
        panel.addButtons().first()->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, Wait);
        QVERIFY(changed.first().first().value<Error>().isNull());
        // Waiting: HelseID's statusReason for the new scope, and "Check now"; no button to add it again.
        const QString migration = QString::fromUtf16(SfmMigrationScope);
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.statusLabel()->isVisible() &&
                panel.statusLabel()->text().contains(migration + QStringLiteral(": pending — ")),
            Wait);
        QVERIFY(panel.checkNowButton()->isVisible());
        QVERIFY(panel.addButtons().isEmpty());
        QVERIFY(m_sim->sign(o->data().clientId).ok());
        panel.checkNowButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(o->state(), State::Exported, Wait);
        QVERIFY(!panel.statusLabel()->isVisible());
        QVERIFY(panel.addButtons().isEmpty());
        QVERIFY(panel.errorView()->error().isNull());
    }
};

QTEST_MAIN(TestKeyExpiryPanel)
#include "tst_key_expiry_panel.moc"
