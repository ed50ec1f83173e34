#pragma once

// Organization numbers for generated test and benchmark data: valid by the mod-11 check digit, computed
// here on its own (not with the product's OrganizationNumber code, which the data is meant to test).

#include <QString>

#include <optional>

namespace sample {

// The n-th number starting with `first` (8 or 9 keeps generated sets apart); nullopt when the check digit
// would be 10 (no such number exists).
inline std::optional<QString> organizationNumber(int n, int first = 9)
{
    const QString body = QStringLiteral("%1%2").arg(first).arg(n, 7, 10, QLatin1Char('0'));
    static const int weights[] = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += body.at(i).digitValue() * weights[i];
    const int check = (11 - sum % 11) % 11;
    if (check == 10)
        return std::nullopt;
    return body + QString::number(check);
}

} // namespace sample
