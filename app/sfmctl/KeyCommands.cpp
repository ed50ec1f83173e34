#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"

#include "crypto/ClientAssertion.h"
#include "crypto/DpopProof.h"
#include "crypto/Key.h"
#include "onboarding/OrganizationNumber.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cstdio>
#include <functional>
#include <optional>

// sfmctl key generate | key thumbprint, sfmctl assertion, sfmctl dpop: the crypto core on the command line,
// for scripts and for checking a key or a token by hand.
namespace sfm::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sfmctl)
};

constexpr qint64 MaximumKeyFileBytes = 64 * 1024;
constexpr qint64 MaximumTokenBytes = 64 * 1024;

QString exitCodeHelp()
{
    return Text::tr(
        "Exit codes: 0 ok, 1 failure, 2 wrong arguments, 3 a file or value given could not be read "
        "or is invalid.");
}

// Parses args for one command. Handles --help (exit 0) and usage errors (exit 2) itself; nullopt means "go
// on".
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &usage,
                                  const QString &description, const QStringList &args)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("sfmctl")} + args)) {
        err(parser.errorText());
        err(Text::tr("Usage: %1   (--help for more)").arg(usage));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt's own first line names the binary, not the sub-command: ours replaces it.
        out(Text::tr("Usage: %1").arg(usage));
        out(parser.helpText().section(QLatin1Char('\n'), 1));
        out(exitCodeHelp());
        return ExitOk;
    }
    return std::nullopt;
}

int usageError(const QString &message, const QString &usage)
{
    err(message);
    err(Text::tr("Usage: %1   (--help for more)").arg(usage));
    return ExitUsage;
}

int reportError(const Error &error, int exitCode)
{
    err(error.toString());
    return exitCode;
}

std::optional<crypto::Algorithm> algorithmOption(const QString &text)
{
    return crypto::algorithmFromName(text.trimmed().toUpper());
}

QString algorithmList()
{
    QStringList names;
    for (const crypto::Algorithm alg : crypto::allAlgorithms())
        names.append(crypto::algorithmName(alg));
    return names.join(QStringLiteral(", "));
}

// A key read from a JWK file, with the algorithm the file names (HelseID registers the key with it).
struct KeyFile
{
    crypto::Key key;
    std::optional<crypto::Algorithm> alg;
};

// Reads a JWK file (public or private), capped in size; the file's text never reaches an error message.
Result<KeyFile> readKeyFile(const QString &path, bool needPrivate)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QStringLiteral("cli.key_file.unreadable"),
                     Text::tr("The key file %1 could not be opened. Check the path and that you may read it.")
                         .arg(path),
                     file.errorString());
    }
    if (file.size() > MaximumKeyFileBytes) {
        return Error(QStringLiteral("cli.key_file.too_large"),
                     Text::tr("%1 is too large to be a key file (JWK). Check that you chose the right file.")
                         .arg(path));
    }
    SecureBytes text(file.read(MaximumKeyFileBytes + 1));
    auto key = crypto::Key::fromJwkJson(text.bytes());
    if (!key)
        return key.error();
    if (needPrivate && !key->hasPrivate()) {
        return Error(QStringLiteral("cli.key_file.public_only"),
                     Text::tr("%1 holds only a public key; signing needs the private key file.").arg(path));
    }
    // fromJwkJson() has checked that a present "alg" is valid and fits the key.
    const QJsonValue alg = QJsonDocument::fromJson(text.bytes()).object().value(QLatin1String("alg"));
    return KeyFile{*key, crypto::algorithmFromName(alg.toString())};
}

// Creates path for writing, refusing to replace an existing file. With ownerOnly the file has mode 0600
// from the moment it exists (never a window where others could read it, never a chmod afterwards).
Result<void> writeNewFile(const QString &path, QByteArrayView bytes, bool ownerOnly)
{
    QFile file(path);
    const QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::NewOnly;
    const bool opened =
        ownerOnly ? file.open(mode, QFileDevice::ReadOwner | QFileDevice::WriteOwner) : file.open(mode);
    if (!opened) {
        return Error(QStringLiteral("cli.output.not_created"),
                     file.exists()
                         ? Text::tr("%1 already exists; it was left unchanged. Choose another name or "
                                    "move the old file away first.")
                               .arg(path)
                         : Text::tr("%1 could not be created. Check that the folder exists and that you "
                                    "may write there.")
                               .arg(path),
                     file.errorString());
    }
    if (file.write(bytes.data(), bytes.size()) != bytes.size() || file.write("\n", 1) != 1 || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        return Error(QStringLiteral("cli.output.write_failed"),
                     Text::tr("Writing %1 failed (is the disk full?). Nothing was kept.").arg(path), reason);
    }
    file.close();
    return {};
}

