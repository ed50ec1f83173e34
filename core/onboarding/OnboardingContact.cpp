// The customer's contact (e-mail and language for the confirmation mail): local data, never sent to
// HelseID, so unlike the rest of the setup it can be changed in every state, even while a step runs.
#include "ContactDetails.h"
#include "Onboarding.h"

namespace sfm::onboarding {

Result<void> Onboarding::setContact(const QString &email, const QString &language)
{
    const QString e = email.trimmed(), l = language.trimmed().toLower();
    for (const auto &check : {checkContactEmail(e), checkContactLanguage(l)})
        if (!check)
            return check.error();
    if (e == m_data.setup.contactEmail && l == m_data.setup.contactLanguage)
        return {};
    const OnboardingSetup before = m_data.setup;
    m_data.setup.contactEmail = e;
    m_data.setup.contactLanguage = l;
    if (!save()) {
        m_data.setup = before; // not saved: the file (and what the UI shows) keeps the old contact
        return m_lastError;
    }
    emit dataChanged();
    return {};
}

} // namespace sfm::onboarding
