// Interop with two independent JOSE implementations, for all nine algorithms and both directions:
// Debian's `jose` CLI (libjose) and python3-jwcrypto (run with /usr/bin/python3, which has it).
// Our signatures must verify there, theirs here, and our kid must be their RFC 7638 thumbprint.
#include "crypto/Jws.h"
#include "crypto/Key.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sfm::crypto;

namespace {

const QString Jose = QStringLiteral("/usr/bin/jose");
const QString Python = QStringLiteral("/usr/bin/python3");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, args);
    Run result;
    if (!process.waitForStarted()) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Reads a list of operations as JSON on stdin and answers a list; a failed verification is null.
const char *JwcryptoScript = R"PY(
import json, sys
from jwcrypto import jwk, jws
answers = []
for op in json.load(sys.stdin):
    key = jwk.JWK.from_json(op["jwk"])
    if op["op"] == "verify":
        token = jws.JWS()
        try:
            token.deserialize(op["token"])
            token.verify(key, alg=op["alg"])
            answers.append(token.payload.decode())
        except Exception:
            answers.append(None)
    elif op["op"] == "sign":
        token = jws.JWS(op["payload"].encode())
        token.add_signature(key, alg=op["alg"], protected=json.dumps({"alg": op["alg"]}))
        answers.append(token.serialize(compact=True))
    else:
        answers.append(key.thumbprint())
print(json.dumps(answers))
)PY";

} // namespace

