// The .NET <RSAKeyValue> reader: the same key in XML and JWK form gives the same key (thumbprint), checked
// against python3-jwcrypto as an independent peer; hostile or malformed XML gets a clear error.
#include "ImportTestKit.h"
#include "helseid/import/DotNetRsaKeyXml.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace sfm;
using namespace sfm::helseid;

namespace {

// A key made by an independent implementation: python-cryptography + jwcrypto, with the .NET XML written by
// the script (fixed-width numbers like .NET's RSA.ToXmlString).
const char *PeerScript = R"PY(
import base64, json
from cryptography.hazmat.primitives.asymmetric import rsa
from jwcrypto import jwk
key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
priv = key.private_numbers(); pub = priv.public_numbers
k = (pub.n.bit_length() + 7) // 8; h = (k + 1) // 2
def b64(v, w): return base64.b64encode(v.to_bytes(max(w, (v.bit_length() + 7) // 8), "big")).decode()
xml = ("<RSAKeyValue><Modulus>%s</Modulus><Exponent>%s</Exponent><P>%s</P><Q>%s</Q><DP>%s</DP><DQ>%s</DQ>"
       "<InverseQ>%s</InverseQ><D>%s</D></RSAKeyValue>") % (b64(pub.n, k), b64(pub.e, 0), b64(priv.p, h),
       b64(priv.q, h), b64(priv.dmp1, h), b64(priv.dmq1, h), b64(priv.iqmp, h), b64(priv.d, k))
j = jwk.JWK.from_pyca(key)
print(json.dumps({"xml": xml, "thumbprint": j.thumbprint(), "jwk": json.loads(j.export_private())}))
)PY";

QString wrapped(const QString &inner)
{
    return QStringLiteral("<RSAKeyValue>%1</RSAKeyValue>").arg(inner);
}

} // namespace

class TstImportXml : public QObject
{
    Q_OBJECT

private slots:
    void peerKeyGivesSameThumbprintAsJwk();
    void ownKeyRoundTripsWithPaddedNumbers();
    void whitespaceBetweenElementsIsAccepted();
    void refusals_data();
    void refusals();
    void publicOnlyIsNoPrivateKey();
    void oversizedXmlIsRefusedBeforeParsing();
};

void TstImportXml::peerKeyGivesSameThumbprintAsJwk()
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(PeerScript)});
    QVERIFY2(python.waitForFinished(120000), "python3 did not finish");
    QCOMPARE(python.exitCode(), 0);
    const QJsonObject peer = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QVERIFY(!peer.isEmpty());

    auto jwk = DotNetRsaKeyXml::toPrivateJwk(peer.value(QStringLiteral("xml")).toString().toUtf8());
    QVERIFY2(jwk.ok(), ImportTestKit::why(jwk).constData());
    auto fromXml = crypto::Key::fromJwk(*jwk);
    QVERIFY2(fromXml.ok(), ImportTestKit::why(fromXml).constData());
    auto fromJwk = crypto::Key::fromJwk(peer.value(QStringLiteral("jwk")).toObject());
    QVERIFY2(fromJwk.ok(), ImportTestKit::why(fromJwk).constData());

    QVERIFY(fromXml->hasPrivate());
    QCOMPARE(fromXml->bits(), 2048);
    QCOMPARE(fromXml->thumbprint(), peer.value(QStringLiteral("thumbprint")).toString());
    QCOMPARE(fromJwk->thumbprint(), fromXml->thumbprint());
    // Minimal numbers, as RFC 7518 wants: the peer's JWK has them too, member by member.
    const QJsonObject peerJwk = peer.value(QStringLiteral("jwk")).toObject();
    for (const char *member : {"n", "e", "d", "p", "q", "dp", "dq", "qi"})
        QCOMPARE(jwk->value(QLatin1String(member)).toString(),
                 peerJwk.value(QLatin1String(member)).toString());
}

void TstImportXml::ownKeyRoundTripsWithPaddedNumbers()
{
    const crypto::Key &key = ImportTestKit::rsaKey();
    auto jwk = DotNetRsaKeyXml::toPrivateJwk(ImportTestKit::dotNetXml(key).toUtf8());
    QVERIFY2(jwk.ok(), ImportTestKit::why(jwk).constData());
    auto imported = crypto::Key::fromJwk(*jwk);
    QVERIFY2(imported.ok(), ImportTestKit::why(imported).constData());
    QCOMPARE(imported->thumbprint(), key.thumbprint());
    QVERIFY(imported->samePublicKey(key));
}

