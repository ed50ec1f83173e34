#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "OnboardOptions.h"
#include "OnboardingCli.h"

#include "onboarding/Onboarding.h"
#include "onboarding/OnboardingLock.h"
#include "onboarding/OnboardingStore.h"

#include <QJsonDocument>

// sfmctl contact ID [--email ADDRESS] [--language nb|nn|en]: shows or changes whom an onboarding's
// confirmation mail goes to and in which language (Onboarding::setContact). Ours only, never sent to
// HelseID, so it works in every state; a change holds the onboarding's lock as `scopes` does (exit 7 while
// another program works it) and is saved under the store's revision check.
namespace sfm::cli {

namespace {

const QString Usage =
    QStringLiteral("sfmctl contact ID [--email ADDRESS] [--language nb|nn|en] [--json] [--dir FOLDER]");

void print(const onboarding::OnboardingData &d, bool json, bool changed)
{
    if (json) {
        jsonEvent(QStringLiteral("contact"), {{QStringLiteral("id"), d.id},
                                              {QStringLiteral("contactEmail"), d.setup.contactEmail},
                                              {QStringLiteral("contactLanguage"), d.setup.contactLanguage},
                                              {QStringLiteral("changed"), changed}});
        return;
    }
    out(OnboardText::tr("E-mail:   %1")
            .arg(d.setup.contactEmail.isEmpty() ? OnboardText::tr("(none: the mail program asks)")
                                                : d.setup.contactEmail));
    out(OnboardText::tr("Language: %1")
            .arg(d.setup.contactLanguage.isEmpty() ? OnboardText::tr("(the program's)")
                                                   : d.setup.contactLanguage));
}

} // namespace

int runContact(const QStringList &args)
{
    quietLibraryLogs();
    QCommandLineParser p;
    CommonOptions common;
    common.addTo(p);
    const ContactOptions contact{
        option::contactEmail(QStringLiteral("email"),
                             OnboardText::tr("The confirmer's e-mail address; an empty value removes it.")),
        option::contactLanguage(QStringLiteral("language"),
                                OnboardText::tr("The e-mail's language: nb, nn or en; an empty value means "
                                                "the program's language."))};
    contact.addTo(p);
    if (auto done = parseCommandLine(
            p, Usage,
            OnboardText::tr("Shows or changes whom the confirmation e-mail of an onboarding goes to, and in "
                            "which language. Kept with the onboarding and never sent to HelseID, so it can "
                            "change at any step, also after the client is registered."),
            args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usageError(Usage,
                          OnboardText::tr("Say which onboarding (its id, client id or journal name)."));
    const bool json = p.isSet(common.json);

    CliServices services = makeServices(p, common);
    auto found = services.store().find(p.positionalArguments().first());
    if (!found)
        return fail(found.error(), json, ExitInput);
    if (!p.isSet(contact.email) && !p.isSet(contact.language)) {
        print(found.value(), json, false);
        return ExitOk;
    }
    QString email = found->setup.contactEmail;
    QString language = found->setup.contactLanguage;
    if (auto read = readContactOptions(p, contact, email, language); !read)
        return fail(read.error(), json, ExitInput);

    // One process per onboarding, as `scopes`: held until the command ends, and read again once held.
    auto lock = services.store().lock(found->id);
    if (!lock)
        return fail(lock.error(), json);
    auto data = services.store().load(found->id);
    if (!data)
        return fail(data.error(), json, ExitInput);
    // Only the file changes: no key, no network (the services' HTTP client and key store stay unused).
    onboarding::Onboarding o(data.value(), services.servicesFor({}));
    const bool changed = email != data->setup.contactEmail || language != data->setup.contactLanguage;
    if (auto set = o.setContact(email, language); !set)
        return fail(set.error(), json); // checked above: a file that could not be written
    print(o.data(), json, changed);
    if (!json)
        err(changed ? OnboardText::tr("The contact of onboarding %1 is saved.").arg(o.id())
                    : OnboardText::tr("The contact of onboarding %1 was already so.").arg(o.id()));
    return ExitOk;
}

} // namespace sfm::cli
