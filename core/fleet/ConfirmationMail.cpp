#include "ConfirmationMail.h"

#include <QUrlQuery>

namespace sfm::fleet {

using onboarding::OnboardingData;

namespace {

struct Template
{
    const char *language;
    const char *subjectOne;  // %1 journal, %2 organization number
    const char *subjectMany; // %1 organization number
    const char *intro;       // %1 organization number
    const char *journalLine; // %1 journal, %2 link, %3 client id
    const char *steps;
    const char *closing;
};

// Written in each language by hand (Nynorsk as Nynorsk); the Altinn right's name is Altinn's own.
constexpr Template Templates[] = {
    {"nb", "Bekreft HelseID-klienten for %1 (%2)", "Bekreft HelseID-klientene for organisasjonsnummer %1",
     "Hei,\n\nVi setter opp tilgang til Sentral forskrivningsmodul (SFM) for organisasjonsnummer %1. Det er "
     "laget HelseID-klienter som noen hos dere må bekrefte i Selvbetjening for HelseID:",
     "- Journal «%1»: %2\n  (klient-ID %3)",
     "Den som bekrefter, må ha Altinn-rettigheten «Ta i bruk HelseID for et fagsystem» for hovedenheten.\n\n"
     "1. Åpne lenken.\n2. Logg inn med ID-porten (for eksempel BankID).\n3. Bekreft klienten.\n"
     "4. Signer avtaledokumentene hvis du blir bedt om det.",
     "Når dette er gjort, fullfører vi resten. Svar gjerne på denne e-posten hvis noe er uklart."},
    {"nn", "Stadfest HelseID-klienten for %1 (%2)", "Stadfest HelseID-klientane for organisasjonsnummer %1",
     "Hei,\n\nVi set opp tilgang til Sentral forskrivningsmodul (SFM) for organisasjonsnummer %1. Det er "
     "laga HelseID-klientar som nokon hos dykk må stadfeste i Selvbetjening for HelseID:",
     "- Journal «%1»: %2\n  (klient-ID %3)",
     "Den som stadfestar, må ha Altinn-rettet «Ta i bruk HelseID for et fagsystem» for hovudeininga.\n\n"
     "1. Opne lenkja.\n2. Logg inn med ID-porten (til dømes BankID).\n3. Stadfest klienten.\n"
     "4. Signer avtaledokumenta dersom du vert beden om det.",
     "Når dette er gjort, fullfører vi resten. Svar gjerne på denne e-posten om noko er uklart."},
    {"en", "Confirm the HelseID client for %1 (%2)", "Confirm the HelseID clients of organization number %1",
     "Hello,\n\nWe are setting up access to the Central Prescription Module (SFM) for organization number "
     "%1. HelseID clients have been made that someone at your organization must confirm in the HelseID "
     "self-service portal (\"Selvbetjening\"):",
     "- Journal \"%1\": %2\n  (client ID %3)",
     "The person who confirms needs the Altinn right \"Ta i bruk HelseID for et fagsystem\" for the main "
     "entity (parent organization).\n\n1. Open the link.\n2. Log in with ID-porten (for example BankID).\n"
     "3. Confirm the client.\n4. Sign the agreement documents if you are asked to.",
     "When this is done, we complete the rest. Reply to this e-mail if anything is unclear."},
};

const Template &templateFor(const QString &language)
{
    for (const Template &t : Templates) {
        if (language == QLatin1String(t.language))
            return t;
    }
    return Templates[0];
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

QUrl ConfirmationMail::mailtoUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(to);
    QUrlQuery query;
    // mailto (RFC 6068) wants %20 for spaces and CRLF line breaks, which QUrlQuery encodes as given.
    QString crlfBody = body;
    crlfBody.replace(u'\n', QStringLiteral("\r\n"));
    query.setQueryItems({{QStringLiteral("subject"), QString::fromLatin1(QUrl::toPercentEncoding(subject))},
                         {QStringLiteral("body"), QString::fromLatin1(QUrl::toPercentEncoding(crlfBody))}});
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QString ConfirmationMail::plainText() const
{
    return subject + QStringLiteral("\n\n") + body;
}

std::optional<ConfirmationMail> ConfirmationMail::compose(const QList<OnboardingData> &onboardings,
                                                          const QString &language, const QString &to,
                                                          const QString &signature)
{
    QList<const OnboardingData *> withLink;
    for (const OnboardingData &d : onboardings) {
        if (!d.confirmationUrl().isEmpty())
            withLink.append(&d);
    }
    if (withLink.isEmpty())
        return std::nullopt;
    const Template &t = templateFor(language);
    ConfirmationMail mail;
    mail.language = QString::fromLatin1(t.language);
    mail.to = to;
    const QString org = withLink.first()->setup.organizationNumber;
    mail.subject = withLink.size() == 1 ? u8(t.subjectOne).arg(withLink.first()->setup.journalName, org)
                                        : u8(t.subjectMany).arg(org);
    QStringList parts;
    parts << u8(t.intro).arg(org);
    QStringList lines;
    for (const OnboardingData *d : withLink)
        lines << u8(t.journalLine).arg(d->setup.journalName, d->confirmationUrl().toString(), d->clientId);
    parts << lines.join(u'\n') << u8(t.steps) << u8(t.closing);
    if (!signature.isEmpty())
        parts << signature;
    mail.body = parts.join(QStringLiteral("\n\n"));
    return mail;
}

std::optional<ConfirmationMail> ConfirmationMail::forCustomer(const QList<OnboardingData> &onboardings,
                                                              const QString &fallbackLanguage,
                                                              const QString &signature)
{
    QString language;
    QStringList to;
    for (const OnboardingData &d : onboardings) {
        if (d.confirmationUrl().isEmpty())
            continue; // not in this mail
        if (language.isEmpty())
            language = d.setup.contactLanguage;
        // Checked when loaded (one plausible address each), so a comma list stays a list of addresses.
        if (!d.setup.contactEmail.isEmpty() && !to.contains(d.setup.contactEmail, Qt::CaseInsensitive))
            to.append(d.setup.contactEmail);
    }
    return compose(onboardings, language.isEmpty() ? fallbackLanguage : language, to.join(u','), signature);
}

QString ConfirmationMail::languageFor(const QLocale &locale)
{
    const QString name = locale.name();
    if (name.startsWith(QLatin1String("nn")))
        return QStringLiteral("nn");
    if (name.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return QStringLiteral("nb");
}

QList<QList<OnboardingData>> ConfirmationMail::byCustomer(const QList<OnboardingData> &onboardings)
{
    QList<QList<OnboardingData>> groups;
    QStringList orgs;
    for (const OnboardingData &d : onboardings) {
        const qsizetype i = orgs.indexOf(d.setup.organizationNumber);
        if (i < 0) {
            orgs.append(d.setup.organizationNumber);
            groups.append({d});
        } else {
            groups[i].append(d);
        }
    }
    return groups;
}

} // namespace sfm::fleet
