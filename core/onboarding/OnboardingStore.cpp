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

Result<void> OnboardingStore::save(const OnboardingData &data)
{
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
    const QByteArray json = QJsonDocument(data.toJson()).toJson(QJsonDocument::Indented);
    if (auto written = storage::PrivateFile::write(pathFor(data.id), json); !written)
        return Error(
            QStringLiteral("storage.onboarding.write"),
            [dir = m_dir] {
                return tr("Could not save the onboarding in %1. Check free space and permissions; the step "
                          "you just did is not lost, try again.")
                    .arg(QDir::toNativeSeparators(dir));
            },
            written.error().detail);
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
    return Error(QStringLiteral("storage.onboarding.not_found"), [key, dir = m_dir] {
        return tr("No onboarding matches «%1» in %2. List the onboardings to see which exist, or check the "
                  "onboarding folder.")
            .arg(key, QDir::toNativeSeparators(dir));
    });
}

} // namespace sfm::onboarding
