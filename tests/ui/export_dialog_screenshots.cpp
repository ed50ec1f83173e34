// Renders the export dialog offscreen in nb, nn and en, for the documentation:
//   export_dialog_screenshots OUTPUT_DIR     writes OUTPUT_DIR/{nb,nn,en}-export-dialog.png
#include "ExportDialog.h"
#include "LanguageManager.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QRadioButton>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);
    sfm::ui::LanguageManager languages;
    using L = sfm::ui::LanguageManager::Language;
    for (const L language : {L::Bokmal, L::Nynorsk, L::English}) {
        languages.setLanguage(language);
        sfm::ui::ExportDialog dialog(
            QStringLiteral("/home/kari/sfm-client-Journal.json"),
            {QStringLiteral("keychain"), QStringLiteral("file"), QStringLiteral("transfer")},
            QStringLiteral("keychain"), false);
        dialog.findChild<QRadioButton *>(QStringLiteral("keyToFile"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("keyOwner"))->setText(QStringLiteral("epj-service"));
        dialog.show();
        dialog.adjustSize();
        QCoreApplication::processEvents();
        const QString path =
            out + u'/' + sfm::ui::LanguageManager::code(language) + QStringLiteral("-export-dialog.png");
        if (!dialog.grab().save(path)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
