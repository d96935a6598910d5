#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;
class QPaintDevice;

namespace smtpaudit::ui::report {

// A cell of a report table: literal text (never interpreted as markup) with optional emphasis.
struct Cell
{
    QString text;
    std::optional<QColor> foreground;
    std::optional<QColor> background;
    bool bold = false;
    bool monospace = false;

    Cell(QString t = {}) // NOLINT(google-explicit-constructor): rows read naturally as {"a", "b"}
        : text(std::move(t))
    {}
};

// A data table painted row by row with QPainter instead of a QTextTable: QTextDocument's table layout
// and painting grow faster than linearly with the rows (a 2,000-row QTextTable took over 30 s), while
// this is linear. Text is drawn as text (QTextLayout), so the PDF stays searchable; cells wrap at word
// boundaries (anywhere for long addresses) and right-to-left text is laid out and aligned right to left.
class ReportTable
{
public:
    ReportTable(QStringList header, QList<QList<Cell>> rows, QList<int> widthsPercent, QString caption);

    // Measures every row for a table `width` device units wide on `device`; `unit` = device units per mm.
    void measure(const QPaintDevice* device, double width, double unit, const QFont& base);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    double captionHeight() const { return m_captionHeight; }
    double headerHeight() const { return m_headerHeight; }
    double rowHeight(int row) const { return m_rowHeights.at(row); }
    double gapAfter() const { return 3 * m_unit; }

    // Each paints at `top` (device units from the top of the content area) and returns its height.
    double paintCaption(QPainter& painter, double top) const;
    double paintHeader(QPainter& painter, double top) const;
    double paintRow(QPainter& painter, int row, double top) const;

private:
    QFont cellFont(const Cell& cell) const;
    double textHeight(const QString& text, const QFont& font, double width) const;
    void drawText(QPainter& painter, const QString& text, const QFont& font, const QRectF& rect,
                  const QColor& color) const;
    QList<double> columnLefts() const;

    QStringList m_header;
    QList<QList<Cell>> m_rows;
    QList<int> m_widthsPercent;
    QString m_caption;

    const QPaintDevice* m_device = nullptr;
    double m_width = 0;
    double m_unit = 1;
    double m_padding = 1;
    QFont m_font;
    QFont m_headerFont;
    QFont m_captionFont;
    QList<double> m_columnWidths;
    double m_captionHeight = 0;
    double m_headerHeight = 0;
    QList<double> m_rowHeights;
};

} // namespace smtpaudit::ui::report