class TstInterop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Key m_rsa;
    QList<Key> m_ec; // P-256, P-384, P-521

    const Key &keyFor(Algorithm alg) const
    {
        if (keyTypeFor(alg) == KeyType::Rsa)
            return m_rsa;
        return m_ec[int(*curveFor(alg))];
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(bytes);
        return path;
    }

    QByteArray jwcrypto(const QJsonArray &operations, QJsonArray *answers)
    {
        const Run result = run(Python, {QStringLiteral("-c"), QString::fromUtf8(JwcryptoScript)},
                               QJsonDocument(operations).toJson(QJsonDocument::Compact));
        *answers = QJsonDocument::fromJson(result.out).array();
        return result.exitCode == 0 ? QByteArray() : result.err + result.out;
    }

    static void addAlgorithmRows()
    {
        QTest::addColumn<Algorithm>("alg");
        for (const Algorithm alg : allAlgorithms())
            QTest::newRow(qPrintable(algorithmName(alg))) << alg;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(Jose), "Debian's jose package is needed (./dev installs it)");
        QVERIFY2(run(Python, {QStringLiteral("-c"), QStringLiteral("import jwcrypto")}).exitCode == 0,
                 "python3-jwcrypto is needed for /usr/bin/python3");
        m_rsa = *Key::generateRsa(2048);
        for (const Curve curve : {Curve::P256, Curve::P384, Curve::P521})
            m_ec.append(*Key::generateEc(curve));
    }

    void ourSignaturesVerifyWithJose_data() { addAlgorithmRows(); }
    void ourSignaturesVerifyWithJose()
    {
        QFETCH(Algorithm, alg);
        const Key &key = keyFor(alg);
        const QString publicJwk = writeFile(QStringLiteral("pub.jwk"),
                                            QJsonDocument(key.publicJwk(alg)).toJson(QJsonDocument::Compact));
        const QByteArray payload = "{\"iss\":\"sfm\",\"n\":\"æøå\"}";
        auto token = signCompact(QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")}},
                                 QByteArrayView(payload), key, alg);
        QVERIFY(token.ok());
        const QString tokenFile = writeFile(QStringLiteral("token"), *token);
        const Run verified = run(Jose, {QStringLiteral("jws"), QStringLiteral("ver"), QStringLiteral("-i"),
                                        tokenFile, QStringLiteral("-k"), publicJwk, QStringLiteral("-O-")});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        QCOMPARE(verified.out, payload);

        // And jose refuses it once tampered (so the check above can fail).
        QByteArray tampered = *token;
        tampered[tampered.indexOf('.') + 2] = tampered[tampered.indexOf('.') + 2] == 'A' ? 'B' : 'A';
        writeFile(QStringLiteral("token"), tampered);
        QVERIFY(run(Jose, {QStringLiteral("jws"), QStringLiteral("ver"), QStringLiteral("-i"), tokenFile,
                           QStringLiteral("-k"), publicJwk, QStringLiteral("-O-")})
                    .exitCode != 0);
    }

    void joseSignaturesVerifyWithUs_data() { addAlgorithmRows(); }
    void joseSignaturesVerifyWithUs()
    {
        QFETCH(Algorithm, alg);
        const Key &key = keyFor(alg);
        // Our private JWK export is what jose signs with: that checks the export too.
        const QString privateJwk = writeFile(QStringLiteral("private.jwk"), key.privateJwkJson(alg).bytes());
        const QString payloadFile = writeFile(QStringLiteral("payload"), "signed by jose");
        const Run signedByJose =
            run(Jose, {QStringLiteral("jws"), QStringLiteral("sig"), QStringLiteral("-I"), payloadFile,
                       QStringLiteral("-k"), privateJwk, QStringLiteral("-c"), QStringLiteral("-o-")});
        QVERIFY2(signedByJose.exitCode == 0, signedByJose.err.constData());
        const QByteArray token = signedByJose.out.trimmed();
        auto verified = verifyCompact(token, key.publicOnly());
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().toString()));
        QCOMPARE(verified->algorithm, alg);
        QCOMPARE(verified->payload, QByteArray("signed by jose"));
    }

    void joseKeysImportAndSign_data() { addAlgorithmRows(); }
    void joseKeysImportAndSign()
    {
        // A private JWK generated by jose (with its key_ops) imports, gets jose's thumbprint as kid, and
        // signs what jose verifies.
        QFETCH(Algorithm, alg);
        const QByteArray template_ = "{\"alg\":\"" + algorithmName(alg).toLatin1() + "\"}";
        const Run generated = run(Jose, {QStringLiteral("jwk"), QStringLiteral("gen"), QStringLiteral("-i"),
                                         QString::fromLatin1(template_)});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        auto key = Key::fromJwkJson(generated.out);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QVERIFY(key->hasPrivate());
        QVERIFY(key->supports(alg));

        const QString joseKey = writeFile(QStringLiteral("jose.jwk"), generated.out);
        const Run thumbprint =
            run(Jose, {QStringLiteral("jwk"), QStringLiteral("thp"), QStringLiteral("-i"), joseKey});
        QCOMPARE(QString::fromLatin1(thumbprint.out.trimmed()), key->thumbprint());

        auto token = signCompact({}, QByteArrayView("signed by us"), *key, alg);
        QVERIFY(token.ok());
        const QString tokenFile = writeFile(QStringLiteral("token"), *token);
        const Run verified = run(Jose, {QStringLiteral("jws"), QStringLiteral("ver"), QStringLiteral("-i"),
                                        tokenFile, QStringLiteral("-k"), joseKey, QStringLiteral("-O-")});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        QCOMPARE(verified.out, QByteArray("signed by us"));
    }

    void kidEqualsJoseThumbprint_data() { addAlgorithmRows(); }
    void kidEqualsJoseThumbprint()
    {
        QFETCH(Algorithm, alg);
        const Key &key = keyFor(alg);
        const QString publicJwk = writeFile(QStringLiteral("pub.jwk"),
                                            QJsonDocument(key.publicJwk(alg)).toJson(QJsonDocument::Compact));
        const Run thumbprint =
            run(Jose, {QStringLiteral("jwk"), QStringLiteral("thp"), QStringLiteral("-i"), publicJwk});
        QVERIFY2(thumbprint.exitCode == 0, thumbprint.err.constData());
        QCOMPARE(QString::fromLatin1(thumbprint.out.trimmed()), key.thumbprint());
        QCOMPARE(key.publicJwk().value(QLatin1String("kid")).toString(), key.thumbprint());
    }

    void jwcryptoBothWays()
    {
        // One python run per direction for all nine algorithms keeps this cheap.
        QJsonArray operations;
        QList<QByteArray> ourTokens;
        for (const Algorithm alg : allAlgorithms()) {
            const Key &key = keyFor(alg);
            auto token = signCompact(
                {}, QByteArrayView(QByteArray("to jwcrypto " + algorithmName(alg).toLatin1())), key, alg);
            QVERIFY(token.ok());
            ourTokens.append(*token);
            const QString publicJwk =
                QString::fromUtf8(QJsonDocument(key.publicJwk(alg)).toJson(QJsonDocument::Compact));
            operations.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("verify")},
                                          {QStringLiteral("jwk"), publicJwk},
                                          {QStringLiteral("alg"), algorithmName(alg)},
                                          {QStringLiteral("token"), QString::fromLatin1(*token)}});
            operations.append(
                QJsonObject{{QStringLiteral("op"), QStringLiteral("sign")},
                            {QStringLiteral("jwk"), QString::fromUtf8(key.privateJwkJson(alg).bytes())},
                            {QStringLiteral("alg"), algorithmName(alg)},
                            {QStringLiteral("payload"), QStringLiteral("from jwcrypto")}});
            operations.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("thumbprint")},
                                          {QStringLiteral("jwk"), publicJwk}});
        }
        // A tampered token of ours must come back refused.
        QByteArray tampered = ourTokens.first();
        tampered[tampered.indexOf('.') + 2] = tampered[tampered.indexOf('.') + 2] == 'A' ? 'B' : 'A';
        operations.append(
            QJsonObject{{QStringLiteral("op"), QStringLiteral("verify")},
                        {QStringLiteral("jwk"),
                         QString::fromUtf8(QJsonDocument(m_rsa.publicJwk()).toJson(QJsonDocument::Compact))},
                        {QStringLiteral("alg"), algorithmName(allAlgorithms().first())},
                        {QStringLiteral("token"), QString::fromLatin1(tampered)}});

        QJsonArray answers;
        const QByteArray failure = jwcrypto(operations, &answers);
        QVERIFY2(failure.isEmpty(), failure.constData());
        QCOMPARE(answers.size(), operations.size());
        int i = 0;
        for (const Algorithm alg : allAlgorithms()) {
            const Key &key = keyFor(alg);
            QCOMPARE(answers[i++].toString(), QStringLiteral("to jwcrypto ") + algorithmName(alg));
            auto verified = verifyCompact(answers[i++].toString().toLatin1(), key.publicOnly());
            QVERIFY2(verified.ok(), qPrintable(algorithmName(alg) + QLatin1Char(' ') +
                                               (verified.ok() ? QString() : verified.error().toString())));
            QCOMPARE(verified->algorithm, alg);
            QCOMPARE(verified->payload, QByteArray("from jwcrypto"));
            QCOMPARE(answers[i++].toString(), key.thumbprint());
        }
        QVERIFY(answers[i].isNull());
    }
};

QTEST_GUILESS_MAIN(TstInterop)
#include "tst_interop.moc"
