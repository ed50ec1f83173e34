#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "OnboardingCli.h"

#include "helseid/UserLogin.h"
#include "helseid/UserLoginResult.h"
#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingStore.h"
#include "onboarding/ServiceFactory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

// sfmctl login-test ID [--test-pid FNR] [--json]: the test login as a prescriber (the engine's LoginCheck:
// PAR + PKCE + DPoP in the browser) and what SFM will see in the token. Exit 0 only when the token carries
// the SFM scope and the SFM-id claim (reference sections 8 and 9). BROWSER picks the browser, as for many
// command-line tools.
namespace sfm::cli {

namespace {

using onboarding::Onboarding;
using onboarding::OnboardingData;

const QString Usage =
    QStringLiteral("sfmctl login-test ID [--test-pid FNR] [--real-person] [--json] [--dir FOLDER]");

QString orUnknown(const QString &value)
{
    return value.isEmpty() ? OnboardText::tr("(not in the token)") : value;
}

QJsonObject resultJson(const helseid::UserLoginResult &r)
{
    return {{QStringLiteral("person"), r.personName},
            {QStringLiteral("pid"), r.pid},
            {QStringLiteral("hprNumber"), r.hprNumber},
            {QStringLiteral("securityLevel"), r.securityLevel},
            {QStringLiteral("assuranceLevel"), r.assuranceLevel},
            {QStringLiteral("organizationNumber"), r.organizationNumber},
            {QStringLiteral("childOrganizationNumber"), r.childOrganizationNumber},
            {QStringLiteral("sfmId"), r.sfmId},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(r.scopes)},
            {QStringLiteral("tokenType"), r.tokenType},
            {QStringLiteral("lifetimeSeconds"), r.lifetimeSeconds},
            {QStringLiteral("expiresAt"), r.expiresAt.toString(Qt::ISODate)},
            {QStringLiteral("jwt"), r.accessTokenIsJwt},
            {QStringLiteral("claims"), r.accessTokenClaims}};
}

void printResult(const helseid::UserLoginResult &r)
{
    out(OnboardText::tr("What SFM will see in the token:"));
    auto line = [](const QString &label, const QString &value) {
        out(QStringLiteral("  %1: %2").arg(label, value));
    };
    line(OnboardText::tr("Person"), orUnknown(r.personName));
    line(OnboardText::tr("HPR number"), orUnknown(r.hprNumber));
    line(OnboardText::tr("Security level"), orUnknown(r.securityLevel));
    line(OnboardText::tr("Organization"),
         orUnknown(r.childOrganizationNumber.isEmpty()
                       ? r.organizationNumber
                       : QStringLiteral("%1 / %2").arg(r.organizationNumber, r.childOrganizationNumber)));
    line(OnboardText::tr("SFM-id"), orUnknown(r.sfmId));
    line(OnboardText::tr("Scopes"), r.scopes.join(u' '));
    line(OnboardText::tr("Token"),
         OnboardText::tr("%1, valid for %n second(s)", nullptr, int(r.lifetimeSeconds)).arg(r.tokenType));
    if (!r.accessTokenIsJwt)
        out(OnboardText::tr(
            "The access token is opaque (not a JWT): the claims above come from HelseID's answer "
            "and the ID token."));
}

} // namespace