int runGenerate(const QStringList &args)
{
    const QString usage =
        QStringLiteral("sfmctl key generate [--alg ALG] [--bits BITS] --out FILE [--public-out FILE]");
    QCommandLineParser parser;
    const QCommandLineOption algOption(
        QStringLiteral("alg"),
        Text::tr("Signing algorithm the key is for: %1. Default: PS256 (RSA), as "
                 "NHN's own tools. HelseID's support for EC keys in client drafts is "
                 "not confirmed: prefer RSA.")
            .arg(algorithmList()),
        QStringLiteral("ALG"), crypto::algorithmName(crypto::DefaultAlgorithm));
    const QCommandLineOption bitsOption(QStringLiteral("bits"),
                                        Text::tr("RSA key size: 2048, 3072 or 4096. Default: 4096."),
                                        QStringLiteral("BITS"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Text::tr("Where to write the private key (JWK). The file is created "
                                                "readable only by you and is never overwritten."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption publicOption(
        QStringLiteral("public-out"),
        Text::tr("Also write the public key (JWK, with kid, use and alg) here."), QStringLiteral("FILE"));
    parser.addOptions({algOption, bitsOption, outOption, publicOption});
    if (auto done =
            parseArguments(parser, usage,
                           Text::tr("Makes a new key pair and writes it as JWK files. Prints the key id "
                                    "(kid, the RFC 7638 thumbprint) on stdout."),
                           args))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()),
                          usage);

    const auto alg = algorithmOption(parser.value(algOption));
    if (!alg)
        return usageError(Text::tr("Unknown algorithm \"%1\". Use one of: %2.")
                              .arg(parser.value(algOption), algorithmList()),
                          usage);
    int bits = crypto::DefaultRsaBits;
    if (parser.isSet(bitsOption)) {
        if (crypto::keyTypeFor(*alg) != crypto::KeyType::Rsa)
            return usageError(Text::tr("--bits is for RSA keys only; %1 uses a fixed curve.")
                                  .arg(crypto::algorithmName(*alg)),
                              usage);
        bool ok = false;
        bits = parser.value(bitsOption).toInt(&ok);
        if (!ok || (bits != 2048 && bits != 3072 && bits != 4096))
            return usageError(Text::tr("--bits must be 2048, 3072 or 4096."), usage);
    }
    const QString outPath = parser.value(outOption);
    if (outPath.isEmpty())
        return usageError(Text::tr("Say where to write the private key with --out FILE."), usage);
    const QString publicPath = parser.value(publicOption);
    // Check both targets before the slow part, so a typo does not cost a 4096-bit generation.
    for (const QString &path : {outPath, publicPath}) {
        if (!path.isEmpty() && QFile::exists(path)) {
            err(Text::tr(
                    "%1 already exists; it was left unchanged. Choose another name or move the old file away "
                    "first.")
                    .arg(path));
            return ExitInput;
        }
    }

    if (crypto::keyTypeFor(*alg) == crypto::KeyType::Rsa)
        err(Text::tr("Making an RSA key of %1 bits… (this can take a few seconds)").arg(bits));
    auto key = crypto::Key::generateFor(*alg, bits);
    if (!key)
        return reportError(key.error(), ExitFailure);

    {
        const SecureBytes privateJwk = key->privateJwkJson(*alg);
        if (auto written = writeNewFile(outPath, privateJwk.bytes(), true); !written)
            return reportError(written.error(), ExitFailure);
    }
    err(Text::tr(
            "Private key written to %1 (readable only by you). Keep it secret: whoever has it can act as "
            "your HelseID client.")
            .arg(outPath));
    if (!publicPath.isEmpty()) {
        const QByteArray publicJwk = QJsonDocument(key->publicJwk(*alg)).toJson(QJsonDocument::Compact);
        if (auto written = writeNewFile(publicPath, publicJwk, false); !written)
            return reportError(written.error(), ExitFailure);
        err(Text::tr("Public key written to %1.").arg(publicPath));
    }
    out(key->thumbprint());
    return ExitOk;
}

int runThumbprint(const QStringList &args)
{
    const QString usage = QStringLiteral("sfmctl key thumbprint FILE");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("A key file (JWK), public or private."));
    if (auto done =
            parseArguments(parser, usage,
                           Text::tr("Prints the key id (kid) of a key: its RFC 7638 SHA-256 thumbprint, "
                                    "base64url, as NHN's tools compute it."),
                           args))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usageError(Text::tr("Give exactly one key file."), usage);
    auto key = readKeyFile(parser.positionalArguments().first(), false);
    if (!key)
        return reportError(key.error(), ExitInput);
    out(key->key.thumbprint());
    return ExitOk;
}

