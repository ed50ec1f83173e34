#pragma once

#include <QFrame>

class QLabel;
class QMimeData;

namespace sfm::ui {

// A place to drop the portal's zip or JSON file with the mouse. Keyboard users take the "Choose file…"
// button beside it; this is an extra, never the only way.
class FileDropArea : public QFrame
{
    Q_OBJECT

public:
    explicit FileDropArea(QWidget *parent = nullptr);
    void setText(const QString &text);

signals:
    void fileDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QString localFile(const QMimeData *mime);
    void setHighlighted(bool on);

    QLabel *m_label = nullptr;
};

} // namespace sfm::ui
