#include "KeyPage.h"

#include "InlineError.h"
#include "OnboardingWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sfm::ui {

using crypto::Algorithm;
using onboarding::Onboarding;
using onboarding::State;

namespace {

struct Choice
{
    Algorithm algorithm;
    int bits; // RSA only
};

// The recommended choice first; EC last, because HelseID has not confirmed EC keys for client drafts.
const Choice Choices[] = {{Algorithm::PS256, 4096}, {Algorithm::PS256, 3072}, {Algorithm::PS256, 2048},
                          {Algorithm::RS256, 4096}, {Algorithm::ES256, 0},    {Algorithm::ES384, 0},
                          {Algorithm::ES512, 0}};

bool isEc(Algorithm alg)
{
    return crypto::keyTypeFor(alg) == crypto::KeyType::Ec;
}

} // namespace

KeyPage::KeyPage(OnboardingWizard *parentWizard)
    : WizardPage(parentWizard)
{
    setObjectName(QStringLiteral("keyPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    body()->addWidget(m_intro);
    m_recommended = new QLabel(this);
    m_recommended->setWordWrap(true);
    body()->addWidget(m_recommended);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    body()->addWidget(m_advancedToggle);
    m_advanced = new QGroupBox(this);
    auto *advancedLayout = new QFormLayout(m_advanced);
    m_algorithm = new QComboBox(m_advanced);
    m_algorithm->setObjectName(QStringLiteral("algorithm"));
    m_algorithmLabel = new QLabel(m_advanced);
    m_algorithmLabel->setBuddy(m_algorithm);
    advancedLayout->addRow(m_algorithmLabel, m_algorithm);
    m_algorithmNote = new QLabel(m_advanced);
    m_algorithmNote->setWordWrap(true);
    advancedLayout->addRow(m_algorithmNote);
    m_advanced->hide();
    body()->addWidget(m_advanced);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_algorithm, &QComboBox::activated, this, &KeyPage::algorithmChosen);

    auto *buttons = new QHBoxLayout;
    m_generate = new QPushButton(this);
    m_generate->setObjectName(QStringLiteral("generateKey"));
    m_fallback = new QPushButton(this);
    m_fallback->setObjectName(QStringLiteral("useEncryptedFile"));
    m_fallback->hide();
    buttons->addWidget(m_generate);
    buttons->addWidget(m_fallback);
    buttons->addStretch(1);
    body()->addLayout(buttons);
    connect(m_generate, &QPushButton::clicked, this, &KeyPage::generate);
    connect(m_fallback, &QPushButton::clicked, this, [this] {
        if (owner()->offerEncryptedFileFallback() && onboarding()) {
            clearError();
            onboarding()->retry();
        }
    });

    auto *result = new QFormLayout;
    result->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_keyIdTitle = new QLabel(this);
    m_keyId = new QLabel(this);
    m_keyId->setObjectName(QStringLiteral("keyId"));
    m_keyId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keyId->setWordWrap(true);
    m_whereTitle = new QLabel(this);
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result->addRow(m_keyIdTitle, m_keyId);
    result->addRow(m_whereTitle, m_where);
    body()->addLayout(result);
    body()->addStretch(1);

    retranslateUi();
}

void KeyPage::attach(Onboarding *current)
{
    if (!current)
        return;
    connect(current, &Onboarding::busyChanged, this, [this](bool busy) {
        setBusy(busy, [this] { return tr("Making the key pair. RSA 4096 can take a few seconds…"); });
        render();
    });
    connect(current, &Onboarding::stateChanged, this, [this] { render(); });
    connect(current, &Onboarding::dataChanged, this, [this] { render(); });
    connect(current, &Onboarding::errorOccurred, this, [this](const Error &error) {
        if (owner()->currentPage() == this) {
            showError(error);
            render();
        }
    });
}

void KeyPage::initializePage()
{
    clearError();
    fillAlgorithms();
    render();
}

void KeyPage::fillAlgorithms()
{
    const auto &setup = onboarding() ? onboarding()->data().setup : owner()->setup();
    const int keep = m_algorithm->currentIndex();
    m_algorithm->clear();
    for (const Choice &choice : Choices) {
        const QString name = crypto::algorithmName(choice.algorithm);
        QString text;
        if (isEc(choice.algorithm))
            text = tr("EC %1 with %2 (not confirmed by HelseID)")
                       .arg(crypto::curveName(*crypto::curveFor(choice.algorithm)), name);
        else if (choice.algorithm == Algorithm::PS256 && choice.bits == 4096)
            text = tr("RSA %1 bits with %2 (recommended)").arg(choice.bits).arg(name);
        else
            text = tr("RSA %1 bits with %2").arg(choice.bits).arg(name);
        m_algorithm->addItem(text);
    }
    int current = 0;
    for (int i = 0; i < int(std::size(Choices)); ++i) {
        if (Choices[i].algorithm == setup.algorithm &&
            (isEc(setup.algorithm) || Choices[i].bits == setup.rsaBits))
            current = i;
    }
    m_algorithm->setCurrentIndex(keep >= 0 && !onboarding() ? keep : current);
}

void KeyPage::algorithmChosen(int index)
{
    if (index < 0 || index >= int(std::size(Choices)))
        return;
    auto &setup = owner()->setup();
    setup.algorithm = Choices[index].algorithm;
    setup.rsaBits = isEc(setup.algorithm) ? crypto::DefaultRsaBits : Choices[index].bits;
    if (auto applied = owner()->applySetup(); !applied)
        showError(applied.error());
    render();
}

void KeyPage::generate()
{
    clearError();
    if (auto applied = owner()->applySetup(); !applied) {
        showError(applied.error());
        return;
    }
    if (Onboarding *current = onboarding())
        current->generateKey();
}

void KeyPage::render()
{
    const Onboarding *current = onboarding();
    const onboarding::OnboardingData saved = current ? current->data() : onboarding::OnboardingData();
    const bool busy = current && current->isBusy();
    const bool haveKey = current && !saved.kid.isEmpty() && !saved.keyReference.isNull();
    const bool stepOpen = !current || saved.isBeforeRegistration();
    m_generate->setEnabled(!busy && stepOpen);
    m_generate->setText(haveKey ? tr("Make a &new key pair") : tr("&Make the key pair"));
    m_algorithm->setEnabled(!busy && stepOpen);
    m_keyId->setText(haveKey ? saved.kid : tr("(not made yet)"));
    m_keyId->setAccessibleName(tr("Key ID"));
    if (!haveKey) {
        m_where->setText(tr("In this computer's keychain, once made."));
    } else if (saved.keyReference.kind == onboarding::KeyReference::Kind::EncryptedFile) {
        m_where->setText(
            tr("In an encrypted file protected by your passphrase: %1").arg(saved.keyReference.entry));
    } else {
        m_where->setText(
            tr("In this computer's keychain (service «%1», entry «%2»). It never leaves this computer.")
                .arg(saved.keyReference.service, saved.keyReference.entry));
    }
    const bool keychainDown =
        saved.state == State::Failed && saved.failure.code == QLatin1String("storage.keychain.unavailable");
    m_fallback->setVisible(keychainDown);
    m_algorithmNote->setText(
        m_algorithm->currentIndex() >= 0 && isEc(Choices[qBound(0, m_algorithm->currentIndex(), 6)].algorithm)
            ? tr("HelseID has not confirmed that it accepts EC keys for client drafts. If registration is "
                 "refused, go back and choose RSA.")
            : tr("Every NHN tool makes RSA keys; RSA 4096 with PS256 is what NHN's own library uses."));
    emit completeChanged();
}

bool KeyPage::isComplete() const
{
    const Onboarding *current = onboarding();
    if (!current || current->data().kid.isEmpty() || current->data().keyReference.isNull())
        return false;
    return current->state() != State::Draft && current->state() != State::Failed && WizardPage::isComplete();
}

int KeyPage::nextId() const
{
    const Onboarding *current = onboarding();
    const auto alternative = current ? current->data().setup.alternative : owner()->setup().alternative;
    return alternative == onboarding::Alternative::Api ? OnboardingWizard::ScopesPageId
                                                       : OnboardingWizard::ImportPageId;
}

void KeyPage::retranslateUi()
{
    setTitle(tr("Key pair"));
    setSubTitle(tr("The client proves who it is with a private key that stays on this computer."));
    m_intro->setText(
        tr("The wizard makes a key pair and keeps the private key before anything is sent to "
           "HelseID, so a key is never lost for a client that exists. HelseID only ever sees the "
           "public key."));
    m_recommended->setText(tr("Recommended: RSA 4096 bits with PS256, as NHN's own tools make."));
    m_advancedToggle->setText(tr("A&dvanced: another algorithm"));
    m_advanced->setTitle(tr("Algorithm"));
    m_algorithmLabel->setText(tr("&Algorithm:"));
    m_algorithm->setAccessibleName(tr("Algorithm"));
    m_fallback->setText(tr("Use an &encrypted file instead…"));
    m_keyIdTitle->setText(tr("Key ID:"));
    m_whereTitle->setText(tr("Kept:"));
    fillAlgorithms();
    render();
}

} // namespace sfm::ui
