#pragma once

#include <QGroupBox>
#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace sfm::ui {

// What the onboarding told its user and still holds true (OnboardingData::notices: a confirmation port that
// is gone, the portal's answer instead of a confirmation, a new draft…), newest first, as the waiting pages
// show it. The texts may carry words from outside (the portal's status), so every item is plain text, never
// rendered. Hidden while there is nothing to say; the engine caps how many are kept.
class NoticeList : public QGroupBox
{
    Q_OBJECT

public:
    explicit NoticeList(QWidget *parent = nullptr);

    // The items to show, newest first. Changing them tells a screen reader that the list changed.
    void setNotices(const QStringList &newestFirst);
    // The items shown, newest first (for tests).
    QStringList texts() const { return m_texts; }
    QList<QLabel *> items() const { return m_items; }

    void retranslateUi();

private:
    QVBoxLayout *m_layout = nullptr;
    QStringList m_texts;
    QList<QLabel *> m_items;
};

} // namespace sfm::ui
