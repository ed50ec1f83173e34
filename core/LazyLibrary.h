#pragma once

#include <QLibrary>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>

namespace sfm {

// A shared library loaded the first time it is needed rather than when the program starts. libarchive
// (with libxml2, nettle, acl, bz2) and libqrencode are used only to read a portal zip and to draw the
// confirmation link's QR code, yet linked they cost every start about a tenth of a bare QWizard's start-up
// (issue 15). Each such library has one loader (helseid/import/LibArchive, ui's LibQrencode) that owns a
// LazyLibrary and resolves the few functions it calls into a table typed from the library's own header.
//
// Thread-safe. A failed load is tried again on the next use, so installing the package helps at once.
class LazyLibrary
{
public:
    // As QLibrary(name, version) takes it: ("archive", 13) is libarchive.so.13 on Linux,
    // libarchive.13.dylib on macOS and archive.dll on Windows (which has no version in the name); version
    // -1 takes the name as it is, for names QLibrary cannot make (MSYS2's libarchive-13.dll).
    struct Candidate
    {
        QString name;
        int version = -1;
    };
    // Resolves the loader's functions from the library that loaded; false with *why naming what is missing.
    using Resolver = std::function<bool(QLibrary &library, QString *why)>;

    explicit LazyLibrary(QList<Candidate> candidates);
    ~LazyLibrary();
    LazyLibrary(const LazyLibrary &) = delete;
    LazyLibrary &operator=(const LazyLibrary &) = delete;

    // True once the first candidate that loads has been resolved by `resolve` (then at once, without trying
    // again). False with *why (technical, for an error's detail) naming what was tried and why it failed.
    bool load(const Resolver &resolve, QString *why);

    // Tests: the candidates to try from now on (empty: the ones given to the constructor). The next load()
    // starts over; a library already loaded stays mapped, so function pointers handed out stay valid.
    void setCandidatesForTesting(QList<Candidate> candidates);

private:
    QMutex m_mutex;
    const QList<Candidate> m_defaults;
    QList<Candidate> m_candidates;
    std::unique_ptr<QLibrary> m_library; // never unloaded: the resolved functions must stay callable
    bool m_loaded = false;
};

// Resolves `symbol` into `function`, whose type is the header's declaration of it
// (decltype(&::archive_read_new)), so a call through the table is checked like a direct call.
template<typename F>
bool resolveFunction(QLibrary &library, F &function, const char *symbol, QString *why)
{
    function = reinterpret_cast<F>(library.resolve(symbol));
    if (!function && why)
        *why = QStringLiteral("%1 has no %2").arg(library.fileName(), QLatin1String(symbol));
    return function != nullptr;
}

} // namespace sfm
