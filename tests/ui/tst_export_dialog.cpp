// The export dialog (issue 16): it offers what the vendor profile's keyDestinations allow, starts at the
// profile's default, asks for what each destination needs before Export is possible, and answers the
// destination the export intent hands over to (KeyHandover).
#include "ExportDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using sfm::onboarding::KeyDestination;
using sfm::ui::ExportDialog;

class TstExportDialog : public QObject
{
    Q_OBJECT

    static QPushButton *exportButton(ExportDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static QRadioButton *radio(ExportDialog &dialog, const char *name)
    {
        return dialog.findChild<QRadioButton *>(QLatin1String(name));
    }
    static QLineEdit *edit(ExportDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QLatin1String(name));
    }

private slots:
    void offersWhatTheProfileAllows()
    {
        ExportDialog dialog(QStringLiteral("/tmp/epj.json"),
                            {QStringLiteral("file"), QStringLiteral("transfer")}, QStringLiteral("transfer"),
                            false);
        dialog.show();
        QVERIFY(!radio(dialog, "keyToKeychain")->isVisible());
        QVERIFY(radio(dialog, "keyToFile")->isVisible());
        QVERIFY(radio(dialog, "keyToTransfer")->isChecked());
        QCOMPARE(dialog.destination().kind, KeyDestination::Kind::Transfer);
    }

    void keychainNeedsNothingMore()
    {
        ExportDialog dialog(QStringLiteral("/tmp/epj.json"),
                            {QStringLiteral("keychain"), QStringLiteral("file"), QStringLiteral("transfer")},
                            QStringLiteral("keychain"), false);
        dialog.show();
        QVERIFY(exportButton(dialog)->isEnabled());
        QCOMPARE(dialog.destination(), KeyDestination());
        QCOMPARE(dialog.configurationPath(), QStringLiteral("/tmp/epj.json"));
        QVERIFY(!edit(dialog, "keyOwner")->isVisible());
    }

    void serviceFileNeedsAnAccount()
    {
        ExportDialog dialog(QStringLiteral("/tmp/epj.json"),
                            {QStringLiteral("keychain"), QStringLiteral("file")}, QStringLiteral("keychain"),
                            true);
        dialog.show();
        // By keyboard: Space on the focused choice.
        radio(dialog, "keyToFile")->setFocus();
        QTest::keyClick(radio(dialog, "keyToFile"), Qt::Key_Space);
        QVERIFY(radio(dialog, "keyToFile")->isChecked());
        QVERIFY(edit(dialog, "keyOwner")->isVisible());
        QVERIFY(!exportButton(dialog)->isEnabled());
        QVERIFY(!edit(dialog, "keyOwner")->accessibleName().isEmpty());
        QTest::keyClicks(edit(dialog, "keyOwner"), QStringLiteral("epj-service"));
        QVERIFY(exportButton(dialog)->isEnabled());
        const KeyDestination d = dialog.destination();
        QCOMPARE(d.kind, KeyDestination::Kind::ServiceFile);
        QCOMPARE(d.owner, QStringLiteral("epj-service"));
        QCOMPARE(d.path, QStringLiteral("/tmp/epj-key.pem"));
        QVERIFY(d.jwk); // the profile asked for the JWK form
    }

    void transferNeedsTheSamePassphraseTwice()
    {
        ExportDialog dialog(QStringLiteral("/tmp/epj.json"), {QStringLiteral("transfer")},
                            QStringLiteral("transfer"), false);
        dialog.show();
        QVERIFY(!exportButton(dialog)->isEnabled());
        QTest::keyClicks(edit(dialog, "transferPassphrase"), QStringLiteral("a long passphrase"));
        QVERIFY(!exportButton(dialog)->isEnabled());
        QTest::keyClicks(edit(dialog, "transferPassphraseAgain"), QStringLiteral("a long passphrasE"));
        QVERIFY(!exportButton(dialog)->isEnabled());
        edit(dialog, "transferPassphraseAgain")->setText(QStringLiteral("a long passphrase"));
        QVERIFY(exportButton(dialog)->isEnabled());
        QCOMPARE(dialog.passphrase(), QStringLiteral("a long passphrase"));
        QCOMPARE(dialog.destination().path, QStringLiteral("/tmp/epj-key.p8.pem"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().isEmpty());
    }
};

QTEST_MAIN(TstExportDialog)
#include "tst_export_dialog.moc"
