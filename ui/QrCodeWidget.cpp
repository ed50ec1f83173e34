#include "QrCodeWidget.h"

#include "LibQrencode.h"

#include <QEvent>
#include <QPainter>

namespace sfm::ui {

namespace {
constexpr int QuietZone = 4;    // modules of white around the code (ISO/IEC 18004)
constexpr int ErrorWidth = 200; // logical pixels for the message shown instead of a code
} // namespace

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
    m_error = Error();
    if (!text.isEmpty()) {
        const auto qr = LibQrencode::get();
        if (!qr) {
            m_error = qr.error();
        } else {
            const QByteArray utf8 = text.toUtf8();
            // Level M survives a smudged screen or printout; the links are short enough for a small code.
            if (QRcode *code = (*qr)->QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M)) {
                m_size = code->width;
                m_modules.resize(qsizetype(m_size) * m_size);
                for (int i = 0; i < m_size * m_size; ++i)
                    m_modules[i] = char(code->data[i] & 1);
                (*qr)->QRcode_free(code);
            }
        }
    }
    setAccessibleDescription(m_error.message);
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
    if (!m_error.isNull()) {
        const QRect text =
            fontMetrics().boundingRect(QRect(0, 0, ErrorWidth, 10000), Qt::TextWordWrap, m_error.message);
        return {ErrorWidth, text.height()};
    }
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
    if (!m_error.isNull()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::TextWordWrap | Qt::AlignCenter, m_error.message);
        return;
    }
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

void QrCodeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_error.isNull()) {
        m_error = m_error.retranslated();
        setAccessibleDescription(m_error.message);
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace sfm::ui
