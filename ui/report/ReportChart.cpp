#include "report/ReportChart.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui::report {
namespace {

constexpr int chartIndexProperty = QTextFormat::UserProperty + 1;

// 1, 2, 5 x 10^n steps so that axis labels are round numbers.
double niceStep(double maximum, int ticks)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (raw <= factor * magnitude)
            return factor * magnitude;
    return 10 * magnitude;
}

// Axis and bar labels as the tables write counts (176,094).
QString countText(double value)
{
    return QLocale().toString(qRound64(value));
}

} // namespace

ChartObjectHandler::ChartObjectHandler(QTextDocument* document)
    : QObject(document)
{
    document->documentLayout()->registerHandler(objectType, this);
}

void ChartObjectHandler::insert(QTextCursor& cursor, ChartSpec chart)
{
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(chartIndexProperty, static_cast<int>(m_charts.size()));
    m_charts.append(std::move(chart));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

double ChartObjectHandler::pixelsPerMm(QTextDocument* doc) const
{
    const QPaintDevice* device = doc->documentLayout()->paintDevice();
    const int dpi = device ? device->logicalDpiX() : 96;
    return dpi / 25.4;
}

QSizeF ChartObjectHandler::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    const int index = format.property(chartIndexProperty).toInt();
    if (index < 0 || index >= m_charts.size())
        return {};
    return m_charts.at(index).sizeMm * pixelsPerMm(doc);
}

void ChartObjectHandler::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int,
                                    const QTextFormat& format)
{
    const int index = format.property(chartIndexProperty).toInt();
    if (index < 0 || index >= m_charts.size())
        return;
    const ChartSpec& chart = m_charts.at(index);
    const double unit = pixelsPerMm(doc);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont titleFont = doc->defaultFont();
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(Qt::black);
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), 6 * unit);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, chart.title);

    // Legend on the title line, right-aligned.
    QFont small = doc->defaultFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter->setFont(small);
    double legendRight = rect.right();
    if (chart.kind == ChartSpec::Kind::StackedColumns) {
        for (auto it = chart.series.crbegin(); it != chart.series.crend(); ++it) {
            const double textWidth = painter->fontMetrics().horizontalAdvance(it->name) + 2 * unit;
            const QRectF textRect(legendRight - textWidth, titleRect.top(), textWidth, titleRect.height());
            painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, it->name);
            legendRight -= textWidth + 4 * unit;
            painter->fillRect(QRectF(legendRight + unit, titleRect.center().y() - 1.5 * unit, 3 * unit, 3 * unit),
                              it->color);
            legendRight -= 2 * unit;
        }
    }

    const QRectF plot = rect.adjusted(0, 8 * unit, 0, 0);
    if (chart.kind == ChartSpec::Kind::StackedColumns)
        drawStackedColumns(*painter, plot, chart, unit);
    else
        drawHorizontalBars(*painter, plot, chart, unit);
    painter->restore();
}

void ChartObjectHandler::drawStackedColumns(QPainter& painter, const QRectF& area, const ChartSpec& chart,
                                            double unit) const
{
    const int count = static_cast<int>(chart.categories.size());
    double maximum = 0;
    for (int i = 0; i < count; ++i) {
        double total = 0;
        for (const ChartSeries& s : chart.series)
            total += i < s.values.size() ? s.values.at(i) : 0;
        maximum = std::max(maximum, total);
    }
    const double step = niceStep(maximum, 4);
    const double top = std::max(step, std::ceil(maximum / step) * step);

    const QFontMetricsF metrics(painter.font(), painter.device());
    const double axisWidth = metrics.horizontalAdvance(countText(top)) + 2 * unit;
    const QRectF plot(area.left() + axisWidth, area.top(), area.width() - axisWidth, area.height() - 6 * unit);

    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.2 * unit));
    for (double value = 0; value <= top + step / 2; value += step) {
        const double y = plot.bottom() - value / top * plot.height();
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), y - 3 * unit, axisWidth - unit, 6 * unit),
                         Qt::AlignRight | Qt::AlignVCenter, countText(value));
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.2 * unit));
    }
    if (count == 0)
        return;

    const double slot = plot.width() / count;
    const double barWidth = std::max(slot * 0.7, 0.3 * unit);
    // Label every n-th category so that labels never overlap.
    const double labelWidth = metrics.horizontalAdvance(u"00-00"_s) + 2 * unit;
    const int labelEvery = std::max(1, static_cast<int>(std::ceil(labelWidth / slot)));
    for (int i = 0; i < count; ++i) {
        double base = plot.bottom();
        const double x = plot.left() + i * slot + (slot - barWidth) / 2;
        for (const ChartSeries& s : chart.series) {
            const double value = i < s.values.size() ? s.values.at(i) : 0;
            const double height = value / top * plot.height();
            painter.fillRect(QRectF(x, base - height, barWidth, height), s.color);
            base -= height;
        }
        if (i % labelEvery == 0) {
            painter.setPen(Qt::black);
            painter.drawText(QRectF(x + barWidth / 2 - labelWidth / 2, plot.bottom() + unit, labelWidth, 5 * unit),
                             Qt::AlignHCenter | Qt::AlignTop, chart.categories.at(i));
        }
    }
}

void ChartObjectHandler::drawHorizontalBars(QPainter& painter, const QRectF& area, const ChartSpec& chart,
                                            double unit) const
{
    if (chart.series.isEmpty() || chart.categories.isEmpty())
        return;
    const ChartSeries& series = chart.series.first();
    const int count = static_cast<int>(chart.categories.size());
    const double maximum = std::max(1.0, *std::max_element(series.values.cbegin(), series.values.cend()));
    const QFontMetricsF metrics(painter.font(), painter.device());
    double labelWidth = 0;
    for (const QString& category : chart.categories)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(category));
    labelWidth = std::min(labelWidth + 2 * unit, area.width() * 0.4);
    const double valueWidth = metrics.horizontalAdvance(countText(maximum)) + 3 * unit;
    const double rowHeight = area.height() / count;
    const double barLength = area.width() - labelWidth - valueWidth;
    for (int i = 0; i < count; ++i) {
        const double y = area.top() + i * rowHeight;
        const double value = i < series.values.size() ? series.values.at(i) : 0;
        painter.setPen(Qt::black);
        const QString label = metrics.elidedText(chart.categories.at(i), Qt::ElideRight, labelWidth - unit);
        painter.drawText(QRectF(area.left(), y, labelWidth - unit, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         label);
        const double length = value / maximum * barLength;
        painter.fillRect(QRectF(area.left() + labelWidth, y + rowHeight * 0.15, length, rowHeight * 0.7), series.color);
        painter.drawText(QRectF(area.left() + labelWidth + length + unit, y, valueWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, countText(value));
    }
}

} // namespace smtpaudit::ui::report
