#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace sfm::onboarding {
class Onboarding;
}

namespace sfm::ui {

class InlineError;

// The key's lifetime on the Done page: when it expires (date and days left; a warning colour from 30 days
// and when expired, chosen for the palette so it stays readable on a dark one) and "Renew key now", which
// starts the engine's asynchronous renewal and shows its progress. A portal-only client (no
// nhn:selvbetjening/client) gets the portal steps instead of the button.
class KeyExpiryPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int WarningDays = 30;

    explicit KeyExpiryPanel(QWidget *parent = nullptr);

    // Text colours for a key due soon and an expired one that keep their contrast on the palette (dark
    // amber / red on a light window, light ones on a dark); also used by the Welcome page's list.
    static QColor warningColour(const QPalette &palette);
    static QColor expiredColour(const QPalette &palette);

    void attach(onboarding::Onboarding *onboarding);
    void render();
    void retranslateUi();

    QLabel *expiryLabel() const { return m_expiry; }
    QPushButton *renewButton() const { return m_renew; }
    QLabel *progressLabel() const { return m_progress; }
    InlineError *errorView() const { return m_error; }
    // Whether the expiry is shown in the warning colour (30 days or fewer left, or expired).
    bool isWarning() const { return m_warning; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void renew();

    QPointer<onboarding::Onboarding> m_onboarding;
    QLabel *m_expiry = nullptr;
    QLabel *m_portal = nullptr;
    QPushButton *m_renew = nullptr;
    QLabel *m_progress = nullptr;
    InlineError *m_error = nullptr;
    bool m_warning = false;
    bool m_renewing = false;
};

} // namespace sfm::ui
