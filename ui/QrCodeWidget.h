#pragma once

#include "Error.h"

#include <QWidget>

namespace sfm::ui {

// Shows a text (the confirmation link) as a QR code (libqrencode, loaded on first use), so the person who
// must confirm can open it on their phone. Always dark modules on white with a quiet zone, whatever the
// palette: scanners need it. Without libqrencode it says so in place of the code (error()).
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Modules per side (0 when nothing could be encoded).
    int moduleCount() const { return m_size; }
    bool isDark(int x, int y) const;
    // Why there is no code for a text (ui.qr_encoder_missing); null when there is one or no text.
    const Error &error() const { return m_error; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
    QByteArray m_modules; // m_size * m_size bytes, 1 = dark
    int m_size = 0;
    Error m_error;
};

} // namespace sfm::ui
