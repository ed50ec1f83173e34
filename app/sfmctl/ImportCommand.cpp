#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "SecureBytes.h"
#include "helseid/Environment.h"
#include "helseid/import/PackageImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

// sfmctl import FILE: reads the configuration the HelseID portal hands out for Alternatives 2 and 3 (its
// password-protected zip, or the JSON inside), checks it against the chosen environment and prints a summary
// — client id, key id, scopes, warnings — never the key.
namespace sfm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sfmctl)
};

constexpr int MaximumPasswordBytes = 1024;

const QString Usage = QStringLiteral(
    "sfmctl import FILE [--password-stdin] [--environment test|prod|demo] [--issuer URL] [--json]");

// Reads one line from stdin as the zip's password. On a terminal the typing is not echoed.
SecureBytes readPasswordLine()
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        err(Text::tr("Password (from the SMS): "));
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QByteArray line(MaximumPasswordBytes + 2, '\0');
    const bool got = std::fgets(line.data(), int(line.size()), stdin) != nullptr;
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err(QString());
    }
#endif
    qsizetype length = got ? qsizetype(qstrlen(line.constData())) : 0;
    while (length > 0 && (line.at(length - 1) == '\n' || line.at(length - 1) == '\r'))
        --length;
    SecureBytes password(line.left(length));
    secureWipe(line);
    return password;
}

int usageError(const QString &message)
{
    err(message);
    err(Text::tr("Usage: %1   (--help for more)").arg(Usage));
    return ExitUsage;
}

QString keySourceName(helseid::PortalConfiguration::KeySource source)
{
    switch (source) {
    case helseid::PortalConfiguration::KeySource::PrivateJwk:
        return QStringLiteral("privateJwk");
    case helseid::PortalConfiguration::KeySource::RsaKeyXml:
        return QStringLiteral("rsaPrivateKey");
    case helseid::PortalConfiguration::KeySource::Both:
        return QStringLiteral("privateJwk+rsaPrivateKey");
    }
    return {};
}

QString keyDescription(const crypto::Key &key)
{
    if (key.type() == crypto::KeyType::Rsa)
        return Text::tr("RSA, %1 bits").arg(key.bits());
    return Text::tr("EC, %1").arg(key.curve() ? crypto::curveName(*key.curve()) : QStringLiteral("?"));
}

QJsonObject summaryJson(const helseid::PortalConfiguration &config)
{
    QJsonArray warnings;
    for (const helseid::ImportWarning &warning : config.warnings)
        warnings.append(QJsonObject{{QStringLiteral("code"), warning.code},
                                    {QStringLiteral("message"), warning.message}});
    QJsonObject key{{QStringLiteral("kid"), config.kid},
                    {QStringLiteral("thumbprint"), config.key.thumbprint()},
                    {QStringLiteral("type"), config.key.type() == crypto::KeyType::Rsa
                                                 ? QStringLiteral("RSA")
                                                 : QStringLiteral("EC")},
                    {QStringLiteral("bits"), config.key.bits()},
                    {QStringLiteral("source"), keySourceName(config.keySource)}};
    if (config.algorithm)
        key.insert(QStringLiteral("alg"), crypto::algorithmName(*config.algorithm));
    return QJsonObject{{QStringLiteral("clientId"), config.clientId},
                       {QStringLiteral("clientName"), config.clientName},
                       {QStringLiteral("authority"), config.authority.toString()},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(config.scopes)},
                       {QStringLiteral("grantTypes"), QJsonArray::fromStringList(config.grantTypes)},
                       {QStringLiteral("redirectUris"), QJsonArray::fromStringList(config.redirectUris)},
                       {QStringLiteral("pkceRequired"), config.pkceRequired},
                       {QStringLiteral("canRenewKeyViaApi"), config.canRenewKeyViaApi},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("warnings"), warnings},
                       {QStringLiteral("stored"), false}};
}