int runLoginTest(const QStringList &args)
{
    quietLibraryLogs();
    QCommandLineParser p;
    CommonOptions common;
    common.addTo(p);
    const QCommandLineOption testPid(QStringLiteral("test-pid"),
                                     OnboardText::tr("The synthetic fødselsnummer of the test person (TEST "
                                                     "and the simulator; default %1).")
                                         .arg(helseid::UserLogin::DefaultTestPid),
                                     QStringLiteral("fnr"));
    const QCommandLineOption realPerson(
        QStringLiteral("real-person"),
        OnboardText::tr("Log a real person in (BankID or the like) instead of the test person. Always so in "
                        "PROD."));
    p.addOption(testPid);
    p.addOption(realPerson);
    if (auto done = parseCommandLine(
            p, Usage,
            OnboardText::tr(
                "Logs a prescriber in with the client, in the browser (BROWSER is honoured), and "
                "shows what SFM will see in the token. Exit 0 only when the token carries the SFM "
                "scope and the SFM-id."),
            args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(Usage, OnboardText::tr("Say which onboarding to test (see «sfmctl list»)."));
    const bool json = p.isSet(common.json);

    CliServices services = makeServices(p, common);
    auto found = services.store().find(p.positionalArguments().first());
    if (!found)
        return fail(found.error(), json, ExitInput);
    // The login may record its proof and the SFM-id: one process per onboarding, as for resume.
    auto lock = services.store().lock(found->id);
    if (!lock)
        return fail(lock.error(), json);
    auto data = services.store().load(found->id);
    if (!data)
        return fail(data.error(), json, ExitInput);
    if (data->clientId.isEmpty() || data->keyReference.isNull())
        return fail(Error(QStringLiteral("onboarding.not_ready"),
                          OnboardText::tr("This onboarding has no client yet. Resume it first.")),
                    json, ExitNotReady);
    const onboarding::KeyReference &ref = data->keyReference;
    if (auto chosen = services.chooseSecretStore(
            onboarding::KeyReference::kindName(ref.kind),
            ref.kind == onboarding::KeyReference::Kind::EncryptedFile ? ref.service : QString(), p, common);
        !chosen)
        return fail(chosen.error(), json);
    // As resume: the profile the onboarding was made with (its login redirect URI), else the defaults.
    const QString saved = data->setup.vendorProfile;
    auto profile = services.factory->profile(
        saved.startsWith(QLatin1String("builtin:")) || saved.startsWith(u':') ? QString() : saved,
        data->setup.environment.kind);
    if (!profile)
        profile = helseid::VendorProfile(); // the client exists: the login needs no Klientmal API key

    Onboarding onboarding(data.value(), services.servicesFor(profile.value()));
    int exitCode = ExitFailure;
    QObject::connect(&onboarding, &Onboarding::loginBrowserOpened, [json](const QUrl &url) {
        if (json)
            jsonEvent(QStringLiteral("browser"), {{QStringLiteral("url"), url.toString()}});
        else
            err(OnboardText::tr("Log in in the browser. If none opened, open this address: %1")
                    .arg(url.toString()));
    });
    QObject::connect(&onboarding, &Onboarding::progress, [json](const QString &message) {
        if (!json)
            err(message);
    });
    QObject::connect(&onboarding, &Onboarding::loginFailed, [&](const Error &error) {
        exitCode = fail(error, json);
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&onboarding, &Onboarding::loginFinished, [&](const helseid::UserLoginResult &result) {
        const QString reason = onboarding::sfmRefusalReason(result, onboarding.data());
        exitCode = reason.isEmpty() ? ExitOk : ExitNotReady;
        if (json) {
            QJsonObject o = resultJson(result);
            o.insert(QStringLiteral("onboarding"), onboarding.id());
            o.insert(QStringLiteral("goodForSfm"), reason.isEmpty());
            o.insert(QStringLiteral("state"), onboarding::stateName(onboarding.state()));
            if (!reason.isEmpty())
                o.insert(QStringLiteral("reason"), reason);
            o.insert(QStringLiteral("exitCode"), exitCode);
            jsonEvent(QStringLiteral("login"), o);
        } else {
            printResult(result);
            if (reason.isEmpty())
                out(OnboardText::tr("SFM will accept this token: the EPJ can call SFM with this client."));
            else
                err(reason);
        }
        // A client that could not see its signing may have become Ready by the proof: let that settle.
        QTimer::singleShot(0, qApp, [&exitCode] { QCoreApplication::exit(exitCode); });
    });
    onboarding::TestLoginOptions options;
    options.testPid = p.value(testPid);
    if (p.isSet(realPerson))
        options.person = onboarding::TestLoginOptions::Person::RealPerson;
    QTimer::singleShot(0, &onboarding, [&] { onboarding.runTestLogin(options); });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace sfm::cli
