#include "VendorProfileLocator.h"

#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sfm::helseid {

namespace {

const QString DemoProfilePath = QStringLiteral(":/profiles/demo.json");

QString nativeList(const QStringList &paths)
{
    QStringList shown;
    for (const QString &p : paths)
        shown.append(QDir::toNativeSeparators(p));
    return shown.join(QStringLiteral(", "));
}

// The system-wide folder an installer (or an administrator) writes to.
QString systemFolder()
{
#if defined(Q_OS_WIN)
    QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        programData = QStringLiteral("C:/ProgramData");
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/sfm-onboarding/profiles");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/sfm-onboarding/profiles");
#else
    return QStringLiteral("/etc/sfm-onboarding/profiles");
#endif
}

} // namespace

QList<VendorProfileLocator::Root> VendorProfileLocator::defaultRoots()
{
    QList<Root> roots;
    const QString programDir = QCoreApplication::applicationDirPath();
    if (!programDir.isEmpty())
        roots.append({Origin::BesideProgram, programDir + QStringLiteral("/profiles")});
    roots.append({Origin::SystemFolder, systemFolder()});
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (!config.isEmpty())
        roots.append({Origin::UserFolder, config + QStringLiteral("/profiles")});
    return roots;
}

QString VendorProfileLocator::originName(Origin origin)
{
    switch (origin) {
    case Origin::CommandLine:
        return tr("given on the command line");
    case Origin::Setting:
        return tr("chosen in the settings");
    case Origin::BesideProgram:
        return tr("found beside the program");
    case Origin::SystemFolder:
        return tr("found in the system folder");
    case Origin::UserFolder:
        return tr("found in your own settings folder");
    case Origin::BuiltInDemo:
        return tr("built in, for practice mode");
    case Origin::Onboarding:
        return tr("the one this onboarding was started with");
    }
    return {};
}

QString VendorProfileLocator::Choice::describe() const
{
    const QString shown = origin == Origin::BuiltInDemo
                              ? VendorProfileLocator::tr("the built-in practice profile")
                              : QDir::toNativeSeparators(path);
    return VendorProfileLocator::tr("%1 (%2)").arg(shown, originName(origin));
}

VendorProfileLocator::VendorProfileLocator(QList<Root> roots)
    : m_roots(std::move(roots))
{}

Result<VendorProfileLocator::Choice> VendorProfileLocator::loadFrom(const QString &path, Origin origin) const
{
    auto loaded = VendorProfile::load(path);
    if (!loaded) {
        const Error inner = loaded.error();
        return Error(
            inner.code,
            [path, origin, inner] {
                return tr("The vendor profile %1 (%2) cannot be used: %3")
                    .arg(QDir::toNativeSeparators(path), originName(origin), inner.retranslated().message);
            },
            inner.detail);
    }
    Choice choice;
    choice.profile = std::move(loaded).value();
    choice.path = path;
    choice.origin = origin;
    qCInfo(lcHelseId) << "vendor profile in use:" << path << "origin" << int(origin);
    return choice;
}

Result<VendorProfileLocator::Choice> VendorProfileLocator::locate(const Request &request) const
{
    // A path someone gave on purpose is used or fails loudly: never fall through to another profile.
    if (!request.explicitPath.isEmpty())
        return loadFrom(request.explicitPath, Origin::CommandLine);
    // Practice mode talks to the built-in simulator, which knows only the demo Klientmal.
    if (request.practice) {
        auto demo = VendorProfile::demo();
        if (!demo)
            return demo.error();
        Choice choice;
        choice.profile = std::move(demo).value();
        choice.path = DemoProfilePath;
        choice.origin = Origin::BuiltInDemo;
        return choice;
    }
    if (!request.savedPath.isEmpty())
        return loadFrom(request.savedPath, Origin::Setting);

    QStringList searched;
    for (const Root &root : m_roots) {
        searched.append(root.folder);
        const QDir dir(root.folder);
        if (!dir.exists())
            continue;
        const QFileInfoList files =
            dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        if (files.isEmpty())
            continue;
        if (files.size() > 1) {
            QStringList names;
            for (const QFileInfo &f : files)
                names.append(f.fileName());
            return Error(
                QStringLiteral("profile.ambiguous"),
                [folder = root.folder, names] {
                    return tr("There are several vendor profiles in %1 (%2), and the program cannot tell "
                              "which one to use. Keep only your EPJ vendor's profile there, or choose one "
                              "with --profile FILE or in the settings.")
                        .arg(QDir::toNativeSeparators(folder), names.join(QStringLiteral(", ")));
                },
                names.join(u','));
        }
        return loadFrom(files.first().absoluteFilePath(), root.origin);
    }
    return Error(
        QStringLiteral("profile.not_found"),
        [searched] {
            return tr("No vendor profile was found (looked in: %1). The vendor profile is a small .json file "
                      "from your EPJ vendor that names its Klientmal; ask the vendor for it, then put it in "
                      "one of these folders or give it with --profile FILE. Practice mode needs no profile.")
                .arg(nativeList(searched));
        },
        searched.join(u';'));
}

Result<VendorProfileLocator::Choice> VendorProfileLocator::find(const QString &explicitPath,
                                                                const QString &savedPath, bool practice)
{
    return VendorProfileLocator().locate({explicitPath, savedPath, practice});
}

} // namespace sfm::helseid
