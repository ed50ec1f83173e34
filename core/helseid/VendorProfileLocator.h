#pragma once

#include "Result.h"
#include "VendorProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfm::helseid {

// Finds the EPJ vendor's profile where an installer puts it (docs/vendor-profile.md, "Where the program
// looks"), in this order: the path given on the command line, the path saved in the settings, the folder
// `profiles` beside the program, the system folder, the user's config folder. In each folder exactly one
// `*.json` file is the profile; several are an error naming them (choose one with --profile or in the
// settings), and the first folder holding any profile ends the search, so an installed profile is never
// silently shadowed by a later folder. Outside practice mode the built-in demo profile is never used: when
// nothing is found, the error says where it looked and that the profile comes from the EPJ vendor.
class VendorProfileLocator
{
    Q_DECLARE_TR_FUNCTIONS(VendorProfileLocator)

public:
    enum class Origin
    {
        CommandLine,   // --profile FILE
        Setting,       // the path saved in the settings
        BesideProgram, // <program folder>/profiles
        SystemFolder,  // /etc/sfm-onboarding/profiles, %ProgramData%\sfm-onboarding\profiles
        UserFolder,    // the user's config folder (QStandardPaths::AppConfigLocation)/profiles
        BuiltInDemo,   // practice mode only: the profile matching the simulator's demo Klientmal
        Onboarding     // the file an onboarding made earlier was started with (resume)
    };

    // One folder searched, in order.
    struct Root
    {
        Origin origin;
        QString folder;
    };

    // What to look for. `practice`: the practice environment (the built-in simulator), where the demo
    // profile is the fallback — the simulator only knows the demo Klientmal.
    struct Request
    {
        QString explicitPath; // from the command line; empty when not given
        QString savedPath;    // from the settings; empty when none is saved
        bool practice = false;
    };

    // The profile chosen, and where and why.
    struct Choice
    {
        VendorProfile profile;
        QString path; // the file; ":/profiles/demo.json" for the built-in demo profile
        Origin origin = Origin::BuiltInDemo;
        // For display: "which one is used", e.g. "/etc/…/acme.json (found in the system folder)". Made in
        // the language installed now, so call it again after a language switch.
        QString describe() const;
    };

    // The folders searched on this computer: beside the program, the system folder, the user's folder.
    static QList<Root> defaultRoots();
    // The place's name in the user's language ("the system folder", …).
    static QString originName(Origin origin);

    // Searches `roots` (tests inject their own; the default is defaultRoots()).
    explicit VendorProfileLocator(QList<Root> roots = defaultRoots());

    // The profile to use, or why there is none. Error codes: profile.not_found (nothing found outside
    // practice mode), profile.ambiguous (several profiles in one folder), and the codes of
    // VendorProfile::load for a file that is there but not usable (wrapped to name the file and its place).
    Result<Choice> locate(const Request &request) const;
    // The profile file an onboarding was started with (resume): used if it loads, else the error naming it.
    Result<Choice> load(const QString &path, Origin origin) const { return loadFrom(path, origin); }

    // The one call for the services factory: the default folders of this computer.
    static Result<Choice> find(const QString &explicitPath, const QString &savedPath, bool practice);

    const QList<Root> &roots() const { return m_roots; }

private:
    Result<Choice> loadFrom(const QString &path, Origin origin) const;

    QList<Root> m_roots;
};

} // namespace sfm::helseid