// --alg if given (and fitting the key), else the one the key file names, else the key type's default.
std::optional<crypto::Algorithm> chosenAlgorithm(const QCommandLineParser &parser,
                                                 const QCommandLineOption &option, const KeyFile &keyFile,
                                                 QString *problem)
{
    const crypto::Key &key = keyFile.key;
    if (!parser.isSet(option))
        return keyFile.alg.value_or(key.defaultAlgorithm());
    const auto alg = algorithmOption(parser.value(option));
    if (!alg) {
        *problem =
            Text::tr("Unknown algorithm \"%1\". Use one of: %2.").arg(parser.value(option), algorithmList());
        return std::nullopt;
    }
    if (!key.supports(*alg)) {
        *problem = Text::tr("%1 does not fit this key (RSA keys: RS*/PS*; EC keys: the ES* of their curve).")
                       .arg(crypto::algorithmName(*alg));
        return std::nullopt;
    }
    return alg;
}

QCommandLineOption signingAlgorithmOption()
{
    return QCommandLineOption(
        QStringLiteral("alg"),
        Text::tr("Signing algorithm. Default: the key file's \"alg\"; without one, PS256 for RSA "
                 "keys and the curve's ES* for EC keys."),
        QStringLiteral("ALG"));
}

QByteArray readStandardInput(qint64 limit)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    return input.read(limit + 1);
}

// What `assertion` and `dpop` share: --key and --alg beside the command's own options, no arguments, the
// required options given, the key file read and the algorithm chosen. sign() makes and prints the JWT.
using Signer = std::function<int(const QCommandLineParser &, const crypto::Key &, crypto::Algorithm)>;

int runSigningCommand(const QStringList &args, const QString &usage, const QString &description,
                      QList<QCommandLineOption> options, const QStringList &required, const Signer &sign)
{
    QCommandLineParser parser;
    const QCommandLineOption keyOption(
        QStringLiteral("key"), Text::tr("The client's private key file (JWK)."), QStringLiteral("FILE"));
    const QCommandLineOption algOption = signingAlgorithmOption();
    options.prepend(keyOption);
    options.append(algOption);
    parser.addOptions(options);
    if (auto done = parseArguments(parser, usage, description, args))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()),
                          usage);
    for (const QString &name : QStringList{QStringLiteral("key")} + required) {
        if (parser.value(name).trimmed().isEmpty())
            return usageError(Text::tr("--%1 is required.").arg(name), usage);
    }
    auto key = readKeyFile(parser.value(keyOption), true);
    if (!key)
        return reportError(key.error(), ExitInput);
    QString problem;
    const auto alg = chosenAlgorithm(parser, algOption, *key, &problem);
    if (!alg)
        return usageError(problem, usage);
    return sign(parser, key->key, *alg);
}

} // namespace

int runKey(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("generate"))
        return runGenerate(args.mid(1));
    if (sub == QLatin1String("thumbprint"))
        return runThumbprint(args.mid(1));
    if (sub == QLatin1String("install"))
        return runKeyInstall(args.mid(1));
    const bool help = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    const auto print = help ? out : err;
    if (!help && !sub.isEmpty())
        err(Text::tr("Unknown key command: %1").arg(sub));
    print(Text::tr("Usage: sfmctl key generate [--alg ALG] [--bits BITS] --out FILE [--public-out FILE]"));
    print(Text::tr("       sfmctl key thumbprint FILE"));
    print(Text::tr("       sfmctl key install FILE --passphrase-stdin --config CONFIGURATION"));
    print(Text::tr("Each has --help."));
    return help ? ExitOk : ExitUsage;
}

