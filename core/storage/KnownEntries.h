#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace sfm::storage {

// The list of keychain entries this application wrote, kept in a small JSON file beside the onboardings:
// keychains cannot enumerate, and support staff need to see which keys exist. Entry names only.
class KnownEntries
{
public:
    explicit KnownEntries(QString path); // empty = kept in memory only
    static QString defaultPath();        // AppDataLocation/keychain-entries.json

    QStringList entries() const;
    void add(const QString &entry);
    void remove(const QString &entry);

private:
    QStringList read() const;
    void write(const QStringList &entries);

    QString m_path;
    QStringList m_memory;
};

} // namespace sfm::storage
