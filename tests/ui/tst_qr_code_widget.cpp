// The confirmation link's QR code (QrCodeWidget): libqrencode is loaded when the first code is drawn, not at
// start-up (issue 15), and a machine without it gets a message in the code's place instead of a crash.
#include "LibQrencode.h"
#include "QrCodeWidget.h"

#include <QApplication>
#include <QFile>
#include <QTest>

using namespace sfm;
using namespace sfm::ui;

namespace {

const QString Link = QStringLiteral("https://selvbetjening.helseid.no/confirm?client_id=c0ffee-1234");

bool qrencodeMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libqrencode.so");
}

// The three finder patterns of ISO/IEC 18004: a dark 7x7 ring around a dark 3x3 centre, in three corners.
bool finderAt(const QrCodeWidget &qr, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (qr.isDark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

class TstQrCodeWidget : public QObject
{
    Q_OBJECT

private slots:
    void loadedOnFirstCode()
    {
#ifdef Q_OS_LINUX
        // The first test: a widget without a text draws nothing and loads nothing.
        QrCodeWidget empty;
        empty.setText(QString());
        QVERIFY(!qrencodeMapped());
#endif
        QrCodeWidget qr;
        qr.setText(Link);
        QVERIFY(qr.error().isNull());
        const int n = qr.moduleCount();
        QVERIFY2(n >= 21 && (n - 17) % 4 == 0, qPrintable(QString::number(n))); // a QR version's size
        QVERIFY(finderAt(qr, 0, 0));
        QVERIFY(finderAt(qr, n - 7, 0));
        QVERIFY(finderAt(qr, 0, n - 7));
        QVERIFY(!finderAt(qr, n - 7, n - 7)); // the fourth corner has none
#ifdef Q_OS_LINUX
        QVERIFY(qrencodeMapped());
#endif
    }

    void missingLibraryShowsWhy()
    {
        LibQrencode::setFileNamesForTesting({QStringLiteral("libsfm-no-such-qr-encoder.so.1")});
        QrCodeWidget qr;
        qr.setText(Link);
        LibQrencode::setFileNamesForTesting({});
        QCOMPARE(qr.moduleCount(), 0);
        QCOMPARE(qr.text(), Link);
        QCOMPARE(qr.error().code, QStringLiteral("ui.qr_encoder_missing"));
        QVERIFY2(qr.error().message.contains(QLatin1String("libqrencode")), qPrintable(qr.error().message));
        QVERIFY(qr.error().detail.contains(QLatin1String("libsfm-no-such-qr-encoder")));
        // Said where a screen reader looks, and given room on screen.
        QCOMPARE(qr.accessibleDescription(), qr.error().message);
        QVERIFY(qr.sizeHint().height() > qr.fontMetrics().height());
        qr.show();
        QVERIFY(QTest::qWaitForWindowExposed(&qr));
        QVERIFY(!qr.grab().isNull()); // paints the message without touching the missing library

        // Once the library is there again, the next text gets its code without a restart.
        qr.setText(Link);
        QVERIFY(qr.error().isNull());
        QVERIFY(qr.moduleCount() > 0);
        QVERIFY(qr.accessibleDescription().isEmpty());
    }
};

QTEST_MAIN(TstQrCodeWidget)
#include "tst_qr_code_widget.moc"
