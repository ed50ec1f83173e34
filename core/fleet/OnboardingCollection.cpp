#include "OnboardingCollection.h"

#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>

namespace sfm::fleet {

using onboarding::OnboardingData;

OnboardingCollection::OnboardingCollection(QString directory, QObject *parent)
    : QObject(parent)
    , m_store(std::move(directory))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(150);
    connect(&m_coalesce, &QTimer::timeout, this, &OnboardingCollection::refresh);
    m_safety.setInterval(30000);
    connect(&m_safety, &QTimer::timeout, this, &OnboardingCollection::refresh);
    setWatching(true);
}

OnboardingCollection::~OnboardingCollection() = default;

void OnboardingCollection::setWatching(bool watching)
{
    if (watching == isWatching())
        return;
    if (!watching) {
        delete m_watcher;
        m_watcher = nullptr;
        m_safety.stop();
        m_coalesce.stop();
        return;
    }
    m_watcher = new QFileSystemWatcher(this);
    // The folder only, not each file: onboarding files are replaced atomically (QSaveFile renames), which
    // the folder reports, and a thousand file watches would eat into the user's inotify limit.
    QDir().mkpath(directory());
    m_watcher->addPath(directory());
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &OnboardingCollection::scheduleRescan);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &OnboardingCollection::scheduleRescan);
    if (m_safety.interval() > 0)
        m_safety.start();
}

void OnboardingCollection::setSafetyRescanInterval(int ms)
{
    m_safety.stop();
    m_safety.setInterval(ms);
    if (ms > 0 && isWatching())
        m_safety.start();
}

void OnboardingCollection::scheduleRescan()
{
    // Coalesced: a save is several events (temp file created, renamed), and sfmctl may write many files.
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

int OnboardingCollection::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

QList<OnboardingData> OnboardingCollection::onboardings() const
{
    QList<OnboardingData> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.append(e.data);
    return out;
}

void OnboardingCollection::rebuildIndex()
{
    m_rowByPath.clear();
    m_rowById.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        m_rowByPath.insert(m_entries.at(i).path, i);
        if (!m_rowById.contains(m_entries.at(i).data.id))
            m_rowById.insert(m_entries.at(i).data.id, i);
    }
}

void OnboardingCollection::refresh()
{
    // The same files OnboardingStore::list() reads, with their stat data to tell what changed.
    const QFileInfoList files =
        QDir(directory()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QSet<QString> present;
    QList<Entry> added;
    QList<Problem> problems;
    QHash<QString, Stamp> problemStamps;
    bool problemsDiffer = false;

    for (const QFileInfo &info : files) {
        const QString path = info.absoluteFilePath();
        present.insert(path);
        const Stamp stamp{info.size(), info.lastModified(), info.metadataChangeTime()};
        const int row = m_rowByPath.value(path, -1);
        if (row >= 0 && m_entries.at(row).stamp == stamp)
            continue;
        const auto oldProblem = m_problemStamps.constFind(path);
        if (row < 0 && oldProblem != m_problemStamps.constEnd() && *oldProblem == stamp) {
            // Still the same unreadable file: keep its problem without parsing it again.
            for (const Problem &p : std::as_const(m_problems)) {
                if (p.path == path)
                    problems.append(p);
            }
            problemStamps.insert(path, stamp);
            continue;
        }
        auto loaded = m_store.loadFile(path);
        if (!loaded) {
            problems.append({path, loaded.error()});
            problemStamps.insert(path, stamp);
            problemsDiffer = true;
            if (row >= 0) {
                // A file that became unreadable leaves the list; its problem says why.
                emit rowAboutToBeRemoved(row);
                m_entries.removeAt(row);
                rebuildIndex();
                emit rowRemoved(row);
            }
            continue;
        }
        if (oldProblem != m_problemStamps.constEnd())
            problemsDiffer = true; // repaired
        if (row >= 0) {
            m_entries[row].stamp = stamp;
            m_entries[row].data = std::move(loaded).value();
            if (m_rowById.value(m_entries.at(row).data.id, -1) != row)
                rebuildIndex();
            emit rowChanged(row);
        } else {
            added.append({path, stamp, std::move(loaded).value()});
        }
    }

    // Removed files, from the end so earlier row numbers stay valid while removing.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (present.contains(m_entries.at(row).path))
            continue;
        emit rowAboutToBeRemoved(row);
        m_entries.removeAt(row);
        rebuildIndex();
        emit rowRemoved(row);
    }
    for (auto it = m_problemStamps.constBegin(); it != m_problemStamps.constEnd(); ++it) {
        if (!present.contains(it.key()))
            problemsDiffer = true;
    }

    if (!added.isEmpty()) {
        // Newest first within what arrives together, as OnboardingStore::list() orders them.
        std::stable_sort(added.begin(), added.end(),
                         [](const Entry &a, const Entry &b) { return a.data.createdAt > b.data.createdAt; });
        const int first = int(m_entries.size());
        const int last = first + int(added.size()) - 1;
        emit rowsAboutToBeAppended(first, last);
        m_entries.append(std::move(added));
        rebuildIndex();
        emit rowsAppended(first, last);
    }

    m_problemStamps = problemStamps;
    if (problemsDiffer || problems.size() != m_problems.size()) {
        m_problems = problems;
        for (const Problem &p : std::as_const(m_problems))
            qCWarning(lcStorage) << "unreadable onboarding file" << p.path << p.error.code;
        emit problemsChanged();
    }
    if (m_watcher && !m_watcher->directories().contains(directory()) && QFileInfo(directory()).isDir())
        m_watcher->addPath(directory()); // the folder was removed and made again
    emit refreshed();
}

} // namespace sfm::fleet