void TstImportXml::whitespaceBetweenElementsIsAccepted()
{
    QString xml = ImportTestKit::dotNetXml(ImportTestKit::rsaKey());
    xml.replace(QStringLiteral("><"), QStringLiteral(">\n  <"));
    xml.prepend(QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"));
    auto jwk = DotNetRsaKeyXml::toPrivateJwk(xml.toUtf8());
    QVERIFY2(jwk.ok(), ImportTestKit::why(jwk).constData());
    QCOMPARE(crypto::Key::fromJwk(*jwk)->thumbprint(), ImportTestKit::rsaKey().thumbprint());
}

void TstImportXml::refusals_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("detailPart");

    const QString good = ImportTestKit::dotNetXml(ImportTestKit::rsaKey());
    const QString inner = good.mid(QStringLiteral("<RSAKeyValue>").size(),
                                   good.size() - QStringLiteral("<RSAKeyValue></RSAKeyValue>").size());

    QTest::newRow("empty") << QString() << QStringLiteral("XML error");
    QTest::newRow("not xml") << QStringLiteral("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")
                             << QStringLiteral("XML error");
    QTest::newRow("wrong root") << QStringLiteral("<RSAParameters>%1</RSAParameters>").arg(inner)
                                << QStringLiteral("root element");
    QTest::newRow("internal entity") << QStringLiteral("<!DOCTYPE RSAKeyValue [<!ENTITY m \"AQAB\">]>") +
                                            wrapped(QStringLiteral("<Exponent>&m;</Exponent>"))
                                     << QStringLiteral("DTD");
    QTest::newRow("external entity")
        << QStringLiteral("<!DOCTYPE RSAKeyValue [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>") +
               wrapped(QStringLiteral("<Modulus>&x;</Modulus>"))
        << QStringLiteral("DTD");
    QTest::newRow("billion laughs")
        << QStringLiteral(
               "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
               "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d "
               "\"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>") +
               wrapped(QStringLiteral("<D>&d;&d;&d;&d;</D>"))
        << QStringLiteral("DTD");
    QTest::newRow("undeclared entity")
        << wrapped(QStringLiteral("<D>&foo;</D>")) << QStringLiteral("rsaPrivateKey:");
    QTest::newRow("processing instruction")
        << QStringLiteral("<?evil x?>") + good << QStringLiteral("not allowed");
    QTest::newRow("unknown element") << wrapped(inner + QStringLiteral("<Extra>AQAB</Extra>"))
                                     << QStringLiteral("unknown element");
    QTest::newRow("repeated element")
        << wrapped(inner + QStringLiteral("<Exponent>AQAB</Exponent>")) << QStringLiteral("twice");
    QTest::newRow("nested element") << wrapped(QStringLiteral("<Modulus><Exponent>AQAB</Exponent></Modulus>"))
                                    << QStringLiteral("XML error");
    QTest::newRow("text in root") << wrapped(QStringLiteral("hello") + inner)
                                  << QStringLiteral("unexpected text");
    QTest::newRow("attribute") << QStringLiteral("<RSAKeyValue a=\"1\">%1</RSAKeyValue>").arg(inner)
                               << QStringLiteral("attributes");
    QTest::newRow("two roots") << good + good << QStringLiteral("rsaPrivateKey:");
    QTest::newRow("not base64") << wrapped(QString(inner).replace(QStringLiteral("<Exponent>AQAB"),
                                                                  QStringLiteral("<Exponent>A*AB")))
                                << QStringLiteral("not base64");
    QTest::newRow("empty value") << wrapped(QString(inner).replace(QStringLiteral("<Exponent>AQAB"),
                                                                   QStringLiteral("<Exponent>")))
                                 << QStringLiteral("empty");
    QString noQ = inner;
    noQ.remove(QRegularExpression(QStringLiteral("<Q>[^<]*</Q>")));
    QTest::newRow("missing Q") << wrapped(noQ) << QStringLiteral("missing Q");
    QTest::newRow("unclosed") << good.left(good.size() - 5) << QStringLiteral("XML error");
}

void TstImportXml::refusals()
{
    QFETCH(QString, xml);
    QFETCH(QString, detailPart);
    auto jwk = DotNetRsaKeyXml::toPrivateJwk(xml.toUtf8());
    QVERIFY(!jwk.ok());
    QCOMPARE(jwk.error().code, QStringLiteral("import.bad_key_xml"));
    QVERIFY2(jwk.error().detail.contains(detailPart), qPrintable(jwk.error().detail));
    QVERIFY(!jwk.error().message.isEmpty());
    // The user is told what to do next, and no secret number is echoed back.
    for (const QString &secret :
         ImportTestKit::secretValues(ImportTestKit::privateJwk(ImportTestKit::rsaKey())))
        QVERIFY(!jwk.error().toString().contains(secret));
}

void TstImportXml::publicOnlyIsNoPrivateKey()
{
    const QJsonObject jwk = ImportTestKit::privateJwk(ImportTestKit::rsaKey());
    const QString xml = ImportTestKit::dotNetXmlFromJwk(jwk);
    const qsizetype pStart = xml.indexOf(QStringLiteral("<P>"));
    const qsizetype end = xml.indexOf(QStringLiteral("</RSAKeyValue>"));
    QString publicOnly = xml;
    publicOnly.remove(pStart, end - pStart);
    auto result = DotNetRsaKeyXml::toPrivateJwk(publicOnly.toUtf8());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("import.no_private_key"));
}

void TstImportXml::oversizedXmlIsRefusedBeforeParsing()
{
    QByteArray xml = "<RSAKeyValue><Modulus>";
    xml += QByteArray(128 * 1024, 'A');
    xml += "</Modulus></RSAKeyValue>";
    auto result = DotNetRsaKeyXml::toPrivateJwk(xml);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("import.too_large"));
}

QTEST_GUILESS_MAIN(TstImportXml)
#include "tst_import_xml.moc"
