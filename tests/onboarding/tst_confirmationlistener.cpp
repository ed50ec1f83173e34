// The loopback listener that catches the portal's redirect after Confirm: the status is reported
// verbatim, the page is bilingual and escaped, and anything else is refused without a crash.
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
    void successIsReportedWithABilingualPage()
    {
        ConfirmationListener listener;
        auto port = listener.listen();
        QVERIFY(port.ok());
        QVERIFY(port.value() != 0);
        QCOMPARE(listener.redirectUri().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(listener.redirectUri().path(), QStringLiteral("/confirmed"));
        QSignalSpy spy(&listener, &ConfirmationListener::statusReceived);
        QUrl url = listener.redirectUri();
        url.setQuery(QStringLiteral("status=Success"));
        const Answer a = get(url);
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("Klienten er bekreftet"));
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
        QVERIFY(a.body.contains("ikke bekreftet"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("<script>alert(1)</script>"));
    }

    void otherPathsAndMethodsAreRefused()
    {
        ConfirmationListener listener;
        QVERIFY(listener.listen().ok());
        QSignalSpy spy(&listener, &ConfirmationListener::statusReceived);
        QUrl other = listener.redirectUri();
        other.setPath(QStringLiteral("/other"));
        other.setQuery(QStringLiteral("status=Success"));
        QCOMPARE(get(other).status, 404);
        QVERIFY(raw(listener.port(), "POST /confirmed?status=Success HTTP/1.1\r\nHost: x\r\n\r\n")
                    .startsWith("HTTP/1.1 405"));
        QVERIFY(raw(listener.port(), "garbage\r\n\r\n").startsWith("HTTP/1.1 400"));
        QCOMPARE(spy.size(), 0);
    }

    void oversizedRequestIsCutOff()
    {
        ConfirmationListener listener;
        QVERIFY(listener.listen().ok());
        QSignalSpy spy(&listener, &ConfirmationListener::statusReceived);
        const QByteArray huge = "GET /confirmed?status=Success HTTP/1.1\r\nX-Pad: " +
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
