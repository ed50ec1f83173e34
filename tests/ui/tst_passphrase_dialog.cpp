// The passphrase dialog of the encrypted-file fallback: the same rule as the key file store (at least 12
// characters, counted as characters), and the passphrase handed over as self-wiping bytes with the fields
// emptied, so the dialog does not keep it as text.
#include "PassphraseDialog.h"
#include "storage/EncryptedFileSecretStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sfm;
using namespace sfm::ui;

class TstPassphraseDialog : public QObject
{
    Q_OBJECT

private slots:
    void sameRuleAsTheStore_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("11 ASCII") << QStringLiteral("abcdefgh123");
        QTest::newRow("12 ASCII") << QStringLiteral("abcdefgh1234");
        QTest::newRow("12 æøå") << QStringLiteral("æøåæøåæøåæøå");
        // 11 characters, 17 UTF-16 code units: a count of QChars would let it through.
        QTest::newRow("11 with emoji") << QStringLiteral("😀😀😀😀😀😀abcde");
        QTest::newRow("12 with emoji") << QStringLiteral("😀😀😀😀😀😀abcdef");
    }

    void sameRuleAsTheStore()
    {
        QFETCH(QString, passphrase);
        PassphraseDialog dialog;
        auto edits = dialog.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 2);
        edits[0]->setText(passphrase);
        edits[1]->setText(passphrase);
        const bool storeAccepts =
            storage::EncryptedFileSecretStore::checkPassphrase(SecureBytes(passphrase.toUtf8())).ok();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->isEnabled(), storeAccepts);
        QCOMPARE(storeAccepts, passphrase.toUcs4().size() >= 12);
    }

    void handsOverBytesAndForgetsTheText()
    {
        PassphraseDialog dialog;
        auto edits = dialog.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 2);
        const QString typed = QStringLiteral("Blåbær og fjell 2024");
        edits[0]->setText(typed);
        edits[1]->setText(typed);
        const SecureBytes bytes = dialog.takePassphrase();
        QCOMPARE(bytes.bytes(), typed.toUtf8());
        QVERIFY(edits[0]->text().isEmpty());
        QVERIFY(edits[1]->text().isEmpty());
    }
};

QTEST_MAIN(TstPassphraseDialog)
#include "tst_passphrase_dialog.moc"
