#include "LazyLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutexLocker>

namespace sfm {

namespace {

std::unique_ptr<QLibrary> makeLibrary(const LazyLibrary::Candidate &candidate)
{
    QString name = candidate.name;
#ifdef Q_OS_WIN
    // From the program's folder, where the installer puts the DLLs, and nowhere else: a bare name would let
    // LoadLibrary search the current folder and PATH, where anyone could leave an archive.dll.
    if (QCoreApplication::instance() && QDir::isRelativePath(name))
        name = QDir(QCoreApplication::applicationDirPath()).filePath(name);
#endif
    auto library = candidate.version >= 0 ? std::make_unique<QLibrary>(name, candidate.version)
                                          : std::make_unique<QLibrary>(name);
    // Never unloaded (not even by another QLibrary of the same file): the resolved functions stay callable.
    library->setLoadHints(QLibrary::PreventUnloadHint);
    return library;
}

} // namespace

LazyLibrary::LazyLibrary(QList<Candidate> candidates)
    : m_defaults(std::move(candidates))
    , m_candidates(m_defaults)
{}

LazyLibrary::~LazyLibrary() = default;

bool LazyLibrary::load(const Resolver &resolve, QString *why)
{
    QMutexLocker lock(&m_mutex);
    if (m_loaded)
        return true;
    QStringList failures;
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        auto library = makeLibrary(candidate);
        if (!library->load()) {
            failures << library->errorString();
            continue;
        }
        QString missing;
        if (!resolve(*library, &missing)) {
            failures << missing;
            continue;
        }
        m_library = std::move(library);
        m_loaded = true;
        return true;
    }
    if (why)
        *why = failures.join(QStringLiteral("; "));
    return false;
}

void LazyLibrary::setCandidatesForTesting(QList<Candidate> candidates)
{
    QMutexLocker lock(&m_mutex);
    m_candidates = candidates.isEmpty() ? m_defaults : std::move(candidates);
    m_loaded = false;
}

} // namespace sfm
