#include "LoginCheck.h"

#include "AccessWatch.h"
#include "HelseIdSession.h"
#include "KeyCustody.h"
#include "Logging.h"
#include "Onboarding.h"
#include "helseid/UserLogin.h"
#include "helseid/UserLoginResult.h"

#include <QPointer>

namespace sfm::onboarding {

namespace {

// The identity scopes of reference section 8 with the client's own SFM scopes (sfm.api2 when it has none,
// so HelseID's refusal names what is missing).
QStringList loginScopes(const QStringList &clientScopes)
{
    QStringList scopes;
    for (const QString &scope : helseid::UserLogin::defaultScopes()) {
        if (!isSfmScope(scope))
            scopes.append(scope);
    }
    QStringList sfm;
    for (const QString &scope : clientScopes) {
        if (isSfmScope(scope))
            sfm.append(scope);
    }
    if (sfm.isEmpty())
        sfm.append(QString::fromUtf16(SfmApiScope));
    return scopes + sfm;
}

} // namespace

QString cannotSeeSigningText()
{
    return Onboarding::
        tr("This client cannot see whether the agreement documents are signed (it lacks the scope «%1»). "
           "Check "
           "in the portal that they are signed and say so, or run the test login as a prescriber: it proves "
           "that SFM accepts the client.")
            .arg(QString::fromUtf16(SelfServiceScope));
}

QString sfmIdText(const OnboardingData &data)
{
    if (!data.sfmId.isEmpty())
        return data.sfmId;
    if (data.clientId.isEmpty())
        return {};
    return Onboarding::tr("assigned by HelseID — visible after the first login");
}

QString sfmScopeOf(const OnboardingData &data)
{
    for (const QString &scope : data.setup.scopes) {
        if (isSfmScope(scope))
            return scope;
    }
    return QString::fromUtf16(SfmApiScope);
}

QString sfmRefusalReason(const helseid::UserLoginResult &r, const OnboardingData &data)
{
    const QString sfmScope = sfmScopeOf(data);
    if (!r.hasScope(sfmScope))
        return Onboarding::tr(
                   "The token does not carry the scope «%1», so SFM would refuse it: access to SFM "
                   "is not granted yet (are the agreement documents signed?).")
            .arg(sfmScope);
    if (r.sfmId.isEmpty())
        return Onboarding::tr("The token has no SFM-id (the claim «%1»), so SFM would refuse it: HelseID has "
                              "not assigned one to the client yet.")
            .arg(helseid::UserLoginResult::SfmIdClaim);
    if (r.securityLevel != QLatin1String("4"))
        return Onboarding::tr("The login's security level is «%1», and SFM needs 4.").arg(r.securityLevel);
    return {};
}

LoginCheck::LoginCheck(Onboarding &owner)
    : q(owner)
{}

LoginCheck::~LoginCheck() = default; // m_login is a child of the Onboarding

void LoginCheck::setBrowser(helseid::Browser browser)
{
    m_browser = std::move(browser);
    if (m_login && m_browser)
        m_login->setBrowser(m_browser);
}

bool LoginCheck::isRunning() const
{
    return m_login && m_login->isRunning();
}

void LoginCheck::cancel()
{
    if (m_login)
        m_login->cancel();
}

void LoginCheck::start(const TestLoginOptions &options)
{
    const OnboardingData &d = q.m_data;
    if (isRunning()) {
        emit q.loginFailed(Error(QStringLiteral("onboarding.login.busy"),
                                 [] { return Onboarding::tr("A test login is already running."); }));
        return;
    }
    if (d.clientId.isEmpty()) {
        emit q.loginFailed(Error(QStringLiteral("onboarding.no_client"),
                                 [] { return Onboarding::tr("There is no client yet to log in with."); }));
        return;
    }
    if (auto ok = q.m_session->ensure(); !ok) {
        emit q.loginFailed(ok.error());
        return;
    }
    if (!m_login) {
        m_login =
            new helseid::UserLogin(*q.m_services.http, q.m_session->discovery(), d.setup.environment, &q);
        if (m_browser)
            m_login->setBrowser(m_browser);
        QObject::connect(m_login, &helseid::UserLogin::browserOpened, &q, &Onboarding::loginBrowserOpened);
    }
    const helseid::Environment &env = d.setup.environment;
    helseid::UserLogin::Options o;
    o.scopes = loginScopes(d.setup.scopes);
    o.redirectUri = q.m_services.profile.loginRedirectUri(env.name());
    o.useTestIdentityProvider = options.person == TestLoginOptions::Person::TestPerson ||
                                (options.person == TestLoginOptions::Person::Automatic &&
                                 env.kind != helseid::Environment::Kind::Prod);
    if (!options.testPid.isEmpty())
        o.testPid = options.testPid;
    o.timeoutSeconds = options.timeoutSeconds;

    QPointer<Onboarding> guard(&q);
    q.m_keys->withKey([guard, this, o](Result<crypto::Key> key) {
        if (!guard)
            return;
        if (!key) {
            emit q.loginFailed(key.error());
            return;
        }
        emit q.progress(Onboarding::tr("Logging in as a prescriber in the browser…"));
        m_login->start(q.m_session->credentials(key.value()), o,
                       [guard, this](Result<helseid::UserLoginResult> result) {
                           if (!guard)
                               return;
                           if (!result) {
                               emit q.loginFailed(result.error());
                               return;
                           }
                           finished(result.value());
                       });
    });
}

void LoginCheck::finished(const helseid::UserLoginResult &result)
{
    OnboardingData &d = q.m_data;
    bool changed = false;
    // GET /v1/client may not list the SFM-id of a new client (reference section 9): the token shows it.
    if (d.sfmId.isEmpty() && !result.sfmId.isEmpty()) {
        d.sfmId = result.sfmId;
        changed = true;
    }
    bool proved = false;
    for (const QString &scope : d.setup.scopes) {
        if (isSfmScope(scope) && result.isGoodForSfm(scope))
            proved = true;
    }
    if (proved) {
        d.loginProvedAt = QDateTime::currentDateTimeUtc();
        changed = true;
    }
    // Person data stays out of the log: only that a login worked, and what it proved.
    qCInfo(lcOnboarding) << "onboarding" << d.id << "test login done; good for SFM:" << proved;
    if (changed) {
        q.save();
        emit q.accessStatusChanged();
        emit q.dataChanged();
    }
    if (proved && !d.canSeeSigning() && d.state == State::AwaitingAccess)
        q.m_watch->acceptProof();
    emit q.loginFinished(result);
}

} // namespace sfm::onboarding
