#pragma once

#include <QStyledItemDelegate>

namespace sfm::ui {

// Draws the cells OverviewModel marks with WarningRole (a key expiring within 30 days) in a warning colour
// chosen from the palette, so it stays readable on light and dark backgrounds; the text itself also says
// it (the colour is never the only sign).
class OverviewDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Dark orange on a light base, amber on a dark one (contrast at least 4.5:1 on the palette's base).
    static QColor warningColour(const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace sfm::ui
