#include "KnownEntries.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace sfm::storage {

namespace {
constexpr qint64 MaxBytes = 256 * 1024;
}

KnownEntries::KnownEntries(QString path)
    : m_path(std::move(path))
{}

QString KnownEntries::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/keychain-entries.json");
}

QStringList KnownEntries::entries() const
{
    return m_path.isEmpty() ? m_memory : read();
}

void KnownEntries::add(const QString &entry)
{
    QStringList list = entries();
    if (list.contains(entry))
        return;
    list.append(entry);
    write(list);
}

void KnownEntries::remove(const QString &entry)
{
    QStringList list = entries();
    if (list.removeAll(entry) == 0)
        return;
    write(list);
}

QStringList KnownEntries::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxBytes)
        return {};
    const QJsonArray array = QJsonDocument::fromJson(file.read(MaxBytes)).array();
    QStringList out;
    for (const QJsonValue &v : array) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

void KnownEntries::write(const QStringList &list)
{
    if (m_path.isEmpty()) {
        m_memory = list;
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcStorage) << "cannot write the list of keychain entries:" << file.errorString();
        return;
    }
    file.write(QJsonDocument(QJsonArray::fromStringList(list)).toJson());
    if (!file.commit())
        qCWarning(lcStorage) << "cannot write the list of keychain entries:" << file.errorString();
}

} // namespace sfm::storage
