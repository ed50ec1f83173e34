#pragma once

#include "onboarding/OnboardingData.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QUrl>

namespace sfm::fleet {

// The message that asks a customer's confirmer to confirm the HelseID client(s) in the portal: one text per
// customer (all of an organization's journals in one message), in the customer's language (nb, nn or en)
// whatever language the program runs in. The templates live here rather than in tr(): the language is the
// recipient's, not the user's.
struct ConfirmationMail
{
    QString language; // "nb", "nn" or "en"
    QString to;       // may be empty: the mail program asks; several addresses separated by commas
    QString subject;
    QString body;

    // mailto: with subject and body, for QDesktopServices::openUrl.
    QUrl mailtoUrl() const;
    // Subject and body as one text, for the clipboard.
    QString plainText() const;

    // The onboardings with a confirmation link among `onboardings` (all of one organization); nullopt when
    // none has one yet. An unknown language gives Bokmål. signature ends the message (e.g. the vendor).
    static std::optional<ConfirmationMail> compose(const QList<onboarding::OnboardingData> &onboardings,
                                                   const QString &language, const QString &to = {},
                                                   const QString &signature = {});
    // The mail for one customer as stored with their onboardings (OnboardingSetup::contactEmail and
    // contactLanguage): to every distinct stored address of the journals with a link, in the first stored
    // language; `fallbackLanguage` (the program's) when none is stored. nullopt when none has a link yet.
    static std::optional<ConfirmationMail> forCustomer(const QList<onboarding::OnboardingData> &onboardings,
                                                       const QString &fallbackLanguage,
                                                       const QString &signature = {});
    // "nb", "nn" or "en" for a locale (the program's, as a fallback): Nynorsk and English by their codes,
    // anything else Bokmål.
    static QString languageFor(const QLocale &locale);
    // Groups onboardings by organization number, in first-seen order: one mail per group.
    static QList<QList<onboarding::OnboardingData>>
    byCustomer(const QList<onboarding::OnboardingData> &onboardings);
};

} // namespace sfm::fleet
