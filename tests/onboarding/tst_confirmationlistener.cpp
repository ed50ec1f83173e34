// The loopback listener that catches the portal's redirect after Confirm: the status is reported
// verbatim, the page is escaped, a forged callback (no secret, wrong secret, wrong Host) changes nothing,
// and anything else is refused without a crash.
#include "onboarding/ConfirmationListener.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace sfm::onboarding;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer get(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return a;
}

QByteArray raw(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        10000);
    return answer + socket.readAll();
}

} // namespace

class TestConfirmationListener : public QObject
{
    Q_OBJECT

private slots:
    void successIsReportedWithAPage()
    {
        ConfirmationListener listener;
        auto port = listener.listen();
        QVERIFY(port.ok());
        QVERIFY(port.value() != 0);
        QCOMPARE(listener.redirectUri().host(), QStringLiteral("127.0.0.1"));
        // A per-use secret of at least 128 bits (base64url) as the first path segment.
        QCOMPARE(listener.redirectUri().path(), u'/' + listener.secret() + QStringLiteral("/confirmed"));
        QVERIFY(listener.secret().size() >= 22);
        QSignalSpy spy(&listener, &ConfirmationListener::statusReceived);
        QUrl url = listener.redirectUri();
        url.setQuery(QStringLiteral("status=Success"));
        const Answer a = get(url);
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("The client is confirmed"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("Success"));
    }

    void otherStatusIsShownEscaped()
    {
        ConfirmationListener listener;
        QVERIFY(listener.listen().ok());
        QSignalSpy spy(&listener, &ConfirmationListener::statusReceived);
        QUrl url = listener.redirectUri();
        url.setQuery(QStringLiteral("status=%3Cscript%3Ealert(1)%3C/script%3E"));
        const Answer a = get(url);
        QCOMPARE(a.status, 200);
        QVERIFY(!a.body.contains("<script>"));
        QVERIFY(a.body.contains("&lt;script&gt;"));
        QVERIFY(a.body.contains("not confirmed"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("<script>alert(1)</script>"));
    }

    void forgedCallbacksChangeNothing()
    {
        ConfirmationListener listener;
        QVERIFY(listener.listen().ok());
        QSignalSpy spy(&listener, &ConfirmationListener::statusReceived);
        const QByteArray port = QByteArray::number(listener.port());
        const QByteArray secret = listener.secret().toLatin1();
        QByteArray wrongSecret = secret;
        wrongSecret[0] = wrongSecret[0] == 'A' ? 'B' : 'A';
        const QList<QByteArray> forged{
            // No secret (the old, guessable URI).
            "GET /confirmed?status=Success HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n",
            // A wrong secret, a secret cut short, the secret elsewhere.
            "GET /" + wrongSecret + "/confirmed?status=Success HTTP/1.1\r\nHost: 127.0.0.1:" + port +
                "\r\n\r\n",
            "GET /" + secret.left(10) + "/confirmed?status=Success HTTP/1.1\r\nHost: 127.0.0.1:" + port +
                "\r\n\r\n",
            "GET /confirmed?status=Success&s=" + secret + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n",
            // The right secret with a Host that is not this listener (DNS rebinding), or none, or two.
            "GET /" + secret + "/confirmed?status=Success HTTP/1.1\r\nHost: evil.example:" + port +
                "\r\n\r\n",
            "GET /" + secret + "/confirmed?status=Success HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n",
            "GET /" + secret + "/confirmed?status=Success HTTP/1.1\r\n\r\n",
            "GET /" + secret + "/confirmed?status=Success HTTP/1.1\r\nHost: 127.0.0.1:" + port +
                "\r\nHost: evil.example\r\n\r\n",
            // Another method or path.
            "POST /" + secret + "/confirmed?status=Success HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n",
            "GET /" + secret + "/other?status=Success HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n",
        };
        for (const QByteArray &request : forged) {
            const QByteArray answer = raw(listener.port(), request);
            QVERIFY2(answer.startsWith("HTTP/1.1 404"), request.constData());
            QVERIFY(!answer.contains("confirmed</h1>"));
        }
        QVERIFY(raw(listener.port(), "garbage\r\n\r\n").startsWith("HTTP/1.1 400"));
        QCOMPARE(spy.size(), 0);
        // The real one, addressed as localhost too.
        QVERIFY(raw(listener.port(), "GET /" + secret +
                                         "/confirmed?status=Success HTTP/1.1\r\nHost: localhost:" + port +
                                         "\r\n\r\n")
                    .startsWith("HTTP/1.1 200"));
        QCOMPARE(spy.size(), 1);
    }

    void aResumedListenerKeepsItsSecret()
    {
        QString secret;
        {
            ConfirmationListener first;
            QVERIFY(first.listen().ok());
            secret = first.secret();
        }
        ConfirmationListener second;
        QVERIFY(second.listen(0, secret).ok());
        QCOMPARE(second.secret(), secret);
        ConfirmationListener fresh;
        QVERIFY(fresh.listen().ok());
        QVERIFY(fresh.secret() != secret);
        // A secret too short to be one of ours is refused.
        ConfirmationListener weak;
        QVERIFY(!weak.listen(0, QStringLiteral("abc")).ok());
    }

    void oversizedRequestIsCutOff()
    {
        ConfirmationListener listener;
        QVERIFY(listener.listen().ok());
        QSignalSpy spy(&listener, &ConfirmationListener::statusReceived);
        const QByteArray huge = "GET /" + listener.secret().toLatin1() +
                                "/confirmed?status=Success HTTP/1.1\r\nX-Pad: " +
                                QByteArray(ConfirmationListener::MaxRequestBytes * 2, 'a');
        QVERIFY(raw(listener.port(), huge).startsWith("HTTP/1.1 431"));
        QCOMPARE(spy.size(), 0);
        // Still serving afterwards.
        QUrl url = listener.redirectUri();
        url.setQuery(QStringLiteral("status=Success"));
        QCOMPARE(get(url).status, 200);
        QCOMPARE(spy.size(), 1);
    }

    void aResumedListenerGetsItsOldPortBack()
    {
        quint16 port = 0;
        {
            ConfirmationListener first;
            port = first.listen().value();
        }
        ConfirmationListener second;
        QCOMPARE(second.listen(port).value(), port);
        ConfirmationListener third; // the port is taken now: any free one
        auto other = third.listen(port);
        QVERIFY(other.ok());
        QVERIFY(other.value() != port);
    }
};

QTEST_GUILESS_MAIN(TestConfirmationListener)
#include "tst_confirmationlistener.moc"
