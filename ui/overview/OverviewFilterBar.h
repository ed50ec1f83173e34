#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sfm::fleet {
class OnboardingCollection;
}

namespace sfm::ui {

class OverviewFilterModel;

// The overview's search field and filters (show, state, environment) over an OverviewFilterModel. The
// environment filter offers the environments the collection holds, and grows as onboardings appear; a
// choice survives a language switch. Keys: Escape clears the search, Down or Page Down leaves it for the
// results (searchLeftDown()).
class OverviewFilterBar : public QWidget
{
    Q_OBJECT

public:
    OverviewFilterBar(fleet::OnboardingCollection *collection, OverviewFilterModel *filter,
                      QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *showFilter() const { return m_show; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *environmentFilter() const { return m_environment; }
    QWidget *lastInTabOrder() const;

    void focusSearch(); // Ctrl+F: focus and select the search text

signals:
    void searchLeftDown();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillFilters();

    fleet::OnboardingCollection *m_collection = nullptr;
    OverviewFilterModel *m_filter = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_showLabel = nullptr;
    QComboBox *m_show = nullptr;
    QLabel *m_stateLabel = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environment = nullptr;
};

} // namespace sfm::ui
