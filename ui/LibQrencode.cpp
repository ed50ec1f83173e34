#include "LibQrencode.h"

#include "LazyLibrary.h"

namespace sfm::ui {

namespace {

LazyLibrary &library()
{
    // Debian's libqrencode4 (libqrencode.so.4), macOS's libqrencode.4.dylib, vcpkg's qrencode.dll; MSYS2's
    // libqrencode.dll.
    static LazyLibrary instance({
        {QStringLiteral("qrencode"), 4},
#ifdef Q_OS_WIN
        {QStringLiteral("libqrencode.dll")},
#endif
    });
    return instance;
}

} // namespace

Result<const LibQrencode *> LibQrencode::get()
{
    // Written only under LazyLibrary's lock, before load() first returns true; read only after that.
    static LibQrencode table;
    QString why;
    const auto resolve = [](QLibrary &lib, QString *missing) {
        return resolveFunction(lib, table.QRcode_encodeString8bit, "QRcode_encodeString8bit", missing) &&
               resolveFunction(lib, table.QRcode_free, "QRcode_free", missing);
    };
    if (library().load(resolve, &why))
        return &table;
    return Error(
        QStringLiteral("ui.qr_encoder_missing"),
        [] {
            return tr(
                "The QR code cannot be shown: the QR code library (libqrencode) is not installed. Open, "
                "copy or e-mail the link instead.");
        },
        why);
}

void LibQrencode::setFileNamesForTesting(const QStringList &fileNames)
{
    QList<LazyLibrary::Candidate> candidates;
    for (const QString &name : fileNames)
        candidates.append({name});
    library().setCandidatesForTesting(candidates);
}

} // namespace sfm::ui
