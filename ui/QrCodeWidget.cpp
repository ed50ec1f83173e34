#include "QrCodeWidget.h"

#include <QPainter>

#include <qrencode.h>

namespace sfm::ui {

namespace {
constexpr int QuietZone = 4; // modules of white around the code (ISO/IEC 18004)
}

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_modules.clear();
    m_size = 0;
    if (!text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        // Level M survives a smudged screen or printout; the links are short enough for a small code.
        if (QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M)) {
            m_size = code->width;
            m_modules.resize(qsizetype(m_size) * m_size);
            for (int i = 0; i < m_size * m_size; ++i)
                m_modules[i] = char(code->data[i] & 1);
            QRcode_free(code);
        }
    }
    updateGeometry();
    update();
}

bool QrCodeWidget::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

QSize QrCodeWidget::sizeHint() const
{
    // About 4 px per module at 100 %, in logical pixels so it grows with the scale factor.
    const int side = (m_size + 2 * QuietZone) * 4;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    return sizeHint();
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_size == 0)
        return;
    const int total = m_size + 2 * QuietZone;
    const int module = qMax(1, qMin(width(), height()) / total);
    const int offset = (qMin(width(), height()) - module * total) / 2 + module * QuietZone;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                painter.fillRect(offset + x * module, offset + y * module, module, module, Qt::black);
        }
    }
}

} // namespace sfm::ui
