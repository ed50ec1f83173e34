#include "OrganizationNumber.h"

#include <QCoreApplication>

namespace sfm::onboarding {

namespace {

constexpr int Weights[8] = {3, 2, 7, 6, 5, 4, 3, 2};

// tr() of this file, in a named context: lupdate files unqualified tr() calls in free functions
// under the enclosing namespace, which would not match the context used at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfm::onboarding::OrganizationNumber)
};

// The check digit for the first eight digits, or -1 when none exists (remainder 1: such numbers are never
// issued).
int checkDigit(QStringView digits)
{
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += Weights[i] * (digits[i].unicode() - u'0');
    const int remainder = sum % 11;
    if (remainder == 0)
        return 0;
    if (remainder == 1)
        return -1;
    return 11 - remainder;
}

} // namespace

bool isValidOrganizationNumber(QStringView text)
{
    return checkOrganizationNumber(text).ok();
}

Result<void> checkOrganizationNumber(QStringView text)
{
    if (text.isEmpty())
        return Error(QStringLiteral("onboarding.orgnr.empty"),
                     [] { return Text::tr("Enter the organization number (9 digits)."); });
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return Error(QStringLiteral("onboarding.orgnr.not_digits"), [] {
                return Text::tr(
                    "An organization number has digits only. Check what you typed and try again.");
            });
    }
    if (text.size() != 9)
        return Error(QStringLiteral("onboarding.orgnr.length"), [length = text.size()] {
            return Text::tr("An organization number has exactly 9 digits; this one has %1.").arg(length);
        });
    const int expected = checkDigit(text);
    if (expected < 0 || expected != text[8].unicode() - u'0')
        return Error(QStringLiteral("onboarding.orgnr.check_digit"), [] {
            return Text::tr("This is not a valid organization number (the check digit does not match). Check "
                            "it in Enhetsregisteret (brreg.no) and try again.");
        });
    return {};
}

QString normalizedOrganizationNumber(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace sfm::onboarding
