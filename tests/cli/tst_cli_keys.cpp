// sfmctl key / assertion / dpop end to end: runs the built sfmctl as a user or script would, checks what it
// writes with Debian's jose CLI, the private file's mode, and the documented exit codes.
#include "crypto/Algorithm.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sfm::crypto;

namespace {

const QString Sfmctl = QStringLiteral(SFM_BINARY_DIR "/app/sfmctl");
const QString Jose = QStringLiteral("/usr/bin/jose");
const QString Issuer = QStringLiteral("https://helseid-sts.test.nhn.no");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray lastLine() const { return out.trimmed().split('\n').last(); }
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, args);
    Run result;
    if (!process.waitForStarted())
        return result;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(180000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Run sfmctl(const QStringList &args, const QByteArray &input = {})
{
    return run(Sfmctl, args, input);
}

// POSIX mode bits of a file (permission bits only).
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject decodedPart(const QByteArray &token, int index)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(token.split('.').value(index), QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace

class TstCliKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // jose's verdict on a token, with the public JWK in a file; the payload on success.
    Run joseVerify(const QByteArray &token, const QString &publicJwkFile)
    {
        const QString tokenFile = path(QStringLiteral("token.txt"));
        QFile file(tokenFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(token);
        file.close();
        return run(Jose, {QStringLiteral("jws"), QStringLiteral("ver"), QStringLiteral("-i"), tokenFile,
                          QStringLiteral("-k"), publicJwkFile, QStringLiteral("-O-")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(Sfmctl).isExecutable(), qPrintable(Sfmctl));
        QVERIFY2(QFile::exists(Jose), "Debian's jose package is needed (./dev installs it)");
    }

    void generateThenAssertionVerifiesWithJose_data()
    {
        QTest::addColumn<Algorithm>("alg");
        for (const Algorithm alg : allAlgorithms())
            QTest::newRow(qPrintable(algorithmName(alg))) << alg;
    }

    void generateThenAssertionVerifiesWithJose()
    {
        QFETCH(Algorithm, alg);
        const QString name = algorithmName(alg);
        const QString privateFile = path(name + QStringLiteral(".jwk"));
        const QString publicFile = path(name + QStringLiteral(".pub.jwk"));
        QStringList args{QStringLiteral("key"),          QStringLiteral("generate"),
                         QStringLiteral("--alg"),        name,
                         QStringLiteral("--out"),        privateFile,
                         QStringLiteral("--public-out"), publicFile};
        if (keyTypeFor(alg) == KeyType::Rsa)
            args << QStringLiteral("--bits")
                 << QStringLiteral("2048"); // size does not matter here; speed does
        const Run generated = sfmctl(args);
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        const QByteArray kid = generated.lastLine();
        QCOMPARE(kid.size(), 43); // base64url SHA-256

        QCOMPARE(modeOf(privateFile), 0600);
        const QJsonObject privateJwk = QJsonDocument::fromJson(readAll(privateFile)).object();
        QVERIFY(privateJwk.contains(QLatin1String("d")));
        QCOMPARE(privateJwk.value(QLatin1String("alg")).toString(), name);
        const QJsonObject publicJwk = QJsonDocument::fromJson(readAll(publicFile)).object();
        QVERIFY(!publicJwk.contains(QLatin1String("d")));
        QCOMPARE(publicJwk.value(QLatin1String("kid")).toString().toLatin1(), kid);
        QCOMPARE(publicJwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));

        // Our kid is jose's thumbprint; `key thumbprint` agrees on both files.
        const Run joseThumbprint =
            run(Jose, {QStringLiteral("jwk"), QStringLiteral("thp"), QStringLiteral("-i"), publicFile});
        QCOMPARE(joseThumbprint.out.trimmed(), kid);
        QCOMPARE(sfmctl({QStringLiteral("key"), QStringLiteral("thumbprint"), privateFile}).lastLine(), kid);
        QCOMPARE(sfmctl({QStringLiteral("key"), QStringLiteral("thumbprint"), publicFile}).lastLine(), kid);

        const Run assertion = sfmctl({QStringLiteral("assertion"), QStringLiteral("--key"), privateFile,
                                      QStringLiteral("--client-id"), QStringLiteral("client-") + name,
                                      QStringLiteral("--audience"), Issuer});
        QVERIFY2(assertion.exitCode == 0, assertion.err.constData());
        const QByteArray token = assertion.lastLine();
        const Run verified = joseVerify(token, publicFile);
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        const QJsonObject claims = QJsonDocument::fromJson(verified.out).object();
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), QStringLiteral("client-") + name);
        QCOMPARE(claims.value(QLatin1String("aud")).toString(), Issuer);
        const QJsonObject header = decodedPart(token, 0);
        QCOMPARE(header.value(QLatin1String("alg")).toString(), name);
        QCOMPARE(header.value(QLatin1String("kid")).toString().toLatin1(), kid);
        QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("client-authentication+jwt"));

        // Signed by another key, jose refuses the same check (so it can fail).
        QVERIFY(joseVerify(token, path(QStringLiteral("other.pub.jwk"))).exitCode != 0);
        QFile::copy(publicFile, path(QStringLiteral("other.pub.jwk")));
    }

    void privateFileIsOwnerOnlyWhateverTheUmask()
    {
        // With umask 000 a file created 0666 and chmod'ed later would be world-readable for a moment (and
        // for good if the chmod were forgotten); ours is created 0600.
        const QString privateFile = path(QStringLiteral("umask.jwk"));
        const Run generated =
            run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"),
                                            QStringLiteral("umask 000; exec \"$0\" key generate --alg "
                                                           "ES256 --out \"$1\""),
                                            Sfmctl, privateFile});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        QCOMPARE(modeOf(privateFile), 0600);
    }

    void dpopProofVerifiesWithJose()
    {
        const QString privateFile = path(QStringLiteral("ES256.jwk"));
        QVERIFY(QFile::exists(privateFile));
        const Run proof = sfmctl({QStringLiteral("dpop"), QStringLiteral("--key"), privateFile,
                                  QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                                  QStringLiteral("https://api.selvbetjening.test.nhn.no/v1/client?x=1"),
                                  QStringLiteral("--nonce"), QStringLiteral("n-1"),
                                  QStringLiteral("--access-token"), QStringLiteral("-")},
                                 "the.access.token\n");
        QVERIFY2(proof.exitCode == 0, proof.err.constData());
        const QByteArray token = proof.lastLine();
        const QJsonObject header = decodedPart(token, 0);
        QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("dpop+jwt"));
        QVERIFY(!header.value(QLatin1String("jwk")).toObject().contains(QLatin1String("d")));
        // Verify with the key the proof carries, as a server does.
        const QString embedded = path(QStringLiteral("embedded.jwk"));
        QFile file(embedded);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(header.value(QLatin1String("jwk")).toObject()).toJson());
        file.close();
        const Run verified = joseVerify(token, embedded);
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        const QJsonObject claims = QJsonDocument::fromJson(verified.out).object();
        QCOMPARE(claims.value(QLatin1String("htm")).toString(), QStringLiteral("GET"));
        QCOMPARE(claims.value(QLatin1String("htu")).toString(),
                 QStringLiteral("https://api.selvbetjening.test.nhn.no/v1/client"));
        QCOMPARE(claims.value(QLatin1String("nonce")).toString(), QStringLiteral("n-1"));
        QCOMPARE(claims.value(QLatin1String("ath")).toString().toLatin1(),
                 QCryptographicHash::hash("the.access.token", QCryptographicHash::Sha256)
                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    void childOrganizationGoesIntoAssertionDetails()
    {
        const Run assertion =
            sfmctl({QStringLiteral("assertion"), QStringLiteral("--key"), path(QStringLiteral("PS256.jwk")),
                    QStringLiteral("--client-id"), QStringLiteral("c"), QStringLiteral("--audience"), Issuer,
                    QStringLiteral("--child-org"), QStringLiteral("974 760 673")});
        QVERIFY2(assertion.exitCode == 0, assertion.err.constData());
        const QJsonObject claims = decodedPart(assertion.lastLine(), 1);
        const QJsonObject identifier = claims.value(QLatin1String("assertion_details"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QLatin1String("practitioner_role"))
                                           .toObject()
                                           .value(QLatin1String("organization"))
                                           .toObject()
                                           .value(QLatin1String("identifier"))
                                           .toObject();
        QCOMPARE(identifier.value(QLatin1String("value")).toString(), QStringLiteral("974760673"));
        QCOMPARE(identifier.value(QLatin1String("type")).toString(), QStringLiteral("ENH"));
    }

    void helpForEachCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("usage");
        QTest::newRow("key") << QStringList{QStringLiteral("key"), QStringLiteral("--help")}
                             << "sfmctl key generate";
        QTest::newRow("key generate")
            << QStringList{QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--help")}
            << "Usage: sfmctl key generate";
        QTest::newRow("key thumbprint")
            << QStringList{QStringLiteral("key"), QStringLiteral("thumbprint"), QStringLiteral("-h")}
            << "Usage: sfmctl key thumbprint";
        QTest::newRow("assertion") << QStringList{QStringLiteral("assertion"), QStringLiteral("--help")}
                                   << "Usage: sfmctl assertion";
        QTest::newRow("dpop") << QStringList{QStringLiteral("dpop"), QStringLiteral("--help")}
                              << "Usage: sfmctl dpop";
    }

    void helpForEachCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, usage);
        const Run help = sfmctl(args);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(usage.toUtf8()), help.out.constData());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says"); // what its message says went wrong
        const QString existing = path(QStringLiteral("ES256.jwk"));
        const QString publicOnly = path(QStringLiteral("ES256.pub.jwk"));
        const QString garbage = path(QStringLiteral("garbage.jwk"));
        QFile file(garbage);
        if (file.open(QIODevice::WriteOnly))
            file.write("-----BEGIN PRIVATE KEY-----\nnot a JWK\n");
        const QString k = QStringLiteral("key");
        const QString g = QStringLiteral("generate");
        QTest::newRow("key without sub-command")
            << QStringList{k} << 2 << QStringLiteral("Usage: sfmctl key generate");
        QTest::newRow("unknown sub-command")
            << QStringList{k, QStringLiteral("rotate")} << 2 << QStringLiteral("Unknown key command: rotate");
        QTest::newRow("generate without --out")
            << QStringList{k, g, QStringLiteral("--alg"), QStringLiteral("ES256")} << 2
            << QStringLiteral("Say where to write the private key with --out FILE.");
        QTest::newRow("unknown alg") << QStringList{k,
                                                    g,
                                                    QStringLiteral("--alg"),
                                                    QStringLiteral("HS256"),
                                                    QStringLiteral("--out"),
                                                    path(QStringLiteral("x.jwk"))}
                                     << 2 << QStringLiteral("Unknown algorithm \"HS256\"");
        QTest::newRow("RSA 1024") << QStringList{k,
                                                 g,
                                                 QStringLiteral("--bits"),
                                                 QStringLiteral("1024"),
                                                 QStringLiteral("--out"),
                                                 path(QStringLiteral("x.jwk"))}
                                  << 2 << QStringLiteral("--bits must be 2048, 3072 or 4096.");
        QTest::newRow("unknown option") << QStringList{k, g, QStringLiteral("--colour")} << 2
                                        << QStringLiteral("Unknown option 'colour'.");
        QTest::newRow("would overwrite") << QStringList{k,
                                                        g,
                                                        QStringLiteral("--alg"),
                                                        QStringLiteral("ES256"),
                                                        QStringLiteral("--out"),
                                                        existing}
                                         << 3 << QStringLiteral("already exists; it was left unchanged.");
        QTest::newRow("thumbprint of a non-JWK") << QStringList{k, QStringLiteral("thumbprint"), garbage} << 3
                                                 << QStringLiteral("The key is not a JSON object (JWK).");
        QTest::newRow("thumbprint of a missing file")
            << QStringList{k, QStringLiteral("thumbprint"), path(QStringLiteral("none"))} << 3
            << QStringLiteral("could not be opened.");
        QTest::newRow("assertion with a public key")
            << QStringList{QStringLiteral("assertion"),
                           QStringLiteral("--key"),
                           publicOnly,
                           QStringLiteral("--client-id"),
                           QStringLiteral("c"),
                           QStringLiteral("--audience"),
                           Issuer}
            << 3 << QStringLiteral("holds only a public key; signing needs the private key file.");
        QTest::newRow("assertion with bad child org")
            << QStringList{QStringLiteral("assertion"),
                           QStringLiteral("--key"),
                           existing,
                           QStringLiteral("--client-id"),
                           QStringLiteral("c"),
                           QStringLiteral("--audience"),
                           Issuer,
                           QStringLiteral("--child-org"),
                           QStringLiteral("974760674")}
            << 3 << QStringLiteral("the check digit does not match");
        QTest::newRow("assertion without client id")
            << QStringList{QStringLiteral("assertion"), QStringLiteral("--key"), existing,
                           QStringLiteral("--audience"), Issuer}
            << 2 << QStringLiteral("--client-id is required.");
        QTest::newRow("assertion alg not fitting the key")
            << QStringList{QStringLiteral("assertion"),
                           QStringLiteral("--key"),
                           existing,
                           QStringLiteral("--client-id"),
                           QStringLiteral("c"),
                           QStringLiteral("--audience"),
                           Issuer,
                           QStringLiteral("--alg"),
                           QStringLiteral("PS256")}
            << 2 << QStringLiteral("PS256 does not fit this key");
        QTest::newRow("dpop with relative url")
            << QStringList{QStringLiteral("dpop"),      QStringLiteral("--key"), existing,
                           QStringLiteral("--method"),  QStringLiteral("GET"),   QStringLiteral("--url"),
                           QStringLiteral("/v1/client")}
            << 3 << QStringLiteral("A DPoP proof needs the full http(s) address of the request.");
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QByteArray before = readAll(path(QStringLiteral("ES256.jwk")));
        const Run result = sfmctl(args);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(!result.err.trimmed().isEmpty());                             // says what went wrong
        QVERIFY2(result.err.contains(says.toUtf8()), result.err.constData()); // …the very problem
        QVERIFY(result.out.isEmpty());
        QCOMPARE(readAll(path(QStringLiteral("ES256.jwk"))), before); // never overwritten
        // No private key material in what it printed.
        const QByteArray d =
            QJsonDocument::fromJson(before).object().value(QLatin1String("d")).toString().toLatin1();
        QVERIFY(!result.err.contains(d));
    }
};

QTEST_GUILESS_MAIN(TstCliKeys)
#include "tst_cli_keys.moc"
