// The control API's guard against a web page (DNS rebinding: a browser sends the page's own host name in
// Host) and the practice SMS passwords kept out of the log unless asked for (helseid-sim
// --log-sms-passwords).
#include "SimTestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace sfm;
using namespace simtest;

namespace {

// One raw HTTP/1.1 request with exactly the Host header given (none when empty); the status code.
int rawStatus(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &host,
              const QByteArray &body = {})
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(10000))
        return -1;
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\n";
    if (!host.isEmpty())
        request += "Host: " + host + "\r\n";
    request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
    socket.write(request);
    QByteArray answer;
    // The simulator lives in this thread: let the event loop run while waiting.
    if (!QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
            },
            20000))
        return -1;
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : -1;
}

QJsonObject packageRequest()
{
    return {{QStringLiteral("packageId"), QStringLiteral("sfm")},
            {QStringLiteral("organizationNumber"), QLatin1String(OrgNumber)},
            {QStringLiteral("encryption"), QStringLiteral("aes256")},
            {QStringLiteral("rsaKeySizeBits"), 2048}};
}

// Starts the helseid-sim program with args, makes one package through its control API and returns
// {password, everything it logged}.
std::pair<QString, QByteArray> packageFromProgram(const QStringList &args)
{
    QProcess sim;
    sim.start(QStringLiteral(SFM_HELSEID_SIM_PATH), args);
    if (!sim.waitForStarted())
        return {};
    while (!sim.canReadLine()) {
        if (!sim.waitForReadyRead(60000))
            return {};
    }
    const QJsonObject info = QJsonDocument::fromJson(sim.readLine()).object();
    Http http;
    const Reply r = http.postJson(
        info.value(QStringLiteral("control")).toString() + QStringLiteral("/packages"), packageRequest());
    const QString password = r.json().value(QStringLiteral("password")).toString();
    sim.terminate();
    sim.waitForFinished(60000);
    return {password, sim.readAllStandardError()};
}

} // namespace

class TstSimControlGuard : public QObject
{
    Q_OBJECT

private:
    Fixture f;
    quint16 port() { return f.sim().port(); }

private slots:
    void initTestCase() { QVERIFY(f.start()); }

    void ownLoopbackNamesAreAnswered_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("127.0.0.1") << QByteArrayLiteral("127.0.0.1");
        QTest::newRow("localhost") << QByteArrayLiteral("localhost");
        QTest::newRow("LocalHost") << QByteArrayLiteral("LocalHost");
        QTest::newRow("[::1]") << QByteArrayLiteral("[::1]");
    }

    void ownLoopbackNamesAreAnswered()
    {
        QFETCH(QByteArray, host);
        QCOMPARE(rawStatus(port(), "GET", "/_sim", host + ':' + QByteArray::number(port())), 200);
    }

    void otherHostsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("host");
        const QByteArray p = QByteArray::number(port());
        QTest::newRow("a web page's name") << QByteArray("rebind.example:" + p);
        QTest::newRow("a loopback-looking name") << QByteArray("127.0.0.1.nip.io:" + p);
        QTest::newRow("no port") << QByteArrayLiteral("127.0.0.1");
        QTest::newRow("another port") << QByteArray("127.0.0.1:" + QByteArray::number(port() == 1 ? 2 : 1));
        QTest::newRow("another loopback address") << QByteArray("127.0.0.2:" + p);
        QTest::newRow("no Host at all") << QByteArray();
    }

    void otherHostsAreRefused()
    {
        QFETCH(QByteArray, host);
        QCOMPARE(rawStatus(port(), "GET", "/_sim", host), 403);
        QCOMPARE(rawStatus(port(), "GET", "/_sim/clients", host), 403);
        // Changing things is refused too, and changes nothing.
        const int before = f.sim().state().settings().cacheDelaySeconds;
        QCOMPARE(rawStatus(port(), "POST", "/_sim/settings", host, "{\"cacheDelaySeconds\": 1234}"), 403);
        QCOMPARE(f.sim().state().settings().cacheDelaySeconds, before);
        QCOMPARE(rawStatus(port(), "POST", "/_sim/packages", host,
                           QJsonDocument(packageRequest()).toJson(QJsonDocument::Compact)),
                 403);
    }

    void smsPasswordsAreLoggedOnlyWhenAskedFor()
    {
        const auto quiet = packageFromProgram({});
        QVERIFY(!quiet.first.isEmpty());
        QVERIFY(quiet.second.contains("package for client"));  // the log is there …
        QVERIFY(!quiet.second.contains(quiet.first.toUtf8())); // … without the password

        const auto told = packageFromProgram({QStringLiteral("--log-sms-passwords")});
        QVERIFY(!told.first.isEmpty());
        QVERIFY(told.second.contains(QByteArray("SMS password: " + told.first.toUtf8())));
    }
};

QTEST_GUILESS_MAIN(TstSimControlGuard)
#include "tst_sim_control_guard.moc"
