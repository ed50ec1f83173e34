#pragma once

#include <QLabel>

namespace sfm::ui {

// The strip at the top of every page in Demo mode: nothing goes to HelseID, everything is practice. Its
// colours are fixed (dark text on amber) so it reads the same in light and dark palettes.
class PracticeBanner : public QLabel
{
    Q_OBJECT

public:
    explicit PracticeBanner(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();
};

} // namespace sfm::ui