int runAssertion(const QStringList &args)
{
    const QCommandLineOption clientOption(QStringLiteral("client-id"),
                                          Text::tr("The client id HelseID gave the client."),
                                          QStringLiteral("ID"));
    const QCommandLineOption audienceOption(
        QStringLiteral("audience"), Text::tr("The HelseID issuer, e.g. https://helseid-sts.test.nhn.no"),
        QStringLiteral("URL"));
    const QCommandLineOption childOption(QStringLiteral("child-org"),
                                         Text::tr("Organization number of a child unit to act for "
                                                  "(assertion_details)."),
                                         QStringLiteral("NUMBER"));
    const QCommandLineOption kidOption(QStringLiteral("kid"),
                                       Text::tr("Key id for the header. Default: the key's thumbprint."),
                                       QStringLiteral("KID"));
    const QString usage = QStringLiteral(
        "sfmctl assertion --key FILE --client-id ID --audience URL [--child-org NUMBER] [--alg ALG]");
    return runSigningCommand(
        args, usage,
        Text::tr("Prints a fresh client assertion (private_key_jwt, valid 60 seconds) on the last line of "
                 "stdout."),
        {clientOption, audienceOption, childOption, kidOption},
        {QStringLiteral("client-id"), QStringLiteral("audience")},
        [&](const QCommandLineParser &parser, const crypto::Key &key, crypto::Algorithm alg) {
            crypto::ClientAssertionParams params;
            params.clientId = parser.value(clientOption).trimmed();
            params.audience = parser.value(audienceOption).trimmed();
            params.kid = parser.value(kidOption);
            if (parser.isSet(childOption)) {
                const QString number = onboarding::normalizedOrganizationNumber(parser.value(childOption));
                if (auto checked = onboarding::checkOrganizationNumber(number); !checked)
                    return reportError(checked.error(), ExitInput);
                params.assertionDetails.append(crypto::childOrganizationDetail(number));
            }
            auto assertion = crypto::buildClientAssertion(key, alg, params);
            if (!assertion)
                return reportError(assertion.error(), ExitFailure);
            out(QString::fromLatin1(*assertion));
            return int(ExitOk);
        });
}

int runDpop(const QStringList &args)
{
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          Text::tr("HTTP method of the request, e.g. POST."),
                                          QStringLiteral("METHOD"));
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        Text::tr("Full address of the request; query and fragment are left out of "
                 "the proof."),
        QStringLiteral("URL"));
    const QCommandLineOption nonceOption(QStringLiteral("nonce"),
                                         Text::tr("The server's DPoP-Nonce, when it asked for one."),
                                         QStringLiteral("NONCE"));
    const QCommandLineOption tokenOption(
        QStringLiteral("access-token"),
        Text::tr("The access token the request carries (sets ath). \"-\" reads it "
                 "from stdin, which keeps it out of the process list."),
        QStringLiteral("TOKEN"));
    const QString usage = QStringLiteral("sfmctl dpop --key FILE --method METHOD --url URL [--nonce NONCE] "
                                         "[--access-token TOKEN|-] [--alg ALG]");
    return runSigningCommand(
        args, usage,
        Text::tr("Prints a DPoP proof (RFC 9449) for one request on the last line of "
                 "stdout."),
        {methodOption, urlOption, nonceOption, tokenOption},
        {QStringLiteral("method"), QStringLiteral("url")},
        [&](const QCommandLineParser &parser, const crypto::Key &key, crypto::Algorithm alg) {
            crypto::DpopParams params;
            params.method = parser.value(methodOption).trimmed();
            params.url = QUrl(parser.value(urlOption).trimmed(), QUrl::StrictMode);
            params.nonce = parser.value(nonceOption);
            if (parser.isSet(tokenOption)) {
                QByteArray token = parser.value(tokenOption) == QLatin1String("-")
                                       ? readStandardInput(MaximumTokenBytes)
                                       : parser.value(tokenOption).toUtf8();
                token = token.trimmed();
                if (token.isEmpty() || token.size() > MaximumTokenBytes) {
                    err(Text::tr("The access token is empty or too large."));
                    return int(ExitInput);
                }
                params.accessToken = token;
            }
            auto proof = crypto::buildDpopProof(key, alg, params);
            if (!proof) {
                const bool badInput = proof.error().code.startsWith(QLatin1String("crypto.dpop.bad_"));
                return reportError(proof.error(), badInput ? ExitInput : ExitFailure);
            }
            out(QString::fromLatin1(*proof));
            return int(ExitOk);
        });
}

} // namespace sfm::cli
