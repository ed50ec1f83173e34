// Renders the contact dialog in nb, nn and en, for the documentation (a real window: run it under Xvfb):
//   xvfb-run -a contact_dialog_screenshots OUTPUT_DIR
// writes OUTPUT_DIR/{nb,nn,en}-contact-dialog.png (an address and a language chosen) and
// OUTPUT_DIR/{nb,nn,en}-contact-dialog-error.png (an address that is not one, OK disabled).
#include "ContactDialog.h"
#include "LanguageManager.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>

#include <cstdio>

namespace {

bool shoot(QWidget &dialog, const QString &path)
{
    dialog.show();
    dialog.adjustSize();
    (void)QTest::qWaitForWindowExposed(&dialog);
    QTest::qWait(100); // let the layout settle
    if (!dialog.grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);
    sfm::ui::LanguageManager languages;
    using L = sfm::ui::LanguageManager::Language;
    for (const L language : {L::Bokmal, L::Nynorsk, L::English}) {
        languages.setLanguage(language);
        const QString code = sfm::ui::LanguageManager::code(language);
        sfm::ui::ContactDialog chosen(QStringLiteral("Legevakta Nordfjord"),
                                      QStringLiteral("stadfestar@nordfjord.kommune.no"),
                                      QStringLiteral("nn"));
        if (!shoot(chosen, out + u'/' + code + QStringLiteral("-contact-dialog.png")))
            return 1;
        sfm::ui::ContactDialog wrong(QStringLiteral("Legevakta Nordfjord"), QString(), QString());
        wrong.emailEdit()->setText(QStringLiteral("stadfestar@nordfjord.kommune.no; ola@nordfjord.no"));
        if (!shoot(wrong, out + u'/' + code + QStringLiteral("-contact-dialog-error.png")))
            return 1;
    }
    return 0;
}
