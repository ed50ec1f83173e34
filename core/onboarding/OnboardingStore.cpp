#include "OnboardingStore.h"

#include "Logging.h"
#include "storage/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>

#include <algorithm>

namespace sfm::onboarding {

OnboardingStore::OnboardingStore(QString dir)
    : m_dir(dir.isEmpty() ? defaultDirectory() : std::move(dir))
{}

QString OnboardingStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/onboardings");
}

QString OnboardingStore::pathFor(const QString &id) const
{
    return m_dir + u'/' + id + QStringLiteral(".json");
}

namespace {

// The revision of the file at path as saved; 0 when it is missing, unreadable or older than revisions (it
// is then not newer than anything, and loading it would report what is wrong with it).
qint64 revisionOnDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(OnboardingStore::MaxFileBytes + 1));
    return std::max<qint64>(0, doc.object().value(QStringLiteral("revision")).toInteger());
}

} // namespace

Result<void> OnboardingStore::save(OnboardingData &data)
{
    // Not atomic with the write below (two processes may both pass it in the same instant): the lock is what
    // keeps two processes apart; this catches the one that worked without it, before it overwrites.
    if (const qint64 onDisk = revisionOnDisk(pathFor(data.id)); onDisk > data.revision)
        return Error(
            QStringLiteral("storage.onboarding.changed"),
            [id = data.id] {
                return tr("The onboarding %1 was changed by another program while this one had it open, so "
                          "it was not saved here (that would undo the other change). Close it here and "
                          "resume it again.")
                    .arg(id);
            },
            QStringLiteral("revision %1 on disk, %2 loaded").arg(onDisk).arg(data.revision));
    // The folder (0700 when made here) and the file (0600, synced, renamed into place, the folder synced)
    // are private to the user: an onboarding file names the organization, the client and the key.
    if (auto made = storage::PrivateFile::makeDirectory(m_dir); !made)
        return Error(
            QStringLiteral("storage.onboarding.mkdir"),
            [dir = m_dir] {
                return tr("Could not create the folder for onboarding files (%1). Check that you may write "
                          "there, or choose another folder in the settings.")
                    .arg(QDir::toNativeSeparators(dir));
            },
            made.error().detail);
    QJsonObject json = data.toJson();
    json[QStringLiteral("revision")] = data.revision + 1;
    if (auto written = storage::PrivateFile::write(pathFor(data.id),
                                                   QJsonDocument(json).toJson(QJsonDocument::Indented));
        !written)
        return Error(
            QStringLiteral("storage.onboarding.write"),
            [dir = m_dir] {
                return tr("Could not save the onboarding in %1. Check free space and permissions; the step "
                          "you just did is not lost, try again.")
                    .arg(QDir::toNativeSeparators(dir));
            },
            written.error().detail);
    ++data.revision;
    return {};
}

Result<OnboardingData> OnboardingStore::load(const QString &id) const
{
    return loadFile(pathFor(id));
}

Result<OnboardingData> OnboardingStore::loadFile(const QString &path) const
{
    QFile file(path);
    if (!file.exists())
        return Error(QStringLiteral("storage.onboarding.not_found"), [path] {
            return tr("No onboarding was found at %1. Check the name, or list the onboardings to see which "
                      "exist.")
                .arg(QDir::toNativeSeparators(path));
        });
    if (file.size() > MaxFileBytes)
        return Error(
            QStringLiteral("storage.onboarding.too_large"),
            [path] {
                return tr("The file %1 is too large to be an onboarding file. Check that you chose the right "
                          "file.")
                    .arg(QDir::toNativeSeparators(path));
            },
            QStringLiteral("%1 bytes").arg(file.size()));
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            QStringLiteral("storage.onboarding.read"),
            [path] {
                return tr("Could not read the onboarding file %1. Check its permissions.")
                    .arg(QDir::toNativeSeparators(path));
            },
            file.errorString());
    // Read at most the cap even if the file grew after the size check.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return Error(QStringLiteral("storage.onboarding.too_large"), [path] {
            return tr("The file %1 is too large to be an onboarding file. Check that you chose the right "
                      "file.")
                .arg(QDir::toNativeSeparators(path));
        });
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(
            QStringLiteral("storage.onboarding.corrupt"),
            [path] {
                return tr("The onboarding file %1 is damaged (not valid JSON). Start the onboarding again, "
                          "or ask support to look at the file.")
                    .arg(QDir::toNativeSeparators(path));
            },
            parseError.errorString());
    auto data = OnboardingData::fromJson(doc.object());
    if (!data) {
        Error e = data.error();
        e.detail = QDir::toNativeSeparators(path) + QStringLiteral(": ") + e.detail;
        return e;
    }
    return data;
}

Result<void> OnboardingStore::remove(const QString &id)
{
    QFile file(pathFor(id));
    if (file.exists() && !file.remove())
        return Error(
            QStringLiteral("storage.onboarding.remove"),
            [path = QDir::toNativeSeparators(file.fileName())] {
                return tr("Could not delete the onboarding file %1. Check its permissions.").arg(path);
            },
            file.errorString());
    return {};
}

QString OnboardingStore::lockDirectory() const
{
    return m_dir + QStringLiteral("/locks");
}

Result<std::unique_ptr<OnboardingLock>> OnboardingStore::lock(const QString &id) const
{
    return OnboardingLock::acquire(lockDirectory(), id);
}

std::optional<LockHolder> OnboardingStore::lockHolder(const QString &id) const
{
    return OnboardingLock::holder(lockDirectory(), id);
}

OnboardingStore::Listing OnboardingStore::list() const
{
    Listing listing;
    const QDir dir(m_dir);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        auto data = loadFile(info.absoluteFilePath());
        if (data)
            listing.onboardings.append(std::move(data).value());
        else
            listing.problems.append(data.error());
    }
    std::stable_sort(
        listing.onboardings.begin(), listing.onboardings.end(),
        [](const OnboardingData &a, const OnboardingData &b) { return a.createdAt > b.createdAt; });
    return listing;
}

Result<OnboardingData> OnboardingStore::find(const QString &key) const
{
    if (key.isEmpty())
        return Error(QStringLiteral("storage.onboarding.not_found"),
                     [] { return tr("Say which onboarding: its id, client id or journal name."); });
    const Listing listing = list();
    QList<OnboardingData> matches;
    for (const OnboardingData &d : listing.onboardings) {
        if (d.id == key || d.clientId == key)
            return d;
    }
    for (const OnboardingData &d : listing.onboardings) {
        if (d.id.startsWith(key) || (!d.setup.journalName.isEmpty() && d.setup.journalName == key))
            matches.append(d);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return Error(QStringLiteral("storage.onboarding.ambiguous"), [key] {
            return tr("More than one onboarding matches «%1». Use the full id from the list.").arg(key);
        });
    // A file named by that id (or its start) that was refused when read: its reason, not "no such
    // onboarding" (e.g. a file changed outside this program is not used, and the user should hear why).
    const QStringList names = QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QList<Error> refused;
    for (const QString &name : names) {
        if (name.chopped(5).startsWith(key)) {
            if (auto data = loadFile(m_dir + u'/' + name); !data)
                refused.append(data.error());
        }
    }
    if (refused.size() == 1)
        return refused.first();
    return Error(QStringLiteral("storage.onboarding.not_found"), [key, dir = m_dir] {
        return tr("No onboarding matches «%1» in %2. List the onboardings to see which exist, or check the "
                  "onboarding folder.")
            .arg(key, QDir::toNativeSeparators(dir));
    });
}

} // namespace sfm::onboarding
