#pragma once

#include "WizardPage.h"

#include <QList>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace sfm::ui {

// Page 5 for Alternative 1: the scopes (API access) the vendor profile offers — Forhåndsvalgt ones checked,
// Tilgjengelig ones optional — then Next sends the client draft (asynchronously: the page is busy until the
// Onboarding has registered the client, then moves on by itself).
class ScopesPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ScopesPage(OnboardingWizard *parentWizard);

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;
    bool isComplete() const override;
    void attach(onboarding::Onboarding *onboarding) override;

    QList<QCheckBox *> scopeBoxes() const { return m_boxes; }
    QStringList chosenScopes() const;

protected:
    void retranslateUi() override;

private:
    void rebuild();

    QLabel *m_intro = nullptr;
    QVBoxLayout *m_list = nullptr;
    QList<QCheckBox *> m_boxes;
    QList<QLabel *> m_details;
    QLabel *m_summary = nullptr;
};

} // namespace sfm::ui
