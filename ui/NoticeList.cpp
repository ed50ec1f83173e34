#include "NoticeList.h"

#include <QAccessible>
#include <QLabel>
#include <QVBoxLayout>

namespace sfm::ui {

NoticeList::NoticeList(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("noticeList"));
    m_layout = new QVBoxLayout(this);
    m_layout->setSpacing(fontMetrics().height() * 2 / 3); // items apart: each one a separate thing to read
    hide();
    retranslateUi();
}

void NoticeList::setNotices(const QStringList &newestFirst)
{
    if (newestFirst == m_texts)
        return;
    m_texts = newestFirst;
    // Few items, rarely changed: made again rather than diffed.
    qDeleteAll(m_items);
    m_items.clear();
    for (const QString &text : newestFirst) {
        auto *item = new QLabel(this);
        item->setObjectName(QStringLiteral("notice"));
        item->setTextFormat(Qt::PlainText); // may quote the portal or a peer: shown, never rendered
        item->setText(text);
        item->setWordWrap(true);
        item->setTextInteractionFlags(Qt::TextSelectableByMouse);
        item->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_layout->addWidget(item);
        m_items.append(item);
    }
    setVisible(!m_items.isEmpty());
    retranslateUi();
    // A screen reader hears that the list changed (its description counts the items).
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

void NoticeList::retranslateUi()
{
    setTitle(tr("Notices (newest first)"));
    setAccessibleName(tr("Notices"));
    setAccessibleDescription(tr("%n notice(s), newest first", nullptr, int(m_items.size())));
}

} // namespace sfm::ui
