#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sfm::fleet {
class OnboardingCollection;
}

namespace sfm::ui {

// What the overview asks before deleting onboardings: what is removed from this computer (the files, the
// keychain entry or encrypted key files, each named) and what is not (the client in HelseID).
class OverviewDeleteQuestion
{
    Q_DECLARE_TR_FUNCTIONS(sfm::ui::OverviewDeleteQuestion)

public:
    static QString text(const fleet::OnboardingCollection &collection, const QStringList &ids);
};

} // namespace sfm::ui