void printSummary(const helseid::PortalConfiguration &config)
{
    out(Text::tr("Client ID:   %1").arg(config.clientId));
    if (!config.clientName.isEmpty())
        out(Text::tr("Client name: %1").arg(config.clientName));
    out(Text::tr("HelseID:     %1").arg(config.authority.toString()));
    out(Text::tr("Key:         %1, key ID (kid) %2").arg(keyDescription(config.key), config.kid));
    if (config.kid != config.key.thumbprint())
        out(Text::tr("Thumbprint:  %1").arg(config.key.thumbprint()));
    out(Text::tr("Scopes:      %1")
            .arg(config.scopes.isEmpty() ? Text::tr("(none)") : config.scopes.join(QStringLiteral(" "))));
    out(Text::tr("Key renewal: %1")
            .arg(config.canRenewKeyViaApi ? Text::tr("automatic through the self-service API is possible")
                                          : Text::tr("in the portal only")));
    for (const helseid::ImportWarning &warning : config.warnings)
        err(Text::tr("Warning: %1").arg(warning.message));
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Reads the configuration file the HelseID portal made for a client (Alternatives 2 and 3): the "
        "password-protected zip file, or the JSON file inside it. Checks it and prints the client ID, "
        "the key ID, the scopes and any warnings. The private key is never printed."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-stdin"),
        Text::tr("Read the zip file's password (sent by SMS) as one line from standard input."));
    const QCommandLineOption environmentOption(
        QStringLiteral("environment"),
        Text::tr(
            "The environment the file must be for: test or prod (demo needs --issuer). The file's HelseID "
            "address is checked against it."),
        QStringLiteral("ENV"));
    const QCommandLineOption issuerOption(
        QStringLiteral("issuer"),
        Text::tr("The HelseID issuer the file must be for (for demo: the simulator's issuer)."),
        QStringLiteral("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Print the summary as one JSON object on standard output."));
    parser.addOptions({help, passwordOption, environmentOption, issuerOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The zip or JSON file from the portal."));

    if (!parser.parse(QStringList{QStringLiteral("sfmctl")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out(Text::tr("Usage: %1").arg(Usage));
        out(parser.helpText().section(QLatin1Char('\n'), 1));
        out(Text::tr(
            "Exit codes: 0 ok, 2 wrong arguments, 3 the file could not be read, is invalid or is for "
            "another environment."));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(Text::tr("Give exactly one file to import."));

    helseid::PackageImporter::Options options;
    const QString environment = parser.value(environmentOption).trimmed().toLower();
    if (!environment.isEmpty() && environment != QLatin1String("test") &&
        environment != QLatin1String("prod") && environment != QLatin1String("demo"))
        return usageError(Text::tr("Unknown environment \"%1\". Use test, prod or demo.").arg(environment));
    if (parser.isSet(issuerOption)) {
        const QUrl issuer(parser.value(issuerOption), QUrl::StrictMode);
        if (!issuer.isValid() || issuer.host().isEmpty())
            return usageError(Text::tr("--issuer needs an address such as https://helseid-sts.test.nhn.no."));
        options.expectations.expectedIssuer = issuer;
        if (environment == QLatin1String("test") || environment == QLatin1String("prod")) {
            const auto known = helseid::Environment::fromName(environment);
            if (known && !helseid::PortalConfigurationValidator::sameIssuer(known->issuer, issuer))
                return usageError(Text::tr("--issuer does not belong to --environment %1.").arg(environment));
        }
    } else if (environment == QLatin1String("demo")) {
        return usageError(Text::tr("--environment demo needs --issuer with the simulator's issuer address."));
    } else if (!environment.isEmpty()) {
        const auto known = helseid::Environment::fromName(environment);
        if (!known)
            return usageError(known.error().message);
        options.expectations.expectedIssuer = known->issuer;
    }

    if (parser.isSet(passwordOption))
        options.password = readPasswordLine();

    const QString path = parser.positionalArguments().first();
    auto config = helseid::PackageImporter::importFile(path, options);
    if (!config) {
        err(config.error().toString());
        if (config.error().code == QLatin1String("import.password_required") && !parser.isSet(passwordOption))
            err(Text::tr("Give the password with --password-stdin."));
        return ExitInput;
    }

    if (parser.isSet(jsonOption))
        out(QString::fromUtf8(QJsonDocument(summaryJson(*config)).toJson(QJsonDocument::Compact)));
    else
        printSummary(*config);

    // TODO(import): store the key in the keychain and create the Onboarding once core/storage and
    // core/onboarding offer it; until then this command checks the file only and says so.
    err(Text::tr(
        "The key was checked but not stored: this version of sfmctl does not yet keep imported keys. "
        "Keep the file safe until you have imported it in the wizard."));
    return ExitOk;
}

} // namespace sfm::cli
