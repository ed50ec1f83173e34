#include "OverviewDelegate.h"

#include "OverviewModel.h"

namespace sfm::ui {

QColor OverviewDelegate::warningColour(const QPalette &palette)
{
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    return darkBase ? QColor(0xff, 0xb3, 0x47) : QColor(0x9a, 0x3b, 0x00);
}

void OverviewDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(OverviewModel::WarningRole).toBool())
        return;
    option->palette.setColor(QPalette::Text, warningColour(option->palette));
    option->font.setBold(true);
}

} // namespace sfm::ui
