#include "report/ReportTable.h"

#include "report/ReportStyle.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace smtpaudit::ui::report {
namespace {

const QColor borderColor(0xce, 0xd4, 0xda);
const QColor stripeColor(0xf8, 0xf9, 0xfa);

// Word boundaries first, anywhere when a word (an address, a long name) is wider than its column, as
// QTextDocument does. Right-to-left text gets its own direction, so an Arabic name starts at the right.
QTextOption cellOption(const QString& text)
{
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    return option;
}

// Lays `text` out in lines `width` wide; returns the height. A line never ends in a hyphen inside a word
// ("contoso-|sample.com" becomes "contoso|-sample.com"): text extractors such as pdftotext join a line
// ending in "-" with the next and drop the hyphen, so the address would no longer be found.
double layOut(QTextLayout& layout, double width)
{
    const QString& text = layout.text();
    double height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        const int end = line.textStart() + line.textLength();
        if (line.textLength() > 1 && end < text.size() && text.at(end - 1) == u'-' && !text.at(end).isSpace())
            line.setNumColumns(line.textLength() - 1, width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

ReportTable::ReportTable(QStringList header, QList<QList<Cell>> rows, QList<int> widthsPercent, QString caption)
    : m_header(std::move(header))
    , m_rows(std::move(rows))
    , m_widthsPercent(std::move(widthsPercent))
    , m_caption(std::move(caption))
{}

QFont ReportTable::cellFont(const Cell& cell) const
{
    QFont font = m_font;
    if (cell.monospace)
        font.setFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    if (cell.bold)
        font.setBold(true);
    return font;
}

double ReportTable::textHeight(const QString& text, const QFont& font, double width) const
{
    QTextLayout layout(text, font, m_device);
    layout.setTextOption(cellOption(text));
    return std::max(layOut(layout, width), QFontMetricsF(font, m_device).height());
}

void ReportTable::drawText(QPainter& painter, const QString& text, const QFont& font, const QRectF& rect,
                           const QColor& color) const
{
    QTextLayout layout(text, font, m_device);
    layout.setTextOption(cellOption(text));
    layOut(layout, rect.width());
    painter.setPen(color);
    layout.draw(&painter, rect.topLeft());
}

void ReportTable::measure(const QPaintDevice* device, double width, double unit, const QFont& base)
{
    m_device = device;
    m_width = width;
    m_unit = unit;
    m_padding = 1 * unit;
    m_font = base;
    m_font.setPointSizeF(base.pointSizeF() * 0.85);
    m_headerFont = m_font;
    m_headerFont.setBold(true);
    m_captionFont = base;
    m_captionFont.setPointSizeF(14);
    m_captionFont.setBold(true);

    const int columns = static_cast<int>(m_header.size());
    int percentSum = 0;
    for (int column = 0; column < columns; ++column)
        percentSum += m_widthsPercent.value(column, 0);
    m_columnWidths.clear();
    for (int column = 0; column < columns; ++column) {
        const double share = percentSum > 0 ? m_widthsPercent.value(column, 0) / double(percentSum) : 1.0 / columns;
        m_columnWidths << width * share;
    }

    m_captionHeight = m_caption.isEmpty() ? 0 : (5 + 1.5) * unit + textHeight(m_caption, m_captionFont, width);
    m_headerHeight = 0;
    for (int column = 0; column < columns; ++column)
        m_headerHeight = std::max(
            m_headerHeight, textHeight(m_header.at(column), m_headerFont, m_columnWidths.at(column) - 2 * m_padding));
    m_headerHeight += 2 * m_padding;
    m_rowHeights.clear();
    m_rowHeights.reserve(m_rows.size());
    for (const QList<Cell>& cells : std::as_const(m_rows)) {
        double height = 0;
        for (int column = 0; column < columns && column < cells.size(); ++column)
            height = std::max(height, textHeight(cells.at(column).text, cellFont(cells.at(column)),
                                                 m_columnWidths.at(column) - 2 * m_padding));
        m_rowHeights << std::max(height, QFontMetricsF(m_font, device).height()) + 2 * m_padding;
    }
}

QList<double> ReportTable::columnLefts() const
{
    QList<double> lefts;
    double x = 0;
    for (double w : m_columnWidths) {
        lefts << x;
        x += w;
    }
    return lefts;
}

double ReportTable::paintCaption(QPainter& painter, double top) const
{
    if (m_caption.isEmpty())
        return 0;
    drawText(painter, m_caption, m_captionFont, QRectF(0, top + 5 * m_unit, m_width, m_captionHeight), Qt::black);
    return m_captionHeight;
}

double ReportTable::paintHeader(QPainter& painter, double top) const
{
    painter.fillRect(QRectF(0, top, m_width, m_headerHeight), accentColor());
    const QList<double> lefts = columnLefts();
    for (int column = 0; column < m_header.size(); ++column)
        drawText(painter, m_header.at(column), m_headerFont,
                 QRectF(lefts.at(column) + m_padding, top + m_padding, m_columnWidths.at(column) - 2 * m_padding,
                        m_headerHeight),
                 Qt::white);
    return m_headerHeight;
}

double ReportTable::paintRow(QPainter& painter, int row, double top) const
{
    const QList<Cell>& cells = m_rows.at(row);
    const double height = m_rowHeights.at(row);
    const QList<double> lefts = columnLefts();
    if (row % 2 == 1)
        painter.fillRect(QRectF(0, top, m_width, height), stripeColor);
    for (int column = 0; column < m_header.size() && column < cells.size(); ++column) {
        const Cell& cell = cells.at(column);
        const QRectF rect(lefts.at(column), top, m_columnWidths.at(column), height);
        if (cell.background)
            painter.fillRect(rect, *cell.background);
        drawText(painter, cell.text, cellFont(cell), rect.adjusted(m_padding, m_padding, -m_padding, 0),
                 cell.foreground.value_or(QColor(Qt::black)));
    }
    // Grid: the row's bottom rule, the column rules and the table's outer edges.
    painter.setPen(QPen(borderColor, 0.2 * m_unit));
    painter.drawLine(QPointF(0, top + height), QPointF(m_width, top + height));
    for (int column = 0; column <= m_header.size(); ++column) {
        const double x = column < lefts.size() ? lefts.at(column) : m_width;
        painter.drawLine(QPointF(x, top), QPointF(x, top + height));
    }
    return height;
}

} // namespace smtpaudit::ui::report
