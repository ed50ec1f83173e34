// The contact dialog of the overview and the confirm page (issue 15): it starts with what is stored, judges
// the address as it is typed (OK stays disabled while the address is not usable, an empty one is fine), and
// works from the keyboard alone: type, Alt+A to the language, arrow keys, Enter accepts, Escape cancels.
#include "ContactDialog.h"
#include "InlineError.h"
#include "LanguageManager.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using sfm::ui::ContactDialog;

class TstContactDialog : public QObject
{
    Q_OBJECT

    sfm::ui::LanguageManager m_languages;

    static QPushButton *ok(ContactDialog &d) { return d.buttons()->button(QDialogButtonBox::Ok); }

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(sfm::ui::LanguageManager::Language::English)); }

    void startsWithWhatIsStored()
    {
        ContactDialog dialog(QStringLiteral("Legevakta Nordfjord"),
                             QStringLiteral("post@nordfjord.kommune.no"), QStringLiteral("nn"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.email(), QStringLiteral("post@nordfjord.kommune.no"));
        QCOMPARE(dialog.language(), QStringLiteral("nn"));
        QCOMPARE(QApplication::focusWidget(), dialog.emailEdit());
        QVERIFY(ok(dialog)->isEnabled());
        QVERIFY(!dialog.emailEdit()->accessibleName().isEmpty());
        QVERIFY(!dialog.languageBox()->accessibleName().isEmpty());
    }

    void judgesTheAddressAsItIsTyped()
    {
        ContactDialog dialog(QStringLiteral("Legekontoret Førde"), QString(), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(ok(dialog)->isEnabled()); // none is fine: the mail program asks
        QTest::keyClicks(dialog.emailEdit(), QStringLiteral("kari"));
        QVERIFY(dialog.emailError()->text().isEmpty()); // still typing
        QTest::keyClicks(dialog.emailEdit(), QStringLiteral("@forde.kommune.no, ola@forde.no"));
        QVERIFY2(dialog.emailError()->text().contains(QStringLiteral("is not an e-mail address")),
                 qPrintable(dialog.emailError()->text()));
        QVERIFY(!ok(dialog)->isEnabled());
        QTest::keyClick(dialog.emailEdit(), Qt::Key_Return); // refused: stays open
        QVERIFY(dialog.isVisible());
        dialog.emailEdit()->clear();
        QTest::keyClicks(dialog.emailEdit(), QStringLiteral("kari@forde.kommune.no"));
        QVERIFY(dialog.emailError()->text().isEmpty());
        QVERIFY(ok(dialog)->isEnabled());
    }

    void keyboardOnly()
    {
        ContactDialog dialog(QStringLiteral("Legekontoret Førde"), QString(), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("  stadfestar@forde.kommune.no "));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier); // "L&anguage of the e-mail"
        QCOMPARE(QApplication::focusWidget(), dialog.languageBox());
        // The program's language, Bokmål, Nynorsk, English: two down is Nynorsk.
        QTest::keyClick(dialog.languageBox(), Qt::Key_Down);
        QTest::keyClick(dialog.languageBox(), Qt::Key_Down);
        QCOMPARE(dialog.language(), QStringLiteral("nn"));
        QTest::keyClick(dialog.languageBox(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.email(), QStringLiteral("stadfestar@forde.kommune.no"));

        ContactDialog cancelled(QStringLiteral("Legekontoret Førde"), QString(), QString());
        cancelled.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cancelled));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(cancelled.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TstContactDialog)
#include "tst_contact_dialog.moc"
