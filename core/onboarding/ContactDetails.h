#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace sfm::onboarding {

// Whom the confirmation mail goes to and in which language: the customer's confirmer, set from the wizard,
// `sfmctl onboard --contact-email/--contact-language` or a batch file. Ours only: never sent to HelseID,
// so it is checked here rather than by the portal. Both are optional (empty = not known).

// The languages a confirmation mail is written in.
QStringList contactLanguages(); // "nb", "nn", "en"

// Enough to catch typing mistakes and pasted junk (one address, no spaces, a dot in the domain, at most
// 254 characters as SMTP allows); the mail server is the real judge.
bool isPlausibleEmail(QStringView text);

// Empty, or a plausible address; otherwise a translated error that names the bad value.
Result<void> checkContactEmail(QStringView email);
// Empty, or one of contactLanguages(); otherwise a translated error naming the bad value.
Result<void> checkContactLanguage(QStringView language);

} // namespace sfm::onboarding
