#include "ContactDetails.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sfm::onboarding {

namespace {

// tr() in a named context (lupdate files free functions' tr() under the namespace otherwise).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfm::onboarding::ContactDetails)
};

// What an error shows of an untrusted value: short, on one line.
QString shown(QStringView value)
{
    QString text = value.left(80).toString();
    text.replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")), QStringLiteral(" "));
    return text;
}

} // namespace

QStringList contactLanguages()
{
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
}

bool isPlausibleEmail(QStringView text)
{
    // One local part, one @, a domain with a dot and a last label of letters or digits; no spaces, commas,
    // semicolons or angle brackets (which would make a mailto: carry a second address or header).
    static const QRegularExpression email(QStringLiteral(
        "^[^@\\s,;<>\"()\\[\\]\\\\]+@[^@\\s,;<>\"()\\[\\]\\\\.]+(\\.[^@\\s,;<>\"()\\[\\]\\\\.]+)+$"));
    return text.size() <= 254 && email.match(text.toString()).hasMatch();
}

Result<void> checkContactEmail(QStringView email)
{
    if (email.isEmpty() || isPlausibleEmail(email))
        return {};
    return Error(QStringLiteral("onboarding.contact.email"), [value = shown(email)]() -> QString {
        return Text::tr("«%1» is not an e-mail address. Give one address such as post@kommune.no, or leave "
                        "it empty.")
            .arg(value);
    });
}

Result<void> checkContactLanguage(QStringView language)
{
    if (language.isEmpty() || contactLanguages().contains(language.toString()))
        return {};
    return Error(QStringLiteral("onboarding.contact.language"), [value = shown(language)]() -> QString {
        return Text::tr("The contact's language must be nb (Bokmål), nn (Nynorsk) or en (English), not "
                        "«%1».")
            .arg(value);
    });
}

} // namespace sfm::onboarding
