#pragma once

#include "Error.h"
#include "onboarding/OnboardingData.h"
#include "onboarding/OnboardingStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

class QFileSystemWatcher;

namespace sfm::fleet {

// Every onboarding of one folder, kept current: loads each onboarding file (unreadable ones are kept as
// problems and shown, never hidden), watches the folder and re-reads only files whose size or times
// changed, so a view follows what sfmctl or another process writes without a restart. Rows keep their
// place; new files are appended. Sorting and filtering are the view's (a proxy model). Made for hundreds to
// a thousand files: a rescan costs one directory listing with stat data, and only changed files are parsed.
class OnboardingCollection : public QObject
{
    Q_OBJECT

public:
    // An unreadable file: its path and what is wrong with it.
    struct Problem
    {
        QString path;
        Error error;
    };

    explicit OnboardingCollection(QString directory, QObject *parent = nullptr);
    ~OnboardingCollection() override;

    QString directory() const { return m_store.directory(); }
    const onboarding::OnboardingStore &store() const { return m_store; }

    // Reads the folder now (the first time, and whenever the caller knows it changed). Emits row signals
    // for what changed since the last read.
    void refresh();

    // Watch the folder for changes (default on). Changes are coalesced for coalesceMs before the rescan; a
    // slow safety rescan every safetyRescanMs also catches what the operating system does not report (files
    // rewritten in place, network shares). 0 turns the safety rescan off.
    void setWatching(bool watching);
    bool isWatching() const { return m_watcher != nullptr; }
    void setCoalesceInterval(int ms) { m_coalesce.setInterval(ms); }
    void setSafetyRescanInterval(int ms);

    int count() const { return int(m_entries.size()); }
    const onboarding::OnboardingData &at(int row) const { return m_entries.at(row).data; }
    QString pathAt(int row) const { return m_entries.at(row).path; }
    int rowOf(const QString &id) const; // -1 when unknown
    QList<onboarding::OnboardingData> onboardings() const;
    const QList<Problem> &problems() const { return m_problems; }

signals:
    // Row-level changes, shaped for a QAbstractItemModel: the "about to" signal comes before the change,
    // the other after it.
    void rowsAboutToBeAppended(int first, int last);
    void rowsAppended(int first, int last);
    void rowAboutToBeRemoved(int row);
    void rowRemoved(int row);
    void rowChanged(int row);
    void problemsChanged();
    // After every refresh, with or without changes.
    void refreshed();

private:
    struct Stamp
    {
        qint64 size = -1;
        QDateTime modified;
        QDateTime metadataChanged;
        bool operator==(const Stamp &) const = default;
    };
    struct Entry
    {
        QString path;
        Stamp stamp;
        onboarding::OnboardingData data;
    };
    void scheduleRescan();
    void rebuildIndex();

    onboarding::OnboardingStore m_store;
    QList<Entry> m_entries;
    QHash<QString, int> m_rowByPath;
    QHash<QString, int> m_rowById;
    QList<Problem> m_problems;
    QHash<QString, Stamp> m_problemStamps; // unreadable files are re-read only when they change
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_coalesce;
    QTimer m_safety;
};

} // namespace sfm::fleet
