#include "Validators.h"

#include <QRegularExpression>

namespace sfm::sim {

bool isValidOrganizationNumber(const QString &number)
{
    if (number.size() != 9)
        return false;
    static const int weights[8] = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const QChar c = number.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        if (i < 8)
            sum += weights[i] * (c.unicode() - '0');
    }
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    if (check == 10)
        return false;
    return number.at(8).unicode() - '0' == check;
}

bool isValidClaimValue(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9æøåÆØÅ._-]{1,50}$"));
    return pattern.match(value).hasMatch();
}

bool hasPrivateMembers(const QJsonObject &jwk)
{
    static const char *const privateMembers[] = {"d", "p", "q", "dp", "dq", "qi", "oth", "k"};
    for (const char *m : privateMembers) {
        if (jwk.contains(QLatin1String(m)))
            return true;
    }
    return false;
}

} // namespace sfm::sim
