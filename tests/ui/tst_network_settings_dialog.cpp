// The extra root certificate in the network settings: the chosen file's SHA-256 fingerprint is shown and
// handed back with the path, and a file that no longer holds the confirmed certificate is shown as changed
// and cannot be accepted until it is chosen again or removed.
#include "Dialogs.h"
#include "InlineError.h"
#include "NetworkSettingsDialog.h"
#include "net/ExtraCertificates.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace sfm;
using namespace sfm::ui;

namespace {

const QString Root = QStringLiteral(SFM_SOURCE_DIR "/tests/ui/data/test-root.pem");

QString fingerprintOfRoot()
{
    return net::ExtraCertificates::fingerprints(net::ExtraCertificates::load(Root).value()).value(0);
}

bool labelShows(const QDialog &dialog, const QString &text)
{
    const auto labels = dialog.findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->text().contains(text); });
}

} // namespace

class TstNetworkSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Dialogs::resetForTests(); }

    void choosingShowsTheFingerprint()
    {
        const QString fingerprint = fingerprintOfRoot();
        QCOMPARE(fingerprint.size(), 95); // 32 bytes as AB:CD:…
        onboarding::NetworkSettings settings;
        NetworkSettingsDialog dialog(settings);
        QVERIFY(dialog.extraCaFingerprints().isEmpty());
        Dialogs::setNextFileName(Root);
        dialog.findChild<QPushButton *>(QStringLiteral("chooseExtraCa"))->click();
        QVERIFY(labelShows(dialog, fingerprint));
        QCOMPARE(dialog.extraCaFile(), Root);
        QCOMPARE(dialog.extraCaFingerprints(), QStringList{fingerprint});
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

        dialog.findChild<QPushButton *>(QStringLiteral("clearExtraCa"))->click();
        QVERIFY(dialog.extraCaFile().isEmpty());
        QVERIFY(dialog.extraCaFingerprints().isEmpty());
    }

    void aChangedFileIsShownAndMustBeChosenAgain()
    {
        onboarding::NetworkSettings settings;
        settings.extraCaFile = Root;
        settings.extraCaFingerprints = {QStringLiteral("00:11:22")}; // what was confirmed back then
        NetworkSettingsDialog dialog(settings);
        auto *error = dialog.findChild<InlineError *>();
        QVERIFY(error);
        QCOMPARE(error->error().code, QStringLiteral("net.extra_ca.changed"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());

        // Chosen again: the user sees and confirms what it holds now.
        Dialogs::setNextFileName(Root);
        dialog.findChild<QPushButton *>(QStringLiteral("chooseExtraCa"))->click();
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.extraCaFingerprints(), QStringList{fingerprintOfRoot()});
    }

    void aConfirmedFileOpensQuietly()
    {
        onboarding::NetworkSettings settings;
        settings.extraCaFile = Root;
        settings.extraCaFingerprints = {fingerprintOfRoot()};
        NetworkSettingsDialog dialog(settings);
        QVERIFY(dialog.findChild<InlineError *>()->error().isNull());
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog.extraCaFingerprints(), settings.extraCaFingerprints);
    }
};

QTEST_MAIN(TstNetworkSettingsDialog)
#include "tst_network_settings_dialog.moc"
